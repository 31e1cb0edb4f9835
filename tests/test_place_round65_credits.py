"""Places, round 65 of issue 17: a name that ends a line after a quoted title and a dash is the work's credit, its
band or author, not a place ('“One Man Band” – Old Dominion' in a list of awards is the band, no nickname of
Virginia: persons.signature), as a name alone after a dash on its line signs what goes before ('—Charlotte')."""

from __future__ import annotations

from conftest import text_facts

# an audit page (cbslocal.com, the 55th ACM awards' winners): the singles of the year, each a song and its artist
SINGLES = (
    "SINGLE OF THE YEAR [Awarded to Artist(s)/Producer(s)/Record Company–Label(s)]\n\n"
    "“God’s Country” – Blake Shelton\n\nProducer: Scott Hendricks\n\nRecord Label: Warner Bros. (Nashville)\n\n"
    "“One Man Band” – Old Dominion\n\nProducer: Shane McAnally\n\nRecord Label: RCA Records Nashville\n\n"
    "“Rainbow” – Kacey Musgraves\n\nProducers: Ian Fitchuk, Kacey Musgraves"
)


def test_name_after_a_quoted_title_and_a_dash_is_the_credit():
    assert "Old Dominion" not in [f.text for f in text_facts(SINGLES, "place")]


def test_place_of_the_label_line_stays():
    assert "Nashville" in [f.text for f in text_facts(SINGLES, "place")]
