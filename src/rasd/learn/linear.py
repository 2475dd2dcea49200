"""What the trainers share: the optional learning libraries, a balanced logistic regression
fitted over sparse weighted features, and one that corrects a prior log-odds."""

from __future__ import annotations

from collections.abc import Sequence

from rasd.errors import Code, ModelError

NEWTON_STEPS = 100  # a penalized logistic fit converges in under ten
NEWTON_TOLERANCE = 1e-9


def learning_libraries():
    """scikit-learn and SciPy, which only training needs (``pip install 'rasd[train]'``)."""
    try:
        import scipy.sparse as sparse
        import sklearn.linear_model as linear_model
        import sklearn.metrics as metrics
    except ImportError as error:
        raise ModelError(
            Code.TRAIN_EXTRA_MISSING, "training needs scikit-learn: pip install 'rasd[train]'"
        ) from error
    return linear_model, metrics, sparse


def fit_sparse_logistic(
    rows: Sequence[dict[str, float]],
    names: Sequence[str],
    labels: Sequence[bool],
    regularization: float,
    seed: int,
) -> tuple[dict[str, float], float]:
    """Coefficients by feature name and the intercept of a logistic regression (liblinear, classes
    balanced, scikit-learn's C = ``regularization``) over rows of named feature weights; features
    outside ``names`` are left out."""
    linear_model, _, sparse = learning_libraries()
    column = {name: i for i, name in enumerate(names)}
    kept = [{f: w for f, w in row.items() if f in column} for row in rows]
    matrix = sparse.csr_matrix(
        (
            [w for row in kept for w in row.values()],
            [column[f] for row in kept for f in row],
            [0, *_running_sum(len(row) for row in kept)],
        ),
        shape=(len(kept), len(names)),
    )
    learner = linear_model.LogisticRegression(
        C=regularization, class_weight="balanced", solver="liblinear", random_state=seed
    )
    learner.fit(matrix, list(labels))
    return dict(zip(names, learner.coef_[0], strict=True)), float(learner.intercept_[0])


def _running_sum(values) -> list[int]:
    total, sums = 0, []
    for value in values:
        total += value
        sums.append(total)
    return sums


def fit_logistic_from_prior(
    rows: Sequence[Sequence[float]], prior: Sequence[float], labels: Sequence[bool], penalty: float
) -> tuple[list[float], float]:
    """Weights and intercept of corrections to a prior log-odds per row: P(label) = σ(prior +
    intercept + weights · row), with the L2 penalty ``penalty`` on the intercept and on every weight,
    so that where the rows tell little the prior stands (a plain penalized fit shrinks toward a
    constant instead). Newton's method: deterministic, and quick for a few hundred rows."""
    import numpy as np  # a dependency of scikit-learn, which only training needs

    design = np.column_stack([np.ones(len(rows)), np.asarray(rows, dtype=float).reshape(len(rows), -1)])
    offset, truth = np.asarray(prior, dtype=float), np.asarray(labels, dtype=float)
    ridge = penalty * np.eye(design.shape[1])
    weights = np.zeros(design.shape[1])
    for _ in range(NEWTON_STEPS):
        chance = 1.0 / (1.0 + np.exp(-(offset + design @ weights)))
        gradient = design.T @ (chance - truth) + ridge @ weights
        hessian = (design * (chance * (1 - chance))[:, None]).T @ design + ridge
        step = np.linalg.solve(hessian, gradient)
        weights -= step
        if np.abs(step).max() < NEWTON_TOLERANCE:
            break
    return [float(w) for w in weights[1:]], float(weights[0])
