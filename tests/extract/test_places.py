"""Where events happen: each matching and ranking rule of the gazetteer, in sentences the team wrote."""

from __future__ import annotations

from dataclasses import replace

import pytest

from rasd.extract import places
from rasd.extract.mentions import TextMentions
from rasd.extract.places import PlaceMention, province_before
from rasd.geocode.distance import km_between
from rasd.geocode.gazetteer import Place as GazetteerPlace
from rasd.ingest.records import article_from_record
from rasd.lexicon.lexicon import load_lexicon
from rasd.text.analyze import text_stage
from rasd.text.normalize import default_normalizer
from rasd.types import Document, Span

SEED_STORY = (
    "بغداد - قال الجيش العراقي يوم الثلاثاء إن طائرات إف-16 عراقية قصفت أهدافا لتنظيم داعش داخل الأراضي "
    "السورية، إذ دمرت مستودعا للأسلحة في منطقة السوسة كان بداخله عشرة مسلحين، وفي الوقت نفسه مقرا في "
    "الباغور كان بداخله ثلاثون مسلحا. وسبق للعراق أن نفذ ضربات مماثلة، ويخشى من عبور المسلحين الحدود."
)


def near(event, latitude: float, longitude: float, km: float = 25.0) -> bool:
    return km_between(event.latitude, event.longitude, latitude, longitude) <= km


def test_the_seed_story_gives_both_strikes_in_syria_and_none_at_the_dateline(events_of) -> None:
    events = events_of(SEED_STORY, published="2018-11-20")
    assert sorted(e.location_ar for e in events) == ["الباغور", "السوسة"]
    assert {(e.country, e.admin1) for e in events} == {("SY", "Deir ez-Zor")}
    baghuz = next(e for e in events if e.location_ar == "الباغور")
    assert near(baghuz, 34.46095, 40.94904) and "place:one_edit" in baghuz.rules
    assert all(e.location != "Baghdad" for e in events)
    assert {(e.sub_event_type, e.weapons) for e in events} == {("Air/drone strike", ("F-16",))}


@pytest.mark.parametrize("written", ["في بلدة الباغوز", "في الباغوز", "وفي بلدة الباغوز", "بالباغوز"])
def test_a_village_is_found_through_clitics_and_the_head_of_its_name(events_of, written: str) -> None:
    (event,) = events_of(f"قصفت طائرات التحالف مواقع لتنظيم داعش {written} بريف دير الزور الشرقي.")
    assert (event.country, event.admin1, event.geo_precision) == ("SY", "Deir ez-Zor", 1)
    assert near(event, 34.46095, 40.94904)


def test_a_village_known_only_in_latin_letters_is_found_by_its_sound(events_of) -> None:
    (event,) = events_of(
        "قتل عشرة مدنيين في هجوم شنته قوات الدعم السريع على قرية مكيشيفة في محافظة صلاح الدين."
    )
    assert event.country == "IQ" and near(event, 34.3675, 43.74278)
    assert "place:transliteration" in event.rules


def test_a_village_named_in_arabic_only_abroad_is_the_home_village_known_by_its_sound(events_of) -> None:
    # Syria has villages called الكرم in Arabic; Egypt's El-Karm (Minya) is in Latin letters only.
    (event,) = events_of("قتل شخصان وأصيب خمسة في اشتباكات بين عائلتين في قرية الكرم بمحافظة المنيا.")
    assert (event.country, event.location, event.geo_precision) == ("EG", "El-Karm", 1)
    assert "place:transliteration" in event.rules


def test_a_locality_after_mintaqa_is_found_by_its_sound(places_of) -> None:
    # منطقة names a locality as بلدة names a town; Tiflet has no Arabic name in the gazetteer.
    places = places_of("أوقفت الشرطة المغربية ثلاثة متشددين في منطقة تيفلت شرق الرباط.")
    found = next(p for p in places if p.place is not None and p.place.name == "Tiflet")
    assert (found.place.country, found.match) == ("MA", "transliteration")


def test_a_co_mentioned_town_settles_which_namesake_is_meant(events_of) -> None:
    homs = events_of("قصفت طائرات حربية قرية الفيضية اليوم، بعد يوم من غارات على مدينة الرستن.")
    aleppo = events_of("قصفت طائرات حربية قرية الفيضية اليوم، بعد يوم من غارات على مدينة أعزاز.")
    assert {e.admin1 for e in homs} == {"Homs"}
    assert {e.admin1 for e in aleppo} == {"Aleppo"}


def test_a_village_no_source_knows_stays_at_its_province_never_at_precision_one(events_of) -> None:
    (event,) = events_of("قصفت مدفعية النظام قرية زهرتلا في ريف حماة الشمالي وقتلت ثلاثة مدنيين.")
    assert (event.location_ar, event.admin1, event.country) == ("زهرتلا", "Hama", "SY")
    assert event.geo_precision in (2, 3) and event.latitude is not None


def test_a_square_is_placed_in_its_city_not_at_a_village_of_the_same_name(events_of) -> None:
    (event,) = events_of("أطلقت قوات الأمن الغاز المسيل للدموع على المتظاهرين في ساحة التحرير وسط بغداد.")
    assert (event.location, event.admin1, event.geo_precision) == ("Baghdad", "Baghdad", 2)


def test_a_word_that_opens_place_names_is_not_a_place_alone(candidate_events_of) -> None:
    (event,) = candidate_events_of("قتل خمسة جنود في هجوم بطائرة مسيرة على قاعدة بمحافظة لحج.")
    assert (event.location, event.admin1, event.geo_precision) == ("Lahij", "Lahij", 3)


def test_a_common_word_is_not_read_as_a_town_with_the_same_letters(events_of) -> None:
    (event,) = events_of("وقال المصدر في حديث لقناة محلية إن مسلحين أعدموا أربعة مدنيين في مدينة الموصل.")
    assert event.location == "Mosul"


def test_a_valley_named_after_a_village_lies_near_the_village(events_of) -> None:
    (event,) = events_of("قصفت طائرات حربية أطراف وادي الباغوز في ريف دير الزور اليوم.")
    assert event.geo_precision == 2 and near(event, 34.46095, 40.94904)
    assert event.location_ar == "وادي الباغوز"


def test_each_town_of_a_list_after_a_plural_cue_is_a_place_of_its_own(events_of) -> None:
    events = events_of(
        "شنت الطائرات الحربية الإسرائيلية غارات على بلدات كفركلا ويارون والطيبة في جنوب لبنان."
    )
    assert [e.location_ar for e in events] == ["كفركلا", "يارون", "الطيبة"]
    assert {e.country for e in events} == {"LB"}


def test_a_town_joined_to_a_located_one_is_read_without_its_conjunction(places_of) -> None:
    places = places_of("استهدف القصف محيط بلدتي جباب وإزرع في محافظة درعا.")
    assert [(p.name_ar, p.listed) for p in places if not p.is_province] == [("جباب", False), ("إزرع", True)]


def test_a_name_in_quotation_marks_after_a_cue_or_locative_is_read(candidate_events_of) -> None:
    for text in ('قصفت قوات النظام مدينة "دوما" بالبراميل المتفجرة.', "قصفت قوات النظام «دوما» بالبراميل."):
        events = candidate_events_of(text.replace("«دوما»", "في «دوما»"))
        assert [e.location_ar for e in events][:1] == ["دوما"] and events[0].country == "SY"


def test_a_cued_name_runs_over_a_word_the_lexicons_know_when_the_gazetteer_has_the_whole(events_of) -> None:
    (event,) = events_of(
        "سيطر الجيش السوداني على مدينة ود مدني عاصمة ولاية الجزيرة بعد معارك مع قوات الدعم السريع."
    )
    assert (event.location_ar, event.country) == ("ود مدني", "SD") and near(event, 14.40118, 33.51985)


def test_a_word_the_lexicons_know_names_a_town_beside_another_place_of_the_article(places_of) -> None:
    beside = places_of(
        "أصيب شرطيان بانفجار قنبلة في سترة فجر اليوم، بعد مواجهات في المنامة بين محتجين والشرطة."
    )
    assert "Sitrah" in {p.place.name for p in beside if p.place is not None}
    alone = places_of("أصيب شرطيان بانفجار قنبلة في سترة فجر اليوم.")
    assert all(p.name_ar != "سترة" for p in alone)


