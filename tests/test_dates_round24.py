"""Date classes of round 24 over the facts of main at 2eb18a4 on the audit pages (base24): each case is a sentence
of a saved page or corpus text in ../shared/eval, read in place and run through the whole pipeline, and the date a
careful reader expects there, or none. Each failed before its rule."""

from __future__ import annotations

import datetime as dt
import gzip

from conftest import dates_on, shared_path
from test_counts_real import corpus_line

import extractor

SPH_PAGE = ("webpages", "377444278076ec62")  # SPH's results "for the full year ended Aug 31" (2020)
GDP_PAGE = ("webpages", "6a259c172b43829f")  # an Indian GDP forecast: no year end stated


def test_a_fiscal_year_written_fy_and_its_number_is_the_stated_year_of_accounts():
    # "FY20" was no date at all; with the year end stated (Aug 31) it is September 2019 to August 2020
    assert dates_on(*SPH_PAGE, "the total dividend payout for FY20 will be") == [("FY20", "2019-09/2020-08")]
    assert dates_on(*SPH_PAGE, "special dividend of one cent for FY19") == [("FY19", "2018-09/2019-08")]


def test_a_fiscal_year_written_fy_without_a_stated_end_is_the_articles_countrys_never_the_calendars():
    # no stated end, but the title names "India's FY21": India's year of accounts (April to March), never the
    # calendar year (date_fiscal._article_country)
    facts = [
        (f.text, f.value, f.granularity)
        for f in _article(GDP_PAGE).facts
        if f.kind == "date" and "decadal low of 5 per cent for FY20" in f.sentence
    ]
    assert facts == [("FY20", "2019-04/2020-03", "month")]


def _article(page: tuple[str, str]) -> extractor.Article:
    path = shared_path("eval", page[0], "html", f"{page[1]}.html.gz")
    return extractor.extract_html(gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace"), str(path))


def test_a_split_fiscal_year_written_fy_stays_no_date():
    # articles/65408257...: "a strong earnings recovery over FY2020-22" spans years of accounts: no date
    assert extractor.extract_text("Street's expectations of a strong earnings recovery over FY2020-22.").facts == []


HANUKKAH_SONG_PAGE = ("webpages", "150d8b2c4e800510")  # a Hanukkah song and a holiday special, 2020-12-12


def test_a_holiday_that_begins_a_show_s_title_is_no_date():
    # "... a holiday special in the vein of Christmas at Pee-wee's Playhouse that Sklar plans to release on
    # Christmas.": the show's "Christmas" goes, the release day stays
    got = dates_on(*HANUKKAH_SONG_PAGE, "in the vein of Christmas at Pee-wee's Playhouse")
    assert got == [("Christmas", "2020-12-25")]


def test_a_holiday_before_a_place_stays_a_date():
    # the rule needs "of" on a word that is no time of the holiday: these are days of it
    for text in ("Trump will spend Christmas at Mar-a-Lago.", "They met the week of Christmas at Mar-a-Lago."):
        assert [f.text for f in extractor.extract_text(text).facts if f.kind == "date"] == ["Christmas"], text


def test_an_offset_forward_on_a_process_is_how_long_it_takes():
    # tr_news: "The donor's liver will regenerate in 12 weeks, but Dr. Lilly says ..." (a duration, no day)
    text = corpus_line("tr_news.jsonl", "liver will regenerate in 12 weeks")
    assert [f.text for f in extractor.extract_text(text).facts if f.kind == "date"] == []


def test_an_offset_forward_on_an_event_stays_a_date():
    # news_gold/geowebnews.jsonl ("work will start in 10 days") and webpages/d681f579c41da7a4 ("reevaluated")
    for text in (
        "The Mexican government announced Monday that work will start in 10 days to improve Tijuana's sewage.",
        "He says the measure will be reevaluated in two weeks.",
    ):
        assert any(f.text.startswith("in ") for f in extractor.extract_text(text).facts if f.kind == "date"), text


FENTANYL_PAGE = ("webpages", "eea53f85c94a77d6")  # a page of Wednesday 2023-11-08, 5:49 p.m. Pacific


def test_a_passive_infinitive_takes_the_tense_of_its_governor():
    # "She is scheduled to be arraigned Thursday morning, though ... as of early Wednesday afternoon.": the coming
    # Thursday (read as the past one once the page's day was right, a passive infinitive having no tense of its own)
    assert dates_on(*FENTANYL_PAGE, "scheduled to be arraigned") == [
        ("Thursday", "2023-11-09"),
        ("early Wednesday", "2023-11-08"),
    ]


def test_a_passive_infinitive_after_an_adjective_keeps_its_clause_s_past():
    # articles (bbc.com, 2019-11-19): "Assange was due to be released from HMP Belmarsh in September ..."
    text = "Assange was due to be released from HMP Belmarsh in September after serving the custody period."
    facts = extractor.extract_text(text, reference_date=dt.date(2019, 11, 19)).facts
    assert [(f.text, f.value) for f in facts if f.kind == "date"] == [("September", "2019-09")]
