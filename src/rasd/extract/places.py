"""Place phrases in the text and the gazetteer places they may name.

A place is read (1) after a cue word (بلدة هجين، ريف دير الزور، قرب الباغوز), (2) as a
first-level division (محافظة صعدة، في نينوى), or (3) as a gazetteer name after a locative word
(في الموصل، بالقرب من منبج). Which GeoNames place a name means is decided with the article's
country context (``resolve``).
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import compress
from operator import add, itemgetter

from rasd.extract.mentions import NAMING_KINDS, TextMentions
from rasd.extract.numbers import number_ending_at
from rasd.geocode.distance import km_between
from rasd.geocode.gazetteer import WATER_CLASS, Gazetteer, Strategy
from rasd.geocode.gazetteer import Place as GazetteerPlace
from rasd.geocode.resolve import Choice, Context, choose
from rasd.lexicon.lexicon import Admin1
from rasd.lexicon.matcher import DASHES, phrase_key
from rasd.lexicon.resources import load_yaml
from rasd.text.normalize import default_normalizer
from rasd.text.tokenize import clitic_roles, default_segmenter, is_definite, is_future
from rasd.types import Mention, Span

ASIDE_WORDS = 4  # words of an aside between the towns of a list ("(غربي العاصمة)")
MAX_NAME_WORDS = 3
NO_CONTEXT = Context()
NAME_BLOCKING_KINDS = (
    "trigger",
    "actor",
    "time",
    "month",
    "number",
    "place_cue",
    "nationality",
    "killed",
    "wounded",
    "attribution",
    "weapon",
    "force",
    "country",
    "common_noun",
    "fixed_phrases",
)
SETTLEMENT_KINDS = frozenset({"settlement"})
INSIDE_KIND = "inside"  # place_cues.tsv: the kind of في، داخل، ضمن
CITY_PART = "city_part"  # place_cues.tsv: the kind of حي، شارع، ساحة
AREA = "area"  # place_cues.tsv: the kind of وسط، منطقة، أطراف
#: GeoNames feature codes of a part of a city: a quarter, a square.
CITY_PART_CODES = frozenset({"PPLX", "SQR"})
SQUARE_CODE = "SQR"
FACILITY_CLASS = "S"  # the GeoNames feature class of bases, airports and ports
#: Mentions that may follow a place's name and end like an adjective (السورية، الإسكندرية).
NAMES_AN_ADJECTIVE_MAY_BE = ("nationality", "admin1", "country")
#: Cue words before which a province's name is its city ("وسط بغداد"); not ريف (countryside) or محافظة.
CITY_CUE_KINDS = frozenset({AREA, "city_part", "direction", "proximity"})
PROVINCE_PRECISION = 3
#: GeoNames' codes of the seats of a country, a province or a district (PPLC, PPLA, PPLA2…).
SEAT_CODES = ("PPLA", "PPLC")
AMBIGUOUS_PRECISION = 2  # one of several same-named villages of a province: the province, roughly
NEAR_FEATURE_PRECISION = 2  # a valley, pass or base named after a town: near the town
#: A gazetteer name read without a cue word, outside the article's countries, must be this big.
MIN_POPULATION_WITHOUT_CONTEXT = 100_000
#: Hamlets whose names are also common words ("حكومة") need a cue word to be read as places.
MIN_POPULATION_WITHOUT_CUE = 1_000
#: A province's name that is also a city of this size names the city.
MIN_CITY_POPULATION = 10_000
MIN_NAME_LETTERS = 2
#: Head, one-edit and transliteration look-ups try names of at most this many words.
FUZZY_MAX_WORDS = 2
PART_OF_CITY_REACH = 2  # "ساحة المدفعية وسط بغداد": the city follows its square within a few words
#: "X شرق Y": the words between a place and the point it is located from (a direction or nearness
#: word, maybe a settlement cue: "شمالي غربي مدينة").
RELATION_REACH = 4
RELATION_KINDS = frozenset({"direction", "proximity"})
DISTANCE_REACH = 8  # words of a distance between two places ("، التي تبعد 400 كيلومتر عن")
RELATION_KM = 100.0  # a place located from another lies within this distance of it
NEAR_KM = 50  # a place this close to a town is near it: ACLED codes it at the town (precision 2)
UNIT_REACH = 4  # "1.600 كلم جنوب شرق الجزائر العاصمة": from the unit to the place measured from
BARE = "bare"  # the match of a town name no cue or locative introduces
LOCATED = "located"  # the match of a name no source has, that the words after it locate
MIN_FUSED_LETTERS = 5  # "مدينة ودمدني": a name read with the letters the segmenter took for a clitic
MIN_LOCATED_LETTERS = 4  # "في بامبا بمنطقة غاو": a name the gazetteer lacks read as a place
COUNTRYSIDE = "countryside"  # the cue kind of ريف
LOCATING_CUE_KINDS = frozenset({"admin", AREA, COUNTRYSIDE})  # "بمنطقة غاو"، "بريف حلب"
AFTER_LOCATIVES = ("after_locatives",)  # the memo key of a text's tokens after a locative
LOCATIVE_WORDS = ("locative_words",)  # the memo key of its locative words (not given names)
BARE_LOCATIVES = ("bare_locatives",)  # the memo key of its tokens with ب but not the article
LOCATIVE_READS = ("locative_reads",)  # the memo key of both, merged in text order
_prefix_of, _suffix_of = itemgetter(0), itemgetter(2)  # of a token's analysis
NAME_WORDS = ("name_words",)  # the memo key of a text's words as the gazetteer keys them
FACILITY_HEADS = ("facility_heads",)  # the memo key of its words that open a facility's name
PROVINCES_NAMED_WHERE = ("provinces_named_where",)  # the memo key of its provinces named as where


@dataclass(frozen=True, slots=True)
class PlaceMention:
    name_ar: str
    span: Span
    first_token: int
    end_token: int
    precision: int
    admin1: Admin1 | None
    country: str | None
    is_province: bool = False
    candidates: tuple[GazetteerPlace, ...] = ()
    place: GazetteerPlace | None = None
    #: how the name was found in the gazetteer: exact, head, one_edit or transliteration
    match: str = "exact"
    #: read after a cue word (بلدة، حي، محافظة), not only after a locative
    cued: bool = True
    #: the kind of the cue word it was read after (settlement, admin, area...), if any
    cue_kind: str | None = None
    #: joined by و to the place before it in a list ("بلدات كفركلا ويارون")
    listed: bool = False
    #: the point another place is located from ("بلدة هجين شرق دير الزور": دير الزور), not a place
    #: where something happened
    reference: bool = False
    #: the gazetteer place a place it lacks is located from ("قرية برنو شمال كادوقلي": Kadugli)
    near: GazetteerPlace | None = None
    #: a word of direction or nearness governs it ("جنوب العاصمة كابل"): the event is near the town
    near_town: bool = False


def place_mentions(
    mentions: TextMentions,
    first: int,
    end: int,
    gazetteer: Gazetteer,
    context: Context = NO_CONTEXT,
) -> list[PlaceMention]:
    """The places of tokens ``[first, end)``, read with what the article says about where (its
    countries, provinces and other places); remembered per text, since frames ask more than once."""
    key = ("places", first, end, id(gazetteer), context)
    found = mentions.memo.get(key)
    if found is None:
        found = mentions.memo[key] = _place_mentions(mentions, first, end, gazetteer, context)
    return found


def _place_mentions(
    mentions: TextMentions,
    first: int,
    end: int,
    gazetteer: Gazetteer,
    context: Context,
) -> list[PlaceMention]:
    countries = context.countries
    places: list[PlaceMention] = []
    covered: set[int] = set()

    def keep(place: PlaceMention | None) -> None:
        if place is not None and not covered.intersection(range(place.first_token, place.end_token)):
            places.append(place)
            covered.update(range(place.first_token, place.end_token))

    for cue in mentions.within("place_cue", first, end):
        if (
            _described_by_next(mentions, cue, end)
            or _names_a_countryside_province(mentions, cue, end)
            or _settlement_beside(mentions, cue)
            or _names_a_street(mentions, cue.end_token)
        ):
            continue
        # "مدينة X" introduces a town's name; "المدينة" is the town already told, so the word after it
        # is never looked up by its sound ("وسط المدينة انضم إليها": a verb, not a Darfur village).
        introduces_name = not _definite(mentions, cue.end_token - 1)
        found = _after_cue(
            mentions,
            cue.entry_id,
            _past_quotes(mentions, cue.end_token, end),
            end,
            gazetteer,
            context,
            introduces_name,
            _names_a_locality(mentions, cue),
        )
        keep(found and replace(found, cue_kind=mentions.lexicon.place_cues[cue.entry_id][0]))
    for head in _facility_heads(mentions, first, end):
        keep(_facility_at(mentions, head, end, gazetteer, context))
    for mention in mentions.within("admin1", first, end):
        admin1 = mentions.lexicon.admin1[mention.entry_id]
        # a province of a list lies in the country of the one before it, which the list may be
        # the first to name ("محافظتي الجوف وصعدة")
        listed = _in_a_province_list(mentions, places, mention.first_token, admin1.iso2)
        if countries and admin1.iso2 not in countries and not listed:
            continue
        if _names_an_organisation(mentions, mention.first_token) or _names_a_street(
            mentions, mention.first_token
        ):
            continue
        # بغداد، الموصل، إدلب name a city as well as its province: without a province cue word,
        # the city is meant.
        cities = (
            ()
            if listed
            else _cities_named(mentions, mention.first_token, mention.end_token, admin1, gazetteer)
        )
        span = _without_conjunction(mentions, mention.first_token, mention.end_token)
        keep(
            PlaceMention(
                span.text,
                span,
                mention.first_token,
                mention.end_token,
                1 if cities else PROVINCE_PRECISION,
                admin1,
                admin1.iso2,
                not cities,
                candidates=cities,
                listed=listed,
            )
        )
    for token, bare in _locative_reads(mentions, first, end):
        if token in covered or _names_an_organisation(mentions, token):
            continue
        if bare:
            # "بتاجوراء"، "بحلب": ب on a name without the article is mostly "with" (بعلم، بسبب),
            # but it is "in" before the name of a big city; a village of unknown size only where
            # the word is a name as written, never "بشدة" ("strongly", not الشدة).
            unsized = _village_as_written(mentions, token, end, gazetteer)
            keep(
                _gazetteer_name_at(
                    mentions, token, end, gazetteer, context, MIN_POPULATION_WITHOUT_CONTEXT, unsized
                )
            )
        else:
            keep(
                _gazetteer_name_at(mentions, token, end, gazetteer, context)
                or _located_unknown(mentions, token, end, gazetteer, context)
            )
    for place in places:  # grows while it is read: each conjunct may open the next
        if place.end_token not in covered:
            keep(_listed_after(mentions, place, end, gazetteer, context))
    province = next(
        (p.admin1 for p in places if p.is_province and p.admin1 is not None), None
    ) or province_before(mentions, first, countries)
    resolved = (resolve(p, mentions, context, province) for p in places)
    # A bare name after a locative is a place only if one gazetteer place clearly fits it.
    return _with_references(
        mentions,
        sorted(
            (
                _near_if_related(mentions, p)
                for p in resolved
                if (p.cued or p.place is not None) and not _measured_from(mentions, p)
            ),
            key=lambda p: p.first_token,
        ),
    )


def province_before(mentions: TextMentions, first: int, countries: frozenset[str]) -> Admin1 | None:
    """The province the sentence names last, as where (after في، ب، محافظة), before a clause
    ("وأضاف حول المواجهات في أبين أن المقاومة … استعادوا مدينة شقرة"): the clause's towns are read
    as that province's namesakes first, and a district the lexicon lacks ("وفي محافظة إب، قالت
    مصادر إن … سيطروا على مديرية القفر") lies in it."""
    sentences = mentions.text.sentences
    index = bisect_right([s.first_token for s in sentences], first) - 1
    start = sentences[max(index, 0)].first_token if sentences else 0
    where = _provinces_named_where(mentions)
    for first_token, end_token, admin1 in reversed(where[: bisect_left(where, (first,))]):
        if first_token < start:
            return None
        if end_token <= first and (admin1.iso2 in countries or not countries):
            return admin1
    return None


