"""Places, round 97: a lower-case envoy's noun right before 'to' names the state the envoy is sent to
(bodies._office_of, ENVOYS).

'Another diplomat, former special envoy to Ukraine Kurt Volker, shifted his own account of the July 10 meeting'
(hosted.ap.org, an audit page) and 'Former U.S. ambassador to Ukraine Marie Yovanovitch has a net worth of $17
million.' (snopes.com, an audit page) gave no 'Ukraine': the model fuses the country with the holder's name into one
organisation, and only a capitalised title ('Ambassador to Ukraine Marie Yovanovitch') was read (recall audit, seed
20261592). A person's name that opens with a place's word and no envoy before it ('Georgia Smith', 'Jordan
Peterson') stays no place.
"""

from __future__ import annotations

from conftest import rows_of
from test_counts_real import page_facts


def test_special_envoy_to_a_country_before_the_holder() -> None:
    facts = page_facts("unpredictable-sondland-faces-questions", "former special envoy to Ukraine Kurt Volker", "place")
    assert facts["Ukraine"]["country_code"] == "UA"


def test_ambassador_to_the_country_before_the_holder() -> None:
    facts = page_facts("marie-yovanovitch-net-worth", "ambassador to the Ukraine Marie Yovanovitch testified", "place")
    assert facts["Ukraine"]["country_code"] == "UA"


def test_person_names_opening_with_a_place_word_stay_no_place() -> None:
    text = "Georgia Smith said the plan would work. Jordan Peterson and Chad Johnson agreed with her."
    assert rows_of(text, "place", "name") == []


def test_other_lower_case_titles_before_to_are_no_office() -> None:
    # 'to' after a noun that is no envoy's: no office, no place read from the fused name
    assert rows_of("He gave the award to Georgia Smith on Monday.", "place", "name") == []
