"""Dates, round 73: a bare month that is the last name of a person the article names in full, as a verb's subject,
is that person (date_names.surname_month): "British Prime Minister Theresa May has blamed the Russian government ...
May has received strong backing from the United States" has no month May."""

from conftest import gold_dates


def test_surname_of_a_named_person_is_no_month() -> None:
    assert gold_dates("geowebnews.jsonl", "geowebnews:128", "May has received strong backing") == []


def test_month_as_subject_with_no_such_person_stays() -> None:
    dates = gold_dates("geowebnews.jsonl", "geowebnews:207", "March was another volatile month")
    assert [text for text, _ in dates] == ["March"]
