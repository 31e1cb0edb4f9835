"""Places on real news (issue 17, round 88): a bare state's name that is a world city's own name is the city.

'dominant para-swimmer Aurelie Rivard, who won three gold medals in Rio de Janeiro' (tr-news:1010019, the 2016
Games) was the state of Rio de Janeiro: its point, a rough centre, lies 123 km from the city, beyond the 100 km
within which a subdivision 'surrounds' a big city of its name (resolve._surrounds). A world city of the very name in
the subdivision's country that holds a good share of its people (resolve.CITY_SHARE of the subdivision's prior) is
the city meant wherever the point lies; a city small beside its province ('Jilin', 41.5 million against 1.9) leaves
the bare name the province's, and a designator keeps the state ('Rio de Janeiro state').
"""

from __future__ import annotations

from conftest import gold_sentence_places, rows_of


def test_gold_medals_in_rio_de_janeiro_are_the_city():
    places = gold_sentence_places("tr_news.jsonl", "tr-news:1010019", "won three gold medals in Rio de Janeiro")
    assert places["Rio de Janeiro"].place_type == "city" and places["Rio de Janeiro"].country_code == "BR"


def test_rio_de_janeiro_state_stays_the_state():
    rows = rows_of("Floods hit Rio de Janeiro state on Monday.", "place", "place_type")
    assert rows == [("Rio de Janeiro state", "admin1")]


def test_a_province_with_a_small_city_of_its_name_stays_the_province():
    assert rows_of("Jilin reported new cases on Monday.", "place", "place_type") == [("Jilin", "admin1")]
