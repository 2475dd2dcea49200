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


#: Set by ``tune_collector``: the process is rasd's own (the ``rasd`` command, a batch worker), whose
#: loaded resources ``freeze_loaded`` may take out of the collector's scans.
_owned_process = False


def tune_collector() -> None:
    """Collect the youngest generation less often (``YOUNG_GENERATION``); the older generations
    keep their ratios, so cyclic garbage is still freed. Marks the process as rasd's own."""
    global _owned_process
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(young, YOUNG_GENERATION), middle, old)
    _owned_process = True


def freeze_loaded() -> None:
    """In a process rasd owns, move every object loaded so far (the compiled lexicon, the gazetteer
    index) out of the collector's scans (``gc.freeze``): they live as long as the process and hold
    no cycle, yet each full collection of a long run scanned their ~80,000 objects again, and the
    first collections after a cold start scanned them all. Reference counting still frees them. A
    library caller's process is left as it is: the freeze would hold its own objects too."""
    if _owned_process:
        gc.freeze()
