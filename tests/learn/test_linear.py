"""The logistic fits the trainers share."""

from __future__ import annotations

import math

from rasd.learn.linear import fit_logistic_from_prior

#: Eight events whose prior says three in four are right; a feature marks the first four, all right.
PRIOR = [math.log(3)] * 8
MARKED = [[1.0]] * 4 + [[0.0]] * 4
RIGHT = [True] * 4 + [True, True, False, False]


def test_corrections_to_a_prior_learn_what_a_feature_adds() -> None:
    weights, intercept = fit_logistic_from_prior(MARKED, PRIOR, RIGHT, penalty=1.0)
    assert weights[0] > 0 > intercept  # the marked are surer, the rest less sure than the prior says


def test_under_a_heavy_penalty_the_prior_stands() -> None:
    weights, intercept = fit_logistic_from_prior(MARKED, PRIOR, RIGHT, penalty=1e6)
    assert abs(weights[0]) < 1e-4 and abs(intercept) < 1e-4


def test_a_prior_that_fits_needs_no_correction() -> None:
    weights, intercept = fit_logistic_from_prior(
        [[0.0]] * 4, [math.log(3)] * 4, [True, True, True, False], 1.0
    )
    assert abs(weights[0]) < 1e-6 and abs(intercept) < 1e-6
