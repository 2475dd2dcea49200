"""Any place decider fills the same slot: it vetoes the rules' choice of an event's place where
another candidate of the clause stands, it alone lets a town name no cue introduces place an event,
and the shipped model explains each verdict."""

from __future__ import annotations

from rasd.extract.deciders import ModelPlaceDecider, place_decider
from rasd.extract.frames import ArticleContext
from rasd.extract.mentions import TextMentions
from rasd.extract.place_features import ArticleWhere, place_features
from rasd.extract.place_model import PlaceModel
from rasd.extract.places import PlaceMention
from rasd.extract.stage import extract_with
from rasd.geocode.gazetteer import default_gazetteer
from rasd.ingest.records import article_from_record
from rasd.lexicon.lexicon import load_lexicon
from rasd.text.analyze import text_stage
from rasd.types import Decision, Document

#: A town and its province in one clause.
TWO_TOWNS = "قتل خمسة مدنيين في غارة على بلدة سراقب في محافظة إدلب."
#: A town no cue word or locative introduces.
BARE_TOWN = "قتل ثلاثة جنود في هجوم استهدف حاجزا غربي الرمادي، بعد يوم من اشتباكات الفلوجة."


class Only:
    """A test decider: a candidate is an event's place when its words are the given ones."""

    def __init__(self, *names: str) -> None:
        self.names = names

    def decide(
        self, mentions: TextMentions, place: PlaceMention, places: list[PlaceMention], where: ArticleWhere
    ) -> Decision:
        accept = place.name_ar in self.names
        return Decision(accept, float(accept), (), "only")


def _document(text: str) -> Document:
    article, _ = article_from_record(
        {"id": "t", "title": "", "text": text, "published": "2019-03-12"}, "test"
    )
    return text_stage(Document(article))


def test_the_decider_vetoes_the_rules_choice_when_another_candidate_stands() -> None:
    document = _document(TWO_TOWNS)
    [rules] = extract_with(document, None).events
    [judged] = extract_with(document, None, Only("إدلب")).events
    assert (rules.location_ar, rules.geo_precision) == ("سراقب", 1)
    assert (judged.location_ar, judged.admin1, judged.geo_precision) == (None, "Idlib", 3)
    assert "decider:only" in judged.rules


def test_when_the_decider_accepts_no_candidate_the_rules_choice_stands() -> None:
    document = _document(TWO_TOWNS)
    rules = [(e.location_ar, e.latitude) for e in extract_with(document, None).events]
    judged = [(e.location_ar, e.latitude) for e in extract_with(document, None, Only()).events]
    assert judged == rules and rules[0][0] == "سراقب"


def test_a_town_no_cue_introduces_places_an_event_only_when_a_decider_accepts_it() -> None:
    document = _document(BARE_TOWN)
    assert "الفلوجة" not in [e.location_ar for e in extract_with(document, None).events]
    accepted = extract_with(document, None, Only("الرمادي", "الفلوجة")).events
    assert "الفلوجة" in [e.location_ar for e in accepted]
    assert "الفلوجة" not in [e.location_ar for e in extract_with(document, None, Only("الرمادي")).events]


def _candidates(text: str) -> tuple[TextMentions, list[PlaceMention], ArticleContext]:
    document = _document(text)
    texts = [TextMentions.of(t, load_lexicon()) for t in document.texts()]
    context = ArticleContext(document.article, texts, default_gazetteer())
    body = texts[-1]
    return body, context.places(body, 0, len(body.text)), context


def test_a_candidate_s_features_say_how_it_was_read_and_what_is_around_it() -> None:
    body, places, context = _candidates(TWO_TOWNS)
    town = next(p for p in places if p.name_ar == "سراقب")
    features = place_features(body, town, places, context.where_facts)
    assert {"cue:settlement", "field:body", "trigger:same_clause", "country:article", "resolved:True"} <= set(
        features
    )
    assert "first_in_sentence:True" in features and "before:بلده" in features and "after:في" in features


def test_the_model_decider_gives_its_probability_and_the_features_that_weighed_most() -> None:
    body, places, context = _candidates(TWO_TOWNS)
    model = PlaceModel({"trigger:same_clause": 2.0, "cue:settlement": 1.0, "field:title": -3.0}, -1.5, 0.5)
    town = next(p for p in places if p.name_ar == "سراقب")
    decision = ModelPlaceDecider(model).decide(body, town, places, context.where_facts)
    assert decision.accept and decision.decider == "place_model" and decision.score == 0.8176
    assert decision.reasons == ("p_event_place=0.82", "feature:trigger:same_clause", "feature:cue:settlement")


def test_the_shipped_place_model_is_read_by_its_setting_name() -> None:
    decider = place_decider("model")
    assert isinstance(decider, ModelPlaceDecider) and 0 < decider.model.threshold < 1
    assert place_decider("rules") is None
