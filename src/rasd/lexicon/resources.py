"""Load the versioned language resources under ``resources/ar/`` and check them against the manifest.

The manifest lists every resource file with its version, source, licence and SHA-256, so that a
change to a lexicon is a deliberate, reviewable event (``rasd resources refresh`` records it).
"""

from __future__ import annotations

import csv
import hashlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources as importlib_resources
from pathlib import Path
from typing import Any

import yaml

from rasd.config import get_settings
from rasd.errors import Code, ResourceError

MANIFEST = "manifest.yaml"
#: libyaml's loader parses the resources ten times faster than the pure-Python one, with the same
#: result; PyYAML built without libyaml falls back to the latter.
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def resources_dir() -> Path:
    configured = get_settings().resources_dir
    if configured is not None:
        return configured
    return Path(str(importlib_resources.files("rasd") / "resources" / "ar"))


@dataclass(frozen=True, slots=True)
class ManifestEntry:
    name: str
    version: int
    source: str
    licence: str
    sha256: str


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_manifest(directory: Path | None = None) -> dict[str, ManifestEntry]:
    """The manifest's entries, parsed once per content of the file (every resource load asks)."""
    path = (directory or resources_dir()) / MANIFEST
    try:
        content = path.read_bytes()
    except FileNotFoundError as exc:
        raise ResourceError(Code.RESOURCE_MISSING, f"{path} is missing") from exc
    return dict(_parsed_manifest(path, content))


@lru_cache(maxsize=4)
def _parsed_manifest(path: Path, content: bytes) -> dict[str, ManifestEntry]:
    data = _parse_yaml(content.decode("utf-8"), path)
    try:
        return {
            name: ManifestEntry(name, int(e["version"]), e["source"], e["licence"], e["sha256"])
            for name, e in data["resources"].items()
        }
    except (KeyError, TypeError, ValueError) as exc:
        raise ResourceError(Code.RESOURCE_INVALID, f"{MANIFEST}: malformed entry ({exc})") from exc


def verify_manifest(directory: Path | None = None) -> list[str]:
    """Every disagreement between the manifest and the files, as readable lines (empty if none)."""
    directory = directory or resources_dir()
    manifest = read_manifest(directory)
    on_disk = {p.name for p in directory.iterdir() if p.suffix in {".yaml", ".tsv"}} - {MANIFEST}
    issues = [f"{name}: not in {MANIFEST}" for name in sorted(on_disk - manifest.keys())]
    for name, entry in sorted(manifest.items()):
        path = directory / name
        if not path.exists():
            issues.append(f"{name}: listed in {MANIFEST} but missing")
        elif sha256_of(path) != entry.sha256:
            issues.append(f"{name}: changed since {MANIFEST} recorded it (run `rasd resources refresh`)")
    return issues


def refresh_manifest(directory: Path | None = None) -> list[str]:
    """Record the current checksums; a changed file's version goes up by one. Returns changes."""
    directory = directory or resources_dir()
    path = directory / MANIFEST
    data = _read_yaml_file(path)
    entries = data.setdefault("resources", {})
    changes = []
    for file in sorted(p for p in directory.iterdir() if p.suffix in {".yaml", ".tsv"}):
        if file.name == MANIFEST:
            continue
        digest = sha256_of(file)
        entry = entries.get(file.name)
        if entry is None:
            entries[file.name] = {
                "version": 1,
                "source": "rasd team",
                "licence": "Apache-2.0",
                "sha256": digest,
            }
            changes.append(f"{file.name}: added")
        elif entry.get("sha256") != digest:
            entry["version"] = int(entry.get("version", 0)) + 1
            entry["sha256"] = digest
            changes.append(f"{file.name}: version {entry['version']}")
    for name in sorted(set(entries) - {p.name for p in directory.iterdir()}):
        del entries[name]
        changes.append(f"{name}: removed")
    header = "".join(
        line for line in path.read_text(encoding="utf-8").splitlines(keepends=True) if line.startswith("#")
    )
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    path.write_text(header + body, encoding="utf-8")
    return changes


@lru_cache(maxsize=64)
def load_yaml(name: str) -> Any:
    """A YAML resource, parsed; the file must be listed in the manifest."""
    return _read_yaml_file(_listed_path(name))


@lru_cache(maxsize=64)
def load_tsv(name: str) -> tuple[dict[str, str], ...]:
    """A TSV resource as rows keyed by its header; ``#`` lines are comments."""
    path = _listed_path(name)
    with path.open(encoding="utf-8", newline="") as handle:
        lines = [line for line in handle if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    rows = []
    for number, row in enumerate(reader, start=2):
        if None in row or None in row.values():
            raise ResourceError(
                Code.RESOURCE_INVALID, f"{name}: data row {number} does not have the header's columns"
            )
        rows.append({k: v.strip() for k, v in row.items()})
    return tuple(rows)


def _listed_path(name: str) -> Path:
    directory = resources_dir()
    if name not in read_manifest(directory):
        raise ResourceError(Code.RESOURCE_MISSING, f"{name} is not listed in {MANIFEST}")
    path = directory / name
    if not path.exists():
        raise ResourceError(Code.RESOURCE_MISSING, f"{path} is missing")
    return path


def _read_yaml_file(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise ResourceError(Code.RESOURCE_MISSING, f"{path} is missing") from exc
    return _parse_yaml(text, path)


def _parse_yaml(text: str, where: Path | str) -> Any:
    try:
        return yaml.load(text, Loader=YAML_LOADER)  # noqa: S506 - YAML_LOADER is a safe loader
    except yaml.YAMLError as exc:
        raise ResourceError(Code.RESOURCE_INVALID, f"{where}: {exc}") from exc
