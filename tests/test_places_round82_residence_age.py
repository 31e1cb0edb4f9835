"""Places on real news (issue 17, session 33's judged audit): a residence after a person's age.

'NAME AGE, of TOWN' with the comma before the age left out ('Ryan S. Hollman 31, of Hope') says where the person
lives, as 'NAME, AGE, of TOWN' does (rescue._residence_of): a town with a common word's name ('Hope', Indiana) is
vouched for by the idiom. A number after another word than a person's name ('has lost 31, of Hope') is no age.
"""

from __future__ import annotations

from conftest import text_facts

REAL = (
    "While speaking to Blair and his passengers, Ryan S. Hollman 31, of Hope and Victor N. Burton, 57, of 3170 W. "
    "County Road 600S, a Bartholomew County Sheriff’s Department canine was requested and later alerted to the odor "
    "of narcotics inside the vehicle, Harris said."
)


def test_a_town_after_an_age_with_no_comma_before_it_is_a_residence():
    hope = [f for f in text_facts(REAL, "place") if f.text == "Hope"]
    assert hope and hope[0].country_code == "US" and hope[0].lat is not None
    assert abs(hope[0].lat - 39.30) < 0.5 and abs(hope[0].lon + 85.77) < 0.5  # Hope, Indiana, by Bartholomew County


def test_a_number_after_no_persons_name_is_no_age():
    text = "Ryan S. Hollman has lost 31, of Hope and Victor N. Burton's friends."
    assert "Hope" not in [f.text for f in text_facts(text, "place")]