def test_the_country_and_the_capital_as_common_nouns_are_no_places(places_of) -> None:
    places = places_of(
        "أحبط الجيش هجوما على ثكنة في وسط البلاد قرب العاصمة، وقتل خمسة مسلحين في مدينة تمبكتو."
    )
    assert [p.name_ar for p in places] == ["تمبكتو"]


def test_a_word_written_like_a_provincial_capital_is_no_province(events_of) -> None:
    # "لاي أحد" is "for anyone" (لأي), not Laï in Chad's Tandjilé.
    (event,) = events_of(
        "قتل مسلح خمسة جنود أمريكيين بالرصاص أمس الخميس في هجوم على مركز تجنيد. وقال الحاكم إن "
        "تسليح الحراس وسيلة ردع لاي أحد يريد إلحاق الأذى بالجنود."
    )
    assert event.country == "US"


def test_a_country_named_as_near_is_not_where_it_happened(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "أسفر هجوم استهدف أمس الثلاثاء معسكراً للجيش النيجري قرب مالي عن سقوط أكثر من 60 قتيلاً."
    )
    assert event.country == "NE"


def test_a_country_a_border_is_shared_with_is_not_where_it_happened(candidate_events_of) -> None:
    # "الحدود مع" locates the attack by the neighbour across the border; the army's own country,
    # named by its forces only, is where it lies.
    (event,) = candidate_events_of(
        "قتل تسعة جنود في هجوم مسلحين على ثكنة للجيش النيجري قرب الحدود مع بوركينا فاسو أمس. وقال "
        "مصدر في الجيش النيجري إن المهاجمين فروا على دراجات نارية نحو الحدود مع بوركينا فاسو."
    )
    assert event.country == "NE"


def test_a_country_fire_came_from_is_not_where_it_fell(candidate_events_of) -> None:
    # نجران is a Saudi province and a Yemeni village: Yemen, named only as where the shell was fired
    # from, neither votes for the article's country nor takes the province's name.
    (event,) = candidate_events_of(
        "أصيب مقيمان أمس إثر سقوط مقذوف عسكري أطلق من داخل الأراضي اليمنية على منزل بمنطقة نجران."
    )
    assert (event.country, event.admin1) == ("SA", "Najran")


def test_a_country_listed_after_a_located_one_is_located_too(candidate_events_of) -> None:
    # "في سوريا والعراق" places the strikes in both: Iraq, named there and by Baghdad, weighs as much
    # as Jordan, where the soldiers died, so the quarter east of Baghdad is read in Iraq.
    (event,) = candidate_events_of(
        "قتل ثلاثة جنود أمريكيين في الأردن الشهر الماضي، وردت واشنطن بضربات على مقرات فصائل في سوريا "
        "والعراق. وقالت مصادر أمنية إن ضربة أمريكية بطائرة مسيرة استهدفت مساء أمس سيارة في منطقة "
        "المشتل شرق العاصمة بغداد ما أسفر عن مقتل قياديين اثنين، بعد أيام من الهجوم في الأردن."
    )
    assert (event.country, event.admin1) == ("IQ", "Baghdad")


def test_an_event_in_one_country_never_stands_at_a_city_of_another(events_of) -> None:
    events = events_of(
        "قتل 20 شخصا في هجوم لجماعة بوكو حرام على قرية قرب مدينة مايدوغوري في نيجيريا أمس. وفي خبر "
        "آخر، قتل 11 مدنيا على الاقل أمس في تفجير انتحاري مزدوج في مدينة فوتوكول في أقصى شمال الكاميرون.",
        published="2015-07-21",
    )
    bombing = next(e for e in events if e.sub_event_type == "Suicide bomb")
    assert bombing.country == "CM" and bombing.location != "Maiduguri"


def test_a_name_that_another_nation_s_adjective_follows_is_no_place(places_of) -> None:
    places = places_of("داس المتظاهرون في البصرة على العلم الإيراني.")
    assert [p.name_ar for p in places] == ["البصرة"]


def test_the_state_forces_an_article_names_say_where_when_no_country_is_located(events_of) -> None:
    events = events_of(
        "قصفت قوات النظام السوري مدينة دوما بغاز الكلور ما أسفر عن مقتل 40 مدنيا، وقال ناشطون إن طائرات "
        "النظام السوري ألقت براميل متفجرة. ونفت روسيا ذلك."
    )
    assert [(e.location_ar, e.country) for e in events] == [("دوما", "SY")]


def test_the_nationality_of_an_act_says_who_acted_not_where(places_of) -> None:
    places = places_of("قتل خمسة مدنيين في غارة امريكية جنوب كابل فجر اليوم.")
    assert [(p.place.name, p.place.country) for p in places if p.place] == [("Kabul", "AF")]


def test_a_big_city_of_a_country_named_in_passing_outranks_a_small_namesake(places_of) -> None:
    places = places_of(
        "قتل خمسة مدنيين في غارة جوية جنوب كابل فجر اليوم. وقالت الولايات المتحدة إن الغارة استهدفت "
        "مسلحين، فيما طالبت أفغانستان بتحقيق."
    )
    assert [(p.place.name, p.place.country) for p in places if p.place] == [("Kabul", "AF")]


def test_a_state_force_named_once_puts_its_country_beside_a_country_named_in_passing(events_of) -> None:
    events = events_of(
        "قتل سبعة مسلحين في غارة جوية امريكية جنوب كابل فجر اليوم، وقال الجيش الافغاني إن الغارة "
        "استهدفت مخبأ للمسلحين. وقالت الولايات المتحدة إنها تحقق في الأمر."
    )
    assert [(e.location, e.country) for e in events] == [("Kabul", "AF")]


def test_a_province_name_another_country_shares_goes_to_the_country_the_article_names(events_of) -> None:
    events = events_of(
        "قتل ثلاثة أشخاص وأصيب عشرة في اشتباكات بين مسلحين في طرابلس مساء اليوم، "
        "وقال مصدر أمني إن الاشتباكات تجددت بعد هدوء حذر. ودعا رئيس حكومة لبنان إلى التهدئة."
    )
    assert [(e.location_ar, e.country) for e in events] == [("طرابلس", "LB")]


def test_a_shared_province_name_stays_in_its_country_when_the_article_places_things_there(events_of) -> None:
    events = events_of(
        "قتل خمسة فلسطينيين في غارة إسرائيلية على منزل في رفح جنوب قطاع غزة، فيما تواصل مصر وساطتها "
        "لوقف إطلاق النار."
    )
    assert {e.country for e in events} == {"PS"}


def test_a_province_name_a_village_of_the_article_s_country_shares_goes_to_that_country(events_of) -> None:
    events = events_of(
        "أصيب عشرة مواطنين برصاص المستوطنين الذين هاجموا قرية المغير شمال شرق رام الله أمس، "
        "وأحرقوا منازل في المغير وسط إطلاق كثيف للرصاص."
    )
    assert {(e.location_ar, e.country) for e in events} == {("المغير", "PS")}


def test_a_cue_before_a_shared_province_name_reads_the_town_of_the_article_s_country(events_of) -> None:
    events = events_of(
        "قتل 16 جنديا مصريا في هجوم شنه مسلحون على نقطة تفتيش في منطقة رفح مساء الأحد، "
        "وقال مسؤول في مصر إن قوات الجيش تطارد المهاجمين."
    )
    assert [(e.location_ar, e.country) for e in events] == [("رفح", "EG")]


def test_a_village_the_gazetteer_lacks_lies_near_the_town_it_is_located_from(events_of) -> None:
    (event,) = events_of(
        "نفذ الطيران الحربي ضربات جوية استهدفت مواقع للمتمردين في بلدة كرندو شمالي غربي مدينة كادوقلي "
        "في ولاية جنوب كردفان، وقتل خمسة مسلحين."
    )
    assert (event.location_ar, event.country, event.geo_precision) == ("كرندو", "SD", 2)
    assert near(event, 11.01111, 29.71833)


def test_the_town_a_place_is_located_from_is_no_second_event(events_of) -> None:
    events = events_of("قصفت طائرات التحالف مواقع لتنظيم داعش في بلدة هجين شرق دير الزور وقتلت عشرة مسلحين.")
    assert [(e.location_ar, e.geo_precision) for e in events] == [("هجين", 1)]