def _provinces_named_where(mentions: TextMentions) -> list[tuple[int, int, Admin1]]:
    """The text's provinces named as where (``_names_where``), with their tokens, in text order:
    read once per text, as every clause and every event asks for the one before it."""
    found = mentions.memo.get(PROVINCES_NAMED_WHERE)
    if found is None:
        found = mentions.memo[PROVINCES_NAMED_WHERE] = [
            (m.first_token, m.end_token, mentions.lexicon.admin1[m.entry_id])
            for m in mentions.by_kind.get("admin1", ())
            if _names_where(mentions, m)
        ]
    return found  # type: ignore[return-value]


def _names_where(mentions: TextMentions, mention: Mention) -> bool:
    """A province named as where something is ("في أبين"، "بتعز": a city lies in its province too),
    not as an office ("قيادة شرطة ذي قار") nor as the point a direction is told from ("على بعد 500
    كيلومتر شمال الخرطوم")."""
    cue = mentions.ending_at("place_cue", mention.first_token)
    from_a_point = cue is not None and mentions.lexicon.place_cues[cue.entry_id][0] in RELATION_KINDS
    return (
        located(mentions, mention.first_token)
        and not from_a_point
        and not _names_an_organisation(mentions, mention.first_token)
        and not from_origin(mentions, mention.first_token)
    )


def from_origin(mentions: TextMentions, token: int) -> bool:
    """The name at a token follows a word of origin, itself or past the word of its kind ("ينتمي
    إلى مدينة الزنتان"، "ينحدرون من محافظتي صعدة وعمران"): where someone comes from."""
    cue = mentions.ending_at("place_cue", token)
    return mentions.ending_at("origin_words", cue.first_token if cue is not None else token) is not None


def _near_if_related(mentions: TextMentions, place: PlaceMention) -> PlaceMention:
    """ "في هجوم على نقطة تفتيش جنوب العاصمة كابل"، "قرب مدينة حماة": a town a word of direction or
    nearness governs is where the event is near, not the town itself: ACLED's geo_precision 2, with
    or without the cue word that names it. Its rank among the sentence's places is unchanged."""
    first = max(0, place.first_token - RELATION_REACH)
    related = any(
        _relation_between(mentions, cue.first_token, place.first_token)
        for cue in mentions.within("place_cue", first, place.first_token)
    )
    return replace(place, near_town=True) if related else place


def _names_a_countryside_province(mentions: TextMentions, cue: Mention, end: int) -> bool:
    """ "ريف دمشق": the countryside word is the first word of a province's own name (Rif Dimashq,
    the countryside around the capital), read below as that province; after the cue, دمشق alone
    would be the city."""
    if mentions.lexicon.place_cues[cue.entry_id][0] != COUNTRYSIDE:
        return False
    return any(m.first_token == cue.first_token for m in mentions.within("admin1", cue.first_token, end))


def _names_an_organisation(mentions: TextMentions, token: int) -> bool:
    """ "قيادة عمليات بغداد واصلت تطهير ناحية الكرمة": a province or city that completes the name of
    an organisation or office is part of that name; the organisation may act anywhere. So is the
    province's other name in apposition ("مديرية شرطة محافظة العاصمة المنامة": المنامة names the
    same province as محافظة العاصمة, and both complete the directorate's title)."""
    apposed = mentions.ending_at("admin1", token)
    if apposed is not None:
        return _names_an_organisation(mentions, apposed.first_token)
    return token > 0 and mentions.text.analyses[token - 1][1] in word_list("organisation_heads")


def _names_a_street(mentions: TextMentions, token: int) -> bool:
    """ "بشارع أسيوط دائرة قسم ثالث العريش": a province or city right after a street's word names the
    street, which lies in another town; it is no place of its own."""
    if token == 0 or mentions.text.analyses[token - 1][1] not in word_list("street_heads"):
        return False
    return mentions.starting_at("admin1", token) is not None


def _measured_from(mentions: TextMentions, place: PlaceMention) -> bool:
    """ "(103 كم جنوب بغداد)"، "عطبرة التي تبعد 400 كيلومتر عن الخرطوم": a place a long distance is
    measured from only says where another lies; nothing the sentence tells happened there. A place
    a few dozen kilometres off ("12 كلم غرب عمان") is the town an occurrence is near, as ACLED codes it."""
    analyses, marks = mentions.text.analyses, clause_marks()
    for unit in range(place.first_token - 1, max(-1, place.first_token - UNIT_REACH - 1), -1):
        if analyses[unit][1] in marks:
            return False
        if analyses[unit][1] in word_list("distance_units"):
            distance = number_ending_at(mentions, unit)
            return distance is not None and distance.value > NEAR_KM
    return False


def _described_by_next(mentions: TextMentions, cue: Mention, end: int) -> bool:
    """ "المدن السودانية"، "المنطقة الوسطى"، "الطريق العام": a cue word with the article and a word with
    the article after it are a noun and its adjective; a name after a cue makes the cue indefinite
    ("مدينة طنطا"، "منطقة المدينة المنورة")."""
    last = cue.end_token - 1
    return cue.end_token < end and _definite(mentions, last) and _definite(mentions, cue.end_token)


def _with_references(mentions: TextMentions, places: list[PlaceMention]) -> list[PlaceMention]:
    """ "بلدة هجين شرق دير الزور"، "قرية برنو شمالي غربي مدينة كادوقلي": a place a direction or
    nearness word locates another by is a reference point; a place the gazetteer lacks lies near it."""
    places = list(places)
    for index, (located_place, point) in enumerate(itertools.pairwise(places)):
        if located_place.reference:
            continue
        if located_place.is_province:
            # "في محافظة ديالى شمال شرق بغداد": the city locates the province; the act is in it. A
            # district the lexicon lacks ("قضاء سيد دخيل (شرقي الناصرية)") is placed by the city.
            if located_place.admin1 is not None and _relation_between(
                mentions, located_place.end_token, point.first_token
            ):
                places[index + 1] = replace(point, reference=True)
            continue
        if _on_its_coast(mentions, located_place, point):
            places[index + 1] = replace(point, reference=True)
            continue
        if point.place is None:
            # "ارحب شمال العاصمة صنعاء": a province locates the town too, though it is no point.
            if point.is_province and _relation_between(mentions, located_place.end_token, point.first_token):
                places[index] = _namesake_in_province(mentions, located_place, point)
            continue
        if not (
            _relation_between(mentions, located_place.end_token, point.first_token)
            or _distance_between(mentions, located_place.end_token, point.first_token)
            or _contains(mentions, located_place, point)
            or _locating(located_place, point)
        ):
            continue
        places[index + 1] = replace(point, reference=True)
        if located_place.place is None:
            places[index] = replace(
                located_place,
                precision=max(located_place.precision, NEAR_FEATURE_PRECISION),
                near=point.place,
            )
        else:
            places[index] = _namesake_near(mentions, located_place, point.place)
    return places


def _on_its_coast(mentions: TextMentions, place: PlaceMention, sea: PlaceMention) -> bool:
    """ "قرب مدينة ينبع الساحلية على البحر الأحمر"، "ميناء المخا على البحر الأحمر": a sea a few words
    after a place, with no conjunction or clause mark between, tells where the place lies; the event
    is at the place."""
    if not _a_water(sea) or _a_water(place) or not 0 < sea.first_token - place.end_token <= RELATION_REACH:
        return False
    analyses = mentions.text.analyses
    return not any(
        analyses[t][1] in clause_marks() or analyses[t][0][:1] in clitic_roles().conjunctions
        for t in range(place.end_token, sea.first_token + 1)
    )


def _a_water(place: PlaceMention) -> bool:
    return place.place is not None and place.place.feature_class == WATER_CLASS


def _locating(place: PlaceMention, point: PlaceMention) -> bool:
    """ "في بامبا بمنطقة غاو": the place right after a name read because it locates it (``LOCATED``)."""
    return place.match == LOCATED and point.first_token - place.end_token <= RELATION_REACH


def _contains(mentions: TextMentions, place: PlaceMention, city: PlaceMention) -> bool:
    """ "في قضاء بلدروز والمقدادية في بعقوبة"، "في ضاحية حلوان بالقاهرة": the seat of a division of the
    same province right after a place, introduced by a locative, is the city it lies in, named to
    locate it; the event is at the place the sentence tells precisely."""
    if place.place is None or city.place is None or place.place == city.place:
        return False
    inner, outer = place.place, city.place
    if place.cue_kind == CITY_PART and inner.feature_code not in CITY_PART_CODES:
        # "حي الروضة بمدينة مأرب": a quarter the gazetteer knows only as a village of its name goes
        # with its city; one it knows as a quarter ("حي الأعظمية ببغداد") is the place, as ACLED codes it
        return False
    same_province = (inner.country, inner.admin1_code) == (outer.country, outer.admin1_code)
    # "في محيط الخوبة بجيزان": a name the gazetteer knows only across the border is a place it lacks
    # by the town that locates it, on the town's side.
    abroad = inner.country != outer.country and _a_known_town(outer)
    seat = same_province and outer.feature_code.startswith(SEAT_CODES)
    # "في ميدان التحرير بالقاهرة": a square or quarter lies in the city of its province named after it
    part = same_province and inner.feature_code in CITY_PART_CODES
    return (seat or abroad or part) and _locative_between(mentions, place.end_token, city.first_token)


def _locative_between(mentions: TextMentions, end: int, first: int) -> bool:
    """Only a locative stands between two places: a word of its own (في، داخل) or the proclitic ب
    (بالقاهرة، بمدينة حمص), and the second's settlement cue (مدينة). With a conjunction ("قرية حاس
    وبمدينة معرة النعمان") the second is the next place of a list."""
    if mentions.text.analyses[end][0][:1] in clitic_roles().conjunctions:
        return False
    token = end
    inside = mentions.starting_at("place_cue", token) if token < first else None
    if inside is not None and mentions.lexicon.place_cues[inside.entry_id][0] == INSIDE_KIND:
        token, located = inside.end_token, True
    else:
        located = clitic_roles().locative in mentions.text.analyses[token][0]
    naming = mentions.starting_at("place_cue", token) if token < first else None
    if naming is not None and mentions.lexicon.place_cues[naming.entry_id][0] in SETTLEMENT_KINDS:
        token = naming.end_token
    return located and token == first


def _namesake_near(mentions: TextMentions, place: PlaceMention, point: GazetteerPlace) -> PlaceMention:
    """ "بلدة المغير شمال شرق رام الله" is the village by Ramallah, not a namesake town elsewhere; a
    known town of the point's country, or a place of its province, is the one meant though farther."""
    assert place.place is not None
    same_province = (place.place.country, place.place.admin1_code) == (point.country, point.admin1_code)
    known_there = _a_known_town(place.place) and place.place.country == point.country
    lacked = _unknown_namesake(
        place, mentions.lexicon.admin1_by_code(point.country, point.admin1_code), point.country
    )
    return _namesake_fitting(
        mentions,
        place,
        lambda p: km_between(p.latitude, p.longitude, point.latitude, point.longitude) <= RELATION_KM,
        known_there or same_province,
        replace(lacked, near=point),
    )


