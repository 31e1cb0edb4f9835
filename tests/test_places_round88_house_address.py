"""Places on real news (issue 17): the town after a street address's comma ('at 201 E. Nine Mile, Ferndale.').

Class: 'The other Mezcal Mexican is at 201 E. Nine Mile, Ferndale.' gave no place: rescue.body_address reads a town
after a body's or a building's name, or a street's that closes on a street word ('Dunnock Close'), and locals leave
the word out ('Nine Mile' for Nine Mile Road). 'at', a house number and one to four capitalised words are a street
address whatever the street's word (rescue.house_address), so the town after its comma, closing the clause, is the
address's: still a guess resolve.in_context keeps only beside the article's places (here Detroit's). The street's name
is then no town listed with it (lists._name_spans: 'at 1200 Woodward, Royal Oak' is no Woodward, Oklahoma), and a
number after no 'at' is no house's. Judged missed in the session's recall audit (r534).
"""

from __future__ import annotations

from conftest import rows_of, texts_of

# webpages f3e0ef628b6bedfd (Detroit Metro Times, a Mexican restaurant's review), quoted as in the page text
PAGE = (
    "Detroit’s Mezcal restaurant goes beyond familiar Mexican fare\n\n"
    "Guanajuato natives José Granados and Sandra Haro are making the most of this moment that mezcal’s having with "
    "their eponymous spots in Ferndale, which launched in 2022, and Midtown, which opened in the former Savant space "
    "over the summer.\n\n"
    "The other Mezcal Mexican is at 201 E. Nine Mile, Ferndale. Its menu as of this writing was quite different from "
    "Midtown’s."
)


def test_town_after_a_house_address():
    rows = rows_of(PAGE, "place", "start_char", "name", "country_code")
    ferndale = [r[1:] for r in rows if r[0] == "Ferndale"]
    at = PAGE.index("Mile, Ferndale") + len("Mile, ")
    assert ferndale == [(PAGE.index("in Ferndale") + 3, "Ferndale", "US"), (at, "Ferndale", "US")]


def test_the_street_is_no_listed_town():
    text = "The shop is at 1200 Woodward, Royal Oak. It is near Detroit."
    assert texts_of(text, "place") == ["Royal Oak", "Detroit"]


def test_no_house_number_without_at():
    # 'near' a number and a name is no address the rule reads ('near 201 E. Nine Mile' may be a distance's words)
    assert texts_of("We ate in Detroit. The shop is near 201 E. Nine Mile, Ferndale.", "place") == ["Detroit"]


def test_with_at_in_the_same_text():
    assert texts_of("We ate in Detroit. The shop is at 201 E. Nine Mile, Ferndale.", "place") == ["Detroit", "Ferndale"]
