"""Amounts a careful reader would sign (issue 17, fourteenth round): a bare 'degrees' of temperature in an article
about the United States, and '~' written for 'about'. One test per class of error, on real pages of ../shared/eval
through the whole pipeline; a short sentence written like the real one checks that the rule is the class's, and a
near miss that it is no wider.
"""

from __future__ import annotations

from test_counts_real import found, page_facts


def test_a_bare_temperature_in_degrees_in_a_us_article_is_fahrenheit():
    # "... as temperatures reached 10 to 20 degrees above normal in California and other parts of the West."
    facts = page_facts("284b12a9cf30471f", "10 to 20 degrees above normal", "amount")
    got = facts["10 to 20 degrees"]
    assert (got["low"], got["high"], got["unit"]) == (10, 20, "degF")
    # the state written US style names the country too; an angle stays an angle
    got = found("Highs in Reno, Nev., ran 8 degrees above average. The ramp rises at 30 degrees.", kind="amount")
    assert got["8 degrees"]["unit"] == "degF" and got["30 degrees"]["unit"] == "degree"
    # no state, no scale: a reader cannot tell the scale, and it stays 'degree'
    assert found("The temperature outside is 98 degrees.", kind="amount")["98 degrees"]["unit"] == "degree"
    # a scale the article names wins over the state
    got = found("Temperatures in California hit 45 degrees Celsius; nights stayed at 30 degrees.", kind="amount")
    assert got["30 degrees"]["unit"] == "degC"


def test_a_tilde_before_a_number_is_about():
    # "Crustal thickness across the arch, ... varies between ~45 km and ~50 km."
    facts = page_facts("92da28367d4f79d5", "varies between ~45 km and ~50 km", "amount")
    got = facts["between ~45 km and ~50 km"]
    assert (got["low"], got["high"], got["unit"], got["qualifier"]) == (45, 50, "km", "range")
    assert "45 km" not in facts and "50 km" not in facts
    got = found("The march drew ~300 people and cost ~$5,000, a ~20% rise over a 2~3 km route.")
    assert (got["~300"]["qualifier"], got["~300"]["counted"]) == ("approximate", "people")
    assert (got["~$5,000"]["value"], got["~$5,000"]["qualifier"]) == (5000, "approximate")
    assert got["~20%"]["qualifier"] == "approximate"
    assert (got["2~3 km"]["low"], got["2~3 km"]["high"]) == (2, 3)
    # a tilde that qualifies no number is no qualifier: the amount after it stays exact
    assert found("See ~/notes for the 12 km route.", kind="amount")["12 km"]["qualifier"] == "exact"