def _namesake_in_province(
    mentions: TextMentions, place: PlaceMention, province: PlaceMention
) -> PlaceMention:
    """ "منطقة ارحب شمال العاصمة صنعاء" is the Arhab of the province the direction names; a known
    town of the name elsewhere is the one meant when the province has none."""
    admin1 = province.admin1
    if place.place is None or admin1 is None:
        return place
    return _namesake_fitting(
        mentions,
        place,
        lambda p: _in_province(p, admin1),
        _a_known_town(place.place),
        _unknown_namesake(place, admin1, admin1.iso2),
    )


def _namesake_fitting(
    mentions: TextMentions,
    place: PlaceMention,
    fits: Callable[[GazetteerPlace], bool],
    keeps_its_own: bool,
    lacked: PlaceMention,
) -> PlaceMention:
    """The namesake of a read place that fits where the sentence locates it: the place read if it
    fits, else the most populous candidate that does. Where none does, the place read when
    ``keeps_its_own``, else ``lacked``: the gazetteer knows only villages of the name elsewhere, so
    the place is one it lacks."""
    assert place.place is not None
    if fits(place.place):
        return place
    fitting = [p for p in place.candidates if fits(p)]
    if not fitting:
        return place if keeps_its_own else lacked
    return _placed_at(mentions, place, max(fitting, key=lambda p: p.population))


def _placed_at(mentions: TextMentions, place: PlaceMention, best: GazetteerPlace) -> PlaceMention:
    """The read place at the gazetteer place chosen for it, in that place's country and province; a
    quarter's cue ("حي الأعظمية") tells a part of a city, but a quarter the gazetteer places is exact."""
    admin1 = mentions.lexicon.admin1_by_code(best.country, best.admin1_code) or place.admin1
    exact = place.cue_kind == CITY_PART and best.feature_code in CITY_PART_CODES
    precision = 1 if exact else place.precision
    return replace(place, place=best, country=best.country, admin1=admin1, precision=precision)


def _divisions_or_seats(places: list[GazetteerPlace], cities: bool) -> list[GazetteerPlace]:
    """The divisions of a name and their seats, else, after a governorate's or province's word, its
    cities: "محافظة القطيف" is a Saudi governorate named after its seat, which GeoNames codes as a
    plain town. A namesake hamlet ("مديرية الشرطة") is none of these, "محافظة صنعاء" is the
    governorate, not the capital, and "لواء القدس" is a brigade, not Iran's town Qods."""
    seats = [p for p in places if p.feature_class == "A" or p.feature_code.startswith(SEAT_CODES)]
    if seats or not cities:
        return seats
    return [p for p in places if p.feature_class == "P" and p.population >= MIN_CITY_POPULATION]


def _a_known_town(place: GazetteerPlace) -> bool:
    """A town of some size or the seat of a district or province ("البعاج شمال غرب بغداد": Iraqi wires
    locate a district seat 400 km off from the capital), not a mere village that shares a name."""
    return bool(place.population) or place.feature_code.startswith(SEAT_CODES)


def _unknown_namesake(place: PlaceMention, admin1: Admin1 | None, country: str) -> PlaceMention:
    return replace(
        place,
        place=None,
        candidates=(),
        admin1=admin1,
        country=country,
        precision=max(place.precision, NEAR_FEATURE_PRECISION),
    )


def _relation_between(mentions: TextMentions, end: int, first: int) -> bool:
    """A direction or nearness word opens the few words between two places and governs the second
    ("(شرق الكرك"، "شمالي غربي مدينة كادوقلي"، "غربي العاصمة الخرطوم")."""
    if not 0 < first - end <= RELATION_REACH:
        return False
    token = end
    while token < first and not mentions.text.analyses[token][1].isalpha():
        token += 1  # "القطرانة (شرق الكرك)"
    cue = mentions.starting_at("place_cue", token) if token < first else None
    if cue is None or mentions.lexicon.place_cues[cue.entry_id][0] not in RELATION_KINDS:
        return False
    # The direction governs the place right after it, or after a cue that names it ("مدينة"،
    # "العاصمة"); "الأبيض (جنوب)، وود مدني" is a list, not Wad Madani's south.
    token = cue.end_token
    naming = mentions.starting_at("place_cue", token)
    if naming is not None and mentions.lexicon.place_cues[naming.entry_id][0] in NAMING_KINDS:
        token = naming.end_token
    elif token < first and _is_locative_word(mentions, token):
        token += 1
    if token < first and _definite(mentions, token) and _adjective(mentions, token):
        token += 1  # "شرق العاصمة الليبية طرابلس"
    return token == first


def _distance_between(mentions: TextMentions, end: int, first: int) -> bool:
    """ "عطبرة التي تبعد 400 كيلومتر عن الخرطوم"، "في القطرانة، التي تبعد عن مركز مدينة الكرك": a town
    a distance is told from is the point the place before it is located by, not where it happened.
    The words between tell a distance and end with its "from" (عن، من) and the point's cue words."""
    if not 0 < first - end <= DISTANCE_REACH:
        return False
    stems = [mentions.text.analyses[token][1] for token in range(end, first)]
    measured = not word_list("distance_words").isdisjoint(stems) or any(
        pair in _distance_phrases() for pair in itertools.pairwise(stems)
    )
    token = first
    while (cue := mentions.ending_at("place_cue", token)) is not None and cue.first_token > end:
        token = cue.first_token  # "عن مركز مدينة الكرك"
    return measured and token > end and stems[token - 1 - end] in word_list("distance_from")


def ends_a_distance_phrase(mentions: TextMentions, token: int) -> bool:
    """The token ends a two-word distance phrase ("على بعد": بعد is a distance here, not "after")."""
    return (
        token > 0
        and tuple(a[1] for a in mentions.text.analyses[token - 1 : token + 1]) in _distance_phrases()
    )


@lru_cache(maxsize=1)
def _distance_phrases() -> frozenset[tuple[str, ...]]:
    """Two-word distance phrases ("على بعد"), by their stems."""
    keys = (phrase_key(str(phrase)) for phrase in load_yaml("function_words.yaml")["distance_phrases"])
    return frozenset(key.stems for key in keys if key is not None)


def bare_place_mentions(
    mentions: TextMentions,
    first: int,
    end: int,
    gazetteer: Gazetteer,
    context: Context,
    read: list[PlaceMention],
    known: frozenset[tuple[str, ...]],
) -> list[PlaceMention]:
    """Names of towns of the article's countries that no cue word or locative introduces
    ("اشتباكات كركوك"، "يقصف دوما"), beside the places already ``read``: candidates only a place
    decider may accept (``match`` "bare"), never the rules alone. A name that is also a common word
    ("العلم", a flag, and a town) is taken only for a big city, or where the article reads it as a
    place elsewhere (``known``: its names' stems)."""
    key = ("bare_places", first, end, id(gazetteer), context)
    found = mentions.memo.get(key)
    if found is None:
        found = _bare_place_mentions(mentions, first, end, gazetteer, context, read, known)
        mentions.memo[key] = found
    return found


def _bare_place_mentions(
    mentions: TextMentions,
    first: int,
    end: int,
    gazetteer: Gazetteer,
    context: Context,
    read: list[PlaceMention],
    known: frozenset[tuple[str, ...]],
) -> list[PlaceMention]:
    covered = {t for p in read for t in range(p.first_token, p.end_token)}
    vocabulary, analyses = mentions.lexicon.vocabulary, mentions.text.analyses
    bare: list[PlaceMention] = []
    token = first
    while token < end:
        if token in covered or not _bare_name_start(analyses[token]) or _blocked(mentions, token):
            token += 1
            continue
        for length in range(min(MAX_NAME_WORDS, end - token), 0, -1):
            if any(t in covered or _blocked(mentions, t) for t in range(token, token + length)):
                continue
            stems = _stems(mentions, token, token + length)
            if not gazetteer.knows(stems):
                continue
            if length == 1 and (stems[0] in vocabulary or _generic_head(mentions, token)):
                continue
            named_elsewhere = mentions.text.stems[token : token + length] in known
            candidates = [
                p
                for p in gazetteer.lookup(stems)
                if (not context.countries or p.country in context.countries)
                and p.feature_class == "P"
                and (p.population >= MIN_POPULATION_WITHOUT_CONTEXT or named_elsewhere)
                and not _of_another_nation(mentions, token + length, p)
            ]
            if candidates:
                span = mentions.text.span(token, token + length)
                place = PlaceMention(
                    span.text,
                    span,
                    token,
                    token + length,
                    1,
                    None,
                    None,
                    candidates=tuple(candidates),
                    match=BARE,
                    cued=False,
                )
                bare.append(resolve(place, mentions, context))
                token += length
                break
        else:
            token += 1
    return [p for p in bare if p.place is not None]


def _village_as_written(mentions: TextMentions, token: int, end: int, gazetteer: Gazetteer) -> bool:
    """After a bare ب, a name the gazetteer has as written: ب as the name's own letter ("بادوش"), or
    the word after it a whole name with no article left out that the text locates at once
    ("ببعشيقة شمال الموصل"; not "بشدة", which only keys الشدة, nor "بحمد الله")."""
    if gazetteer.knows((_without_conjunction_letter(mentions, token),)):
        return True
    return (
        gazetteer.written_so(mentions.text.analyses[token][1])
        and _locating_phrase(mentions, token + 1, end)[0]
    )


def _without_conjunction_letter(mentions: TextMentions, token: int) -> str:
    """The word as written, less a conjunction before it ("وبقين" → "بقين")."""
    norm, prefix = mentions.text.norms[token], mentions.text.analyses[token][0]
    return norm[1:] if prefix[:1] in clitic_roles().conjunctions else norm


def _bare_name_start(analysis: tuple[str, str, str]) -> bool:
    """A word that may open a name read without a cue: no pronoun suffix, and no proclitic but the
    article or a conjunction ("بعلم" is "with a flag", never the town Al-'Alam)."""
    prefix, stem, suffix = analysis
    roles = clitic_roles()
    bare_prefix = prefix[1:] if prefix[:1] in roles.conjunctions else prefix
    return not suffix and stem.isalpha() and bare_prefix in ("", roles.article)


def best_place(places: list[PlaceMention]) -> PlaceMention | None:
    """The most precise, best attested place: a gazetteer place, then a settlement, then the rest;
    a province rather than the reference point that locates it.
    A square or neighbourhood right before the city it lies in ("ساحة المدفعية وسط بغداد") is more
    precise than the city: it is taken, and the city gives it coordinates."""
    settlements = [p for p in places if not p.is_province and not p.reference]
    if not settlements and not any(p.is_province for p in places):
        settlements = [p for p in places if not p.is_province]  # a reference point beats nothing
    ranked = sorted(settlements, key=lambda p: (p.place is None, p.precision, p.first_token))
    if not ranked:
        return places[0] if places else None
    best = ranked[0]
    part = next(iter(parts_before([best], settlements)), None)
    return part or best


def parts_before(kept: list[PlaceMention], places: list[PlaceMention]) -> list[PlaceMention]:
    """The squares and quarters the gazetteer lacks right before a kept city ("ساحة التحرير وسط
    بغداد"): they go with the city, which gives them coordinates."""
    return [
        p
        for p in places
        if p not in kept
        and p.place is None
        and p.precision > 1
        and not p.is_province
        and any(k.place is not None and 0 <= k.first_token - p.end_token <= PART_OF_CITY_REACH for k in kept)
    ]


