"""Places on real news (issue 17): a name the article calls a place, unknown to the gazetteer, after 'in' elsewhere.

Class: 'tourists were marooned in Uglii as a result.' (tagged an organisation) gave no place, though 'The city of
Uglii was closed' in the same article gives the city, unresolved (entity_mentions._designated_unknown): _rescued reads
an organisation's span only where the gazetteer knows the name, and worth_keeping drops an unknown name with no
designator. A whole entity the gazetteer does not know, right after a locative preposition, whose name the article
calls a place elsewhere (votes) is that place (entity_mentions._voted_unknown), and takes the kind its designated
mention gives (not_places.share_unknown_kinds). Judged missed in the session's recall audit (r534). Not a name the
article never calls a place, nor a longer organisation's name that opens with it.
"""

from __future__ import annotations

from conftest import rows_of

# articles/html 8b194530… (a story of bubonic plague in Mongolia), two paragraphs quoted as in the page text
MAROONED = "American, Dutch, German, Swedish, Swiss, and South Korean tourists were marooned in Uglii as a result."
CLOSED = "The city of Uglii was closed earlier this year due to some plague-contaminated marmots"


def test_name_the_article_designates_elsewhere():
    rows = rows_of(f"{MAROONED}\n\n{CLOSED}", "place", "name", "place_type")
    assert rows == [("Uglii", "Uglii", "city"), ("Uglii", "Uglii", "city")]


def test_not_without_the_article_calling_it_a_place():
    assert rows_of(MAROONED, "place") == []


def test_not_a_longer_name_opening_with_it():
    text = f"{CLOSED}.\n\nInvestors put money in Uglii Holdings Ltd as a result."
    assert rows_of(text, "place", "start_char") == [("Uglii", 12)]
