"""Runs the named stages over each article, in order. Holds no stage logic.

A stage is a function ``Document -> Document``. An exception inside a stage costs only that
article: it becomes a ``Problem`` and the run goes on.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from rasd.errors import Code
from rasd.extract.stage import extract_stage
from rasd.text.analyze import text_stage
from rasd.types import Article, Document, Problem

Stage = Callable[[Document], Document]


@dataclass(frozen=True, slots=True)
class Pipeline:
    stages: tuple[tuple[str, Stage], ...]

    def run(self, article: Article) -> Document:
        document = Document(article)
        for name, stage in self.stages:
            try:
                document = stage(document)
            except Exception as error:  # noqa: BLE001 - one article's failure must not end the run
                problem = Problem(
                    article.source or article.id,
                    Code.STAGE_FAILED.value,
                    f"stage {name!r} failed on article {article.id}: {type(error).__name__}: {error}",
                )
                return replace(document, events=(), problems=(*document.problems, problem))
        return document

    def run_all(self, articles: Iterable[Article]) -> Iterator[Document]:
        for article in articles:
            yield self.run(article)


def default_pipeline() -> Pipeline:
    return Pipeline((("text", text_stage), ("extract", extract_stage)))
