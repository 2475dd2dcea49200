"""All lexicon mentions of one analysed text, computed once and looked up by kind and range."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from rasd.lexicon.lexicon import Lexicon
from rasd.text.tokenize import is_definite
from rasd.types import AnalyzedText, Mention

ENDING_REACH = 8  # the longest mention ``ending_at`` finds, in tokens
SUBJECT_REACH = 4  # the words of the subject told between a verb and its object ("فتح عناصر الأمن النار")
#: The mentions a subject told between a verb and its object is made of ("جنود إسرائيليون").
SUBJECT_KINDS = ("actor", "force", "nationality", "contextual_actor")
#: Words after a firing phrase read across its subject within which a speech makes it a figure
#: ("فتح الحزب النار على الحكومة في خطاب ألقاه أمينه العام").
SPEECH_REACH = 6
#: Cue kinds that name a speech or where it was given (cues.yaml).
SPEECH_KINDS = ("speech_nouns", "issued_at")
NEEDS_SUBJECT = "needs_subject"  # a verb spelt as a noun (فجر: dawn) that is the verb only beside its subject
#: Place cue kinds (place_cues.tsv) that a proper name follows: بلدة هجين، ساحة الطيران، محافظة صعدة.
NAMING_KINDS = frozenset({"settlement", "area", "city_part", "admin"})


@dataclass(frozen=True)
class TextMentions:
    text: AnalyzedText
    lexicon: Lexicon
    by_kind: dict[str, list[Mention]]
    _starts: dict[str, list[int]] = field(default_factory=dict)
    _covered: dict[tuple[str, ...], frozenset[int]] = field(default_factory=dict)
    _ends: dict[str, dict[int, Mention]] = field(default_factory=dict)  # by kind, by end token
    memo: dict[tuple, object] = field(default_factory=dict)  # derived readings of this text, by their inputs

    @classmethod
    def of(cls, text: AnalyzedText, lexicon: Lexicon) -> TextMentions:
        by_kind = lexicon.matcher.match(text)
        if not lexicon.triggers_read_across_actor.keys().isdisjoint(text.stems):
            by_kind["trigger"] = _with_acts_read_across_subject(text, by_kind, lexicon)
        if by_kind.get("trigger"):
            by_kind["trigger"] = [m for m in by_kind["trigger"] if _has_subject(by_kind, lexicon, m)]
        if by_kind.get("time"):
            names = _place_name_starts(text, by_kind, lexicon)
            by_kind["time"] = [m for m in by_kind["time"] if not _names_a_place(lexicon, m, names)]
        starts = {k: [m.first_token for m in ms] for k, ms in by_kind.items() if ms}  # most kinds have none
        return cls(text, lexicon, by_kind, starts)

    def within(self, kind: str, first: int, end: int) -> list[Mention]:
        """Mentions of a kind that lie inside tokens ``[first, end)``."""
        mentions = self.by_kind.get(kind)
        if not mentions:
            return []  # most kinds have no mention in a given text
        starts = self._starts[kind]
        first_index = bisect_left(starts, first)
        found = mentions[first_index : bisect_left(starts, end, first_index)]
        if found and found[-1].end_token > end:
            found.pop()  # a kind's mentions never overlap: only the last can run past the end
        return found

    def at(self, kind: str, token: int) -> Mention | None:
        """The one-token mention of a kind at a token (a kind's mentions never overlap, so at most
        one starts there)."""
        mention = self.starting_at(kind, token)
        return mention if mention is not None and mention.end_token <= token + 1 else None

    def starting_at(self, kind: str, token: int) -> Mention | None:
        """The mention of a kind that starts at a token, however many tokens it spans."""
        starts = self._starts.get(kind)
        if starts is None:
            return None
        mentions, index = self.by_kind[kind], bisect_left(starts, token)
        return mentions[index] if index < len(starts) and starts[index] == token else None

    def ending_at(self, kind: str, token: int) -> Mention | None:
        """The mention of a kind (of at most ``ENDING_REACH`` tokens) that ends just before a token:
        a kind's mentions never overlap, so at most one ends there. Asked of most words a rule
        looks back from, so each kind's mentions are indexed by their end once per text."""
        ends = self._ends.get(kind)
        if ends is None:
            ends = self._ends[kind] = {m.end_token: m for m in self.by_kind.get(kind, ())}
        mention = ends.get(token)
        return (
            mention if mention is not None and token - ENDING_REACH <= mention.first_token < token else None
        )

    def covered_by(self, kinds: tuple[str, ...]) -> frozenset[int]:
        """The tokens that mentions of these kinds cover (computed once per text and set of kinds)."""
        covered = self._covered.get(kinds)
        if covered is None:
            covered = self._covered[kinds] = frozenset(
                i
                for kind in kinds
                for m in self.by_kind.get(kind, [])
                for i in range(m.first_token, m.end_token)
            )
        return covered


