"""``rasd gazetteer``: look a place name up, and import full GeoNames dumps."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from rasd.cli.output import report_problems, stderr, stdout
from rasd.geocode.gazetteer import default_gazetteer, imported_path
from rasd.geocode.importer import import_dumps
from rasd.geocode.resolve import rank
from rasd.lexicon.lexicon import load_lexicon
from rasd.lexicon.matcher import phrase_key

app = typer.Typer(help="The gazetteer: GeoNames places and their Arabic names.", no_args_is_help=True)


@app.command("lookup")
def lookup(
    name: Annotated[str, typer.Argument(help="An Arabic place name, as an article writes it.")],
    country: Annotated[
        str | None, typer.Option("--country", "-c", help="ISO2 code of the country the text is about.")
    ] = None,
    limit: Annotated[int, typer.Option(help="How many candidates to show.")] = 10,
) -> None:
    """Show the ranked candidates for a name and why they rank where they do."""
    key = phrase_key(name)
    if key is None:
        stderr.print("[red]error[/] the name has no letters")
        raise typer.Exit(2)
    gazetteer = default_gazetteer()
    candidates, how = gazetteer.lookup(key.stems), "exact"
    if not candidates:
        candidates, how = gazetteer.fuzzy_lookup(key.stems), "one edit"
    if not candidates:
        stdout.print(f"no place named {name!r} (looked up as {' '.join(key.stems)!r})")
        raise typer.Exit(1)
    countries = frozenset({country.upper()}) if country else frozenset()
    lexicon = load_lexicon()
    table = Table(title=f"{name} → {len(candidates)} candidates ({how} match on {' '.join(key.stems)!r})")
    for column in ("#", "geonameid", "name", "country", "admin1", "population", "lat, lon", "why"):
        table.add_column(column)
    for number, ranked in enumerate(rank(candidates, countries)[:limit], start=1):
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
            "; ".join(ranked.reasons),
        )
    stdout.print(table)


@app.command("import")
def import_files(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="GeoNames dumps: a country file (SY.txt or SY.zip), allCountries, alternateNamesV2, "
            "admin1CodesASCII.txt.",
            exists=True,
            dir_okay=False,
        ),
    ],
) -> None:
    """Add full GeoNames dumps to the gazetteer (kept in the data directory, RASD_DATA_DIR)."""
    report = import_dumps(files, known=default_gazetteer())
    stdout.print(
        f"imported {report.places:,} places, {report.names:,} Arabic alternate names and "
        f"{report.admin1:,} first-level divisions into {imported_path()}"
    )
    raise typer.Exit(report_problems(report.problems))