def test_a_name_located_from_a_town_is_the_namesake_near_that_town(places_of) -> None:
    places = places_of(
        "هاجم مستوطنون بلدة المغير شمال شرق رام الله في الضفة الغربية، وأحرقوا منازل ومركبات في المغير."
    )
    mughayyir = next(p for p in places if p.name_ar == "المغير")
    assert mughayyir.country == "PS" and mughayyir.place is not None
    assert km_between(mughayyir.place.latitude, mughayyir.place.longitude, 31.9, 35.2) < 50


def test_the_locative_clitic_on_a_city_name_without_the_article_reads_the_city(places_of) -> None:
    places = places_of("قتل 40 مهاجرا في غارة جوية على مركز لإيواء المهاجرين بتاجوراء شرق طرابلس الليبية.")
    assert [p.name_ar for p in places if p.place is not None][:1] == ["بتاجوراء"]


def test_the_clitic_b_on_a_common_word_is_still_with(places_of) -> None:
    places = places_of("خرج المتظاهرون في الموصل يلوحون بعلم العراق ويهتفون بسقوط الحكومة.")
    assert [p.name_ar for p in places] == ["الموصل"]


def test_a_province_named_after_a_conjunction_is_read_without_it(places_of) -> None:
    places = places_of("خرج متظاهرون في مدينتي نواكشوط ونواذيبو احتجاجا على وفاة شاب.")
    assert [p.name_ar for p in places] == ["نواكشوط", "نواذيبو"]
    assert all(p.span.text == p.name_ar for p in places)


def test_a_direction_in_parentheses_after_a_listed_town_locates_nothing(places_of) -> None:
    places = places_of("خرجت مظاهرات في مدينتي عطبرة (شمال) وكسلا (شرق) تطالب بالحكم المدني.")
    assert [(p.name_ar, p.reference) for p in places] == [("عطبرة", False), ("كسلا", False)]


def test_a_direction_locates_from_the_capital_it_names_with_its_adjective(places_of) -> None:
    places = places_of("قتل 44 مهاجرا في غارة جوية على مركز للمهاجرين في تاجوراء شرق العاصمة الليبية طرابلس.")
    assert [(p.name_ar, p.reference) for p in places if p.place is not None] == [
        ("تاجوراء", False),
        ("طرابلس", True),
    ]


def test_in_pictures_is_no_tyre_but_tyre_is(places_of) -> None:
    # "بالصور" (in pictures) labels a headline; Tyre is written without the article.
    assert not any(
        p.name_ar.endswith("الصور") for p in places_of("بالصور .. مقتل 9 أشخاص في انفجار بمحطة وقود.")
    )
    assert any(p.name_ar == "صور" for p in places_of("قتل مدنيان في غارة على بلدة قرب مدينة صور جنوب لبنان."))


@pytest.mark.parametrize(
    "text",
    [
        "خرجت مظاهرات في مختلف المدن السودانية وفي مدينة عطبرة.",
        "سقطت قذيفة على الطريق العام وأخرى في مدينة عطبرة.",
    ],
)
def test_an_adjective_after_a_cue_with_the_article_is_no_name(places_of, text: str) -> None:
    assert [p.name_ar for p in places_of(text)] == ["عطبرة"]


def test_a_cue_word_that_begins_a_name_is_read_with_it(places_of) -> None:
    places = places_of("قبضت الشرطة على مسلح في المدينة المنورة.")
    assert [p.place.name for p in places] == ["Madinah"]


def test_a_city_after_a_word_of_nearness_does_not_swallow_the_towns_listed_after_it(places_of) -> None:
    places = places_of("استهدفت الغارات أهدافا للتنظيم قرب حلب والرقة ودير الزور.")
    assert [p.place.name for p in places] == ["Aleppo", "Ar Raqqah", "Deir ez-Zor"]


def test_a_list_of_towns_goes_on_after_an_aside_and_into_the_next_clause(candidate_events_of) -> None:
    # الأبيض is also "white": a town here, in a list that مدن opens.
    events = candidate_events_of(
        "خرجت مظاهرات اليوم في السودان بمدن أم درمان (غربي العاصمة)، والأبيض (جنوب)، للمطالبة بالحكم المدني."
    )
    assert sorted(e.location for e in events) == ["El Obeid", "Omdurman"]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("تجددت الاشتباكات بين الجيش ومسلحين في ناحية الشمال (سنوني) غربي الموصل.", "Sinuni"),
        ("قصفت الطائرات مواقع للتنظيم في بلدة المركز (تل عفر) شمالي العراق.", "Tall ‘Afar"),
    ],
)
def test_a_name_in_parentheses_after_a_cued_place_is_the_town(places_of, text: str, town: str) -> None:
    assert [p.place.name for p in places_of(text) if p.place is not None][:1] == [town]


def test_a_later_report_naming_a_village_of_the_district_places_the_event_there(events_of) -> None:
    (event,) = events_of(
        "اندلعت اشتباكات اليوم بين الجيش العراقي ومسلحين في قضاء سنجار بمحافظة نينوى. "
        "وقال مصدر أمني إن الاشتباكات دارت في ناحية الشمال (سنوني) وأسفرت عن إصابة جنديين."
    )
    assert (event.location, event.geo_precision) == ("Sinuni", 1)


def test_wad_joined_to_its_conjunction_opens_a_listed_town(candidate_events_of) -> None:
    # The segmenter leaves و on the short head ود ("وود مدني": "and Wad Madani").
    events = candidate_events_of(
        "خرجت مظاهرات اليوم في السودان بمدن أم درمان (غربي العاصمة)، وود مدني (وسط)، للمطالبة بالحكم المدني."
    )
    assert sorted(e.location for e in events) == ["Omdurman", "Wad Medani"]
    assert "وود" not in {e.location_ar for e in events}


def test_no_name_is_read_by_its_sound_after_a_cue_with_the_article(places_of) -> None:
    # "وسط المدينة انضم إليها": المدينة is the city told before; the verb after it is no village
    # whose Latin name sounds like it.
    places = places_of(
        "خرج طلاب الجامعة في مظاهرة بمدينة عطبرة، وعند وصولها إلى وسط المدينة انضم إليها المواطنون."
    )
    assert [p.place.name for p in places if p.place is not None] == ["Atbara"]
    assert all(p.match != "transliteration" for p in places)


@pytest.mark.parametrize(
    "text",
    [
        # (a town further than NEAR_KM is no place at all: the test below)
        "خرجت مظاهرة أمس في عطبرة التي تبعد 30 كيلومترا عن الخرطوم، وأطلقت الشرطة الغاز المسيل للدموع.",
        "هاجم مسلحون دورية للشرطة في بلدة عطبرة، على بعد 30 كيلومترا من مدينة الخرطوم.",
    ],
)
def test_a_town_a_distance_is_told_from_is_a_reference_point(places_of, text: str) -> None:
    places = places_of(text)
    assert [(p.place.name, p.reference) for p in places] == [("Atbara", False), ("Khartoum", True)]


def test_a_town_a_long_distance_is_measured_from_is_no_place_of_the_event(places_of) -> None:
    places = places_of(
        "خرجت مظاهرة في مدينة عطبرة التي تبعد 300 كيلومتر عن الخرطوم، وقالت الشرطة في الولاية "
        "(200 كم شمال بغداد) إن مسلحين هاجموا دورية."
    )
    assert [p.name_ar for p in places] == ["عطبرة"]


def test_a_town_a_few_kilometres_off_is_the_town_the_occurrence_is_near(places_of) -> None:
    places = places_of("انفجرت عبوة ناسفة بدورية للشرطة على بعد 12 كلم غرب عمان.")
    assert [p.name_ar for p in places] == ["عمان"]


def test_a_word_that_describes_a_town_is_no_village(candidate_events_of) -> None:
    # "بلدات محاصرة": besieged towns, not the village Al Mamsurah; "بطريق الخطأ": by mistake, not a road.
    events = candidate_events_of(
        "أمطرت فصائل المعارضة أمس أربع بلدات محاصرة في شمال سوريا بالقذائف الصاروخية والمدفعية."
    )
    events += candidate_events_of("قتل 14 جنديا أمس في ضربة جوية على معسكر للجيش في ولاية لوغار بطريق الخطأ.")
    assert events
    assert all(event.location_ar not in ("محاصرة", "الخطأ") for event in events)


