"""An article's genre is read from what any input gives: its title, its text, its URL when it has one."""

from __future__ import annotations

from rasd.extract.genre import Genre, article_genre, url_section
from rasd.ingest.records import article_from_record
from rasd.lexicon.lexicon import load_lexicon
from rasd.text.analyze import text_stage
from rasd.types import Document

REPORT = "قتل مسلحون 10 أشخاص في هجوم على سوق في مدينة مايدوغوري أمس، وقال مسؤول محلي إن المهاجمين فروا."
# A feature: what a commander and observers say, in the present.
FEATURE = (
    "يقول أحد القادة الميدانيين إن المعارك لم تتوقف منذ أشهر. "
    "ويضيف أن المسلحين هاجموا بلدة الشدادي في ريف الحسكة. "
    "ويرى مراقبون أن الحرب ستطول، فيما تشير التقديرات إلى نزوح الآلاف."
)

MATCH_REPORT = (
    "فاز المنتخب العراقي على نظيره الإيراني بهدف قاتل في الدقيقة 92 من عمر المباراة التي أقيمت على ملعب "
    "عمان الدولي ضمن تصفيات كأس العالم. وسجل اللاعب أيمن حسين هدف المباراة بعد هجوم منظم في الشوط الثاني، "
    "فيما تصدى حارس المرمى لركلة جزاء. وقال مدرب المنتخب إن لاعبيه قدموا مباراة كبيرة."
)
# A short transfer item: few words of the game, but several different ones.
TRANSFER_NOTE = "يقود مهاجم الفريق هجوم النادي الموسم المقبل بنظام الإعارة، بعدما وقع اللاعب عقده في جدة."
STADIUM_DESTROYED = (
    "دمر تنظيم داعش ملعب الرمادي الأولمبي بعد تفخيخه أمس، "
    "وقال مسؤول محلي إن الملعب كان يستضيف مباريات الدوري."
)


def _genre(text: str, title: str = "", url: str | None = None) -> Genre | None:
    record = {"id": "t", "title": title, "text": text, "published": "2019-03-12", "url": url}
    article, _ = article_from_record(record, "test")
    document = text_stage(Document(article))
    return article_genre(article, document.texts(), load_lexicon())


def test_a_report_is_no_genre_of_its_own() -> None:
    assert _genre(REPORT, title="مقتل 10 في هجوم على سوق بنيجيريا") is None


def test_a_title_that_opens_on_a_history_page_tells_no_news_of_its_own() -> None:
    battle = "وفي تلك الحرب أرسل القائد قوة استولت على التل ووضعت المدفعية فيه ثم قصفت المدينة."
    assert _genre(battle, title="من التاريخ: حرب القرم") == Genre("history_page", False)
    assert _genre(battle, title="في مثل هذا اليوم .. سقوط القسطنطينية") == Genre("history_page", False)
    assert _genre(battle, title="هذا اليوم في التاريخ") == Genre("history_page", False)
    assert _genre(REPORT, title="مقتل 10 في هجوم على سوق يعيد إلى الأذهان من التاريخ القريب") is None


def test_a_title_that_opens_on_the_papers_is_a_press_review() -> None:
    assert _genre(REPORT, title="صحف أميركية: هجمات بوكو حرام تتصاعد") == Genre("press_review", False)
    assert _genre(REPORT, title="الصحف الأوروبية: أزمة اللاجئين") == Genre("press_review", False)
    # One paper named as the source of a report is not a review of the papers.
    assert _genre(REPORT, title="صحيفة: مقتل 10 في هجوم على سوق") is None


def test_an_agency_digest_of_the_papers_is_a_press_review_past_its_desk_label() -> None:
    digest = Genre("press_review", False)
    assert _genre(REPORT, title="اهتمامات الصحف الأردنية") == digest
    assert _genre(REPORT, title="عام / اهتمامات الصحف الأردنية") == digest
    assert _genre(REPORT, title="سياسي / الصحف الكويتية تتابع أزمة اللاجئين") == digest
    # A desk label before a report's own title makes no review of it.
    assert _genre(REPORT, title="عام / مقتل 10 في هجوم على سوق") is None


def test_a_piece_that_tells_in_the_present_what_people_say_is_a_feature() -> None:
    assert _genre(FEATURE) == Genre("feature_voice", True)
    # The same told in the past, as a report tells it.
    past = FEATURE.replace("يقول", "قال").replace("ويضيف", "وأضاف").replace("ويرى", "ورأى")
    assert _genre(past) is None


def test_an_article_that_asks_a_question_is_a_commentary() -> None:
    assert _genre("هل تتوقف الحرب؟ " + REPORT) == Genre("asks_questions", True)


def test_a_match_report_is_a_sports_page_and_an_attack_on_a_stadium_is_news() -> None:
    assert _genre(MATCH_REPORT) == Genre("sport_words", True)
    assert _genre(STADIUM_DESTROYED) is None


