"""``rasd gazetteer``: look a place name up, and import full GeoNames dumps."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from rasd.cli.output import report_problems, stderr, stdout
from rasd.geocode.bundle import build_bundle
from rasd.geocode.gazetteer import (
    ARABIC,
    BUNDLE,
    bundle_path,
    default_gazetteer,
    imported_path,
    latin_fold,
    name_stems,
)
from rasd.geocode.importer import import_dumps
from rasd.geocode.resolve import Context, rank
from rasd.lexicon.lexicon import load_lexicon

app = typer.Typer(
    help="The gazetteer: GeoNames, Who's On First and OSM places, with their Arabic names.",
    no_args_is_help=True,
)


@app.command("lookup")
def lookup(
    name: Annotated[
        str, typer.Argument(help="A place name in Arabic, as an article writes it, or in English.")
    ],
    country: Annotated[
        str | None, typer.Option("--country", "-c", help="ISO2 code of the country the text is about.")
    ] = None,
    limit: Annotated[int, typer.Option(help="How many candidates to show.")] = 10,
) -> None:
    """Show the candidates for a name, each with its score and the reasons for it."""
    countries = frozenset({country.upper()}) if country else frozenset()
    gazetteer = default_gazetteer()
    if ARABIC.search(name):
        stems = name_stems(name)
        if stems is None:
            stderr.print("[red]error[/] the name has no letters")
            raise typer.Exit(2)
        looked_up = " ".join(stems)
        candidates, how = next(
            ((found, match) for match, find in gazetteer.strategies(countries) if (found := find(stems))),
            ([], ""),
        )
    else:
        looked_up, how = latin_fold(name), "English"
        candidates = gazetteer.latin_lookup(name)
    if not candidates:
        stdout.print(f"no place named {name!r} (looked up as {looked_up!r})")
        raise typer.Exit(1)
    _print_candidates(
        f"{name} → {len(candidates)} candidates ({how} match on {looked_up!r})", candidates, countries, limit
    )


def _print_candidates(title: str, candidates: list, countries: frozenset[str], limit: int) -> None:
    lexicon = load_lexicon()
    table = Table(title=title)
    for column in ("#", "id", "name", "country", "admin1", "population", "lat, lon", "score", "why"):
        table.add_column(column)
    for number, ranked in enumerate(rank(candidates, Context(countries))[:limit], start=1):
        place = ranked.place
        admin1 = lexicon.admin1_by_code(place.country, place.admin1_code)
        table.add_row(
            str(number),
            str(place.geonameid),
            place.name,
            place.country,
            admin1.name_en if admin1 else (place.admin1_code or ""),
            f"{place.population:,}",
            f"{place.latitude:.4f}, {place.longitude:.4f}",
            f"{ranked.score:.1f}",
            "; ".join(ranked.reasons),
        )
    stdout.print(table)


@app.command("build")
def build(
    shared: Annotated[
        Path, typer.Option(help="The shared folder that holds data/ (Who's On First files).", file_okay=False)
    ] = Path("../shared"),
    out: Annotated[
        Path | None, typer.Option(help="Where to write the bundle (default: the package's own folder).")
    ] = None,
) -> None:
    """Rebuild the bundled gazetteer from ../shared/data (for maintainers; users never need it)."""
    data = shared / "data"
    if not (data / "gazetteer_extra").is_dir():
        stderr.print(f"[red]error[/] {data / 'gazetteer_extra'} is not a folder")
        raise typer.Exit(2)
    target = out or bundle_path().parent
    report = build_bundle(data, target)
    stdout.print(
        f"{report.places:,} places written to {target / BUNDLE}: {report.merged_by_id:,} records merged by "
        f"GeoNames id, {report.merged_by_name:,} by name and distance; admin1 from the region for "
        f"{report.admin1_by_region:,}, from the nearest place for {report.admin1_by_neighbour:,}; "
        f"{report.district_seats:,} towns marked as district seats"
    )
    raise typer.Exit(report_problems(report.problems))


@app.command("import")
def import_files(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="GeoNames dumps: a country file (SY.txt or SY.zip), allCountries, alternateNamesV2, "
            "admin1CodesASCII.txt; or an OpenStreetMap places TSV (hotosm_sdn_…, osm_libya_…).",
            exists=True,
            dir_okay=False,
        ),
    ],
) -> None:
    """Add full GeoNames dumps or OSM place exports to the gazetteer (kept in RASD_DATA_DIR)."""
    report = import_dumps(files, known=default_gazetteer())
    stdout.print(
        f"imported {report.places:,} places, {report.names:,} Arabic alternate names and "
        f"{report.admin1:,} first-level divisions into {imported_path()}"
    )
    raise typer.Exit(report_problems(report.problems))