def test_a_noun_and_its_adjective_after_a_locative_is_no_village(events_of) -> None:
    events = events_of("انفجرت عبوة ناسفة بدورية للشرطة في الطوق الأمني لمحافظة المفرق صباح اليوم.")
    assert events and all(e.location != "At Tawq" for e in events)
    assert {e.admin1 for e in events} == {"Mafraq"}


def test_one_letter_off_needs_a_place_nearby_not_only_the_province(places_of) -> None:
    places = places_of("قتل مدنيون في قصف حوثي على مدينة مأرب التي تشهد معارك للشهر الخامس على التوالي.")
    assert [p.name_ar for p in places] == ["مأرب"]


def test_a_quoted_name_keeps_an_ending_that_looks_like_a_pronoun(places_of) -> None:
    places = places_of("هاجم مسلحون نقطة أمنية في مخيم «منغيزيه» للاجئين الماليين غرب النيجر.")
    assert [(p.name_ar, p.place.name if p.place else None) for p in places][:1] == [("منغيزيه", "Mangaize")]


@pytest.mark.parametrize(
    "text",
    [
        "قالت قيادة عمليات بغداد في بيان إن قواتها قتلت 21 إرهابيا خلال تطهير ناحية الكرمة شرقي الفلوجة أمس.",
        "أعلنت شرطة البصرة مقتل ثلاثة مسلحين في اشتباك مع قوة أمنية في قضاء الزبير أمس.",
    ],
)
def test_a_city_that_completes_an_organisations_name_is_no_place_of_the_event(events_of, text: str) -> None:
    events = events_of(text)
    assert events
    assert {"بغداد", "البصرة"}.isdisjoint(e.location_ar for e in events)


def test_a_capital_in_apposition_to_a_police_directorate_s_province_is_no_event_place(events_of) -> None:
    # "مديرية شرطة محافظة العاصمة المنامة": the capital names the directorate's province again.
    events = events_of(
        "أصيب شرطي بانفجار قنبلة في قرية العكر الغربي في البحرين. ونقلت وكالة الأنباء عن مدير عام "
        "مديرية شرطة محافظة العاصمة المنامة قوله إن عملا إرهابيا وقع بقرية العكر الغربي تمثل في تفجير "
        "قنبلة محلية الصنع مساء اليوم استهدف دورية أمنية.",
        title="إصابة شرطي بانفجار قنبلة في البحرين",
        published="2015-07-20",
    )
    assert [e.location_ar for e in events] == ["العكر الغربي"]


@pytest.mark.parametrize(
    "text",
    [
        "قتل شرطيان أمس في انفجار عبوة ناسفة بدورية أمنية في شارع أسيوط بمدينة العريش في شمال سيناء.",
        "سقطت ثلاث قذائف هاون على شارع حلب في مدينة حماة صباح اليوم ما أدى إلى مقتل طفلين.",
    ],
)
def test_a_city_that_names_a_street_is_no_place_of_the_event(places_of, text: str) -> None:
    places = places_of(text)
    assert places
    assert {"أسيوط", "حلب"}.isdisjoint(p.name_ar for p in places)


@pytest.mark.parametrize(
    "text",
    [
        "قتل 12 شخصا في سقوط صاروخ على حي شعبي في وسط مدينة حلب، وقالت والدة صحفي مفقود في سوريا في "
        "تصريح الى محطة التلفزيون العامة إنها قلقة.",
        "قصفت الميليشيات بالدبابات أمس أحياء تعز، والهدف استكمال الحصار على تعز وسحب 50 ألفا.",
    ],
)
def test_a_common_noun_some_village_is_named_is_no_place(events_of, text: str) -> None:
    events = events_of(text)
    assert events
    assert {"محطة", "سحب"}.isdisjoint(e.location_ar for e in events)


@pytest.mark.parametrize("base", ["قاعدة عين الأسد", "قاعدة “عين الأسد” الجوية", "قاعدة عين الأسد الجوية"])
def test_a_base_the_gazetteer_lists_with_its_head_is_the_place_itself(events_of, base: str) -> None:
    (event,) = events_of(f"تعرضت {base} في محافظة الأنبار لقصف بصاروخين من نوع كاتيوشا دون إصابات.")
    assert (event.location, event.geo_precision) == ("Al Asad Airport", 1)


@pytest.mark.parametrize("where", ["في الحديدة", "بالحديدة"])
def test_a_port_the_gazetteer_lacks_is_in_the_province_named_after_it_not_at_its_city(
    events_of, where: str
) -> None:
    (event,) = events_of(f"قتل ستة عمال في غارات جوية استهدفت ميناء الخوبة النفطي {where} فجر اليوم.")
    assert (event.admin1, event.geo_precision, event.location_ar) == ("Al Hudaydah", 3, None)


def test_a_country_after_an_area_word_is_the_country_not_a_hamlet_of_its_name(places_of) -> None:
    places = places_of(
        "قتل ثمانية أشخاص في غارات جوية على ميناء الصليف في محافظة الحديدة. "
        "وأعلنت الجماعة أن غارات أخرى استهدفت محافظة البيضاء وسط اليمن."
    )
    assert "اليمن" not in {p.name_ar for p in places}


@pytest.mark.parametrize("where", ["في صلاح الدين شمال بغداد", "في صلاح الدين"])
def test_a_province_named_bare_is_not_a_town_of_its_name_in_another_province(events_of, where: str) -> None:
    (event,) = events_of(f"قتل خمسة من عناصر الشرطة في هجوم شنه مسلحون على نقطة تفتيش {where} مساء أمس.")
    assert event.admin1 == "Salah ad Din"


@pytest.mark.parametrize("where", ["في قضاء بلدروز في بعقوبة", "في قضاء بلدروز ببعقوبة"])
def test_the_city_named_to_locate_a_place_of_its_province_is_not_where_it_happened(
    events_of, where: str
) -> None:
    (event,) = events_of(f"قتل عشرة مدنيين في انفجار عبوتين ناسفتين الليلة الماضية {where}.")
    assert (event.location, event.admin1) == ("Baladrūz", "Diyala")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("قتل جنديان في هجوم على موقع للجيش في بامبا بمنطقة غاو شمالي مالي.", "بامبا"),
        ("قتل عشرون جنديا في هجوم على معسكر للجيش في كيراتو قرب مالي، بحسب مصدر أمني في النيجر.", "كيراتو"),
    ],
)
def test_a_name_the_gazetteer_lacks_is_a_place_when_the_words_after_it_locate_it(
    candidate_events_of, text: str, name: str
) -> None:
    assert name in {e.location_ar for e in candidate_events_of(text)}


def test_a_name_the_province_after_it_locates_is_read_by_its_sound_in_that_province(places_of) -> None:
    places = places_of("قتل ثلاثة جنود في هجوم على معسكر للجيش في تيسيت بمنطقة غاو شمالي مالي.")
    town = next(p for p in places if p.name_ar == "تيسيت")
    assert town.place is not None and (town.place.name, town.admin1.name_en) == ("Tessit", "Gao")


@pytest.mark.parametrize(
    "text",
    [
        "قتل جنديان في هجوم على موقع للجيش في بامبا، وأعلنت الحكومة الحداد.",
        "قتل ثلاثة مدنيين في قصف على الغوطة الشرقية قرب دمشق.",
        "هاجم مسلحون دورية للجيش بولاية عين الدفلى التي تقع على مسافة غرب الجزائر العاصمة.",
    ],
)
def test_an_unknown_word_after_a_locative_is_no_place_unless_located(places_of, text: str) -> None:
    assert not [p for p in places_of(text) if p.match == "located"]


def test_a_district_known_only_in_latin_letters_is_read_by_its_sound_after_its_cue(places_of) -> None:
    places = places_of("انفجرت قنبلة يدوية على منزل مسؤول محلي في مركز قضاء شط العرب شرق مدينة البصرة.")
    district = next(p for p in places if p.name_ar == "شط العرب")
    assert district.place is not None and district.place.name == "Shatt Al-Arab"
    assert district.match == "transliteration"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("أحرق محتجون مقرات حكومية في مدينة ودمدني وسط السودان احتجاجا على رفع الأسعار.", "Wad Medani"),
        ("هاجم مسلحون سجن مدينة والام في غرب النيجر ليلا.", "Ouallam"),
    ],
)
def test_a_name_after_a_settlement_cue_keeps_letters_that_look_like_a_clitic(
    places_of, text: str, town: str
) -> None:
    assert town in {p.place.name for p in places_of(text) if p.place is not None}