def test_a_short_piece_that_names_several_words_of_the_game_is_a_sports_page() -> None:
    assert _genre(TRANSFER_NOTE, title="مهاجم الفريق يقود هجوم النادي") == Genre("sport_words", True)


def test_a_report_of_violence_that_names_a_player_or_a_team_is_news() -> None:
    """The sport a stadium, a team or a player belongs to ("ملعب لكرة القدم"، "منتخب العراق لكرة القدم")
    is what a report of an attack on them names: counted toward many words of a match, not toward
    different ones."""
    stadium_bombed = (
        "قتل 31 شخصا وأصيب 50 آخرون في تفجير انتحاري استهدف ملعبا لكرة القدم في بلدة المحمودية جنوب"
        " بغداد خلال مباراة ودية. وكان بين القتلى اللاعب حسن كاظم."
    )
    assert _genre(stadium_bombed, title="تفجير انتحاري يستهدف ملعبا لكرة القدم جنوب بغداد") is None
    shelled = (
        "قتل اللاعب السابق في منتخب العراق لكرة القدم أحمد سالم جراء قصف مدفعي استهدف حي الجولان في"
        " مدينة الفلوجة."
    )
    assert _genre(shelled) is None


def test_a_bombing_of_a_stadium_during_a_match_gives_its_event(events_of) -> None:
    text = (
        "قتل 31 شخصا وأصيب 50 آخرون في تفجير انتحاري استهدف ملعبا لكرة القدم في بلدة المحمودية جنوب"
        " بغداد خلال مباراة ودية. وكان بين القتلى اللاعب حسن كاظم."
    )
    events = events_of(text, title="تفجير انتحاري يستهدف ملعبا لكرة القدم جنوب بغداد")
    assert [e.fatalities for e in events] == [31]


def test_the_forms_of_one_word_of_the_game_are_one_word() -> None:
    players = "وقال اللاعب إن لاعبي الفريق أنهوا التدريب، وإن اللاعبين سيسافرون غدا إلى جدة."
    assert _genre(players) is None


def test_a_long_piece_that_names_words_of_the_game_in_passing_is_no_sports_page() -> None:
    festival = (
        "وشهد المهرجان مباراة في كرة القدم بين فريقين من الأحياء، وكرم المنظمون المدرب واللاعب الأفضل. "
        + "وتضمنت فعاليات المهرجان عروضا شعبية ومسابقات للأطفال وأمسيات شعرية في الحدائق العامة. " * 25
    )
    assert _genre(festival) is None
    assert _genre(festival[: festival.index("وتضمنت")]) == Genre("sport_words", True)


def test_an_opinion_or_sport_page_is_known_by_its_url_section() -> None:
    opinion = _genre(REPORT, url="https://example.com/opinion/2019/03/12/1234")
    assert opinion == Genre("section:opinion", False)
    # A sports page may still tell a riot of its fans on a day it names.
    assert _genre(REPORT, url="https://example.com/sport/2019/03/12/1234") == Genre("section:sport", True)
    assert url_section("https://example.com/sports-news/match-report") == "sport"
    assert url_section("https://example.com/%D8%B1%D9%8A%D8%A7%D8%B6%D8%A9/55") == "sport"  # /رياضة/


def test_a_url_section_is_read_in_the_path_not_in_the_pieces_own_slug() -> None:
    assert url_section("https://example.com/news/attack-on-sports-stadium-kills-10") is None
    assert url_section("https://example.com/news/2019/03/12/1234") is None
    assert url_section(None) is None


def test_a_title_that_tells_court_proceedings_is_a_court_report() -> None:
    court_report = Genre("court_report", True)
    assert _genre(REPORT, title="بغداد تبدأ محاكمة المتهمين بتفجير سوق الشورجة") == court_report
    assert _genre(REPORT, title="ناشط يمثل أمام محكمة فرنسية بتهمة تمويل داعش") == court_report
    # A call for a trial is no court proceeding; the report under it stays a report.
    assert _genre(REPORT, title="منظمة حقوقية تطالب بمحاكمة قتلة المتظاهرين") is None


def test_a_court_report_gives_only_the_events_it_dates(events_of) -> None:
    recap = (
        "أقر متهمون بتفجير مسجد في منطقة الصوابر بمسؤوليتهم عنه في أولى جلسات المحاكمة أمس. "
        "وقد ألقي القبض على أحدهم في مدينة الجهراء، وعلى آخر في الخفجي بعد تبادل لإطلاق النار مع الشرطة."
    )
    assert events_of(recap, title="الكويت تبدأ محاكمة المتهمين بتفجير المسجد") == []
    dated = recap + " واعتقلت الشرطة الكويتية أمس الثلاثاء خمسة عناصر من تنظيم داعش في مدينة الجهراء."
    (event,) = events_of(dated, title="الكويت تبدأ محاكمة المتهمين بتفجير المسجد")
    assert event.sub_event_type == "Arrests"
