"""Places, round 70: a name written with a country or a state after it, alone or as the head of a longer name,
that the gazetteer knows only far away from that area (issue 17; areas.placed_away). The place meant is one the
gazetteer lacks: every mention of the name in the article is a place, unresolved, not a namesake abroad ('the
Newcastle Hill Station, St Andrew, Jamaica' on a Jamaican government page: no Newcastle upon Tyne). Tested on a real
page read whole from ../shared/eval."""

from __future__ import annotations

from conftest import eval_facts

JAMAICA_PAGE = "15de65eb256df2dd"  # a Jamaican government site's story about the Newcastle hill station


def test_a_name_written_with_a_home_parish_is_no_town_abroad() -> None:
    # 'The home of IOTP is the Caribbean Military Academy (CMA) Newcastle, which is located at the Newcastle Hill
    # Station, St Andrew, Jamaica.' ... 'The British government paid £4,230 for the Newcastle site.'
    newcastle = [f for f in eval_facts("webpages", JAMAICA_PAGE) if f["kind"] == "place" and f["text"] == "Newcastle"]
    assert len(newcastle) >= 5
    assert all(f.get("country_code") is None and f.get("lat") is None for f in newcastle)


def test_the_areas_own_places_stay_resolved() -> None:
    facts = eval_facts("webpages", JAMAICA_PAGE)
    parish = [f for f in facts if f["kind"] == "place" and f["text"] == "St Andrew"]
    assert parish and all(f["country_code"] == "JM" for f in parish)
