"""Places on real pages (issue 17, round 89): a nominee's line on an awards list and a review's author's stamp.

The ACM awards winners page (sanfrancisco.cbslocal.com, 2020-09-16) lists each category's nominees a line each under
its heading in capitals: 'GROUP OF THE YEAR', then 'Lady Antebellum', 'Little Big Town', 'Midland', 'Old Dominion':
'Midland' was Midland, Texas, 'Old Dominion' Virginia. A name alone on its line under an award's category heading
is a nominee's (persons.nominee_line); under a heading of places ('CITY OF THE YEAR') it stays a place, and so do the
venues' towns on that page's industry lists ('The Colosseum at Caesars Palace – Las Vegas, Nev.').
'... on terms of affectionate intimacy. Charlotte 2019-07-19t00:00:00z very welcoming hosts, everything went very
well' (optimussearch.com.ph, spam reviews): a name at a sentence's start right before an ISO date-time stamp is a
review's author (persons.reviewer_stamp); 'reached Charlotte 2019-07-19 at noon' (a date, no stamp) stays the city.
"""

from __future__ import annotations

from conftest import texts_of, webpage_article


def _page_places(url_part: str) -> list[str]:
    return [f.text for f in webpage_article(url_part).facts or [] if f.kind == "place"]


def test_band_names_under_an_award_heading_are_no_places():
    places = _page_places("55th-acm-awards-winners-list")
    assert "Midland" not in places and "Old Dominion" not in places
    assert "Las Vegas" in places and "Tulsa" in places


def test_names_under_a_heading_of_places_stay():
    assert texts_of("CITY OF THE YEAR\n\nMidland\n\nOdessa\n", "place") == ["Midland", "Odessa"]


def test_a_reviewers_name_before_a_time_stamp_is_no_place():
    text = (
        "The two men were on terms of affectionate intimacy. Charlotte 2019-07-19t00:00:00z very welcoming hosts, "
        "everything went very well, access to the pool is easy and the layout is very nice."
    )
    assert texts_of(text, "place") == []


def test_a_town_before_a_plain_date_stays():
    assert texts_of("The storm reached Charlotte 2019-07-19 at noon.", "place") == ["Charlotte"]
