"""Date classes of round 24 (second helper) over the facts of main at 7138d59 on the audit pages: a future told with
"going to", "the day" as a stretch of hours or a day a clause defines, a quote's deictic said on a stated day,
"the next day" from the day stated just before (null with none). Each case is a sentence of a saved page in
../shared/eval, read in place (whole pages through the pipeline, or one sentence with the page's date), and
the date a careful reader expects there, or none. Each failed before its rule."""

from __future__ import annotations

import datetime as dt
import gzip

from conftest import dates_on, shared_path
from test_counts_real import corpus_line

import extractor

KBS_PAGE = ("webpages", "4dc58a9b6419793a")  # a cold snap, 2023-11-07
CORK_PAGE = ("webpages", "2fc951f9a1ecac76")  # a live blog, 2020-10-06
VOYAGER_PAGE = ("webpages", "17ea04ee23ee357b")  # a record review, 2020-02-21
BREWERY_PAGE = ("webpages", "ce5be1ee6a00a5c8")  # "In 2013, the year RateBeer declared ..."
THOUGHT_PAGE = ("webpages", "d58831380114da84")  # AP's "Today in History", 2009-04-07
SKIMMING_PAGE = ("webpages", "97a5ee44d0d06acf")  # "Last Thursday ... The next morning", 2020-10-28
PLUMBER_PAGE = ("webpages", "013c29ec6b30cc66")  # "on December 27 ... at 8pm the next day" (2010)
EPSTEIN_PAGE = ("articles", "c58aa507c4deebd660f69905f9abb8f96d935f6e7210f597ed4cd32b3f39f7f7")  # 2019-11-19
MARKETS_PAGE = ("articles", "57d46c9d751e3fd3ffaf3ede7ac20cebd30eacb5ea78e1a6aa0a72059244e7ca")  # 2019-11-19


def _page_line(page: tuple[str, str], marker: str) -> str:
    """The text of a saved page around a marker, tags dropped (for a sentence the pipeline leaves out of its body)."""
    path = shared_path("eval", page[0], "html", f"{page[1]}.html.gz")
    html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
    at = html.index(marker)
    return html[html.rindex(">", 0, at) + 1 : html.index("<", at)]


def _dates(text: str, ref: dt.date) -> list[tuple[str, str | None]]:
    return [(f.text, f.value) for f in extractor.extract_text(text, reference_date=ref).facts if f.kind == "date"]


def test_going_to_with_a_passive_infinitive_looks_ahead():
    # the judged sentence (its page is not in ../shared/eval, and no page there has this parse): the parse
    # hangs "to" on the passive "be", so "is going to be closed" read as no tense and Friday as the one before
    assert _dates("The bridge is going to be closed Friday.", dt.date(2020, 10, 6)) == [("Friday", "2020-10-09")]
    # "gonna" is split "gon na": a future as "going to" is
    assert _dates("We're gonna close it Friday.", dt.date(2020, 10, 6)) == [("Friday", "2020-10-09")]
    # webpages/15de65eb256df2dd (jis.gov.jm, 2022-04-26, a Tuesday): "to" on "held" there, right before and after
    line = _page_line(("webpages", "15de65eb256df2dd"), "going to be held on Thursday")
    sentence = line[line.index("Also, there is a leadership seminar") :].split(". ")[0] + "."
    assert _dates(sentence, dt.date(2022, 4, 26)) == [("Thursday", "2022-04-28")]


def test_a_past_going_to_stays_unknown():
    # "was going to": planned in the past, for either side (the rule does not touch it)
    got = _dates("He said the bridge was going to be closed Friday.", dt.date(2020, 10, 6))
    assert got == [("Friday", "2020-10-02")]


def test_the_day_after_a_span_word_is_a_generic_time_even_after_a_named_day():
    got = dates_on(*KBS_PAGE, "wearing layers throughout the day")
    assert ("Tuesday", "2023-11-07") in got and [t for t, _ in got if t == "the day"] == []
    assert dates_on(*CORK_PAGE, "as clearly as possibly over the day") == []
    assert dates_on(*CORK_PAGE, "Thanks for following our live blog") == []


def test_the_day_a_clause_without_that_defines_is_no_date():
    assert dates_on(*VOYAGER_PAGE, "anniversary of the day NASA") == []


def test_the_year_set_off_after_its_year_stays():
    assert dates_on(*BREWERY_PAGE, "In 2013, the year RateBeer") == [("2013", "2013"), ("the year", "2013")]


def test_a_column_heading_for_today_is_no_date():
    assert dates_on(*THOUGHT_PAGE, "A THOUGHT FOR TODAY") == []


def test_a_quote_s_deictic_counts_from_the_day_it_was_said():
    # news_gold/tr_news.jsonl (tr-news:1010011, no page date: read as of Monday 2020-10-12): '"... then I'd probably
    # be dead today, and that's thanks to treatment," said Mather, 22, on Saturday from the steps of ...'
    line = corpus_line("tr_news.jsonl", "then I'd probably be dead today")
    sentence = line[line.index('"If I didn') : line.index("Art Gallery.") + len("Art Gallery.")]
    # round 78: that "today" is a counterfactual's (the present as it would stand had the past gone otherwise), no
    # day, as the judged audit marked it (date_figurative.counterfactual_today); a quote's real day still counts
    assert _dates(sentence, dt.date(2020, 10, 12)) == [("Saturday", "2020-10-10")]
    said = sentence.replace(
        "If I didn't choose to get clean when I did, then I'd probably be dead today", "We vote today"
    )
    assert _dates(said, dt.date(2020, 10, 12)) == [("today", "2020-10-10"), ("Saturday", "2020-10-10")]
    # the deictic before the reporting clause that names the day; said the day before a page of 2020-10-07
    got = _dates("“The bridge will close tomorrow,” the mayor said Tuesday.", dt.date(2020, 10, 7))
    assert got == [("tomorrow", "2020-10-07"), ("Tuesday", "2020-10-06")]
    got = _dates("“The bridge will close tomorrow,” the mayor said.", dt.date(2020, 10, 7))
    assert got == [("tomorrow", "2020-10-08")]


def test_the_next_morning_is_the_day_after_the_day_stated_before():
    assert dates_on(*SKIMMING_PAGE, "The next morning police carried out") == [("The next morning", "2020-10-23")]
    assert dates_on(*PLUMBER_PAGE, "at 8pm the next day") == [
        ("December 27", "2010-12-27"),
        ("the next day", "2010-12-28"),
    ]


def test_the_next_day_with_no_day_stated_before_has_no_value():
    # webpages/7282377e87cc5701 (a blog post of 2015-06-08): no day stated before it
    assert dates_on("webpages", "7282377e87cc5701", "The next morning with a clearer head") == [
        ("The next morning", None)
    ]
    # a bare "the day after" keeps the reference date's next day (Recognizers' suite: "What's your plan for the day
    # after?")
    assert _dates("He left the day after.", dt.date(2015, 6, 8)) == [("the day after", "2015-06-09")]


def test_a_clock_time_is_no_second_day_of_a_range():
    got = dates_on(*EPSTEIN_PAGE, "no inmate checks were made from 10:30 p.m. Aug. 9")
    assert got == [("Aug. 9", "2019-08-09"), ("the following morning", "2019-08-10")]


def test_the_day_of_a_level_compared_with_anchors_no_later_the_day():
    assert dates_on(*MARKETS_PAGE, "down 0.21% on the day") == [("the day", "2019-11-19")]
