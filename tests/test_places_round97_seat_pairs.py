"""Places on real news (issue 17, round 97): a UK seat named for two places ('A and B') keeps each known half.

Class (recall audit, seed 20261594): 'Hereford and South Herefordshire' gave only 'South Herefordshire' and 'MP for
Haltemprice and Howden' gave nothing. In a list's line of seats an item that is compass words before a county's own
name ('South Herefordshire', 'North Essex', 'Mid Kent') now counts as a known item of its country and pins its
partner (seats._seat_item); after a representative's title and 'for' or 'the seat of', each item the gazetteer knows
is a place, an unknown one ('Haltemprice', a former district) none (seats._pair_items). Source: the Daily Mail's
list of Tory MPs in ../shared/eval/webpages ('Chef-Jamie-Oliver-joins'), a seat's line followed by its MP's name;
the sentences put that line's seat after the MP's title as news writes it. The audit guide counts each place of a
seat's name. Near cases: a line with an item the gazetteer does not know ('Hertford and Stortford') stays unread;
one country's two-part name ('Trinidad and Tobago') stays one place; a lawyer's client after 'representing' is no
seat.
"""

from __future__ import annotations

from conftest import rows_of, webpage_article


def _seat_places(line: str) -> dict[str, object]:
    art = webpage_article("Chef-Jamie-Oliver-joins")
    return {f.text: f for f in art.facts or [] if f.kind == "place" and f.sentence == line}


def test_seat_line_with_a_county_part_keeps_its_town():
    places = _seat_places("Hereford and South Herefordshire")
    assert set(places) == {"Hereford", "South Herefordshire"}
    assert places["Hereford"].country_code == "GB" and abs(places["Hereford"].lat - 52.06) < 0.1


def test_seat_line_with_an_unknown_item_stays_unread():
    # 'Stortford' (Bishop's Stortford) is no town of that own name: the line may be no list of towns
    assert _seat_places("Hertford and Stortford") == {}


def test_seat_pair_after_a_title_gives_each_half():
    rows = rows_of("Jesse Norman, MP for Hereford and South Herefordshire, said so.", "place", "country_code")
    assert rows == [("Hereford", "GB"), ("South Herefordshire", "GB")]


def test_seat_pair_with_an_unknown_half_keeps_the_known_town():
    rows = rows_of("David Davis, MP for Haltemprice and Howden, said so.", "place", "country_code")
    assert rows == [("Howden", "GB")]


def test_country_named_for_two_stays_whole():
    rows = rows_of("He is the Senator for Trinidad and Tobago.", "place", "name")
    assert rows == [("Trinidad and Tobago", "Trinidad and Tobago")]


def test_client_after_representing_is_no_seat():
    assert rows_of("They are lawyers representing Smith and Wesson.", "place", "name") == []