def test_wad_madani_written_as_one_word_is_found_after_a_bare_locative(places_of) -> None:
    # Sudanese news writes ود مدني as one word; the segmenter reads it as و + دمدني.
    places = places_of("أحرق محتجون مقرات حكومية في ودمدني ثاني مدن السودان احتجاجا على رفع أسعار الخبز.")
    assert "Wad Medani" in {p.place.name for p in places if p.place is not None}


def test_a_name_known_by_its_sound_keeps_a_first_letter_that_looks_like_the_future_prefix(
    places_of,
) -> None:
    # سيفاري is Sévaré (known only in Latin letters), not س + يفاري.
    places = places_of("أحبط الجيش المالي هجوما على معسكر للحرس الوطني في مدينة سيفاري بمنطقة موبتي.")
    assert "Sevare" in {p.place.name for p in places if p.place is not None}


@pytest.mark.parametrize(("written", "found"), [("غورما-راروس", True), ("غورما - راروس", False)])
def test_a_dash_joins_the_words_of_a_name_only_when_written_without_spaces(
    places_of, written: str, found: bool
) -> None:
    places = places_of(f"تعرض زورق لهجوم مسلح قرب مدينة {written} في شمال مالي.")
    assert ("Gourma Rharous" in {p.place.name for p in places if p.place is not None}) is found


@pytest.mark.parametrize(
    ("raw", "found"),
    [
        ("انفجرت عبوة ناسفة في ولاية ميناس جيرايس (جنوب-شرق البرازيل) صباح اليوم.", [("ميناس جيرايس", None)]),
        (
            "انفجرت عبوة ناسفة في مدينة ساو باولو (جنوب-شرق البرازيل) صباح اليوم.",
            [("ساو باولو", "São Paulo")],
        ),
    ],
)
def test_a_dash_between_two_direction_words_starts_no_name(places_of, raw: str, found: list) -> None:
    """The words after a direction are looked up from each token on, the joining dash among them:
    the place is the one before the brackets, and nothing in them is a name."""
    assert [(p.name_ar, p.place.name if p.place else None) for p in places_of(raw)] == found


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("قتل أربعة مدنيين في غارة جوية على بلدة كفرنبل-إدلب.", "كفرنبل"),
        ("قصفت طائرات حربية مواقع للمسلحين على جنوب--شرق مدينة حلب-- فجر اليوم.", "حلب"),
    ],
)
def test_a_dash_that_joins_a_name_to_no_word_of_it_is_left_out(places_of, raw: str, name: str) -> None:
    # The dash joins the town to its province, which is a name of its own, not the town's last word.
    assert name in [p.name_ar for p in places_of(raw)]
    assert all(not p.name_ar.endswith("-") for p in places_of(raw))


def test_a_settlement_cue_that_ends_the_text_names_nothing(places_of) -> None:
    assert [p.name_ar for p in places_of("قصفت طائرات حربية مواقع للمسلحين في محيط قرية")] == []


def test_the_lead_places_a_headline_city_event_in_its_suburb(events_of) -> None:
    # The headline names the city; the lead names the suburb where it happened, as ACLED codes it.
    (event,) = events_of(
        "أعلنت الشرطة أن خمسة جنود قتلوا في هجوم مسلح فجر الأحد في ضاحية حلوان جنوب القاهرة.",
        title="مقتل خمسة جنود في القاهرة وجماعة متشددة تتبنى الهجوم",
    )
    assert event.location_ar == "حلوان"


def test_the_attackers_town_is_no_town_named_after_the_attacker(places_of) -> None:
    # "بلدة منفذ الهجوم": the town of the attacker, whose name the sentence does not give.
    places = places_of("وأمر وزير الدفاع الجيش بمحاصرة بلدة منفذ الهجوم في الضفة الغربية.")
    assert "منفذ" not in {p.name_ar for p in places}


def test_a_direction_with_the_article_after_a_name_is_its_qualifier(candidate_events_of) -> None:
    (event,) = candidate_events_of(
        "انفجرت أمس عبوة ناسفة في منطقة العكر الشرقي بالبحرين مما أدى إلى إصابة شرطيين."
    )
    assert event.location_ar == "العكر الشرقي"


def test_a_turkish_town_written_with_tsh_is_found_by_its_sound(candidate_events_of) -> None:
    (event,) = candidate_events_of("قتل شرطي تركي برصاص مسلحين أمام مقهى في مدينة تشينار في جنوب شرقي تركيا.")
    assert event.country == "TR" and near(event, 37.7247, 40.4156)


def test_the_countryside_of_damascus_is_its_own_province_never_the_city(events_of) -> None:
    events = events_of("قتل خمسة مدنيين اليوم في قصف جوي لطيران النظام على بلدات في ريف دمشق.")
    assert [(e.admin1, e.geo_precision, e.geonameid) for e in events] == [("Rural Damascus", 3, None)]


def test_mintaqa_before_a_saudi_region_names_the_region_not_its_city(places_of) -> None:
    (place,) = places_of("سقطت مقذوفات أطلقها الحوثيون من اليمن على منطقة جازان مساء أمس دون إصابات.")
    assert (place.admin1.name_en, place.is_province, place.precision, place.place) == ("Jizan", True, 3, None)


def test_mintaqa_before_a_city_elsewhere_is_still_the_city(places_of) -> None:
    (place,) = places_of("قتل ثلاثة جنود عراقيين بانفجار عبوة ناسفة في منطقة الرمادي غرب العراق.")
    assert not place.is_province and place.place.name == "Ramadi"


def test_a_settlement_word_places_its_town_in_israel_though_the_text_names_only_lebanon(events_of) -> None:
    # The press writes Israeli towns as settlements: the word says the country the article never names.
    (event,) = events_of(
        "أعلن حزب الله اللبناني مساء اليوم قصف مستوطنة كريات شمونة بعشرين صاروخا ردا على غارة على جنوب لبنان."
    )
    assert event.country == "IL" and near(event, 33.2120, 35.5704)


def test_a_settlement_word_takes_the_israeli_town_not_a_lebanese_namesake(places_of) -> None:
    places = places_of(
        "استهدفت المقاومة الإسلامية في لبنان تجمعا لجنود الاحتلال في مستوطنة المطلة بالصواريخ."
    )
    metula = next(p for p in places if p.name_ar == "المطلة")
    assert metula.place is not None and metula.place.country == "IL"


def test_a_settlement_across_the_border_that_a_shell_fell_near_is_no_place_of_the_event(events_of) -> None:
    events = events_of("قصفت المدفعية الإسرائيلية أطراف بلدة كفركلا قبالة مستوطنة المطلة صباح أمس.")
    assert events and all(e.country == "LB" for e in events)


def test_the_word_after_the_given_name_ali_is_his_family_name_not_a_place(places_of) -> None:
    places = places_of(
        "وقال القيادي في المقاومة علي عيدة إن معارك عنيفة جرت على أطراف مدينة لودر، فيما تواصلت "
        "المواجهات في محافظة إب."
    )
    assert "عيدة" not in [p.name_ar for p in places]


def test_a_province_that_is_a_family_name_after_the_given_name_ali_holds_no_clause() -> None:
    # Every locative reader knows the given name: "العميد علي صلاح الدين" is a man, not a province.
    mentions = _mentions_of(
        "وقال المتحدث باسم قيادة العمليات العميد علي صلاح الدين إن القوات صدت هجوما على قرية البو "
        "عجيل شرقي تكريت."
    )
    clause = mentions.text.norms.index(default_normalizer().fold("إن"))
    assert province_before(mentions, clause, frozenset()) is None


