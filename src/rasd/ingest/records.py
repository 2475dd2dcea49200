"""Turning one decoded input (a text file, a JSON record) into an ``Article``."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as importlib_resources

import yaml

from rasd.config import get_settings
from rasd.errors import Code, InputError, ResourceError
from rasd.types import Article, Problem

ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
LETTER = re.compile(r"[^\W\d_]")
#: The article fields a record can give, and the resource that lists the keys each may come under.
ARTICLE_FIELDS = ("id", "title", "text", "published", "url", "outlet")
FIELDS_RESOURCE = "input_fields.yaml"


@dataclass(frozen=True, slots=True)
class FieldMap:
    """Which keys of a JSON record hold each article field, tried in order."""

    keys: Mapping[str, tuple[str, ...]]

    @classmethod
    def default(cls) -> FieldMap:
        """rasd's own names and the well-known aliases of ``resources/input_fields.yaml``."""
        return _default_fields()

    def mapped(self, overrides: Mapping[str, str]) -> FieldMap:
        """This map with some fields read from one given key each (``{"text": "content"}``)."""
        unknown = sorted(set(overrides) - set(ARTICLE_FIELDS))
        if unknown:
            raise ValueError(f"{', '.join(unknown)}: not an article field ({', '.join(ARTICLE_FIELDS)})")
        return FieldMap({**self.keys, **{name: (key,) for name, key in overrides.items()}})

    def value(self, record: Mapping[str, object], name: str) -> object:
        """The first of the field's keys that the record has (with a value), else None."""
        for key in self.keys[name]:
            value = record.get(key)
            if value not in (None, ""):
                return value
        return None


@lru_cache(maxsize=1)
def _default_fields() -> FieldMap:
    path = importlib_resources.files("rasd") / "resources" / FIELDS_RESOURCE
    try:
        listed = yaml.safe_load(path.read_text(encoding="utf-8"))["fields"]
        keys = {name: tuple(str(key) for key in listed[name]) for name in ARTICLE_FIELDS}
    except (OSError, yaml.YAMLError, KeyError, TypeError) as error:
        raise ResourceError(Code.RESOURCE_INVALID, f"{FIELDS_RESOURCE}: {error}") from error
    return FieldMap(keys)


def content_id(title: str, text: str) -> str:
    """A stable id from the content, for articles that bring none."""
    return hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()[:16]


def parse_date(value: object, source: str, line: int | None) -> tuple[dt.date | None, Problem | None]:
    """A publication date from ``YYYY-MM-DD`` or an ISO timestamp; a bad one is a warning."""
    if value is None or value == "":
        return None, None
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value[:10]), None
        except ValueError:
            pass
    return None, Problem(
        source,
        Code.INPUT_BAD_DATE.value,
        f"publication date {value!r} is not YYYY-MM-DD; read as unknown",
        line,
        "warning",
    )


def article_from_record(
    record: object,
    source: str,
    line: int | None = None,
    fields: FieldMap | None = None,
) -> tuple[Article, Problem | None]:
    """An article from a JSON object (``id, title, text, published, url, outlet``, or the keys
    ``fields`` maps them to; by default also the well-known aliases such as ``content``).

    Other keys are ignored: gold files also carry ``events``, which extraction must never see.
    """
    if not isinstance(record, dict):
        raise InputError(Code.INPUT_BAD_RECORD, "a record must be a JSON object")
    fields = fields or FieldMap.default()
    text = fields.value(record, "text")
    if not isinstance(text, str) or not any(char.isalnum() for char in text):  # blanks, marks only
        raise InputError(Code.INPUT_BAD_RECORD, f"the record has no non-empty text ({_keys(fields, 'text')})")
    title = fields.value(record, "title") or ""
    if not isinstance(title, str):
        raise InputError(Code.INPUT_BAD_RECORD, f"the title ({_keys(fields, 'title')}) must be a string")
    published, warning = parse_date(fields.value(record, "published"), source, line)
    given_id = fields.value(record, "id")
    article = Article(
        id=str(given_id) if given_id is not None else content_id(_unicode(title), _unicode(text)),
        title=title,
        text=text,
        published=published,
        url=_optional_str(fields.value(record, "url")),
        outlet=_optional_str(fields.value(record, "outlet")),
        source=source if line is None else f"{source}:{line}",
    )
    for value in (article.id, article.title, article.text, article.url, article.outlet):
        _unicode(value)
    return article, warning


def _unicode(value: str | None) -> str | None:
    """The value, or an input error when JSON escapes made it invalid Unicode (a lone surrogate
    such as \\ud800), which no database or UTF-8 output can hold."""
    try:
        (value or "").encode("utf-8")
    except UnicodeEncodeError as error:
        bad = ascii(error.object[error.start : error.end])
        message = f"the record holds {bad}, which is not valid Unicode"
        raise InputError(Code.INPUT_NOT_UTF8, message) from error
    return value


def _keys(fields: FieldMap, name: str) -> str:
    """The keys a field was looked for under, for a message: ``"text" or "content"``."""
    return " or ".join(f'"{key}"' for key in fields.keys[name])


def article_from_text(content: str, source: str) -> Article:
    """A plain-text article: the first non-empty line is the title, the rest the body."""
    lines = content.strip().split("\n", 1)
    title, text = lines[0].strip(), (lines[1] if len(lines) > 1 else "").strip()
    if not text:
        text, title = title, ""
    return Article(id=content_id(title, text), title=title, text=text, source=source)


def check_language(article: Article) -> None:
    """Refuse an article whose letters are mostly not Arabic."""
    content = f"{article.title}\n{article.text}"
    letters = len(LETTER.findall(content))
    arabic = len(ARABIC_LETTER.findall(content))
    if letters == 0 or arabic / letters < get_settings().min_arabic_ratio:
        raise InputError(
            Code.INPUT_NOT_ARABIC, f"article {article.id} is not Arabic text ({arabic} of {letters} letters)"
        )


def screened(items: Iterable[Article | Problem], source: str) -> Iterator[Article | Problem]:
    """The items, with each article that is not Arabic replaced by the problem that says so."""
    for item in items:
        if isinstance(item, Article):
            try:
                check_language(item)
            except InputError as error:
                yield Problem(item.source or source, error.code.value, error.message)
                continue
        yield item


def _optional_str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
