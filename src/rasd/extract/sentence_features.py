"""What the sentence-kind decider reads in a sentence: its words, stems and stem pairs, the clitics
on them, where it stands in the article, its numbers, its quotation marks, and which lexicon lists
fire in it (time anchors, place cues, negation, past and future markers, aggregates, threats,
recaps, triggers by sub-type...). Every word list comes from ``resources/ar``; this module only
names the lists' kinds.

Character n-grams were tried and left out: on train CV they lowered the AUC (0.882 with 3- and
4-grams, 0.887 without) and tripled the features to score."""

from __future__ import annotations

from rasd.extract.mentions import TextMentions
from rasd.extract.numbers import looks_like_year
from rasd.lexicon.lexicon import GENRE_CUES
from rasd.types import AnalyzedText, Sentence

#: Lists that say what the word beside a trigger or a death is, or what an article's opening
#: reports (a channel's name, a festival, fireworks, an airline, a verdict, a protest's grievance…):
#: they tell nothing of the kind of sentence that holds them, and as features they would only move
#: the sentence model by chance.
RULE_ONLY_KINDS = frozenset(
    {
        "outlets",
        "private_victims",
        "long_ago",
        "government_voice",
        "origin_words",
        "province_lists",
        "counted_period_openers",
        "fixed_phrases",
        "government_ties",
        "festive",
        "not_munitions",
        "civil_aviation",
        "service_aviation",
        "verdict",
        "breaches",
        "appeals",
        "hypothetical",
        "aim",
        "aim_to",
        "kinds_of_acts",
        "habitual",
        "institutions",
        "civil_heads",
        "clause_connectives",
        "author_prepositions",
        "laid_on",
        "speech_nouns",
        "armed_adjectives",
        "arenas",
        "verbal",
        "results",
        "preludes",
        "follow_ons",
        "funerals",
        "funeral_objects",
        "calming",
        "interception",
        "aircraft_lost",
        "objection",
        "possession",
        "held_lists",
        "accusative_persons",
        "accompaniment",
        "holding_verbs",
        "suffering_verbs",
        "taken_from",
        *GENRE_CUES,  # read once for the whole article
        "grievances",
        "comparisons",
        "one_other",
        "clock_words",
        "hour_units",
        "range_openers",
        "days_ago",
        "day_units",
        "counted_from",
        "month_nouns",
        "month_of_the_year",
        "held_since",
        "crowd_words",
        "civilian_nouns",
        "base_nouns",
        "base_adjectives",
        "civilian_sites",
        "answered_acts",
        "ongoing_situations",
        "answered_motives",
        "allies",
        "believed_members",
        "responses",
        "talks",
        "describing",
        "replying",
        "own_forces",
        "carrying_out",
        "carrying_out_links",
        "body_heads",
        "feasibility",
        "bare_year_words",
        "recording",
        "purpose",
        "publication_stamps",
        "relation_nouns",
        "hurt_verbs",
        "launchers",
        "victims_unit",
        "protest_notes",
        "warning_fire",
        "celebratory_fire",
        "wounded_of",
        "wounded_by",
        "prayers",
    }
)
#: Indexes whose entry label is a category worth a feature of its own (a trigger's sub-type, a
#: time word's kind such as weekday or relative_past); other indexes count by kind alone.
#: Function words kept as a list for a reading rule ("من" of "الثالث من مارس"); nearly every sentence
#: has one, so as a feature it says nothing.
UNINFORMATIVE_KINDS = frozenset({"day_of_month"}) | RULE_ONLY_KINDS
LABELLED_KINDS = frozenset({"trigger", "time", "number", "place_cue", "attribution", "month"})
LENGTH_BUCKETS = (8, 20, 40)  # tokens: a byline, a short report, a long one, a paragraph
#: Quotation marks (« » “ ” normalize to ") set off words someone said: a statement, a threat, a
#: claim or a denial is more often quoted than an occurrence the reporter tells. Other punctuation
#: as features lowered train CV (nested F1 0.7241 -> 0.7224).
QUOTE_MARK = '"'
QUOTE_FEATURE = "punct:quote"
INFORMATIVE_KINDS = ("informative_kinds",)  # the memo key of a text's kinds that are features


def sentence_features(mentions: TextMentions, first: int, end: int, position: str) -> list[str]:
    """The features of tokens ``[first, end)`` of a text, repeated as often as they occur.

    ``position`` is ``title``, ``lead`` (the first sentence of the body) or ``body``.
    """
    text = mentions.text
    features = [f"pos:{position}", f"len:{_length_bucket(end - first)}"]
    stems: list[str] = []
    for i in range(first, end):
        norm, (prefix, stem, _) = text.norms[i], text.analyses[i]
        if norm.isdigit():
            features.append("num:year" if looks_like_year(int(norm)) else "num:digits")
        elif norm[:1].isalpha():  # a word, not punctuation
            features += _word_features(norm, prefix, stem)
            stems.append(stem or norm)
        elif norm == QUOTE_MARK:
            features.append(QUOTE_FEATURE)
    features += [f"b:{a}_{b}" for a, b in zip(stems, stems[1:], strict=False)]
    features += _lexicon_features(mentions, first, end)
    return features


def sentence_position(text: AnalyzedText, sentence: Sentence) -> str:
    """``title``, ``lead`` for the body's first sentence after any dateline, else ``body``."""
    if text.field == "title":
        return "title"
    opening = next((s for s in text.sentences if s.kind != "dateline"), None)
    return "lead" if sentence == opening else "body"


def _word_features(norm: str, prefix: str, stem: str) -> list[str]:
    return [f"w:{norm}", f"s:{stem}", *([f"p:{prefix}"] if prefix else [])]


def _lexicon_features(mentions: TextMentions, first: int, end: int) -> list[str]:
    features = []
    for kind in _informative_kinds(mentions):
        for mention in mentions.within(kind, first, end):
            features.append(f"lex:{kind}")
            if kind in LABELLED_KINDS:
                features.append(f"lex:{kind}:{mention.label}")
    return features


def _informative_kinds(mentions: TextMentions) -> list[str]:
    """The kinds, in the lexicon's order, with a mention in the text that count as features: most
    of the 170-odd lists never fire in a given text, so each sentence need not ask them all."""
    found = mentions.memo.get(INFORMATIVE_KINDS)
    if found is None:
        found = mentions.memo[INFORMATIVE_KINDS] = [
            kind for kind, ms in mentions.by_kind.items() if ms and kind not in UNINFORMATIVE_KINDS
        ]
    return found  # type: ignore[return-value]


def _length_bucket(tokens: int) -> str:
    return next((f"<{b}" for b in LENGTH_BUCKETS if tokens < b), "long")