def test_a_capital_of_a_country_named_only_by_its_nationality_is_a_place(places_of) -> None:
    places = places_of(
        "قتل خمسة مدنيين في تفجير انتحاري على الطريق إلى مطار كابل، بحسب وزارة الداخلية الأفغانية. وفي "
        "باكستان، سلم عشرة مسلحين أسلحتهم لقوات الأمن في إقليم خيبر باختونخوا."
    )
    assert ("Kabul", "AF") in [(p.place.name, p.place.country) for p in places if p.place]


def test_a_town_a_direction_locates_from_a_province_is_no_namesake_elsewhere(places_of) -> None:
    places = places_of(
        "شنت طائرات التحالف غارات على مواقع الحوثيين في محافظة إب، كما استهدفت غارات منازل قيادات "
        "حوثية بمنطقة ارحب شمال العاصمة صنعاء."
    )
    arhab = next(p for p in places if p.name_ar == "ارحب")
    assert arhab.place is None and arhab.admin1 is not None and arhab.admin1.name_en != "Ibb"


def test_a_district_seat_a_direction_locates_from_a_far_capital_is_still_that_seat(places_of) -> None:
    # Iraqi wires locate district seats from Baghdad however far: "البعاج شمال غرب بغداد" is Al Ba'aj
    # of Nineveh, not a place the gazetteer lacks near Baghdad.
    places = places_of("قتل عشرة مسلحين أمس بانفجار سيارة مفخخة في قضاء البعاج شمال غرب بغداد.")
    baaj = next(p for p in places if p.name_ar == "البعاج")
    assert baaj.place is not None and baaj.place.name == "Al Ba‘āj"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل أربعة جنود أفغان صباح اليوم في هجوم لطالبان على حاجز للجيش جنوب العاصمة كابل.", ("Kabul", 2)),
        ("قتل ثلاثة جنود أمس في هجوم لمسلحين على حاجز للجيش قرب مدينة حماة وسط سوريا.", ("Ḩamāh", 2)),
        ("قتل ثلاثة جنود أمس في هجوم لمسلحين على حاجز للجيش في بلدة صوران شمال مدينة حماة.", ("Şūrān", 1)),
    ],
)
def test_a_town_a_word_of_direction_or_nearness_governs_is_only_near_the_event(
    events_of, text: str, expected: tuple[str, int]
) -> None:
    [event] = events_of(text)
    assert (event.location, event.geo_precision) == expected


def test_a_town_of_an_act_told_after_a_sequel_word_is_no_place_of_the_act_before_it(events_of) -> None:
    events = events_of("قصفت طائرات النظام بلدتي كفرنبل وسراقب بعد ساعات من هجوم للمعارضة على بلدة صوران.")
    assert {e.location_ar for e in events} == {"كفرنبل", "سراقب"}


def test_a_town_of_the_act_answered_is_no_place_of_the_act_that_answers_it(events_of) -> None:
    # The words of an answer (ردا على، انتقاما) part a clause as the words of a sequel (بعد) do.
    events = events_of("قصفت طائرات النظام بلدتي كفرنبل وسراقب ردا على هجوم للمعارضة على بلدة صوران.")
    assert {e.location_ar for e in events} == {"كفرنبل", "سراقب"}


def test_an_act_whose_side_of_a_sequel_word_names_no_town_takes_the_clause_s_town(events_of) -> None:
    [event] = events_of("قتل ثلاثة مدنيين بعد غارة جوية شنتها طائرات النظام على بلدة كفرنبل بريف إدلب.")
    assert event.location_ar == "كفرنبل"


def test_a_province_a_direction_locates_from_a_city_is_the_event_s_place(events_of) -> None:
    # The city only says where the province lies; the act is somewhere in the province.
    [event] = events_of("قتل 20 شخصا أمس الاثنين في تفجيرات بسيارات مفخخة هزت محافظة ديالى شمال شرق بغداد.")
    assert (event.admin1, event.location, event.geo_precision) == ("Diyala", "Diyala", 3)


def test_a_clause_s_town_is_the_namesake_of_the_province_its_sentence_names_before_it(events_of) -> None:
    # شقرة is a coastal town of Abyan and a village of Sa'dah, which the article names too; "في أبين"
    # opens the sentence, not the reported clause that tells the act.
    events = events_of(
        "شنت طائرات التحالف غارات على مواقع الحوثيين في محافظة صعدة أمس. وقال قائد ميداني عن المعارك "
        "في أبين أن مقاتلي المقاومة سيطروا أمس على معسكر اللواء الثالث، واستعادوا مدينة شقرة الساحلية "
        "من الحوثيين."
    )
    taken = [e for e in events if "شقرة" in e.evidence]
    assert taken and {e.admin1 for e in taken} == {"Abyan"}


def test_a_district_the_lexicon_lacks_lies_in_the_province_its_sentence_names(events_of) -> None:
    # The article is about Marib; the district taken is in Ibb, which the sentence names before
    # the reported clause.
    events = events_of(
        "قتل 30 حوثيا في غارات لطائرات التحالف على مواقعهم في محافظة مأرب أمس. وفي محافظة إب، قالت "
        "مصادر محلية إن مقاتلي المقاومة سيطروا أمس على مديرية القفر بعد مواجهات مع الحوثيين."
    )
    taken = [e for e in events if "القفر" in e.evidence]
    assert taken and {e.admin1 for e in taken} == {"Ibb"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وفي ولاية الخرطوم، قال شهود إن الشرطة فرقت المتظاهرين أمس.", "Khartoum"),
        ("وقال شاهد من قرية نائية على بعد 500 كيلومتر شمال الخرطوم إن الشرطة فرقت المتظاهرين.", None),
        ("وقالت قيادة شرطة الخرطوم إن الشرطة فرقت المتظاهرين أمس.", None),
    ],
)
def test_the_province_before_a_clause_is_one_named_as_where(text: str, expected: str | None) -> None:
    # A province told as the point of a distance, or as part of an office's name, holds no clause.
    mentions = _mentions_of(text)
    clause = mentions.text.norms.index(default_normalizer().fold("إن"))
    province = province_before(mentions, clause, frozenset())
    assert (province.name_en if province else None) == expected


def test_the_provinces_named_as_where_are_read_once_per_text(monkeypatch) -> None:
    # Every clause and town asks for the province before it; the provinces are read once per text.
    asked = []
    names_where = places._names_where
    monkeypatch.setattr(
        places, "_names_where", lambda m, mention: asked.append(mention) or names_where(m, mention)
    )
    mentions = _mentions_of(
        "وفي محافظة أبين، قالت مصادر محلية إن المقاومة استعادت مدينة شقرة، وإن الطيران قصف مواقع "
        "في مدينة جعار، وأضافت أن قذائف سقطت على مدينة لودر."
    )
    town = default_normalizer().fold("مدينة")
    towns = [t for t, norm in enumerate(mentions.text.norms) if norm == town]
    provinces = [province_before(mentions, t, frozenset()) for t in towns]
    assert [p.name_en for p in provinces if p] == ["Abyan"] * 3
    assert len(asked) == len(set(asked)) == 1


def test_a_located_place_is_the_biggest_namesake_that_fits_else_the_one_read_or_a_lacked_one() -> None:
    # One rule for a place located by a town nearby and for one located by a province.
    mentions = _mentions_of("قصفت الطائرات بلدة الصفا شمال مدينة حلب.")
    village = GazetteerPlace(1, "As Safa", "SY", "09", 36.3, 37.3, 0)
    town = GazetteerPlace(2, "As Safa", "SY", "09", 36.4, 37.4, 9000)
    far_town = GazetteerPlace(3, "As Safa", "SY", "13", 33.0, 36.0, 50000)
    namesakes = (village, town, far_town)
    span = Span(20, 25, "الصفا")
    read = PlaceMention("الصفا", span, 3, 4, 1, None, "SY", candidates=namesakes, place=far_town)
    lacked = replace(read, place=None, candidates=())
    in_aleppo = lambda p: p.admin1_code == "09"  # noqa: E731
    best = places._namesake_fitting(mentions, read, in_aleppo, False, lacked)
    assert (best.place, best.admin1.name_en) == (town, "Aleppo")
    only_far = replace(read, candidates=(far_town,))
    assert places._namesake_fitting(mentions, only_far, in_aleppo, True, lacked) is only_far
    assert places._namesake_fitting(mentions, only_far, in_aleppo, False, lacked) is lacked
    assert places._namesake_fitting(mentions, read, lambda p: True, False, lacked) is read


