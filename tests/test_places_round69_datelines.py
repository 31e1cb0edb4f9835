"""Places: a dateline's names in capitals that the gazetteer reads as initials, and a dateline's region.

Classes: a dateline's country, subdivision or region in capitals after its town and a comma ('KHAN YOUNIS, GAZA —',
'BAAR, SWITZERLAND': untagged._dateline_region, words.DATELINE_REGION) is a place; a name in capitals of four
letters or fewer ('GAZA', 'BAAR') is looked up in title case in a dateline (untagged._shouted_short_name), also
where the model tagged it an entity the gazetteer took for initials (mentions._read_only_as_dateline)."""

from conftest import text_facts

# a story from Gaza's hospitals, datelined in Khan Younis
KHAN_YOUNIS = (
    "KHAN YOUNIS, GAZA — The Israeli assault on the Gaza Strip has left the health sector in the besieged coastal "
    "enclave in a state of unprecedented, near-total collapse, according to an investigation by +972 Magazine and "
    "The Intercept."
)
# a Swiss company's news release
BAAR = (
    "BAAR, SWITZERLAND\n\nAscom, a global solutions provider focused on healthcare ICT and mobile workflow "
    "solutions, announced a new North American integrated clinical alarm management solution with Dräger."
)


def test_region_in_capitals_after_a_datelines_town_is_a_place() -> None:
    facts = {f.text: f for f in text_facts(KHAN_YOUNIS, "place")}
    assert "KHAN YOUNIS" in facts
    assert facts["GAZA"].name == "Gaza"
    assert facts["GAZA"].country_code == "PS"


def test_short_town_name_in_capitals_opening_a_dateline_is_a_place() -> None:
    facts = {f.text: f for f in text_facts(BAAR, "place")}
    assert facts["BAAR"].country_code == "CH"
    assert facts["SWITZERLAND"].country_code == "CH"


def test_short_word_in_capitals_before_a_dash_is_no_dateline() -> None:
    # a German hospital's programme opening its line, no big city and no region after it
    facts = text_facts("PEPA – Universitätsklinikum Heidelberg", "place")
    assert "PEPA" not in [f.text for f in facts]
