"""Settings of the Python process that runs extraction (the ``rasd`` command, batch workers)."""

from __future__ import annotations

import gc

#: Net allocations of tracked objects between two collections of the youngest generation. An
#: article's reading allocates thousands of objects (mentions, spans, sentences, memo entries)
#: that live until the article is done and are then freed by reference counting. At Python's
#: default (700) the collector ran about every article and found nothing to free, for some 5% of
#: extraction CPU (SaudiNewsNet, 1,400 articles: 847 collections, 0 objects collected, 0.26 s of
#: 5.4 s; at 10,000: 13 collections, 0.04 s, the same peak memory).
YOUNG_GENERATION = 10_000


def tune_collector() -> None:
    """Collect the youngest generation less often (``YOUNG_GENERATION``); the older generations
    keep their ratios, so cyclic garbage is still freed."""
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(young, YOUNG_GENERATION), middle, old)