def resolve(
    place: PlaceMention, mentions: TextMentions, context: Context, province: Admin1 | None = None
) -> PlaceMention:
    """Pick the gazetteer place a name means (``geocode.resolve.choose``): never a namesake outside
    the countries the article places events in, but for a big city of a country it names.
    Namesakes that the evidence cannot tell apart leave the name at their province when they share
    one (``geo_precision`` 2), else unplaced."""
    if not place.candidates:
        return place
    admin1_code = (place.admin1 or province).geonames_code if (place.admin1 or province) else None
    candidates = [p for p in place.candidates if not context.countries or context.admits(p)]
    if not candidates:
        return replace(place, candidates=())
    # Evidence comes from the other places the text names, not from this name's own namesakes.
    own = {(p.latitude, p.longitude) for p in place.candidates}
    others = tuple(n for n in context.neighbours if n not in own)
    choice = choose(candidates, replace(context, admin1_code=admin1_code, neighbours=others))
    if choice.best is None and not context.countries:
        choice = Choice(choice.tied[0])  # no country to settle it in: the best known of the namesakes
    if choice.best is None:
        return _between_namesakes(place, mentions, [r.place for r in choice.tied])
    return _placed_at(mentions, place, choice.best.place)


def _between_namesakes(
    place: PlaceMention, mentions: TextMentions, tied: list[GazetteerPlace]
) -> PlaceMention:
    provinces = {mentions.lexicon.admin1_by_code(p.country, p.admin1_code) for p in tied}
    countries = {p.country for p in tied}
    admin1 = provinces.pop() if len(provinces) == 1 else place.admin1
    return replace(
        place,
        candidates=(),
        admin1=admin1,
        country=countries.pop() if len(countries) == 1 else place.country,
        precision=max(place.precision, AMBIGUOUS_PRECISION),
        match="ambiguous",
    )


def countries_in(mentions: TextMentions, first: int, end: int) -> list[tuple[str, int]]:
    """Countries named (سوريا) or implied, by a territory word (الأراضي السورية) or after a
    cued place name (بلدة هجين السورية), not after a word of an act, in the range, with their token."""
    found = [(m.entry_id, m.first_token) for m in mentions.within("country", first, end)]
    text = mentions.text
    for nationality in mentions.within("nationality", first, end):
        before = nationality.first_token - 1
        if before < first or _names_an_act(mentions, nationality):
            continue
        territory = text.analyses[before][1] in word_list("territory")
        if territory or mentions.ending_at("place_cue", before) is not None:
            found.append((nationality.entry_id, nationality.first_token))
    return sorted(found, key=lambda item: item[1])


def cue_countries(mentions: TextMentions, gazetteer: Gazetteer) -> set[str]:
    """Countries a place cue word says its place lies in ("مستوطنة كريات شمونة" is in Israel, "مستوطنة
    كريات أربع" in the West Bank): the country of the best-known place of the name there, so a
    Lebanese article that names no Israeli town otherwise still finds it."""
    found = set()
    for cue in mentions.within("place_cue", 0, len(mentions.text)):
        if _settlement_beside(mentions, cue):
            continue
        lies_in = mentions.lexicon.places_in_countries.get(cue.entry_id)
        name = lies_in and _name_after(mentions, cue.end_token, len(mentions.text), naming=True)
        named = name and _named_after_cue(mentions, name, gazetteer, lies_in, settlement=False)
        places = [p for p in named[1] if p.country in lies_in] if named else []
        if places:
            found.add(max(places, key=lambda p: p.population).country)
    return found


def _settlement_beside(mentions: TextMentions, cue: Mention) -> bool:
    """ "سقوط قذيفة قبالة مستوطنة المطلة": a town across the border that a word of nearness or direction
    names only says where the shell fell on this side; it is no place of the event, nor its country."""
    if cue.entry_id not in mentions.lexicon.places_in_countries:
        return False
    before = mentions.ending_at("place_cue", cue.first_token)
    return before is not None and mentions.lexicon.place_cues[before.entry_id][0] in RELATION_KINDS


def _names_an_act(mentions: TextMentions, nationality: Mention) -> bool:
    """The adjective follows a word of an act ("في غارة امريكية"، "في قصف روسي"): it says who
    acted, not where, though a cue (في) comes before the act as it would before a place."""
    return mentions.ending_at("trigger", nationality.first_token) is not None


def namesake_countries(
    mentions: TextMentions, mention: Mention, admin1: Admin1, gazetteer: Gazetteer
) -> frozenset[str]:
    """The other countries that have a populated place or a division of a province's name: طرابلس is
    Libya's province and Lebanon's city, القنيطرة Syria's and Morocco's, المغير Algeria's province
    and a village by Ramallah. The name goes to the other country only where the article names it and
    nothing else of the province's country, so a village of any size counts."""
    return frozenset(
        p.country
        for p in gazetteer.lookup(_stems(mentions, mention.first_token, mention.end_token))
        if p.country != admin1.iso2 and p.feature_class in ("A", "P")
    )


def located(mentions: TextMentions, token: int) -> bool:
    """The name at a token is where something is: after a locative (في، قرب), a territory word
    (الأراضي السورية) or a place cue (محافظة), with the proclitic ب (بالعراق), or joined by a
    conjunction to a name that is ("في سوريا والعراق")."""
    if clitic_roles().locative in mentions.text.analyses[token][0]:
        return True
    if token == 0:
        return False
    return (
        _is_locative_word(mentions, token - 1)
        or mentions.text.analyses[token - 1][1] in word_list("territory")
        or mentions.ending_at("place_cue", token) is not None
        or _listed_after_located(mentions, token)
    )


def _listed_after_located(mentions: TextMentions, token: int) -> bool:
    """A country or province the conjunction joins to a located one is located too: "مقرات في سوريا
    والعراق" places them in both, not in Syria alone."""
    if mentions.text.analyses[token][0][:1] not in clitic_roles().conjunctions:
        return False
    named = mentions.ending_at("country", token) or mentions.ending_at("admin1", token)
    return named is not None and located(mentions, named.first_token)


def _after_cue(
    mentions: TextMentions,
    cue_id: str,
    token: int,
    end: int,
    gazetteer: Gazetteer,
    context: Context,
    introduces_name: bool,
    locality: bool,
) -> PlaceMention | None:
    kind, precision = mentions.lexicon.place_cues[cue_id]
    if kind in {"inside", "country_context"}:
        return None
    if kind == AREA and mentions.starting_at("country", token) is not None:
        return None  # "وسط اليمن" is the middle of the country, not the Hudaydah hamlet Al Yaman
    if kind in SETTLEMENT_KINDS | {"admin"} and (
        named := _named_in_parentheses(mentions, token, end, gazetteer, context, precision)
    ):
        return named
    if (
        kind in SETTLEMENT_KINDS
        and introduces_name
        and (fused := _fused_name(mentions, token, end, gazetteer, context))
    ):
        return fused
    name = _name_after(mentions, token, end, naming=kind in NAMING_KINDS)
    if name is None:
        return None
    name = _with_known_tail(mentions, name, end, gazetteer, context.countries)
    admin1 = _admin1_at(mentions, *name)
    if admin1 is not None and mentions.ending_at("province_lists", token) is not None:
        name = (
            name[0],
            mentions.starting_at("admin1", name[0]).end_token,
        )  # "محافظتي عمران وصعدة": the first
        if not context.countries or admin1.iso2 in context.countries:
            # outside the article's countries the gazetteer reads the name below, in them
            admin1 = _first_of_a_list_in_country_of_next(mentions, name, admin1, gazetteer)
    if admin1 is not None and context.countries and admin1.iso2 not in context.countries:
        admin1 = None  # "منطقة رفح" in an article about Egypt: Egypt's Rafah, not Gaza's province
    if admin1 is not None and admin1.iso2 in mentions.lexicon.province_cue_countries.get(cue_id, ()):
        kind = "admin"  # "منطقة جازان": Saudi Arabia calls its regions منطقة; the region, not its city
    if admin1 is not None and kind in CITY_CUE_KINDS:
        # "وسط بغداد"، "قرب الموصل": the city of that name, when there is one.
        city_end = name[0] + 1
        cities = _cities_named(mentions, name[0], city_end, admin1, gazetteer)
        if not cities:
            city_end = name[1]
            cities = _cities_named(mentions, *name, admin1, gazetteer)
        if cities:
            # "قرب حلب والرقة": the city's own words; the next town of a list is read on its own.
            span = mentions.text.span(name[0], city_end)
            return PlaceMention(
                span.text, span, name[0], city_end, precision, admin1, admin1.iso2, candidates=cities
            )
    if admin1 is not None and kind not in SETTLEMENT_KINDS:
        # "محافظة صعدة", "ريف إدلب": the province (or its countryside), not a settlement. A district
        # ("قضاء سنجار") is found in the gazetteer below, at its seat.
        return PlaceMention(
            mentions.text.span(*name).text,
            mentions.text.span(*name),
            name[0],
            name[1],
            PROVINCE_PRECISION if kind == "admin" else precision,
            admin1,
            admin1.iso2 if admin1 else None,
            True,
        )
    if kind in SETTLEMENT_KINDS and (named := _named_with_its_cue(mentions, token, name, gazetteer, context)):
        return named
    # A district ("قضاء شط العرب") is read by its sound as a settlement is: only districts and seats
    # are taken after its cue word (below).
    by_sound = introduces_name and (
        kind in SETTLEMENT_KINDS or locality or _names_a_district(kind, precision)
    )
    lies_in = mentions.lexicon.places_in_countries.get(cue_id)
    found = _named_after_cue(mentions, name, gazetteer, lies_in or context.countries, settlement=by_sound)
    if found is not None and lies_in:
        # "مستوطنة المطلة": Israel's Metula, never the Lebanese village of that name.
        inside = [p for p in found[1] if p.country in lies_in]
        found = (found[0], inside, found[2]) if inside else None
    if kind == "admin":
        # "قضاء سنجار": a district or the town that is its seat, not "مديرية الشرطة"'s namesake hamlet;
        # a region the gazetteer lacks ("إقليم دارفور") is still a region, without coordinates.
        seats = _divisions_or_seats(found[1], cities=precision == PROVINCE_PRECISION) if found else []
        if (
            not seats
            and precision < PROVINCE_PRECISION
            and (whole := _division_named_with_its_cue(mentions, token, name, gazetteer, context))
        ):
            return replace(whole, precision=precision)
        if not seats:
            span = mentions.text.span(*name)
            return PlaceMention(span.text, span, name[0], name[1], PROVINCE_PRECISION, None, None, True)
        found = (found[0], seats, found[2])
    if found is not None and kind not in SETTLEMENT_KINDS | {"admin", "city_part"}:
        # "قرب مبنى الوزارة"، "حول سلسلة": after a word of direction or nearness, a hamlet of unknown
        # size is read only where the article's provinces or other places vouch for it.
        vouched = [p for p in found[1] if p.population >= MIN_POPULATION_WITHOUT_CUE or context.supports(p)]
        found = (found[0], vouched, found[2]) if vouched else None
    if found is not None and kind == "city_part":
        # "ساحة التحرير", "حي الشعب": a square or quarter of a city the article names, not a village
        # of the same name elsewhere.
        near = [p for p in found[1] if context.near_neighbour(p)]
        found = (found[0], near, found[2]) if near else None
    if found is not None:
        length, candidates, match = found
        span = mentions.text.span(name[0], name[0] + length)
        return PlaceMention(
            span.text,
            span,
            name[0],
            name[0] + length,
            precision,
            admin1,
            None,
            candidates=tuple(candidates),
            match=match,
        )
    if _describes(mentions, name[0]):
        return None
    name_end = _plain_name_end(mentions, *name)
    if kind in SETTLEMENT_KINDS or admin1 is not None or _definite(mentions, name[0]):
        span = mentions.text.span(name[0], name_end)
        return PlaceMention(
            span.text, span, name[0], name_end, precision, admin1, admin1.iso2 if admin1 else None
        )
    return None


