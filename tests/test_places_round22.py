"""Places, round 22: a coin toss between far-apart namesakes is no place (issue 17).

'Found ... in the jungle of Bethany on the Essequibo Coast': the gazetteer knows only American Bethanys, and
Oregon's (20,646 people) beat Oklahoma's (19,589) by size alone, with nothing in the Guyanese story backing either.
A small town whose pick nothing in the article backs, with a namesake far away scoring about as well, is dropped
(find/places/resolve.py _coin_toss); a pick the sizes settle ('Brookhaven Police Department', Georgia's city six
times Pennsylvania's town) stays."""

from __future__ import annotations

from conftest import eval_facts

from extractor.find.places.resolve import TOSS_MARGIN

BETHANY_PAGE = ("webpages", "d85c162b4c339280")  # a Guyanese paper: a hunter found dead near Bethany
JAMAICA_PAGE = ("webpages", "9dceda8b6f8f1820")  # a Jamaican paper: crash victims identified
BROOKHAVEN_PAGE = ("webpages", "08799de369b59826")  # an Atlanta site: a gas leak in Brookhaven


def places_named(page: tuple[str, str], text: str) -> list[tuple[str | None, str | None]]:
    """(country_code, gazetteer_id) of each place fact of a saved page whose text is the given one."""
    return [
        (f["country_code"], f["gazetteer_id"]) for f in eval_facts(*page) if f["kind"] == "place" and f["text"] == text
    ]


def test_a_village_the_gazetteer_knows_only_by_far_namesakes_is_no_place() -> None:
    # 'found with gunshot wounds in the jungle of Bethany on the Essequibo Coast': not Bethany, Oregon
    assert places_named(BETHANY_PAGE, "Bethany") == []


def test_a_town_whose_namesakes_abroad_nothing_backs_is_no_place() -> None:
    # 'Heather Grant, 33, of Christiana, Manchester': Jamaica's village, not Christiana, South Africa
    assert places_named(JAMAICA_PAGE, "Christiana") == []


def test_a_town_far_bigger_than_its_namesakes_stays() -> None:
    # 'Brookhaven Police Department reported': Brookhaven, Georgia (geonames:4184530), no coin toss
    assert ("US", "geonames:4184530") in places_named(BROOKHAVEN_PAGE, "Brookhaven")
    assert TOSS_MARGIN < 0.8  # Brookhaven, Pennsylvania scores 0.81 below it
