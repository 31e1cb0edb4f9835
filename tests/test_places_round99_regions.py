"""Places, round 99: regions a careful reader marked missed in the recall audit.

- Two states named together in the plural: 'It’s a concern for the storm-savvy Carolinas also.' (usatoday.com, an
  audit page, webpages f3bad3f8e7901dc3): the model tags 'Carolinas' a place the gazetteer did not know; now a US
  region (places.json regions: 'Carolinas', 'Dakotas').
- A territory's short name: 'anyone with sufficient determination to escape” from Cayman’s prison could do so.'
  (caymancompass.com, an audit page, webpages a920dcc61d6f8cd9): 'Cayman' is the Cayman Islands, as 'Falklands' is
  the Falkland Islands (places.json country_aliases); a car's model ('a Porsche Cayman') and the animal stay none.
- A union of countries by its name: 'trade with the Commonwealth of Independent States (CIS)' (geowebnews:12): the
  union is a region, as the EU is (places.json regions). Its initials are not read: GeoWebNews marks none of the
  article's six 'CIS', and reading them cost that row 0.910 -> 0.908.
- A metropolitan region by its initials: 'cities like Toronto and the GTA' (tr-news:1010014): read by
  areas.region_initials only right after 'the', closing the noun phrase, in an article that names Toronto and not the
  game (Grand Theft Auto): 'major GTA cities' is left (TR-News marks neither; reading both cost tr_news 0.881 ->
  0.880).
- A place closing an event's name after 'of the': 'a tentative agreement at the Summit of the Americas in Peru'
  (geowebnews:252): the event is held in (and covers) the Americas (bodies._event_of_place); 'the War of
  Independence' names none.
"""

from __future__ import annotations

from conftest import gold_sentence_places, rows_of, texts_of
from test_counts_real import page_facts

USATODAY = "f3bad3f8e7901dc3"
CAYMAN = "a920dcc61d6f8cd9"


def test_the_carolinas_are_a_us_region() -> None:
    fact = page_facts(USATODAY, "storm-savvy Carolinas", "place")["Carolinas"]
    assert (fact["name"], fact["place_type"], fact["country_code"]) == ("Carolinas", "region", "US")


def test_the_dakotas_are_a_us_region_and_a_singular_state_stays_a_state() -> None:
    rows = rows_of("Farmers in the Dakotas are worried about the drought.", "place", "place_type", "country_code")
    assert rows == [("Dakotas", "region", "US")]
    assert rows_of("He flew to North Carolina on Monday.", "place", "place_type") == [("North Carolina", "admin1")]


def test_cayman_alone_is_the_cayman_islands() -> None:
    fact = page_facts(CAYMAN, "from Cayman’s prison could do so", "place")["Cayman"]
    assert (fact["name"], fact["country_code"]) == ("Cayman Islands", "KY")


def test_a_car_named_cayman_is_no_place() -> None:
    assert texts_of("He drove a Porsche Cayman to work and sold it a year later.", "place") == []
    assert texts_of("A cayman was seen in the river near the village.", "place") == []


def test_the_commonwealth_of_independent_states_is_a_region() -> None:
    places = gold_sentence_places("geowebnews.jsonl", "geowebnews:12", "witnessed decrease during the current")
    assert places["Commonwealth of Independent States"].place_type == "region"
    assert "CIS" not in places  # initials that are no alias: not read


def test_the_gta_beside_toronto_is_the_greater_toronto_area() -> None:
    places = gold_sentence_places("tr_news.jsonl", "tr-news:1010014", "largest cities like Toronto and the GTA")
    fact = places["GTA"]
    assert (fact.name, fact.place_type, fact.country_code) == ("Greater Toronto Area", "region", "CA")


def test_gta_before_a_noun_or_as_a_game_is_no_region() -> None:
    assert "GTA" not in gold_sentence_places("tr_news.jsonl", "tr-news:1010014", "why major GTA cities")
    text = "Fans in Toronto lined up for the GTA V release at midnight, the store said."
    assert texts_of(text, "place") == ["Toronto"]
    text = "Gamers in Toronto said Grand Theft Auto sold out. The shops ran out of the GTA."
    assert texts_of(text, "place") == ["Toronto"]


def test_a_region_closing_a_summits_name_is_where_it_is_held() -> None:
    places = gold_sentence_places("geowebnews.jsonl", "geowebnews:252", "at the Summit of the Americas in Peru")
    assert places["Americas"].place_type == "region"
    assert "Peru" in places


def test_an_event_of_no_place_names_none() -> None:
    assert texts_of("The War of Independence ended in 1783 after eight years.", "place") == []