def _fused_name(
    mentions: TextMentions, token: int, end: int, gazetteer: Gazetteer, context: Context
) -> PlaceMention | None:
    """ "مدينة ودمدني"، "مدينة والام": right after a settlement's cue word a name takes no conjunction,
    so the letters the segmenter reads as one are the name's. The word is looked up as written and
    one letter off (وادمدني، ولام), in the article's countries, when it is long enough to be forgiven
    a letter and no other reading takes it (a cue word: "مدينة وريف دمشق"). A preposition's letter is
    left to the segmenter: كنعان read whole found namesakes that tied and lost the listed district."""
    if token >= end:
        return None
    prefix = mentions.text.analyses[token][0]
    word = mentions.text.norms[token]
    countries = context.countries
    if (
        prefix[:1] not in clitic_roles().conjunctions
        or not countries
        or len(word) < MIN_FUSED_LETTERS
        or not word.isalpha()
        or _blocked(mentions, token)
    ):
        return None
    for match, candidates in (
        ("exact", gazetteer.lookup((word,))),
        ("one_edit", gazetteer.fuzzy_lookup((word,), countries)),
    ):
        found = [p for p in candidates if p.country in countries]
        if found:
            span = mentions.text.span(token, token + 1)
            return PlaceMention(
                span.text, span, token, token + 1, 1, None, None, candidates=tuple(found), match=match
            )
    return None


def _named_in_parentheses(
    mentions: TextMentions,
    token: int,
    end: int,
    gazetteer: Gazetteer,
    context: Context,
    precision: int,
) -> PlaceMention | None:
    """ "ناحية الشمال (سنوني)"، "بلدة المركز (تل عفر)": a name in parentheses right after a cued place's
    name is the town's own name, when the gazetteer knows it in the article's countries."""
    opening, closing = _parentheses()
    analyses = mentions.text.analyses
    for bracket in range(token + 1, min(end, token + MAX_NAME_WORDS + 1)):
        if analyses[bracket][1] == opening:
            break
        if not analyses[bracket][1].isalpha():
            return None
    else:
        return None
    close = next(
        (t for t in range(bracket + 1, min(end, bracket + MAX_NAME_WORDS + 2)) if analyses[t][1] == closing),
        None,
    )
    if close is None or _name_after(mentions, bracket + 1, close) != (bracket + 1, close):
        return None
    found = _named_after_cue(mentions, (bracket + 1, close), gazetteer, context.countries, settlement=True)
    if found is None or found[0] != close - bracket - 1:
        return None
    length, candidates, match = found
    span = mentions.text.span(bracket + 1, close)
    return PlaceMention(
        span.text, span, bracket + 1, close, precision, None, None, candidates=tuple(candidates), match=match
    )


def _with_known_tail(
    mentions: TextMentions, name: tuple[int, int], end: int, gazetteer: Gazetteer, countries: frozenset[str]
) -> tuple[int, int]:
    """ "مدينة ود مدني": a name goes on over a word the lexicons know for something else ("مدني",
    civilian) when the longer name is a place of the article's countries."""
    first, last = name
    for stop in range(min(end, first + MAX_NAME_WORDS), last, -1):
        words = mentions.text.analyses[first:stop]
        if all(a[1].isalpha() and not a[2] for a in words) and any(
            not countries or p.country in countries for p in gazetteer.lookup(_stems(mentions, first, stop))
        ):
            return first, stop
    return name


def _named_with_its_cue(
    mentions: TextMentions, token: int, name: tuple[int, int], gazetteer: Gazetteer, context: Context
) -> PlaceMention | None:
    """ "قرية الرشاد" is the village the gazetteer calls Qaryat ar Rashad, not a place named الرشاد."""
    cue = mentions.ending_at("place_cue", token)
    if cue is None:
        return None
    for end in range(name[1], name[0], -1):
        candidates = [
            p
            for p in gazetteer.lookup(_stems(mentions, cue.first_token, end))
            if not context.countries or p.country in context.countries
        ]
        if candidates:
            span = mentions.text.span(name[0], end)  # the span stays the name, as after any cue word
            return PlaceMention(span.text, span, name[0], end, 1, None, None, candidates=tuple(candidates))
    return None


def _division_named_with_its_cue(
    mentions: TextMentions, token: int, name: tuple[int, int], gazetteer: Gazetteer, context: Context
) -> PlaceMention | None:
    """ "مديرية أرحب" is the district Who's On First names so whole: the name alone keys only the
    hamlets called Arhab, none of them a seat."""
    named = _named_with_its_cue(mentions, token, name, gazetteer, context)
    divisions = _divisions_or_seats(list(named.candidates), cities=False) if named else []
    return replace(named, candidates=tuple(divisions)) if named and divisions else None


def _named_after_cue(
    mentions: TextMentions,
    name: tuple[int, int],
    gazetteer: Gazetteer,
    countries: frozenset[str],
    settlement: bool,
) -> tuple[int, list[GazetteerPlace], str] | None:
    """The longest prefix of the name that the gazetteer knows, and how: as written, as the head of a
    qualified name (الباغوز → باغوز فوقاني), then, in the article's countries only, one letter off a
    long name (الباغور) or through a transliteration key for places known only in Latin letters."""
    strategies = gazetteer.strategies(countries, transliterate=settlement)
    found = _first_found(mentions, name, strategies)
    if found is not None and _abroad_after_settlement_word(mentions, name[0], found[1], countries):
        # "قرية الكرم" in a report on Egypt: the Syrian villages that bear the name in Arabic are not
        # it; the Egyptian village known only in Latin letters (El-Karm) is.
        sounded = [s for s in strategies if s[0] == "transliteration"]
        found = _first_found(mentions, name, sounded) or found
    return found


def _abroad_after_settlement_word(
    mentions: TextMentions, first: int, candidates: list[GazetteerPlace], countries: frozenset[str]
) -> bool:
    """All namesakes are villages of unknown size outside the article's countries (a town abroad
    with people, "مدينة ينبع", is meant), and قرية، بلدة or مدينة right before the name says it is
    a settlement (after مركز, "مركز للمهاجرين" is a centre, not a town)."""
    settled = first > 0 and mentions.text.analyses[first - 1][1] in word_list("short_name_cues")
    return (
        settled
        and bool(countries)
        and all(p.country not in countries and not p.population for p in candidates)
    )


def _first_found(
    mentions: TextMentions, name: tuple[int, int], strategies: list[Strategy]
) -> tuple[int, list[GazetteerPlace], str] | None:
    lengths = range(name[1] - name[0], 0, -1)
    for match, lookup in strategies:
        for length in lengths if match == "exact" else lengths[-FUZZY_MAX_WORDS:]:
            if length == 1 and _generic_head(mentions, name[0]):
                continue
            words = _sounded_stems if match == "transliteration" else _stems
            candidates = lookup(words(mentions, name[0], name[0] + length))
            if candidates:
                return length, candidates, match
    return None


def _names_a_district(kind: str, precision: int) -> bool:
    """قضاء، مديرية، لواء: an admin cue word below the province."""
    return kind == "admin" and precision < PROVINCE_PRECISION


def _names_a_locality(mentions: TextMentions, cue: Mention) -> bool:
    """An area cue that a locality's own name follows ("منطقة حد السوالم"), as a settlement's follows
    بلدة: a name known only in Latin letters may be read there by its sound."""
    first = cue.first_token
    return cue.end_token == first + 1 and mentions.text.analyses[first][1] in word_list("locality_cues")


def _describes(mentions: TextMentions, token: int) -> bool:
    """An indefinite relative adjective ("صيفي") after a cue describes the place; it is no name."""
    return not _definite(mentions, token) and _adjective(mentions, token)


def _adjective(mentions: TextMentions, token: int) -> bool:
    """The word ends like a relative adjective (صيفي، الليبية)."""
    return any(mentions.text.analyses[token][1].endswith(e) for e in _adjective_endings())


@lru_cache(maxsize=1)
def _adjective_endings() -> tuple[str, ...]:
    fold = default_normalizer().fold
    return tuple(fold(str(e)) for e in load_yaml("function_words.yaml")["adjective_endings"])


def _plain_name_end(mentions: TextMentions, first: int, end: int) -> int:
    """A name the gazetteer does not know: one word, or two when the second carries the article
    (دير الزور، ساحة الطيران، جسر الشغور)."""
    return first + 2 if end - first >= 2 and _definite(mentions, first + 1) else first + 1


def _definite(mentions: TextMentions, token: int) -> bool:
    return is_definite(mentions.text.analyses[token])


def _gazetteer_name_at(
    mentions: TextMentions,
    token: int,
    end: int,
    gazetteer: Gazetteer,
    context: Context,
    min_population: int = MIN_POPULATION_WITHOUT_CUE,
    unsized: bool = True,
) -> PlaceMention | None:
    """A gazetteer name after a locative, without a cue word: a town of some size in the article's
    countries (or a big city when it names none), or (``unsized``) a village whose size no source
    gives when the article names its province or a place near it; never a word the lexicons use for
    something else ("في حكومة الحوثيين"). Names known only in Latin letters need a cue word."""
    if mentions.text.analyses[token][2]:
        return None  # "إلى منزله": a word with a pronoun suffix is no name
    if _joining_dash(mentions, token):
        return None  # "جنوب-شرق": the dash joins the words around it and begins none
    if _blocked(mentions, token):
        return _city_part_named_whole(mentions, token, end, gazetteer, context)
    generic = _generic_head(mentions, token)
    if generic and token + 1 < end:
        return _named_whole(
            mentions, token, end, gazetteer, context, min_population, unsized
        ) or _near_named_feature(mentions, token, end, gazetteer, context)
    countries = context.countries
    for length in range(min(MAX_NAME_WORDS, end - token), 0, -1):
        stems = _stems(mentions, token, token + length)
        word = length == 1 and stems[0] in mentions.lexicon.vocabulary
        if length == 1 and (
            (word and not context.neighbours) or generic or _noun_and_adjective(mentions, token, end)
        ):
            continue
        # the country first: most namesakes lie abroad, and a village without a population is
        # otherwise measured against every place the article names
        found = gazetteer.lookup(stems)  # mostly none: the words after a locative are seldom a name
        named = _in_the_texts_countries(found, context) if found else []
        candidates = [
            p
            for p in named
            if (_big_enough(p, context, min_population, unsized) or (length > 1 and _unsized_seat(p)))
            and not _of_another_nation(mentions, token + length, p)
        ]
        if named and not candidates and length > 1:
            # "في ظهران الجنوب": a town the article cannot vouch for, not the city its first word names
            return None
        if word:
            # "في سترة"، "في الأبيض": a word the lexicons know is a town's name only where the town
            # lies near another place the article names.
            candidates = [
                p for p in candidates if p.population >= min_population and context.near_neighbour(p)
            ]
        match = "exact"
        if (
            not candidates
            and not word
            and countries
            and length <= FUZZY_MAX_WORDS
            and min_population <= MIN_POPULATION_WITHOUT_CUE
        ):
            # "في الباغور": one letter off a village beside another place of the article. Naming its
            # province is not enough: "للشهر الخامس على التوالي" in a report on Ma'rib is no hamlet
            # of Ma'rib a letter away (الطوالب).
            candidates = [
                p
                for p in gazetteer.fuzzy_lookup(stems, countries, letters_only=True)
                if p.population >= MIN_CITY_POPULATION or context.near_neighbour(p)
            ]
            match = "one_edit"
        if candidates:
            span = mentions.text.span(token, token + length)
            return PlaceMention(
                span.text,
                span,
                token,
                token + length,
                1,
                None,
                None,
                candidates=tuple(candidates),
                match=match,
                cued=False,
            )
    return None


