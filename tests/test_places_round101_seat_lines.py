"""Places, round 101: a list's seat tagged a person is no person's name.

The Mail on Sunday's list of Conservative MPs by constituency (dailymail.co.uk, an audit page, webpages
00d013b26c39d0f1) holds the line 'Blackpool North and Cleveleys': a recall judge marked 'Blackpool North' missed,
'Cleveleys' found. The model tags 'Blackpool North' a person, so its words went into the article's people's names
(not_places.people_names) and the seat the line's reading gave (seats._seat_line) was dropped as a word of that
name, and with it 'Blackpool South' on its own line. A whole item of a line that lists seats and nothing else is a
seat's name, no person's (not_places._town_line, seats.seat_item_spans): 'Bolton West', 'Dudley North',
'Wolverhampton South West' on the same page are seats too. A person's full name on a line that is no seat's
('Paul Maynard', 'Dudley Moore') still makes its words a person's.
"""

from __future__ import annotations

from conftest import texts_of
from test_counts_real import page_facts

MAIL = "00d013b26c39d0f1"


def test_blackpool_north_and_cleveleys_are_both_seats() -> None:
    facts = page_facts(MAIL, "Blackpool North and Cleveleys", "place")
    assert {"Blackpool North", "Cleveleys"} <= set(facts)
    assert (facts["Blackpool North"]["name"], facts["Blackpool North"]["country_code"]) == ("Blackpool", "GB")


def test_seats_alone_in_their_lines_tagged_persons() -> None:
    assert "Blackpool South" in page_facts(MAIL, "Blackpool South", "place")
    bolton = page_facts(MAIL, "Bolton West", "place")["Bolton West"]
    assert (bolton["name"], bolton["country_code"]) == ("Bolton", "GB")
    assert "Wolverhampton South West" in page_facts(MAIL, "Wolverhampton South West", "place")


def test_a_person_on_a_line_of_no_seat_stays_a_person() -> None:
    assert page_facts(MAIL, "Paul Maynard", "place") == {}
    assert texts_of("Dudley Moore\n\nDudley said the film was fun in London.", "place") == ["London"]