def _mentions_of(text: str) -> TextMentions:
    article, _ = article_from_record({"id": "t", "title": "", "text": text}, "test")
    [mentions] = [TextMentions.of(t, load_lexicon()) for t in text_stage(Document(article)).texts()]
    return mentions


def test_a_ship_struck_at_sea_is_placed_at_the_sea_in_yemen_whatever_the_report_is_about(events_of) -> None:
    # A report on Israel: the sea is the place though Yemen is none of the article's countries.
    events = events_of(
        "أعلنت جماعة الحوثي اليوم الأحد أنها استهدفت سفينة تجارية مرتبطة بإسرائيل في خليج عدن "
        "بصاروخ باليستي، فيما قالت إسرائيل إن السفينة لم تصب بأضرار."
    )
    assert [(e.country, e.location, e.admin1) for e in events] == [("YE", "Gulf of Aden", None)]


def test_a_sea_named_after_a_town_locates_the_town_and_is_no_place_of_its_own(places_of) -> None:
    places = places_of("سقطت طائرة مسيرة قرب مدينة الحديدة الساحلية على البحر الأحمر صباح اليوم.")
    sea = next(p for p in places if p.place is not None and p.place.name == "Red Sea")
    assert sea.reference


def test_a_gulf_two_countries_border_is_placed_in_the_country_the_report_is_about(events_of) -> None:
    (event,) = events_of(
        "خطف قراصنة صوماليون سفينة صيد في خليج عدن أمس، وقالت السلطات في بونتلاند إن القراصنة اقتادوها "
        "إلى السواحل الصومالية."
    )
    assert (event.country, event.location) == ("SO", "Gulf of Aden")


def test_a_name_known_only_across_the_border_is_a_place_by_the_town_that_locates_it(places_of) -> None:
    # A report on Yemen; the gazetteer knows مستباء only as a Yemeni village (near حرض), and
    # "بجيزان" puts it on the Saudi side, as a place the gazetteer lacks.
    places = places_of(
        "قصفت طائرات التحالف مواقع للحوثيين في مدينة حرض بمحافظة حجة شمال اليمن اليوم. وفي المناطق "
        "الحدودية سيطر الجيش اليمني على مواقع عسكرية في محيط مستباء بجيزان."
    )
    hamlet = next(p for p in places if p.span.text == "مستباء")
    assert (hamlet.place, hamlet.country, hamlet.admin1.name_en) == (None, "SA", "Jizan")


@pytest.mark.parametrize("contrast", ["فيما", "وفيما", "بينما"])
def test_towns_of_a_clause_that_fimaa_opens_are_not_the_act_s_before_it(events_of, contrast: str) -> None:
    events = events_of(
        "سيطر الجيش الوطني أمس على مثلث الكهرباء في مديرية لودر بمحافظة أبين، "
        f"{contrast} تتوجه جبهات زنجبار وجعار نحو منطقة شقرة."
    )
    assert [e.location for e in events] == ["Lawdar"]


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("سقطت قذائف على حي في بلدة الشدادي جنوب الحسكة.", "Ash Shaddādah", "SY"),
        ("قصفت طائرات التحالف مواقع للحوثيين في مدينة إب وسط اليمن.", "Ibb", "YE"),
        ("سقط صاروخ أطلق من غزة على مدينة الخضيرة شمال إسرائيل.", "Hadera", "IL"),
    ],
)
def test_a_town_no_source_names_as_the_news_does_is_found_by_that_name(
    places_of, text: str, town: str, country: str
) -> None:
    found = [p.place for p in places_of(text) if p.place is not None]
    assert (found[0].name, found[0].country) == (town, country)


def test_a_port_the_gazetteer_lacks_stands_at_the_town_it_is_named_after(events_of) -> None:
    (event,) = events_of(
        "أعلن المتحدث العسكري باسم الحوثيين مساء الأحد أن قواتهم استهدفت ميناء أسدود بطائرة مسيرة."
    )
    assert (event.location, event.country) == ("Ashdod", "IL")


def test_a_word_after_a_facility_already_told_is_not_a_town(events_of) -> None:
    events = events_of(
        "استعادت قوات الجيش اليمني قاعدة العند العسكرية في محافظة لحج أمس بعد معارك قتل فيها العشرات، "
        "وفر قائد القاعدة المعين من قبل الحوثيين."
    )
    assert events and "Al Ma'in" not in {e.location for e in events}


def test_a_square_the_gazetteer_knows_is_the_place_not_the_city_named_after_it(events_of) -> None:
    (event,) = events_of("قتل ثلاثة متظاهرين في اشتباكات مع قوات الأمن في ميدان التحرير بالقاهرة.")
    assert (event.location, event.admin1, event.country) == ("Tahrir Square", "Cairo", "EG")


def test_a_quarter_the_gazetteer_knows_after_its_cue_is_the_place_not_its_city(events_of) -> None:
    # حي names a part of the city; GeoNames places Adhamiyah itself, so the event is there, exactly.
    (event,) = events_of("قتل خمسة مدنيين بانفجار سيارة مفخخة في حي الأعظمية ببغداد.")
    assert (event.location, event.admin1, event.geo_precision) == ("Adamiyah", "Baghdad", 1)


def test_a_square_needs_no_province_to_be_read(events_of) -> None:
    # a square's name is one of a kind, like a sea's: Egypt alone places it.
    (event,) = events_of("قتل عشرة متظاهرين في اشتباكات مع قوات الأمن في ميدان النهضة في مصر.")
    assert (event.location, event.admin1) == ("Al Nahda Square", "Giza")


def test_an_ordinal_opens_the_whole_name_of_a_square(events_of) -> None:
    # رابعة is "fourth", yet "رابعة العدوية" is the Cairo square the gazetteer knows whole.
    (event,) = events_of(
        "أعلنت وزارة الصحة في مصر مقتل المئات في فض قوات الأمن اعتصام المعارضين في رابعة العدوية."
    )
    assert (event.location, event.admin1) == ("Rabaa al-Adawiya Square", "Cairo")


def test_an_ordinal_alone_is_no_place(places_of) -> None:
    places = places_of("انفجرت عبوة ناسفة في الرابعة فجرا في القاهرة وقتلت شرطيين.")
    assert [p.name_ar for p in places] == ["القاهرة"]


def test_a_name_opened_by_a_generic_word_is_found_whole(events_of) -> None:
    (event,) = events_of("قتل خمسة أشخاص بانفجار سيارة مفخخة في رأس العين بمحافظة الحسكة.")
    assert event.country == "SY" and near(event, 36.85, 40.07)


def test_the_first_words_of_a_longer_name_are_not_a_name_found_whole(places_of) -> None:
    places = places_of(
        "تقدمت الوحدات الكردية في مدينة الحسكة. وسيطرت فصائل المعارضة على تل الشيخ حسين في ريف درعا."
    )
    assert "تل الشيخ" not in {p.name_ar for p in places}


def test_a_name_found_whole_is_not_a_namesake_outside_the_province_named_after_it(places_of) -> None:
    places = places_of("تقدمت الوحدات الكردية في مدينة الحسكة. وقتل مدنيان في قصف على تل الشيخ في ريف درعا.")
    # Al-Hasakah is SY.01: its Tall ash Shaykh is not the hill in Daraa's countryside
    assert ("تل الشيخ", "01") not in {(p.name_ar, p.place and p.place.admin1_code) for p in places}


def test_a_city_named_bare_after_a_name_found_whole_does_not_sift_its_namesakes(events_of) -> None:
    # "في بغداد" may name the city on whose outskirts the town lies: Khan Bani Sa'd is Diyala's
    (event,) = events_of("قتل عشرة أشخاص في تفجير شاحنة مفخخة في خان بني سعد في بغداد.")
    assert (event.location_ar, event.admin1) == ("خان بني سعد", "Diyala")


def test_a_base_the_gazetteer_lists_whole_is_found_after_its_head(events_of) -> None:
    (event,) = events_of("قتل جنديان في هجوم على قاعدة العند الجوية في محافظة لحج.")
    assert (event.location, event.admin1) == ("Al Anad Air Base", "Lahij")


