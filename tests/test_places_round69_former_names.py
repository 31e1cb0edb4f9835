"""Places: a country's former name, written for the same land when the article tells its history.

Class: 'Originating from Persia', 'in German South-West Africa (present-day Namibia)' were missed: the gazetteer
knew no former names. Data former_country_names adds them to their present country (normalize.places
_add_countries); a colonial power's adjective the model tags apart ('German' and 'Africa') joins the colony's name
when the gazetteer knows it whole (widen._former_colony). A colony's name it does not know stays the unresolved
region ('German East Africa', widen._colony_name)."""

from conftest import text_facts

# an audit page (luxuriousmagazine.com, polo in Rome)
POLO = (
    "Originating from Persia, it is the oldest team sport in the world, after originally being a Shah’s game "
    "around 2,500 years ago."
)
# an audit page (dw.com, Berlin and Germany's colonial past)
GENOCIDE = (
    "The genocide against the Herero and Nama in German South-West Africa (present-day Namibia) is the most "
    "serious crime in Germany's colonial history."
)
SETTLERS = (
    "In 1914, about 25,000 Germans lived in the colonies, slightly less than half of them in German South-West Africa."
)


def test_former_name_of_a_country_is_the_country() -> None:
    facts = {f.text: f for f in text_facts(POLO, "place")}
    assert facts["Persia"].country_code == "IR"
    assert facts["Persia"].place_type == "country"


def test_colony_name_after_a_colonial_adjective_is_the_present_country() -> None:
    for text in (GENOCIDE, SETTLERS):
        facts = {f.text: f for f in text_facts(text, "place")}
        assert facts["German South-West Africa"].country_code == "NA"
