"""Places on real news (issue 17, round 90): a town's name opening a venue's name is the venue's.

'Aug. 8 -- Hollywood Casino Amphitheatre - Chicago, Tinley Park, IL' (billboard.com, a tour's dates): the model
tagged 'Hollywood' alone, and it was Hollywood, California; the venue stands in Tinley Park. A place's name right
before a capitalised venue head (data venue_heads: 'Casino', 'Amphitheatre', 'Arena', ...) begins the venue's name
(not_places.inside_name); the guide's places are no venues. Alone, or before another noun, the town stays.
"""

from __future__ import annotations

from conftest import texts_of


def test_town_opening_venue_name_is_no_place():
    text = "Aug. 8 -- Hollywood Casino Amphitheatre - Chicago, Tinley Park, IL"
    assert "Hollywood" not in texts_of(text, "place")
    assert "Tinley Park" in texts_of(text, "place")


def test_town_alone_stays():
    assert texts_of("The band moved to Hollywood in 1975 and toured the country.", "place") == ["Hollywood"]
