"""Places, round 94: the Rukban camp is in Syria (places.json regions, a hand-kept entry with its _note).

'Simpson suggested the most likely reason Rukban residents are refusing to leave the camp is fear of Syrian
retribution.' (polygraph.info fact check, Russia, the US, al-Tanf and Rukban; judged wrong in four sessions):
GeoNames' cities500 files the camp (geonames:11428685) in Jordan, while it lies on the Syrian side of the berm at the
Syria-Jordan border. The camp's own entry, at GeoNames' point, carries Syria's code; the page's Jordan stays Jordan.
"""

from __future__ import annotations

from test_places_round20 import named_on
from test_places_round28_recall import RUKBAN_PAGE


def test_rukban_is_the_camp_in_syria() -> None:
    found = named_on(RUKBAN_PAGE, "reason Rukban residents are refusing to leave the camp")
    assert ("Rukban", "Rukban", "region", "SY") in found


def test_jordan_beside_the_camp_stays_jordan() -> None:
    # the near sentence: the camp's neighbour country keeps its own code
    found = named_on(RUKBAN_PAGE, "near Syria’s border with Jordan")
    assert ("Jordan", "Jordan", "country", "JO") in found
    assert ("Rukban", "Rukban", "region", "SY") in found
