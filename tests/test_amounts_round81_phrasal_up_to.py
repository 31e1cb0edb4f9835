"""Amounts: 'up to' after a verb whose particle is 'up' ('top up to 80-percent') names the level reached, no bound
(quantity_qualifiers.json phrasal_verbs 'up to'); after any other verb 'up to' still caps the amount."""

from conftest import text_facts

# ../shared/eval/webpages (the audit pages): SlashGear on the 2020 Audi e-tron Sportback
AUDI = (
    "Still, there’ll be 150 kW DC fast charging support, with Audi suggesting that the Sportback 55 should be able to "
    "top up to 80-percent in under thirty minutes."
)


def _percent(text: str) -> list[tuple[str, str]]:
    return [(f.text, f.qualifier) for f in text_facts(text, "amount") if f.unit == "%"]


def test_top_up_to_is_the_level_reached():
    assert _percent(AUDI) == [("80-percent", "exact")]


def test_a_level_verb_with_up_to():
    assert _percent("The jobless rate ticked up to 4.1% in March.") == [("4.1%", "exact")]


def test_up_to_after_other_verbs_still_bounds():
    # 'charge up to 80-percent' may read as a cap: only the listed level verbs drop the bound
    near = AUDI.replace("top up to", "charge up to")
    assert _percent(near) == [("up to 80-percent", "at_most")]
    assert _percent("Prices could go up to 5% next year.") == [("up to 5%", "at_most")]
    assert _percent("Tank tops up to 50% off.") == [("up to 50%", "at_most")]
