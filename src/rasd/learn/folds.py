"""Cross-validation folds that keep a group (the reports of one occurrence) together."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence


def group_folds(groups: Sequence[str], folds: int) -> list[int]:
    """The fold of each item: groups, largest first (then by name), each go to the fold with the
    fewest items so far (then the lowest number), so the assignment is the same on every run."""
    sizes = Counter(groups)
    if len(sizes) < folds:
        raise ValueError(f"{len(sizes)} groups cannot fill {folds} folds")
    load = [0] * folds
    fold_of_group = {}
    for group, size in sorted(sizes.items(), key=lambda item: (-item[1], item[0])):
        fold = min(range(folds), key=lambda k: (load[k], k))
        fold_of_group[group] = fold
        load[fold] += size
    return [fold_of_group[g] for g in groups]