def _big_enough(place: GazetteerPlace, context: Context, min_population: int, unsized: bool) -> bool:
    """A town of some size, a village whose size no source gives (where ``unsized`` ones are taken)
    near another place the article names, or a sea, gulf or strait or a city's square: one of a name,
    which needs no size ("في البحر الأحمر"، "في رابعة العدوية")."""
    if place.feature_class == WATER_CLASS or place.feature_code == SQUARE_CODE:
        return True
    return place.population >= min_population or (
        unsized and not place.population and context.supports(place)
    )


def _unsized_seat(place: GazetteerPlace) -> bool:
    """The seat of a division no source sizes: a town whatever its size. Only a name of two words or
    more is taken so ("في ظهران الجنوب"): one word is too often a namesake's (مرباط، صدد)."""
    return not place.population and place.feature_code.startswith(SEAT_CODES)


def _in_the_texts_countries(places: list[GazetteerPlace], context: Context) -> list[GazetteerPlace]:
    """The places of a name in the countries the text places events in; where none is, a capital or
    big city of a country it names ("مطار كابل" in a report from Pakistan that names Afghanistan only
    by its ministry), or a sea: a ship is struck at sea whatever country the report is about ("سفينة
    في البحر الأحمر" in a report on Israel). A big city when the text names no country."""
    if not context.countries:
        return [p for p in places if p.population >= MIN_POPULATION_WITHOUT_CONTEXT]
    home = [p for p in places if p.country in context.countries]
    return home or [p for p in places if context.admits(p)]


def _in_province(place: GazetteerPlace, admin1: Admin1) -> bool:
    """The lexicon codes a province by country and GeoNames code ("ML.07"); a place by the code alone."""
    return f"{place.country}.{place.admin1_code}" == admin1.geonames_code


def _located_unknown(
    mentions: TextMentions, token: int, end: int, gazetteer: Gazetteer, context: Context
) -> PlaceMention | None:
    """ "في إيناتيس قرب مالي"، "في بامبا بمنطقة غاو": a word the gazetteer and the lexicons lack, after a
    locative word, that the text locates at once (a word of nearness or direction and a country or
    province, or ب and a province or an area's cue word) is a place's own name (not a word of
    distance: "على مسافة غرب الجزائر"). After في its
    proclitic letters are the name's (في بامبا is no "in with"); the name is looked up by its sound
    in the article's countries, and an event there keeps it as written when no source has it."""
    analyses = mentions.text.analyses
    name = analyses[token][1] if _definite(mentions, token) else mentions.text.norms[token]
    if (
        analyses[token][2]
        or len(name) < MIN_LOCATED_LETTERS
        or not name.isalpha()
        or analyses[token][1] in mentions.lexicon.vocabulary
        or analyses[token][1] in word_list("words")
        or analyses[token][1] in word_list("distance_words")
        or _blocked(mentions, token)
        or mentions.at("admin1", token) is not None
    ):
        return None
    located, admin1 = _locating_phrase(mentions, _past_quotes(mentions, token + 1, end), end)
    if not located:
        return None
    candidates = [
        p
        for p in gazetteer.transliterated_lookup((name,), context.countries)
        if admin1 is None or _in_province(p, admin1)
    ]
    span = mentions.text.span(token, token + 1)
    return PlaceMention(
        span.text,
        span,
        token,
        token + 1,
        1,
        admin1,
        admin1.iso2 if admin1 else None,
        candidates=tuple(candidates),
        match=LOCATED,
    )


def _locating_phrase(mentions: TextMentions, token: int, end: int) -> tuple[bool, Admin1 | None]:
    """Whether the words from ``token`` locate the name before them, and in which province: ب and a
    province or an area's cue word ("بمنطقة غاو"، "بمأرب"، "بريف"), or a word of nearness or
    direction and a country or province ("قرب مالي"، "شمال بغداد"; not "الغوطة الشرقية")."""
    if token >= end or _definite(mentions, token):
        return False, None
    cue = mentions.starting_at("place_cue", token)
    kind = mentions.lexicon.place_cues[cue.entry_id][0] if cue is not None else None
    after = cue.end_token if cue is not None and cue.end_token < end else None
    if clitic_roles().locative in mentions.text.analyses[token][0]:
        if (admin1 := _province_at(mentions, token)) is not None:
            return True, admin1
        if kind in LOCATING_CUE_KINDS:
            return True, _province_at(mentions, after) if after is not None else None
        return False, None
    if kind in RELATION_KINDS and after is not None:
        admin1 = _province_at(mentions, after)
        return admin1 is not None or mentions.starting_at("country", after) is not None, admin1
    return False, None


def _province_at(mentions: TextMentions, token: int) -> Admin1 | None:
    found = mentions.starting_at("admin1", token)
    return mentions.lexicon.admin1[found.entry_id] if found is not None else None


def _facility_heads(mentions: TextMentions, first: int, end: int) -> list[int]:
    """The words of ``[first, end)`` that open the name of a base, airport or port (قاعدة، مطار،
    ميناء); the text's are sifted once, in C: the whole text and each sentence ask."""
    found = mentions.memo.get(FACILITY_HEADS)
    if found is None:
        heads = word_list("facility_heads")
        found = mentions.memo[FACILITY_HEADS] = list(
            compress(range(len(mentions.text)), map(heads.__contains__, mentions.text.stems))
        )
    return found[bisect_left(found, first) : bisect_left(found, end)]


def _facility_at(
    mentions: TextMentions, head: int, end: int, gazetteer: Gazetteer, context: Context
) -> PlaceMention | None:
    """ "قاعدة عين الأسد"، "بقاعدة «عين الأسد» الجوية": a base, airport or port the gazetteer lists
    under its name with the head word (Who's On First's airports) is the place itself, wherever the
    sentence names it; one it lacks is in the province named right after it, else at its town."""
    first = _past_quotes(mentions, head + 1, end)
    name = _name_after(mentions, first, end)
    # "قاعدة العند": a facility the gazetteer lists whole may be named by a word no name opens with
    words = name or (first, min(end, first + MAX_NAME_WORDS))
    for last in range(words[1], words[0], -1):
        facilities = [
            p
            for p in gazetteer.lookup(_stems(mentions, head, head + 1) + _stems(mentions, words[0], last))
            if p.feature_class == FACILITY_CLASS and (not context.countries or context.inside(p))
        ]
        if facilities:
            span = mentions.text.span(head, last)
            return PlaceMention(span.text, span, head, last, 1, None, None, candidates=tuple(facilities))
    if name is None:
        return None
    # The name's later words may be the locating phrase itself ("ميناء الخوبة بالحديدة").
    located_at = (
        _facility_in_province(mentions, head, t, end, context) for t in range(name[0] + 1, name[1] + 1)
    )
    return next((p for p in located_at if p is not None), None) or _facility_town(
        mentions, head, name[0], end, gazetteer, context
    )


def _facility_town(
    mentions: TextMentions, head: int, token: int, end: int, gazetteer: Gazetteer, context: Context
) -> PlaceMention | None:
    """ "عمليات استهدفت ميناء أسدود وسفينة": a port or airport the gazetteer lacks,
    named after its town, stands at that town, which no locative introduces. A province's name is
    left to the province reading ("مطار عدن" is Aden's, read as the city), and a head with the article
    is the facility already told ("قائد القاعدة المعين من قبل الحوثيين": appointed, not Al Ma'in)."""
    if _definite(mentions, head) or mentions.starting_at("admin1", token) is not None:
        return None
    return _gazetteer_name_at(mentions, token, end, gazetteer, context)


def _facility_in_province(
    mentions: TextMentions, head: int, token: int, end: int, context: Context
) -> PlaceMention | None:
    """ "ميناء رأس عيسى النفطي في الحديدة": a base, airport or port the gazetteer lacks, that the words
    right after its name place in a province, is somewhere in that province: the event is the
    province's, not at the city of its name tens of kilometres off. The phrase is read whole."""
    if token < end and _is_locative_word(mentions, token):
        token += 1
    elif token >= end or clitic_roles().locative not in _prefix_of(mentions.text.analyses[token]):
        return None
    cue = mentions.starting_at("place_cue", token)
    if cue is not None and mentions.lexicon.place_cues[cue.entry_id] == ("admin", PROVINCE_PRECISION):
        token = cue.end_token
    province = mentions.starting_at("admin1", token) if token < end else None
    if province is None:
        return None
    admin1 = mentions.lexicon.admin1[province.entry_id]
    if context.countries and admin1.iso2 not in context.countries:
        return None
    span = mentions.text.span(head, province.end_token)
    return PlaceMention(
        span.text, span, head, province.end_token, PROVINCE_PRECISION, admin1, admin1.iso2, True
    )


def _noun_and_adjective(mentions: TextMentions, token: int, end: int) -> bool:
    """ "في الطوق الخارجي" (in the outer cordon): a word with the article that a relative adjective
    with the article follows is a noun and its adjective, not a village's name. Names are followed
    by their own qualifiers (الشرقية، الجديدة) and by nationality adjectives (الرقة السورية), or
    another place (بمحطة الرمل الإسكندرية), never by such an adjective."""
    adjective = token + 1
    return (
        adjective < end
        and _definite(mentions, token)
        and _definite(mentions, adjective)
        and _adjective(mentions, adjective)
        and mentions.text.analyses[adjective][1] not in word_list("name_qualifiers")
        and all(mentions.starting_at(kind, adjective) is None for kind in NAMES_AN_ADJECTIVE_MAY_BE)
    )


def _of_another_nation(mentions: TextMentions, token: int, place: GazetteerPlace) -> bool:
    """ "بالعلم الإيراني" (the Iranian flag), not the Iraqi town Al-'Alam: a name that a nationality
    adjective of another country follows is a thing of that nation, not a place."""
    nationality = mentions.at("nationality", token) if token < len(mentions.text) else None
    return nationality is not None and nationality.entry_id != place.country


def _named_whole(
    mentions: TextMentions,
    token: int,
    end: int,
    gazetteer: Gazetteer,
    context: Context,
    min_population: int,
    unsized: bool,
) -> PlaceMention | None:
    """ "في رأس العين"، "في ميدان التحرير"، "في دار سعد": a name opened by a generic word that the
    gazetteer knows whole is that place, not a feature near the place its later words name."""
    for length in range(min(MAX_NAME_WORDS, end - token), 1, -1):
        end_token = token + length
        if _continues_name(mentions, end_token, end):
            continue  # "تل الشيخ حسين": the first words of a longer name are not that name
        named = _in_the_texts_countries(gazetteer.lookup(_stems(mentions, token, end_token)), context)
        if not named:
            continue  # most words after a generic one name no place: no province to read after them
        province = _province_named_after(mentions, end_token, end)
        candidates = [
            p
            for p in named
            if _big_enough(p, context, min_population, unsized)
            and (province is None or _in_province(p, province))
        ]
        if candidates:
            span = mentions.text.span(token, end_token)
            return PlaceMention(
                span.text, span, token, end_token, 1, None, None, candidates=tuple(candidates), cued=False
            )
    return None


