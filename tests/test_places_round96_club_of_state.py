"""Places, round 96: a place after 'of' in a club's or a company's registered name is no place.

"The Allendale Woman’s Club of New Jersey, Inc. is a 501(c)(3) non-profit corporation and a member of The NJ State
Federation of Women’s Clubs" (news_gold geowebnews:134): 'New Jersey' was read a place, since a state's name after
'Club of' was kept as the area a body serves. A possessive before the club's head names its members (a private
association), and a comma and a corporate designator ('Inc.', 'LLC', 'Ltd.') close a company's registered name: the
place is the name's (audit guide: names inside names; institutions.town_in_club_name, data corporate_designators).
GeoWebNews marks this 'New Jersey' a core place; the audit guide rules. A state after a club's head with neither stays
('the Culinary Institute of America' is left as it was).
"""

from __future__ import annotations

from conftest import rows_of
from test_counts_real import corpus_line


def _sentence(line: str, opening: str) -> str:
    start = line.index(opening)
    return line[start : line.index(".", line.index("non-profit")) + 1]


def test_club_of_new_jersey_inc_is_no_place() -> None:
    line = corpus_line("geowebnews.jsonl", "Allendale Woman’s Club of New Jersey, Inc.")
    sentence = _sentence(line, "The Allendale Woman’s Club of New Jersey")
    assert "New Jersey" not in [row[0] for row in rows_of(sentence, "place")]


def test_a_possessive_club_and_an_incorporated_name_hold_their_place() -> None:
    assert "Ohio" not in [r[0] for r in rows_of("The Farmers' Club of Ohio met on Monday.", "place")]
    assert "Ohio" not in [r[0] for r in rows_of("Acme Widgets of Ohio, Inc. filed for bankruptcy.", "place")]


def test_a_state_after_a_club_without_either_stays() -> None:
    # the near sentences: no possessive, no designator; and a state named apart from a company's name
    assert "Texas" in [r[0] for r in rows_of("The Rotary Club of Texas held a fundraiser.", "place")]
    assert "Ohio" in [r[0] for r in rows_of("Acme Widgets, Inc. moved to Ohio last year.", "place")]
