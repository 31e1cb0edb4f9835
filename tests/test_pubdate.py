"""Publication dates on real pages nobody here wrote (read in place from ../shared/eval): one test per
class of error fixed in pubdate.published_date. The gold days of webpages/ are htmldate's annotations."""

from __future__ import annotations

import datetime as dt
import gzip

import pytest
from conftest import shared_path

from extractor.html import pubdate
from extractor.html.dom import parse_html
from extractor.html.metadata import PageMeta, page_title, read_metadata
from extractor.sources import decode_html


def webpage(page_id: str) -> str:
    raw = gzip.decompress(shared_path("eval", "webpages", "html", f"{page_id}.html.gz").read_bytes())
    return decode_html(raw, page_id)


def article(prefix: str) -> str:
    folder = shared_path("eval", "articles", "html")
    path = next(folder.glob(f"{prefix}*.html.gz"))
    return decode_html(gzip.decompress(path.read_bytes()), path.name)


def meta_of(html: str) -> PageMeta:
    return read_metadata(parse_html(html), None)


def test_no_date_of_its_own_takes_htmldate():
    # no meta, JSON-LD, <time>, dated URL or byline under the headline; htmldate's search finds it
    assert meta_of(webpage("06fb5dded6c75b01")).published == dt.date(2020, 3, 17)


def test_htmldate_is_given_the_tree_and_fetches_nothing(monkeypatch):
    def no_fetch(*args, **kwargs):
        raise AssertionError("htmldate tried to fetch a URL")

    monkeypatch.setattr("htmldate.utils.fetch_url", no_fetch)
    tree = parse_html(webpage("06fb5dded6c75b01"))
    before = len(list(tree.iter()))
    assert pubdate._htmldate(tree, "https://example.org/2020/03/17/story") == dt.date(2020, 3, 17)
    assert len(list(tree.iter())) == before  # htmldate prunes a copy, not the page's tree


@pytest.mark.parametrize(
    "page_id, day",
    [
        ("be9b436ea4435c5f", dt.date(2022, 1, 26)),  # "am Mittwoch, 26.01.2022 - 14:30" under the headline
        ("769c00aa635ffd4c", dt.date(2019, 8, 16)),  # "Veröffentlicht am 16.08.2019"
    ],
)
def test_day_first_dotted_dates(page_id, day):
    assert meta_of(webpage(page_id)).published == day


@pytest.mark.parametrize(
    "page_id, day",
    [
        ("44c3d626d75f3a52", dt.date(2021, 3, 20)),  # "20. März 2021 - 15:00 Uhr"
        ("6a43762e31fb378f", dt.date(2020, 12, 6)),  # "06 Dicembre 2020"
    ],
)
def test_month_names_of_other_languages(page_id, day):
    assert meta_of(webpage(page_id)).published == day


def test_byline_date_over_utc_metadata():
    # meta article:published_time 2023-11-09T06:35:29+00:00; the byline shows the publisher's day, Nov 8
    assert meta_of(webpage("26f65fe35040cb74")).published == dt.date(2023, 11, 8)


def test_time_text_over_its_utc_datetime():
    # <time datetime="2019-11-19 02:24:00 UTC">Nov 18, 2019 at 9:24 pm ET</time> under the headline
    assert meta_of(article("08f793762792")).published == dt.date(2019, 11, 18)


def test_updated_label_before_time_and_weekday_is_not_the_byline_date():
    # "Updated <time>10:01 pm PST, Tuesday, November 19, 2019</time>" is the update, not the publication
    tree = parse_html(article("5caf91b8a442"))
    body = tree.find(".//body")
    sizes = pubdate._sizes(body)
    assert pubdate._dateline_date(tree, body, sizes, page_title(tree)) == (None, False)


@pytest.mark.parametrize("page_id", ["d410bd0e466b1cbf", "ecf7599451946ab4"])
def test_only_a_modified_date_gives_no_published(page_id):
    # htmldate's answer is the page's dateModified; the page states no publication day
    tree = parse_html(webpage(page_id))
    assert pubdate._htmldate(tree, None) in pubdate._modified_dates(tree)
    assert meta_of(webpage(page_id)).published is None


def test_a_year_alone_is_not_a_day():
    # htmldate pads a lone year to January 1st (2016-01-01 here); the page was published 2010-05-19
    assert pubdate._htmldate(parse_html(webpage("47c26c55c5cff071")), None) == dt.date(2016, 1, 1)
    assert meta_of(webpage("47c26c55c5cff071")).published is None


def test_xhtml_page_with_an_xml_declaration_is_parsed():
    assert meta_of(webpage("640aad2eb1a99fc9")).published == dt.date(2020, 10, 2)


def test_russian_month_in_genitive():
    assert pubdate.parse_date("15 августа 2016, 13:43") == dt.date(2016, 8, 15)


def test_a_date_written_right_above_the_headline_over_an_update_s_metadata():
    # webpages/1103dff69988fa63: "January 19, 2020 / 12:25 PM / Updated 8 hours ago" above the headline, while its
    # datePublished is the update's instant (2020-01-20T09:49:32+0000, as dateModified); htmldate's gold 2020-01-19
    assert meta_of(webpage("1103dff69988fa63")).published == dt.date(2020, 1, 19)


@pytest.mark.parametrize(
    ("page_id", "day"),
    [
        # datePublished 2023-11-09T01:49:09Z, and in a second JSON-LD block "2023-11-08 17:49:09" (no zone)
        ("eea53f85c94a77d6", dt.date(2023, 11, 8)),
        # datePublished 2023-11-09T05:30:59Z; <time datetime="2023-11-08 23:30:59">November 8, 2023 at 11:30 p.m.
        ("9d0ff291046bd271", dt.date(2023, 11, 8)),
        # only ever UTC ("Nov. 9, 2023, 4:59 AM UTC" on the page too): the UTC day stays, as htmldate's gold has it
        ("a0ee987358912853", dt.date(2023, 11, 9)),
    ],
)
def test_a_utc_instant_the_page_also_writes_in_local_time_is_the_local_day(page_id, day):
    assert meta_of(webpage(page_id)).published == day
