"""Settings: every environment variable rasd reads, with its default, in one place."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

#: The sentence deciders extraction can use beside its modality rules (extract/deciders.py).
SentenceDeciderName = Literal["rules", "model"]
#: The place deciders extraction can use beside its place rules (extract/deciders.py).
PlaceDeciderName = Literal["rules", "model"]


class Settings(BaseSettings):
    """Read from ``RASD_*`` environment variables (e.g. ``RASD_RESOURCES_DIR``)."""

    model_config = SettingsConfigDict(env_prefix="RASD_", frozen=True)

    resources_dir: Path | None = Field(
        default=None,
        description="A folder of language resources to use instead of the packaged ones "
        "(lets a linguist try an edited lexicon without reinstalling).",
    )
    cache_dir: Path = Field(
        default_factory=lambda: Path.home() / ".cache" / "rasd",
        description="Where built indexes (the gazetteer) are kept between runs.",
    )
    data_dir: Path = Field(
        default_factory=lambda: Path.home() / ".local" / "share" / "rasd",
        description="Where data a user imports (full GeoNames dumps) is kept.",
    )
    db: str | None = Field(
        default=None,
        description="The database: a SQLite file path or a SQLAlchemy URL (postgresql://…). "
        "Default: rasd.sqlite in the data folder.",
    )
    db_busy_seconds: float = Field(
        default=30.0,
        description="How long a SQLite writer waits for another process's write to finish before "
        "giving up with E506 (database locked).",
    )
    max_input_bytes: int = Field(
        default=20_000_000,
        description="Larger input files are refused as a problem instead of being read.",
    )
    sentence_decider: SentenceDeciderName = Field(
        default="model",
        description="Which decider judges whether a sentence reports a new occurrence, beside the "
        "modality rules: `rules` (the rules alone) or `model` (the shipped sentence-kind model too).",
    )
    place_decider: PlaceDeciderName = Field(
        default="rules",
        description="Which decider judges whether a place the text names is where its event happened, "
        "beside the place rules: `rules` (the rules alone) or `model` (the shipped place model too; "
        "+0.002 F1 on train CV for about a fifth more extraction CPU, so not the default).",
    )
    withhold_unlikely: bool = Field(
        default=True,
        description="Withhold events the learned event confidence finds too unlikely to be right "
        "(below the sentence model's floor, half its F1 on train CV: mostly a second telling of one "
        "occurrence or no occurrence at all), and the events of pieces that are no plain news "
        "report (press reviews, opinion pages; the undated events of interviews, columns, features "
        "and sports pages); `false` keeps every event for a coder to review. "
        "`rasd extract --explain` lists the withheld ones either way.",
    )
    allow_private_networks: bool = Field(
        default=False,
        description="Fetch from loopback, private, link-local, multicast and reserved addresses "
        "(an intranet feed); off by default, so a hostile feed or redirect cannot reach them.",
    )
    fetch_max_redirects: int = Field(default=5, description="Redirects followed per fetch.")
    fetch_max_seconds: float = Field(
        default=120.0,
        description="The longest one fetch may take in all, however slowly the server drips its body.",
    )
    min_arabic_ratio: float = Field(
        default=0.3,
        description="Articles whose letters are less Arabic than this are reported, not analysed.",
    )

    api_token: SecretStr | None = Field(
        default=None,
        description="The bearer token that API writes (reviews) must carry; without one, the API "
        "refuses every write.",
    )
    tile_url: str | None = Field(
        default=None,
        description="A tile server URL template ({z}/{x}/{y}) for the web map's background; without "
        "one the map draws the bundled country and province outlines and needs no network.",
    )
    api_max_article_chars: int = Field(
        default=100_000, description="POST /extract refuses longer article texts (413)."
    )
    api_extract_seconds: float = Field(
        default=20.0, description="POST /extract gives up on an article after this long (504)."
    )

    def database(self) -> str:
        """The configured database, or the default SQLite file."""
        return self.db or str(self.data_dir / "rasd.sqlite")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
