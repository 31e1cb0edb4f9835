"""Places, round 47: a sentence that opens with 'In' and a town is about that town, and a name it writes as a part
of a town ('the Binhai new district') lies in it: its sense near the town, or it sits at the town's point where the
gazetteer knows none near (areas._framed_parts, read by areas.near_neighbours). Each test reads a real page of
../shared/eval."""

from __future__ import annotations

from conftest import eval_facts, km


def test_a_district_in_a_sentence_opened_by_its_city_sits_at_the_city() -> None:
    # ../shared/eval/webpages/html/d681f579c41da7a4.html.gz (hutchnews, 2020-11-23): 'In Tianjin, health workers
    # have collected more than 2.2 million samples for testing from residents in the Binhai new district': Tianjin's
    # Binhai New Area, not Jiangsu's Binhai County (the gazetteer's only Binhai), 600 km south
    facts = [f for f in eval_facts("webpages", "d681f579c41da7a4") if f["kind"] == "place" and f["text"] == "Binhai"]
    assert facts
    for f in facts:
        assert f["country_code"] == "CN"
        assert km(f["lat"], f["lon"], 39.13, 117.2) < 50  # Tianjin
