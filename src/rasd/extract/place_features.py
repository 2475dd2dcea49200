"""What the place decider reads about a place candidate: how it was found (cue word, locative,
list, gazetteer match), what the gazetteer says of it (feature, population, country), where it
stands (title, dateline, lead, which sentence) and what is around it (a trigger word in the same
clause or sentence and how far, a toll, the words before and after). Every word list comes from
``resources/ar``; this module only names the lexicon's kinds.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass

from rasd.extract.mentions import TextMentions
from rasd.extract.places import PlaceMention
from rasd.types import Sentence

DISTANCE_BUCKETS = (1, 3, 6, 12, 25)  # tokens from the nearest trigger word
SENTENCE_BUCKETS = (1, 2, 3, 5, 8)  # the candidate's sentence among the text's sentences
COUNT_BUCKETS = (1, 2, 3, 5)  # how often the article names the place; places in the sentence
#: Lexicon kinds whose presence in the candidate's sentence says it reports an occurrence.
SENTENCE_KINDS = ("killed", "wounded", "time", "weapon", "attribution", "actor")


@dataclass(frozen=True, slots=True)
class ArticleWhere:
    """What the article as a whole says about where, as the place decider reads it: the country
    it names most, the countries it places events in, how often it names each place (by its
    words) and the places its headline names."""

    country: str | None
    countries: frozenset[str]
    counts: Counter[tuple[str, ...]]
    in_title: frozenset[tuple[str, ...]]


def place_key(mentions: TextMentions, place: PlaceMention) -> tuple[str, ...]:
    """A place's words as stems, without clitics: the same name anywhere in the article."""
    return mentions.text.stems[place.first_token : place.end_token]


def place_features(
    mentions: TextMentions, place: PlaceMention, places: list[PlaceMention], where: ArticleWhere
) -> list[str]:
    """The features of a candidate; ``places`` are the candidates of its sentence (or text)."""
    text = mentions.text
    sentence = sentence_of(mentions, place.first_token)
    features = [*_found_by(place), *_gazetteer_facts(place, where), *_position(mentions, sentence)]
    features += _around(mentions, place, sentence)
    same_sentence = [p for p in places if sentence.first_token <= p.first_token < sentence.end_token]
    features.append(f"places_in_sentence:{_bucket(len(same_sentence), COUNT_BUCKETS)}")
    features.append(f"first_in_sentence:{bool(same_sentence) and same_sentence[0] == place}")
    key = place_key(mentions, place)
    features.append(f"named_times:{_bucket(where.counts[key], COUNT_BUCKETS)}")
    if text.field != "title" and key in where.in_title:
        features.append("also_in_title")
    return features


def _found_by(place: PlaceMention) -> list[str]:
    return [
        f"cue:{place.cue_kind or ('locative' if not place.cued else 'other')}",
        f"match:{place.match}",
        f"precision:{place.precision}",
        *(["province"] if place.is_province else []),
        *(["listed"] if place.listed else []),
    ]


def _gazetteer_facts(place: PlaceMention, where: ArticleWhere) -> list[str]:
    found = place.place
    facts = [f"resolved:{found is not None}"]
    if found is not None:
        facts.append(f"feature:{found.feature_class}.{found.feature_code[:4]}")
        facts.append(f"population:{int(math.log10(found.population + 1))}")
    country = place.country
    if country is None:
        facts.append("country:none")
    elif country == where.country:
        facts.append("country:article")
    else:
        facts.append("country:located" if country in where.countries else "country:other")
    return facts


def _position(mentions: TextMentions, sentence: Sentence) -> list[str]:
    text = mentions.text
    if text.field == "title":
        return ["field:title"]
    index = text.sentences.index(sentence)
    return [
        "field:body",
        f"sentence_kind:{sentence.kind}",
        f"sentence:{_bucket(index, SENTENCE_BUCKETS)}",
    ]


def _around(mentions: TextMentions, place: PlaceMention, sentence: Sentence) -> list[str]:
    """The trigger words near the candidate, what the sentence holds, and the words either side."""
    analyses, first, end = mentions.text.analyses, sentence.first_token, sentence.end_token
    features = []
    triggers = mentions.within("trigger", first, end)
    if triggers:
        nearest = min(triggers, key=lambda t: abs(t.first_token - place.first_token))
        distance = abs(nearest.first_token - place.first_token)
        side = "after" if place.first_token > nearest.first_token else "before"
        features += [f"trigger:{side}:{_bucket(distance, DISTANCE_BUCKETS)}", f"trigger:{nearest.label}"]
        clause = next((c for c in sentence.clauses if c[0] <= place.first_token < c[1]), (first, end))
        if mentions.within("trigger", *clause):
            features.append("trigger:same_clause")
    else:
        features.append("trigger:none")
    features += [f"sentence_has:{kind}" for kind in SENTENCE_KINDS if mentions.within(kind, first, end)]
    prefix, _, _ = analyses[place.first_token]
    if prefix:
        features.append(f"prefix:{prefix}")
    if place.first_token > first:
        features.append(f"before:{analyses[place.first_token - 1][1]}")
    else:
        features.append("before:start")
    if place.end_token < end:
        features.append(f"after:{analyses[place.end_token][1]}")
        if mentions.at("nationality", place.end_token) is not None:
            features.append("after:nationality")
    else:
        features.append("after:end")
    return features


def sentence_of(mentions: TextMentions, token: int) -> Sentence:
    """The sentence that holds a token."""
    sentences = mentions.text.sentences
    index = bisect_right([s.first_token for s in sentences], token) - 1
    return sentences[max(index, 0)]


def _bucket(value: int, bounds: tuple[int, ...]) -> str:
    return next((f"<{b}" for b in bounds if value < b), f">={bounds[-1]}")