def test_a_saudi_border_town_shelled_from_yemen_is_found_in_its_region(events_of) -> None:
    (event,) = events_of("قتل مدني في قصف بقذائف الهاون أطلقتها ميليشيات الحوثي على الخوبة في منطقة جازان.")
    assert (event.location, event.country, event.admin1) == ("Al Khubah", "SA", "Jizan")


def test_a_quarter_of_a_city_stays_the_place_before_its_city(events_of) -> None:
    (event,) = events_of("قتل شخصان في اشتباكات مسلحة في منطقة الطيونة في بيروت.")
    assert (event.location, event.admin1, event.location_ar) == ("Tayouneh", "Beirut", "الطيونة")


def test_a_bahraini_village_is_found_in_its_governorate(events_of) -> None:
    (event,) = events_of("فرقت الشرطة البحرينية متظاهرين في الدراز بالمحافظة الشمالية واعتقلت خمسة منهم.")
    assert (event.location, event.country) == ("Diraz", "BH")


def test_a_village_nothing_vouches_for_is_not_the_city_its_first_word_names(places_of) -> None:
    places = places_of("أصيب ثلاثة مواطنين بقذائف سقطت في ظهران الجنوب، وفق الدفاع المدني في السعودية.")
    assert all(p.place is None or p.place.name != "Dhahran" for p in places)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("سقطت ثلاث قذائف أمس على إحدى القرى التابعة لمحافظة الحرث جنوب السعودية.", "Al Harth"),
        ("قتل رجل أمن بإطلاق نار على دوريته في محافظة القطيف شرق السعودية.", "Al Qaţīf"),
        ("أصيب ثلاثة مواطنين بقذائف سقطت في ظهران الجنوب، وفق الدفاع في السعودية.", "Dhahran al Janub"),
    ],
)
def test_a_saudi_governorate_is_its_seat(places_of, text: str, expected: str) -> None:
    # Saudi governorates bear their seats' names; no source sizes Al Harth, and GeoNames codes
    # al-Qatif a plain town.
    assert expected in {p.place.name for p in places_of(text) if p.place is not None}


def test_agri_written_with_jim_is_that_town(places_of) -> None:
    # ج for the g of a Turkish name (أجري، as in some wires), beside أغري; the province word takes its city.
    places = places_of("تعرض خط أنابيب الغاز لهجوم بالمتفجرات في إقليم أجري بشرق تركيا.")
    assert "Ağrı" in {p.place.name for p in places if p.place is not None}


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("قتل عشرة جنود أفغان أمس في غارة أمريكية على حاجز للجيش في ولاية لوغار جنوب كابل.", "Logar"),
        ("قتل خمسة من عناصر الشرطة الأفغانية أمس في انفجار قنبلة في ولاية هلمند جنوب البلاد.", "Helmand"),
        ("قتل ثلاثة جنود باكستانيين أمس في هجوم مسلح على نقطة تفتيش في إقليم بلوشستان.", "Balochistan"),
    ],
)
def test_afghan_and_pakistani_provinces_are_read(events_of, text: str, admin1: str) -> None:
    # The bundle's Afghan and Pakistani places carry GeoNames admin1 codes, but no source names those
    # provinces in Arabic: without admin1.tsv rows "ولاية لوغار جنوب كابل" stood at Kabul, the
    # capital named only as the point the province lies south of.
    (event,) = events_of(text, published="2015-07-21")
    assert (event.admin1, event.location) != (None, "Kabul")
    assert event.admin1 == admin1


def test_a_district_named_whole_with_its_cue_word_is_that_district(events_of) -> None:
    # Who's On First names the district "مديرية أرحب" whole; أرحب alone keys only hamlets, none a seat,
    # so the clash stood at the capital it is told north of.
    (event,) = events_of(
        "قتل خمسة من الحوثيين أمس في اشتباكات مع المقاومة الشعبية في مديرية أرحب شمال العاصمة صنعاء.",
        published="2015-08-08",
    )
    assert (event.location, event.admin1, event.geo_precision) == ("Arhab", "Sanaa", 2)


def test_quetta_written_with_a_final_alif_is_that_city(events_of) -> None:
    # كويتا, as the wires write it; GeoNames has only كويته.
    (event,) = events_of(
        "قتل شخصان في تفجير انتحاري قرب جامعة للإناث ليلة أمس في مدينة كويتا عاصمة إقليم بلوشستان.",
        published="2015-07-19",
    )
    assert (event.location, event.admin1) == ("Quetta", "Balochistan")


def test_a_manner_word_after_bi_is_no_village_of_unknown_size(candidate_events_of) -> None:
    # "بشدة" is "strongly", not the West Bank hamlet الشدة: ب without the article is "in" only
    # before a big city.
    (event,) = candidate_events_of(
        "اندلعت مواجهات بين الشبان وقوات الاحتلال في الضفة الغربية. وقال شاهد إن الجنود أطلقوا "
        "الرصاص بشدة على المتظاهرين."
    )
    assert event.location == "West Bank"


def test_a_village_whose_name_opens_with_bi_is_still_read(candidate_events_of) -> None:
    # the ب of بادوش is the name's own letter, not "in".
    (event,) = candidate_events_of(
        "قصفت طائرات التحالف مواقع التنظيم على مرتفعات بادوش غرب الموصل وقتلت عشرة مسلحين."
    )
    assert event.location == "Badush"


def test_a_village_after_bi_is_read_where_its_whole_name_is_located_at_once(candidate_events_of) -> None:
    # بعشيقة is the village's whole name (no article left out, unlike الشدة for "بشدة"), and the
    # direction after it locates it: the shelling is at Bashiqa, not near Mosul.
    (event,) = candidate_events_of(
        "قتل ثلاثة مدنيين في قصف مدفعي لتنظيم داعش على منازلهم ببعشيقة شمال شرق الموصل."
    )
    assert (event.location, event.geo_precision) == ("Ba'shiqah", 1)


def test_a_whole_name_after_bi_that_nothing_locates_is_no_village(candidate_events_of) -> None:
    # "بحمد الله" is "thank God"; a Saudi hamlet is called حمد, but nothing after the word places it.
    (event,) = candidate_events_of(
        "أحبطت قوات الأمن السعودية بحمد الله هجوما انتحاريا قرب نقطة تفتيش بالرياض أمس."
    )
    assert event.location == "Riyadh"


@pytest.mark.parametrize("site", ["مسجد", "مدرسة"])
def test_a_struck_building_is_no_village_named_like_it(candidate_events_of, site: str) -> None:
    # an Iranian Masjed, an Azeri Madrasa: the building is where the bomb went off, in Kabul.
    (event,) = candidate_events_of(f"انفجرت عبوة ناسفة قرب {site} في كابل مما أدى إلى مقتل أربعة أشخاص.")
    assert (event.location, event.country) == ("Kabul", "AF")


def test_a_nigerian_state_places_the_event_in_nigeria(candidate_events_of) -> None:
    (event,) = candidate_events_of("هاجم مسلحون من جماعة بوكو حرام قرية في ولاية بورنو وقتلوا عشرة أشخاص.")
    assert (event.admin1, event.country) == ("Borno", "NG")


def test_only_a_village_of_unknown_size_abroad_gives_way_to_a_home_village_known_by_sound() -> None:
    mentions = _mentions_of("سقط صاروخ قرب مدينة ينبع الساحلية.")
    first = next(i for i, a in enumerate(mentions.text.analyses) if a[1] == "ينبع")
    town = GazetteerPlace(1, "Yanbu", "SA", "05", 24.09, 38.06, 200_000)
    village = replace(town, population=0)
    assert not places._abroad_after_settlement_word(mentions, first, [town], frozenset({"IL"}))
    assert places._abroad_after_settlement_word(mentions, first, [village], frozenset({"IL"}))
    assert not places._abroad_after_settlement_word(mentions, first - 1, [village], frozenset({"IL"}))


def test_the_noun_of_a_fixed_phrase_is_no_village(candidate_events_of) -> None:
    # "في سبيل" is a preposition, not As Sabil, a village of Lahij.
    [event] = candidate_events_of(
        "قتل عشرات من مقاتلي المقاومة الشعبية في اليمن يوم الأحد في سبيل تحرير مدن محافظة لحج "
        "من الحوثيين في معارك عنيفة."
    )
    assert (event.location, event.admin1) == ("Lahij", "Lahij")