def _city_part_named_whole(
    mentions: TextMentions, token: int, end: int, gazetteer: Gazetteer, context: Context
) -> PlaceMention | None:
    """ "في رابعة العدوية": a word the lexicons read otherwise (an ordinal, a time, an act) opens the
    whole name of a square or quarter the gazetteer knows; alone it names no place."""
    whole = _named_whole(mentions, token, end, gazetteer, context, MIN_POPULATION_WITHOUT_CUE, True)
    if whole is None or any(p.feature_code not in CITY_PART_CODES for p in whole.candidates):
        return None
    return whole


def _continues_name(mentions: TextMentions, token: int, end: int) -> bool:
    """The word after a name goes on with it ("تل الشيخ حسين"): a plain word, not punctuation, a
    function word, a word with a clitic (في، ب، و), an adjective or qualifier ("تل أبيض الحدودية"،
    "دير حافر شرقي حلب"), a locative, a province or a word the lexicons know for something else."""
    if token >= end:
        return False
    prefix, stem, suffix = mentions.text.analyses[token][:3]
    if prefix or suffix or len(stem) < MIN_NAME_LETTERS or not stem.isalpha() or stem in word_list("words"):
        return False
    return not (
        _adjective(mentions, token)
        or _is_locative_word(mentions, token)
        or _blocked(mentions, token)
        or mentions.starting_at("admin1", token) is not None
        or mentions.starting_at("place_cue", token) is not None
    )


def _province_named_after(mentions: TextMentions, token: int, end: int) -> Admin1 | None:
    """The province the words right after a name place it in: a locative (في، ب), a province's or
    its countryside's cue word and the province ("في ريف درعا"، "بمحافظة حماة"), or a province named
    with its countryside word ("في ريف دمشق"). A bare "في بغداد" may name the city whose outskirts hold
    the place (Khan Bani Sa'd, in Diyala), so it does not count."""
    if token < end and _is_locative_word(mentions, token):
        token += 1
    elif token >= end or clitic_roles().locative not in _prefix_of(mentions.text.analyses[token]):
        return None
    cue = mentions.starting_at("place_cue", token) if token < end else None
    if cue is None or mentions.lexicon.place_cues[cue.entry_id][0] not in {"admin", COUNTRYSIDE}:
        return None
    if mentions.starting_at("admin1", token) is None:  # "في ريف دمشق" is a province whole
        token = cue.end_token
    return _province_at(mentions, token) if token < end else None


def _near_named_feature(
    mentions: TextMentions, token: int, end: int, gazetteer: Gazetteer, context: Context
) -> PlaceMention | None:
    """ "في وادي الكفور"، "قرب رأس الناقورة": a valley, cape, pass or base the gazetteer lacks, named
    after a place it knows, lies near that place (geo_precision 2). The whole name is tried first."""
    whole = _gazetteer_name_at(mentions, token + 1, end, gazetteer, context)
    if whole is None:
        return None
    full = mentions.text.span(token, whole.end_token)
    exact = gazetteer.lookup(_stems(mentions, token, whole.end_token))
    if exact and any(p.country in context.countries for p in exact):
        return replace(whole, name_ar=full.text, span=full, first_token=token, candidates=tuple(exact))
    return replace(whole, name_ar=full.text, span=full, first_token=token, precision=NEAR_FEATURE_PRECISION)


def _listed_after(
    mentions: TextMentions, place: PlaceMention, end: int, gazetteer: Gazetteer, context: Context
) -> PlaceMention | None:
    """ "بلدات كفركلا ويارون والطيبة"، "في حوارة وبورين": a name that و joins to a place is the next
    place of a list when the gazetteer knows it in the article's countries (a hamlet only where the
    list follows a cue word or the article vouches for it); after a settlement cue, a name the
    gazetteer lacks is still a place, as the first one is. An aside in parentheses may stand
    between the towns ("أم درمان (غربي العاصمة)، والأبيض")."""
    token = _past_aside(mentions, place.end_token, end)
    analysis = mentions.text.analyses[token] if token < end else None
    if analysis is None or not joined(analysis) or analysis[2]:
        return None
    if _blocked(mentions, token) or not analysis[1].isalpha() or len(analysis[1]) < MIN_NAME_LETTERS:
        return None
    countries = context.countries or frozenset({place.country} - {None})
    for length in range(min(MAX_NAME_WORDS, end - token), 0, -1):
        # "وود مدني": a word the lexicons know for something else (مدني, civilian) may end a name
        # the gazetteer knows in the article's countries, as after a cue word.
        if any(_blocked(mentions, t) for t in range(token + 1, token + length)) and not countries:
            continue
        stems = _stems(mentions, token, token + length)
        # A word the lexicons know ("الأبيض", white) names a town only in a list a settlement cue
        # opens ("بمدن أم درمان والأبيض"), a province only in a list of provinces ("وحجة").
        common = stems[0] in mentions.lexicon.vocabulary and not (
            place.cue_kind in SETTLEMENT_KINDS or of_a_province_list(mentions, place)
        )
        if length == 1 and (common or _generic_head(mentions, token)):
            continue
        candidates = [
            p
            for p in gazetteer.lookup(stems)
            if (not countries or p.country in countries)
            and (place.cued or p.population >= MIN_POPULATION_WITHOUT_CUE or context.supports(p))
        ]
        if candidates and of_a_province_list(mentions, place):
            return _next_province_of_a_list(mentions, place, token, token + length, candidates)
        if candidates:
            return _next_of_a_list(
                mentions,
                place,
                token,
                token + length,
                precision=1 if place.is_province else place.precision,
                admin1=None,
                country=None,
                is_province=False,
                candidates=tuple(candidates),
            )
    if place.cue_kind not in SETTLEMENT_KINDS or _describes(mentions, token):
        return None
    name_end = _plain_name_end(mentions, token, min(end, token + MAX_NAME_WORDS))
    return _next_of_a_list(mentions, place, token, name_end, candidates=())


def _next_of_a_list(
    mentions: TextMentions, place: PlaceMention, first: int, end: int, **read
) -> PlaceMention:
    """The name at ``[first, end)`` read as the next place of the list ``place`` is in."""
    span = _after_conjunction(mentions, first, end)
    return replace(
        place,
        name_ar=span.text,
        span=span,
        first_token=first,
        end_token=end,
        place=None,
        match="exact",
        listed=True,
        **read,
    )


def _past_aside(mentions: TextMentions, token: int, end: int) -> int:
    """The token after an aside in parentheses and the comma after it ("بمدن أم درمان (غربي العاصمة)،
    والأبيض"), where a list goes on; ``token`` itself when no short aside opens there."""
    opening, closing = _parentheses()
    analyses = mentions.text.analyses
    if token >= end or analyses[token][1] != opening:
        return token
    close = next(
        (t for t in range(token + 1, min(end, token + ASIDE_WORDS + 2)) if analyses[t][1] == closing), None
    )
    if close is None:
        return token
    after = close + 1
    return after + 1 if after < end and analyses[after][1] in clause_marks() else after


@lru_cache(maxsize=1)
def _parentheses() -> tuple[str, str]:
    opening, closing = load_yaml("sentences.yaml")["parentheses"]
    return str(opening), str(closing)


@lru_cache(maxsize=1)
def clause_marks() -> frozenset[str]:
    return frozenset(load_yaml("sentences.yaml")["clause_marks"])


def _without_conjunction(mentions: TextMentions, first: int, end: int) -> Span:
    """The raw span of a name, without a و that joins it to the word before ("والقضارف")."""
    if mentions.text.analyses[first][0][:1] in clitic_roles().conjunctions:
        return _after_conjunction(mentions, first, end)
    return mentions.text.span(first, end)


def _after_conjunction(mentions: TextMentions, first: int, end: int) -> Span:
    """The raw span of a listed name without the و that joins it (ويارون → يارون)."""
    text = mentions.text
    return text.normalized.raw_span(text.starts[first] + 1, text.ends[end - 1], text.field)


def _quoted(mentions: TextMentions, token: int) -> bool:
    """The word stands alone between quotation marks."""
    analyses, marks = mentions.text.analyses, _quote_marks()
    return 0 < token < len(analyses) - 1 and {analyses[token - 1][1], analyses[token + 1][1]} <= marks


def _past_quotes(mentions: TextMentions, token: int, end: int) -> int:
    """The first token at or after ``token`` that is not a quotation mark (في "دوما")."""
    while token < end and mentions.text.norms[token] in _quote_marks():
        token += 1
    return token


def before_quotes(mentions: TextMentions, token: int) -> int:
    """The token just after the last word before ``token`` that is not a quotation mark: where a
    word that names what follows ends (قناة "المسيرة")."""
    while token > 0 and mentions.text.norms[token - 1] in _quote_marks():
        token -= 1
    return token


@lru_cache(maxsize=1)
def _quote_marks() -> frozenset[str]:
    return frozenset(load_yaml("sentences.yaml")["quotes"])


def _after_locatives(mentions: TextMentions) -> list[int]:
    """The tokens after a locative word (في، قرب), or with the locative proclitic before the article
    (بالموصل; without the article ب is mostly "with": بعلم، بسبب); quotation marks between do not
    count. Read once per text, the words sifted in C: every range of the text asks."""
    found = mentions.memo.get(AFTER_LOCATIVES)
    if found is None:
        text, quotes, count = mentions.text, _quote_marks(), len(mentions.text)
        prefixes = map(_prefix_of, text.analyses)
        found = list(compress(range(count), map(_locative_prefixes().__contains__, prefixes)))
        for token in sorted(_locative_words(mentions)):
            token += 1
            while token < count and text.norms[token] in quotes:
                found.append(token)
                token += 1
            if token < count:
                found.append(token)
        found = mentions.memo[AFTER_LOCATIVES] = sorted(set(found))
    return found


def _is_locative_word(mentions: TextMentions, token: int) -> bool:
    """The token is a locative word (في، قرب، على), not a given name spelt like one."""
    return token in _locative_words(mentions)


def _locative_words(mentions: TextMentions) -> frozenset[int]:
    """The text's locative words, less the given names spelt like one ("القيادي علي عيدة"): read once
    per text, in C, for every reader that asks whether a word places the name after it."""
    found = mentions.memo.get(LOCATIVE_WORDS)
    if found is None:
        stems = mentions.text.stems
        locatives = compress(range(len(stems)), map(word_list("locatives").__contains__, stems))
        found = mentions.memo[LOCATIVE_WORDS] = frozenset(locatives) - _given_names(mentions)
    return found  # type: ignore[return-value]


def _given_names(mentions: TextMentions) -> set[int]:
    """The tokens that spell a locative as a given name ("علي" in a text that writes the preposition
    "على"): a person, whose next word is his family name ("القيادي علي عيدة"), not a place."""
    text, found = mentions.text, set()
    for preposition, name, stem in _locative_name_spellings():
        tokens = compress(range(len(text)), map(stem.__eq__, text.stems))
        spelled = {t: text.span(t, t + 1).text for t in tokens}  # as written; no Token needed
        if any(word.endswith(preposition) for word in spelled.values()):
            found.update(t for t, word in spelled.items() if word.endswith(name))
    return found


