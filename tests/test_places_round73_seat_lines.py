"""Places on real news (issue 17): a list of electoral seats, one a line.

Class: a town's own name alone in its line that the model tagged a person ('Sutton Coldfield') is the town's, so its
words are no person's full name and a list's item elsewhere keeps its town ('Sutton' of 'Sutton and Cheam':
not_places.people_names, _town_line).
"""

from __future__ import annotations

import json
from functools import cache

import pytest
from conftest import shared_path

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


def test_seat_item_beside_a_town_line_tagged_a_person():
    # the Daily Mail's list of Tory MPs: lines 'Sutton and Cheam' and 'Sutton Coldfield', the latter tagged a person
    art = _page("Chef-Jamie-Oliver-joins")
    places = {f.text: f for f in art.facts or [] if f.kind == "place" and f.sentence == "Sutton and Cheam"}
    assert set(places) == {"Sutton", "Cheam"}
    assert places["Sutton"].country_code == "GB" and abs(places["Sutton"].lat - 51.36) < 0.1
