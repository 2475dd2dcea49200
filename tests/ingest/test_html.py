from __future__ import annotations

import datetime as dt

import pytest

from rasd.errors import Code, InputError
from rasd.ingest.html import article_from_html
from rasd.ingest.records import content_id
from tests.ingest.site import fixture

URL = "https://news.example/a/77"
TITLE = "محتجون يغلقون الطريق الرئيسية في صفاقس"
LEAD = "أغلق مئات المحتجين صباح الأربعاء الطريق الرئيسية المؤدية إلى ميناء صفاقس"
BOILERPLATE = ["الرئيسية</a>", "اشترك في النشرة", "الأكثر قراءة", "أسعار الخضر", "جميع الحقوق", "اتصل بنا"]


def test_page_gives_title_text_date_outlet_and_url() -> None:
    article, warnings = article_from_html(fixture("article.html"), "page.html", URL)
    assert (article.title, article.published, article.outlet, article.url, article.source) == (
        TITLE,
        dt.date(2023, 6, 14),
        "وكالة الأنباء التجريبية",
        URL,
        "page.html",
    )
    assert article.text.startswith(LEAD) and article.text.count("\n") == 3
    assert article.id == content_id(article.title, article.text) and warnings == []


def test_menus_footer_and_repeated_headline_are_not_in_the_text() -> None:
    article, _ = article_from_html(fixture("article.html"), "page.html", URL)
    assert [phrase for phrase in BOILERPLATE if phrase in article.text] == []
    assert TITLE not in article.text


def test_same_page_gets_the_same_id_wherever_it_is_read_from() -> None:
    first, _ = article_from_html(fixture("article.html"), "page.html", URL)
    again, _ = article_from_html(fixture("article.html").decode(), "https://mirror.example/x")
    assert first.id == again.id


def test_page_without_metadata_falls_back_to_the_hostname_and_no_date() -> None:
    article, _ = article_from_html(fixture("untitled.html"), URL, URL)
    assert (article.title, article.published, article.outlet) == ("", None, "news.example")
    assert article.text.startswith("قتل شخصان")


@pytest.mark.parametrize(
    "page",
    [
        b"",
        b"<html><head><title>x</title></head><body></body></html>",
        "<html><body><h1>عنوان فقط</h1></body></html>",
    ],
)
def test_page_without_article_text_is_refused(page: bytes | str) -> None:
    with pytest.raises(InputError) as caught:
        article_from_html(page, "page.html")
    assert caught.value.code == Code.INPUT_NO_ARTICLE


def test_declared_charset_is_honoured() -> None:
    text = "<p>اندلعت اشتباكات عنيفة بين مجموعتين مسلحتين في حي سكني جنوب طرابلس مساء الخميس.</p>"
    meta = f'<html><head><meta charset="windows-1256"></head><body><article>{text}</article></body></html>'
    plain = f"<html><body><article>{text}</article></body></html>"
    from_meta, _ = article_from_html(meta.encode("cp1256"), "a.html")
    from_http, _ = article_from_html(plain.encode("cp1256"), "b.html", charset="windows-1256")
    assert from_meta.text == from_http.text == text[3:-4]


@pytest.mark.issue(14)
@pytest.mark.parametrize(
    "page",
    [
        "<html><body><nav>home news sports contact about us</nav></body></html>",
        "<html><body><nav><a href='/'>الرئيسية</a> <a href='/n'>أخبار</a></nav>"
        "<footer>جميع الحقوق محفوظة</footer></body></html>",
    ],
)
def test_a_page_of_menus_only_has_no_article_rather_than_a_foreign_one(page: str) -> None:
    with pytest.raises(InputError) as caught:
        article_from_html(page.encode(), "menu.html")
    assert caught.value.code == Code.INPUT_NO_ARTICLE
