"""A bare scale word hyphened to a unit, and money per a capitalised time unit, round 79 (issue 17, c79).

'ringed by hundred-foot cliffs' is 100 ft, as 'A thousand-pound bomb' is 1000 lb with its article
(normalize/numbers.py bare_scales); a capitalised title's 'The Hundred-Foot Journey' gives nothing, and a scale before
a word that is no unit ('hundred-year flood') neither. '$5/Month' is paid per month as '$4.99/mo' is
(normalize/units.py money_per); a one-letter symbol after '/' stays case-sensitive ('$5/S' has no `per`).
"""

from __future__ import annotations

import pytest
from conftest import rows_of


def test_bare_scale_hyphened_to_a_unit():
    # audit page nationalgeographic.co.uk, wild goats on a Caribbean island
    sentence = (
        "This tiny, secluded island in the Caribbean West Indies, an imposing piece of old volcano ringed by"
        " hundred-foot cliffs, is covered with bushes and knee-high grass that can obscure some of the unusual"
        " species that call it home."
    )
    assert rows_of(sentence, "amount", "value", "unit", "per") == [("hundred-foot", 100, "ft", None)]
    assert rows_of("two hundred-foot towers", "amount", "value", "unit", "per") == [
        ("two hundred-foot", 200, "ft", None)
    ]


@pytest.mark.parametrize("sentence", ["The Hundred-Foot Journey is a film.", "It was a hundred-year flood."])
def test_no_bare_scale_amount(sentence):
    assert rows_of(sentence, "amount", "value", "unit", "per") == []


def test_money_per_capitalised_time_unit():
    # audit page ign.com, Black Friday daily deals
    sentence = "Disney Plus is Now Live, Sign up for the Disney +, Hulu, and ESPN+ Package and Save $5/Month"
    assert rows_of(sentence, "amount", "value", "unit", "per") == [("$5", 5, "USD", "month")]
    assert rows_of("It costs $5/S.", "amount", "value", "unit", "per") == [("$5", 5, "USD", None)]
