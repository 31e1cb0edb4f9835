"""Places on real news (issue 17): a town's name that names a facility.

Classes: a name right before a facility's noun (jail, prison, hospital) that the gazetteer knows only as a town far
abroad is the facility's name, no place (not_places.system_names, data facility_nouns_after); a town near the
article's places before the same noun is the facility's town and stays a place.
"""

from __future__ import annotations

import json
from functools import cache

import pytest
from conftest import gold_article, place_facts, shared_path

from extractor.pipeline import build_article, parse_page
from extractor.sources import RawPage, read_path


@cache
def _page(url_part: str):
    """The pipeline's Article for the ../shared/eval webpage whose URL holds url_part."""
    manifest = shared_path("eval", "webpages", "manifest.jsonl")
    for line in manifest.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if url_part in row["url"]:
            raw = next(read_path(str(manifest.parent / row["html"])))
            assert isinstance(raw, RawPage) and raw.html is not None
            return build_article([parse_page(raw.html, raw.source)])
    pytest.skip(f"no page for {url_part}")


def test_site_named_jail_abroad_is_the_jail():
    # "One week later, Gastelum-Vera, 26, was arrested and sent to Santa Rita jail." (a Bay Area story): the jail in
    # Dublin, California, named for a ranch, not Santa Rita, Paraiba, Brazil
    art = _page("mercurynews.com/2023/11/08/another-bay-area-child")
    assert "sent to Santa Rita jail" in art.text
    assert "Santa Rita" not in place_facts(art)


def test_town_jail_near_the_story_stays_the_town():
    # "A 23-year-old man is in a Winnipeg jail on human trafficking charges": tr_news marks Winnipeg
    places = place_facts(gold_article("tr_news.jsonl", "tr-news:1010005"))
    assert places["Winnipeg"].country_code == "CA"
