"""Places on real news (issue 17, session 33's judged audit): four classes of a place missed or misread.

- A place's name that is the subject of a verb whose object is 'his' thing is a man's ('Pskov made his comments',
  a misspelt Peskov): persons.subject_of_his. 'Russia made its position clear' stays.
- An institution's name closing on 'in' and a place ('the Children's Hospital of Manitoba in Winnipeg', tagged one
  organisation) holds that place, where the institution is: GeoWebNews marks 'St. Louis' of 'Washington University
  in St. Louis' a Literal place, so the two read alike (entity_parts._town_after_in; data sited_institution_heads).
  A cause's 'in' ('Students for Justice in Palestine') is no site.
- 'the Thames Valley' is a region (places.json regions).
- A list's seat named for a town written short ('Bexhill and Battle': Bexhill-on-Sea) is read as the other seats
  of the list are (seats._country_senses, name_kinds.towns_of_long_name).
"""

from __future__ import annotations

from conftest import eval_facts, gold_sentence_places, text_facts

JAMIE = "00d013b26c39d0f1"  # dailymail: a list of Conservative MPs and their seats


def _names(text: str) -> list[str]:
    return [f.name for f in text_facts(text, "place")]


def test_a_place_name_that_makes_his_comments_is_a_man():
    found = gold_sentence_places("geowebnews.jsonl", "geowebnews:103", "Pskov made his comments on a talk show")
    assert "Pskov" not in found


def test_a_country_that_makes_its_position_clear_stays():
    assert _names("Russia made its position clear on Monday, saying it was not involved.") == ["Russia"]


def test_a_town_closing_a_hospitals_name_after_in_is_its_site():
    found = gold_sentence_places("tr_news.jsonl", "tr-news:1010007", "Children's Hospital of Manitoba in Winnipeg")
    assert found["Winnipeg"].country_code == "CA"
    assert "Manitoba" not in found  # the hospital's own name


def test_a_town_after_a_universitys_name_and_in_stays_a_place():
    found = gold_sentence_places("geowebnews.jsonl", "geowebnews:195", "Washington University in St. Louis")
    assert found["St. Louis"].country_code == "US"


def test_a_causes_in_is_no_site():
    assert _names("He joined the Students for Justice in Palestine group last year.") == []


def test_the_thames_valley_is_a_region():
    found = gold_sentence_places("geowebnews.jsonl", "geowebnews:274", "patients across the Thames Valley")
    assert [(f.name, f.place_type, f.country_code) for f in found.values()] == [("Thames Valley", "region", "GB")]


def test_a_seat_named_for_a_town_written_short_is_read_as_its_list():
    facts = [f for f in eval_facts("webpages", JAMIE) if f["kind"] == "place"]
    seats = {f["text"]: f for f in facts if f["sentence"] == "Bexhill and Battle"}
    assert sorted(seats) == ["Battle", "Bexhill"]
    # Bexhill-on-Sea's point and Battle's, both in East Sussex
    assert [(f["country_code"], round(f["lat"], 1), round(f["lon"], 1)) for f in seats.values()] == [
        ("GB", 50.9, 0.5),
        ("GB", 50.9, 0.5),
    ]


def test_a_long_names_first_part_counts_only_where_no_town_has_it_as_its_own():
    from extractor.find.places.name_kinds import towns_of_long_name
    from extractor.normalize.places import gazetteer

    gz = gazetteer()
    assert [p.name for p in towns_of_long_name("Bexhill", gz)] == ["Bexhill-on-Sea"]
    assert towns_of_long_name("Henley", gz) == []  # a town of its own name: short_form_towns weighs the two