def _with_acts_read_across_subject(
    text: AnalyzedText, by_kind: dict[str, list[Mention]], lexicon: Lexicon
) -> list[Mention]:
    """ "أطلق مستوطنون النار"، "فتح عناصر الأمن النار": told verb first, the subject stands between
    a verb-object trigger's two words; the trigger is read from the verb to its object, over the
    actor, in place of the triggers inside that span (a kind's mentions never overlap)."""
    triggers = by_kind.get("trigger", [])
    split = lexicon.triggers_read_across_actor
    for verb in (i for i, stem in enumerate(text.stems) if stem in split):
        end = _subject_end(by_kind, verb + 1)
        told = tuple(text.stems[end : end + SUBJECT_REACH])
        found = next(((rest, t) for rest, t in split[text.stems[verb]] if told[: len(rest)] == rest), None)
        if found is None or end == verb + 1:
            continue
        act_end = end + len(found[0])
        if _speech_follows(text, by_kind, act_end):
            continue  # words fired in a speech, not shots
        overlapping = [t for t in triggers if t.first_token < act_end and t.end_token > verb]
        if any(t.first_token < verb or t.end_token > act_end for t in overlapping):
            continue  # a longer reading holds these words ("الرصاص الحي على المتظاهرين")
        kept = [t for t in triggers if t not in overlapping]
        act_mention = Mention("trigger", found[1].id, found[1].sub_event_type, verb, act_end, text)
        triggers = sorted([*kept, act_mention], key=lambda m: m.first_token)
    return triggers


def _speech_follows(text: AnalyzedText, by_kind: dict[str, list[Mention]], first: int) -> bool:
    """ "فتح حزب الله النار على السعودية في خطاب": a speech told in the clause after a firing phrase
    (within ``SPEECH_REACH`` words, before a punctuation mark) makes the fire a figure of speech."""
    end = first
    while end < min(len(text.norms), first + SPEECH_REACH) and text.norms[end].isalnum():
        end += 1
    return any(first <= m.first_token < end for kind in SPEECH_KINDS for m in by_kind.get(kind, ()))


def _subject_end(by_kind: dict[str, list[Mention]], first: int) -> int:
    """The token after the actor words told from ``first`` on, as long as they stay within
    ``SUBJECT_REACH`` (``first`` when none starts there)."""
    ends: dict[int, int] = {}
    for kind in SUBJECT_KINDS:
        for m in by_kind.get(kind, ()):
            ends[m.first_token] = max(ends.get(m.first_token, 0), m.end_token)
    end = first
    while end in ends and ends[end] - first <= SUBJECT_REACH:
        end = ends[end]
    return end


def _has_subject(by_kind: dict[str, list[Mention]], lexicon: Lexicon, trigger: Mention) -> bool:
    """ "فجر مسلحون منزلا"، "أن انتحاريا فجر شاحنة": a trigger flagged ``needs_subject`` (فجر is also
    dawn) is the verb only with an actor right after it, or right before it with no time word from
    it on ("اقتحمت قوات الاحتلال فجر اليوم"، "نفذت الحركة فجر أمس" are dawn). Otherwise it is no
    trigger at all, so neither the reading rules nor the sentence model see one in "فجر اليوم"."""
    if NEEDS_SUBJECT not in lexicon.triggers[trigger.entry_id].flags:
        return True
    actors = by_kind.get("actor", [])
    if any(a.first_token == trigger.end_token for a in actors):
        return True
    dawn = any(
        t.first_token == trigger.end_token
        or (t.first_token == trigger.first_token and t.end_token > trigger.end_token)
        for t in by_kind.get("time", [])
    )
    return not dawn and any(a.end_token == trigger.first_token for a in actors)


def _place_name_starts(text: AnalyzedText, by_kind: dict[str, list[Mention]], lexicon: Lexicon) -> set[int]:
    """The tokens right after an indefinite cue word that a place's name follows (منطقة، سوق، بلدة);
    "المدينة ليلة أمس" is the town already told, then a day."""
    return {
        cue.end_token
        for cue in by_kind.get("place_cue", ())
        if lexicon.place_cues[cue.entry_id][0] in NAMING_KINDS
        and not is_definite(text.analyses[cue.end_token - 1])
    }


def _names_a_place(lexicon: Lexicon, mention: Mention, name_starts: set[int]) -> bool:
    """ "منطقة الأربعاء ناث إيراثن"، "سوق الخميس": a weekday right after a cue word that a place's
    name follows is that name, not a day the text names."""
    return mention.first_token in name_starts and lexicon.time_words[mention.entry_id][0] == "weekday"