@lru_cache(maxsize=1)
def _locative_name_spellings() -> tuple[tuple[str, str, str], ...]:
    """Each preposition a given name spells, the name, and the preposition's stem (analysed once
    here, not once per text)."""
    spellings = load_yaml("function_words.yaml")["locative_name_spellings"]
    return tuple(
        (str(preposition), str(name), key.stems[0])
        for preposition, name in spellings.items()
        if (key := phrase_key(str(preposition))) is not None
    )


def _locative_reads(mentions: TextMentions, first: int, end: int) -> list[tuple[int, bool]]:
    """The tokens of ``[first, end)`` where a gazetteer name may follow a locative, in text order,
    each marked True when only the locative proclitic without the article stands before it. The
    text's are merged once: the whole text and each sentence and clause ask."""
    reads = mentions.memo.get(LOCATIVE_READS)
    if reads is None:
        after, bare = _after_locatives(mentions), _bare_locative_clitics(mentions)
        reads = mentions.memo[LOCATIVE_READS] = sorted(
            [(t, False) for t in after] + [(t, True) for t in bare]
        )
    return reads[bisect_left(reads, (first,)) : bisect_left(reads, (end,))]  # type: ignore[index]


def _bare_locative_clitics(mentions: TextMentions) -> list[int]:
    """The tokens that carry the locative proclitic without the article (بتاجوراء) and follow no
    locative word (read once per text)."""
    found = mentions.memo.get(BARE_LOCATIVES)
    if found is None:
        after = set(_after_locatives(mentions))
        locative = clitic_roles().locative
        found = mentions.memo[BARE_LOCATIVES] = [
            token
            for token, prefix in enumerate(map(_prefix_of, mentions.text.analyses))
            if locative in prefix and token not in after
        ]
    return found


@lru_cache(maxsize=1)
def _locative_prefixes() -> frozenset[str]:
    """The proclitics that put the locative before the article (بال، وبال)."""
    locative = clitic_roles().locative
    return frozenset(p for p in default_segmenter().definite_prefixes if locative in p)


def _generic_head(mentions: TextMentions, token: int) -> bool:
    """A word that begins many names (خان، عين، رأس، قاعدة): alone it is a common noun, not a place."""
    return mentions.text.analyses[token][1] in word_list("generic_heads")


def _cities_named(
    mentions: TextMentions, first: int, end: int, admin1: Admin1, gazetteer: Gazetteer
) -> tuple[GazetteerPlace, ...]:
    """Cities of the province whose name the tokens spell (not the province itself): a namesake
    in another province is another place ("صلاح الدين" is Iraq's province, not Erbil's Pirmam)."""
    return tuple(
        p
        for p in gazetteer.lookup(_stems(mentions, first, end))
        if _in_province(p, admin1) and p.population >= MIN_CITY_POPULATION and p.feature_class == "P"
    )


def _stems(mentions: TextMentions, first: int, end: int) -> tuple[str, ...]:
    """The words of a name as the gazetteer keys them (``name_stems``): word endings kept, and a
    dash that joins two of them dropped ("غورما-راروس" is keyed as غورما راروس too)."""
    words = _name_words(mentions)
    if DASHES.isdisjoint(mentions.text.norms[first:end]):
        return tuple(words[first:end])  # most names: no dash to drop, the words sliced in C
    return tuple(words[t] for t in _name_tokens(mentions, first, end))


def _name_tokens(mentions: TextMentions, first: int, end: int) -> Iterable[int]:
    """The tokens of a name less the dashes that join its words (most names have none); a dash joins
    only words both inside the name ("كفرنبل-إدلب" read as كفرنبل keeps no dash to drop)."""
    tokens = range(first, end)
    if DASHES.isdisjoint(mentions.text.norms[first:end]):
        return tokens
    return [t for t in tokens if not (first < t < end - 1 and _joining_dash(mentions, t))]


def _joining_dash(mentions: TextMentions, token: int) -> bool:
    """A dash written between two words with no space either side (not "حلب - سوريا")."""
    text = mentions.text
    return (
        text.norms[token] in DASHES
        and 0 < token < len(text) - 1
        and text.ends[token - 1] == text.starts[token]
        and text.ends[token] == text.starts[token + 1]
    )


def _sounded_stems(mentions: TextMentions, first: int, end: int) -> tuple[str, ...]:
    """The words of a name as its sound key reads them: a future prefix the segmenter split off is
    the name's first letter (سيفاري is Sévaré, not س + يفاري), since a Latin-only place's name is no
    future verb; the exact keys need no such care, as the gazetteer's Arabic names are segmented
    alike."""
    words, analyses, future = _name_words(mentions), mentions.text.analyses, clitic_roles().future
    return tuple(
        future + words[t] if is_future(analyses[t]) else words[t] for t in _name_tokens(mentions, first, end)
    )


def _name_words(mentions: TextMentions) -> list[str]:
    """Every word of the text as the gazetteer keys it, made once per text (names are looked up
    at every locative, for up to three words each)."""
    found = mentions.memo.get(NAME_WORDS)
    if found is None:
        analyses, stems = mentions.text.analyses, mentions.text.stems
        found = mentions.memo[NAME_WORDS] = list(map(add, stems, map(_suffix_of, analyses)))
        # the rare head fused to its conjunction (وود) is the one word whose name stem differs
        for token in compress(range(len(found)), map(_fused_heads().__contains__, stems)):
            found[token] = _name_stem(analyses[token]) + _suffix_of(analyses[token])
    return found


def _next_province_of_a_list(
    mentions: TextMentions, place: PlaceMention, first: int, end: int, candidates: list[GazetteerPlace]
) -> PlaceMention | None:
    """ "محافظتي صعدة والجوف"، "محافظتي مأرب وحجة": the next name of a province list is a province
    too, the one its seat or division lies in ("حجة" and "الجوف" are provinces whose bare names the
    lexicon leaves to the gazetteer), never a town of that name; none where the seats disagree."""
    admin1 = _province_of_seats(mentions, candidates, place.country)
    if admin1 is None:
        return None
    return _next_of_a_list(
        mentions,
        place,
        first,
        end,
        precision=PROVINCE_PRECISION,
        admin1=admin1,
        country=admin1.iso2,
        is_province=True,
        candidates=(),
    )


def _province_of_seats(
    mentions: TextMentions, candidates: list[GazetteerPlace], country: str | None
) -> Admin1 | None:
    """The one province of ``country`` the seats or divisions of a name lie in, if they agree."""
    provinces = {
        mentions.lexicon.admin1_by_code(p.country, p.admin1_code)
        for p in _divisions_or_seats(candidates, cities=True)
        if p.country == country
    } - {None}
    return provinces.pop() if len(provinces) == 1 else None


def _first_of_a_list_in_country_of_next(
    mentions: TextMentions, name: tuple[int, int], admin1: Admin1, gazetteer: Gazetteer
) -> Admin1:
    """ "محافظتي الجوف وصعدة": the provinces of a list lie in one country, so a name two countries
    give a province ("الجوف", Saudi and Yemeni) is the one in the country of the next province."""
    following = _admin1_at(mentions, name[1], name[1] + 1)
    if following is None or following.iso2 == admin1.iso2:
        return admin1
    found = _province_of_seats(mentions, gazetteer.lookup(_stems(mentions, *name)), following.iso2)
    return found or admin1


def _in_a_province_list(mentions: TextMentions, places: list[PlaceMention], token: int, country: str) -> bool:
    """ "محافظتي الجوف ومأرب": a name و joins to a province of ``country`` of a list that a
    province word in the dual or plural (``province_lists``) opens is a province too, not the town
    of its name."""
    return joined(mentions.text.analyses[token]) and any(
        p.end_token == token and p.country in {country, None} and of_a_province_list(mentions, p)
        for p in places
    )


def of_a_province_list(mentions: TextMentions, place: PlaceMention) -> bool:
    """The province is one of a list a province word in the dual or plural opens."""
    return place.precision == PROVINCE_PRECISION and (
        place.listed or mentions.ending_at("province_lists", place.first_token) is not None
    )


def joined(analysis: tuple[str, str, str]) -> bool:
    """The word carries a conjunction: as its prefix, or fused to a short head ("وود مدني")."""
    return analysis[0][:1] in clitic_roles().conjunctions or _name_stem(analysis) != analysis[1]


def _name_stem(analysis: tuple[str, str, str]) -> str:
    """The stem as a name reads it: "وود" is و and the head ود, which the segmenter left joined."""
    stem = analysis[1]
    return stem[1:] if not analysis[0] and stem in _fused_heads() else stem


@lru_cache(maxsize=1)
def _fused_heads() -> frozenset[str]:
    """The short heads with a one-letter conjunction fused to them (وود): one set look-up per word,
    since every word of a text is keyed for the gazetteer."""
    conjunctions = (c for c in clitic_roles().conjunctions if len(c) == 1)
    return frozenset(c + head for c in conjunctions for head in word_list("short_heads"))


@cache  # one set per list name; more names than a small cache holds
def word_list(name: str) -> frozenset[str]:
    return frozenset(
        key.stems[0]
        for word in load_yaml("function_words.yaml")[name]
        if (key := phrase_key(str(word))) is not None and len(key.stems) == 1
    )


def _name_after(mentions: TextMentions, token: int, end: int, naming: bool = False) -> tuple[int, int] | None:
    """The words of a name after a cue; after a naming cue (ساحة، حي، مدينة) the first word may be a
    trigger or a cue word ("ساحة الطيران"، "ساحة التحرير")."""
    text, stop = mentions.text, word_list("words")
    last = token
    while last < min(end, token + MAX_NAME_WORDS):
        stem = text.analyses[last][1]
        may_be_trigger = naming and last == token and _definite(mentions, last)
        joins = token < last < token + MAX_NAME_WORDS - 1 and _joining_dash(mentions, last)
        if joins or _qualifies(mentions, token, last):
            last += 1
            continue
        if len(stem) < MIN_NAME_LETTERS or not stem.isalpha() or stem in stop:
            break
        if last == token and text.analyses[last][0][:1] in clitic_roles().conjunctions:
            break  # "المدينة ويحيط بها": a conjunction opens a clause, not a name
        if text.analyses[last][2] and not _quoted(mentions, last):
            # "المنطقة برمتها": a word with a pronoun suffix is no name; a quoted word is one whatever
            # its ending (مخيم «منغيزيه»: the ه is the name's).
            break
        if _blocked(mentions, last) and not may_be_trigger:
            break
        last += 1
    while last > token + 1 and _joining_dash(mentions, last - 1):
        last -= 1  # "كفرنبل-إدلب" where إدلب begins no word of the name: the dash joins nothing in it
    if last == token and (admin := mentions.at("admin1", token)) is not None:
        return token, admin.end_token
    return (token, last) if last > token else None


def _qualifies(mentions: TextMentions, first: int, token: int) -> bool:
    """ "منطقة العكر الشرقي"، "القلمون الغربي": a direction with the article right after a name's
    first word is the name's own qualifier; a direction that locates a place stands without it
    ("شرق دير الزور")."""
    return (
        token == first + 1
        and _definite(mentions, token)
        and mentions.text.analyses[token][1] in word_list("name_qualifiers")
    )


def _blocked(mentions: TextMentions, token: int) -> bool:
    return token in mentions.covered_by(NAME_BLOCKING_KINDS)


def _admin1_at(mentions: TextMentions, first: int, end: int) -> Admin1 | None:
    for mention in mentions.within("admin1", first, end):
        if mention.first_token == first:
            return mentions.lexicon.admin1[mention.entry_id]
    return None
