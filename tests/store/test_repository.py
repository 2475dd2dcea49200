"""The store on SQLite and PostgreSQL: schema, idempotent and transactional writes, incremental
merging across reports, filters, problems and feed state."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from rasd.store import Cursor, EventFilter, Store, repository
from rasd.store.tables import merged_events, metadata
from rasd.types import FeedState, Problem
from tests.factories import MAARAT, NEAR_SARAQIB, document, strike


# Expression indexes cannot be reflected, so the comparison skips them (and says so); the next
# test checks them.
@pytest.mark.filterwarnings("ignore:.*expression-based index")
def test_migrations_build_the_schema_the_tables_declare(store: Store) -> None:
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    assert differences == []


def test_actor_search_has_its_indexes(store: Store) -> None:
    """Trigram GIN indexes on PostgreSQL (they serve ``LIKE '%…%'``), expression indexes on SQLite."""
    postgres = store.engine.dialect.name == "postgresql"
    query = (
        "SELECT indexdef FROM pg_indexes WHERE tablename = 'merged_events'"
        if postgres
        else "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'merged_events'"
    )
    with store.engine.connect() as connection:
        definitions = [row[0] or "" for row in connection.exec_driver_sql(query)]
    for column in ("actor1", "actor2"):
        (definition,) = [d for d in definitions if f"ix_merged_events_{column}_lower" in d]
        assert "lower(" in definition and column in definition
        assert ("gin_trgm_ops" in definition) is postgres


def test_reopening_a_migrated_database_keeps_its_rows(database: str) -> None:
    with Store.open(database) as store:
        store.save([document("a1", strike("a1"))])
    with Store.open(database) as store:
        assert store.counts()["articles"] == 1


def test_saving_the_same_article_twice_changes_nothing(store: Store) -> None:
    batch = [document("a1", strike("a1")), document("a2", strike("a2", fatalities=9))]
    first = store.save(batch)
    counts = store.counts()
    again = store.save(batch)
    assert (first.articles, first.events) == (2, 2)
    assert (again.articles, again.events, again.known) == (0, 0, 2)
    assert store.counts() == counts


def test_a_failing_batch_stores_nothing(store: Store) -> None:
    broken = strike("a2", event_type="Not an ACLED type")
    with pytest.raises(ValueError):
        store.save([document("a1", strike("a1")), document("a2", broken)])
    assert store.counts() == {"articles": 0, "events": 0, "merged_events": 0, "problems": 0}


def test_reports_of_one_strike_merge_with_every_article(store: Store) -> None:
    store.save([document("a1", strike("a1", fatalities=9), outlet="Example Wire")])
    store.save([document("a2", strike("a2", fatalities=7, weapons=("barrel bomb",)), outlet="Example Daily")])
    store.save([document("a3", strike("a3", day=11, fatalities=None), outlet="Example Radio")])
    [merged] = store.merged_events()
    assert merged.article_ids == ("a1", "a2", "a3")
    assert merged.outlets == ("Example Wire", "Example Daily", "Example Radio")
    assert merged.event.fatalities == 7  # the lowest figure
    assert set(merged.event.weapons) == {"warplane", "barrel bomb"}
    assert merged.event.date == dt.date(2019, 5, 10)  # the date most reports give


def test_a_new_report_updates_the_merged_event(store: Store) -> None:
    store.save([document("a1", strike("a1", geo_precision=2, fatalities=12))])
    [before] = store.merged_events()
    store.save([document("a2", strike("a2", fatalities=10, **NEAR_SARAQIB))])
    [after] = store.merged_events()
    assert after.id == before.id
    assert after.event.fatalities == 10
    assert after.event.location == "Afis"  # precision 1 beats the first report's 2
    assert after.updated >= before.updated


def test_a_report_from_across_a_province_line_a_few_km_away_joins(store: Store) -> None:
    store.save([document("a1", strike("a1"))])
    store.save([document("a2", strike("a2", **{**NEAR_SARAQIB, "admin1": "Aleppo"}))])
    store.save([document("a3", strike("a3", **{**MAARAT, "admin1": "Aleppo"}))])
    assert sorted(m.article_ids for m in store.merged_events()) == [("a1", "a2"), ("a3",)]


def test_a_bombing_and_a_clash_of_one_assault_join_whatever_their_tolls(store: Store) -> None:
    bomb = {"sub_event_type": "Suicide bomb", "actor1": "Islamic State", "actor2": "Military Forces of Syria"}
    clash = {"event_type": "Battles", "sub_event_type": "Armed clash", "actor2": "Islamic State"}
    store.save([document("a1", strike("a1", **bomb, fatalities=9))])
    store.save([document("a2", strike("a2", **clash, fatalities=21, weapons=()))])
    shelling = {"sub_event_type": "Shelling/artillery/missile attack", "fatalities": 30}
    store.save([document("a3", strike("a3", **{**shelling, **MAARAT}))])
    store.save([document("a4", strike("a4", **clash, **MAARAT, fatalities=12, weapons=()))])
    assert sorted(m.article_ids for m in store.merged_events()) == [("a1", "a2"), ("a3",), ("a4",)]


def test_a_handover_joins_the_battle_for_the_place_even_when_stored_before(database: str) -> None:
    regained = {"event_type": "Battles", "sub_event_type": "Government regains territory"}
    handover = {"event_type": "Strategic developments", "sub_event_type": "Non-violent transfer of territory"}
    parties = {"actor2": "Hayat Tahrir al-Sham", "fatalities": None, "weapons": ()}
    with Store.open(database) as store:
        store.save([document("a1", strike("a1", **handover, **parties))])
        with store.engine.begin() as connection:  # as rasd before migration 0005 filed it
            connection.execute(merged_events.update().values(family="strategic developments"))
            connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0004_report_indexes'")
    with Store.open(database) as store:
        store.save([document("a2", strike("a2", day=11, **regained, **parties))])
        assert [m.article_ids for m in store.merged_events()] == [("a1", "a2")]


def test_reports_of_two_stated_days_join_through_one_dated_by_its_publication(store: Store) -> None:
    store.save([document("a1", strike("a1", day=12, time_precision=2))])
    store.save([document("a2", strike("a2", day=11))])
    store.save([document("a3", strike("a3", day=10))])
    [merged] = store.merged_events()
    assert merged.article_ids == ("a1", "a2", "a3")
    assert merged.event.time_precision == 1  # a stated day, not the publication


def test_strikes_on_one_town_on_different_days_stay_apart(store: Store) -> None:
    store.save([document("a1", strike("a1", day=10))])
    store.save([document("a2", strike("a2", day=13))])
    assert store.count_merged_events() == 2


def test_reports_do_not_chain_beyond_a_day_of_the_merged_event(store: Store) -> None:
    """Each report a day after the last: the third is two days from the merged event itself."""
    for number, day in enumerate((10, 11, 12), start=1):
        store.save([document(f"a{number}", strike(f"a{number}", day=day))])
    by_articles = sorted(merged.article_ids for merged in store.merged_events())
    assert by_articles == [("a1", "a2"), ("a3",)]


def test_a_merged_events_reports_span_at_most_two_consecutive_days(store: Store) -> None:
    """Days 10 and 11 merge; a report of day 9 is within a day of the merged date (10) but two
    days from the report of day 11, so it starts its own merged event."""
    for number, day in enumerate((10, 11, 9), start=1):
        store.save([document(f"a{number}", strike(f"a{number}", day=day))])
    by_articles = sorted(merged.article_ids for merged in store.merged_events())
    assert by_articles == [("a1", "a2"), ("a3",)]


def test_a_merged_event_keeps_the_range_of_tolls(store: Store) -> None:
    for number, toll in enumerate((9, 14, 7), start=1):
        store.save([document(f"a{number}", strike(f"a{number}", fatalities=toll))])
    with store.engine.connect() as connection:
        [tally] = connection.execute(select(merged_events.c.tally)).scalars()
    assert tally["max_fatalities"] == 14 and tally["reports"] == 3
    [merged] = store.merged_events()
    assert merged.event.fatalities == 7


def test_one_articles_two_strikes_stay_two_events(store: Store) -> None:
    store.save([document("a1", strike("a1"), strike("a1", **NEAR_SARAQIB))])
    store.save([document("a2", strike("a2"))])
    merged = sorted(store.merged_events(), key=lambda m: m.id)
    assert [m.article_ids for m in merged] == [("a1", "a2"), ("a1",)]


def test_strikes_in_two_towns_stay_apart(store: Store) -> None:
    store.save([document("a1", strike("a1")), document("a2", strike("a2", **MAARAT))])
    assert store.count_merged_events() == 2


def test_a_report_that_ties_two_merged_events_folds_them_into_one(store: Store) -> None:
    shelled = {"sub_event_type": "Shelling/artillery/missile attack", "weapons": ()}
    store.save([document("a1", strike("a1", actor1=None, actor2="Hayat Tahrir al-Sham", **shelled))])
    store.save(
        [document("a2", strike("a2", actor1="Military Forces of Syria", actor2=None, fatalities=None))]
    )
    assert store.count_merged_events() == 2
    store.save([document("a3", strike("a3", actor2="Hayat Tahrir al-Sham"))])
    [merged] = store.merged_events()
    assert sorted(merged.article_ids) == ["a1", "a2", "a3"]


def test_filters_select_merged_events(store: Store) -> None:
    store.save(
        [
            document("a1", strike("a1", day=3)),
            document(
                "a2",
                strike(
                    "a2",
                    day=20,
                    actor1="Islamic State",
                    **MAARAT,
                    sub_event_type="Shelling/artillery/missile attack",
                ),
            ),
            document(
                "b1",
                strike(
                    "b1",
                    country="IQ",
                    admin1="Nineveh",
                    location="Mosul",
                    geonameid=99072,
                    latitude=36.34,
                    longitude=43.13,
                    confidence=0.9,
                ),
            ),
        ]
    )

    def ids(**conditions) -> list[str]:
        return sorted(a for m in store.merged_events(EventFilter(**conditions)) for a in m.article_ids)

    assert ids(country="sy") == ["a1", "a2"]
    assert ids(admin1="nineveh") == ["b1"]
    assert ids(event_type="Shelling/artillery/missile attack") == ["a2"]
    assert ids(event_type="Explosions/Remote violence") == ["a1", "a2", "b1"]
    assert ids(actor="islamic") == ["a2"]
    assert ids(actor="%") == ids(actor="_") == ids(actor="\\") == []  # LIKE wildcards are literal
    assert ids(since=dt.date(2019, 5, 5), until=dt.date(2019, 5, 15)) == ["b1"]
    assert ids(min_confidence=0.85) == ["b1"]
    assert len(ids(limit=1)) == 1
    assert store.count_merged_events(EventFilter(country="SY")) == 2
    newest_first = [m.event.date for m in store.merged_events()]
    assert newest_first == sorted(newest_first, reverse=True)


def test_problems_are_recorded_once_and_counted(store: Store) -> None:
    broken = Problem("feed.jsonl", "E205", "not valid JSON", 3)
    store.record_problems([broken, Problem("page.html", "E213", "no article text found in the page")])
    store.record_problems([broken, broken])  # twice in one batch, too
    stored = {p.problem.where(): p for p in store.problems()}
    assert stored["feed.jsonl:3"].times == 3
    assert stored["page.html"].times == 1
    assert [p.problem.code for p in store.problems(code="E213")] == ["E213"]


def test_feed_state_round_trip(store: Store) -> None:
    url = "https://news.example/rss"
    assert store.feed_state(url) == FeedState(url)
    store.save_feed_state(FeedState(url, '"v1"', "Mon, 13 May 2019 08:00:00 GMT"))
    store.save_feed_state(FeedState(url, '"v2"', None))
    assert store.feed_state(url) == FeedState(url, '"v2"', None)


def test_known_urls_and_articles(store: Store) -> None:
    store.save([document("a1", url="https://news.example/a1")])
    assert store.known_urls(["https://news.example/a1", "https://news.example/zz"]) == {
        "https://news.example/a1"
    }
    assert store.known_articles(["a1", "zz"]) == {"a1"}


def test_undated_events_come_after_the_dated_ones_within_the_limit(store: Store) -> None:
    store.save([document("a1", strike("a1", day=3)), document("a2", strike("a2", date=None, **MAARAT))])
    store.save([document("a3", strike("a3", day=20, country="LB", admin1="Beirut", geonameid=276781))])
    assert [m.article_ids for m in store.merged_events()] == [("a3",), ("a1",), ("a2",)]
    assert [m.article_ids for m in store.merged_events(EventFilter(limit=2))] == [("a3",), ("a1",)]
    assert [m.article_ids for m in store.merged_events(EventFilter(country="SY", limit=2))] == [
        ("a1",),
        ("a2",),
    ]


def test_a_date_bound_leaves_out_undated_events_in_pages_and_markers(store: Store) -> None:
    store.save([document("a1", strike("a1", day=3)), document("a2", strike("a2", date=None, **MAARAT))])
    store.save([document("a3", strike("a3", day=20, country="LB", admin1="Beirut", geonameid=276781))])
    past_the_dated = Cursor(dt.date(1900, 1, 1), 0)
    assert [m.article_ids for m in store.merged_events(EventFilter(), past_the_dated)] == [("a2",)]
    since = EventFilter(since=dt.date(2000, 1, 1))
    assert [m.article_ids for m in store.merged_events(since)] == [("a3",), ("a1",)]
    assert [m.article_ids for m in store.markers(since)] == [("a3",), ("a1",)]
    assert [m.article_ids for m in store.merged_events(since, Cursor(None, 10**6))] == []


@pytest.mark.issue(14)
def test_losing_a_race_for_the_same_article_changes_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process stored the article after this one looked: the insert clashes, and the
    transaction runs again, finds it stored and skips it (no IntegrityError escapes)."""
    report = document("race-1", strike("race-1"))
    store.save([report])
    before = store.counts()
    looked_too_early = [True]
    real_existing = repository._existing

    def existing(connection, column, values):
        if looked_too_early:
            looked_too_early.pop()
            return set()
        return real_existing(connection, column, values)

    monkeypatch.setattr(repository, "_existing", existing)
    counts = store.save([report])
    assert (counts.articles, counts.known) == (0, 1) and not looked_too_early
    assert store.counts() == before
