"""A number hyphened to "phase" names a kind of electric current or a staged design ("three-phase string inverter
shipments"), no count of phases (data/quantity_exclusions.json modifier_words.hyphened); the spaced "three phases of
testing" still counts. "in one hand, her other hand": a possessive "other" closes a contrast as "the other" does
(count_forms.json one_correlatives). "a wind chill of -21" is an apparent temperature, no count (count_values.json
rating_indexes). "One study ... found" is "a study" (count_forms.json one_indefinite_nouns). "80 GWac" is 80 GW
(units.json). "the 1.4million secured" is a sum that lost its sign (count_loose.json money_participles). "Four of
the injured" counts the injured (count_values.json people_adjectives); "their victims are under 20" is an age bound
(count_measures.json age_bound_nouns). The documents are read in place from ../shared/eval/news_gold, run as
articles with no reference date, or from ../shared/eval/webpages."""

from __future__ import annotations

from conftest import eval_facts, gold_quantities, text_as_article


def test_three_phase_inverters_count_no_phases():
    # geowebnews.jsonl, geowebnews:292: "A first, three-phase string inverter shipments exceeded those of central
    # inverters last year"
    assert gold_quantities("geowebnews.jsonl", "geowebnews:292", "three-phase string inverter", "count") == []


def test_spaced_phases_still_count():
    facts = text_as_article("The trial will run in three phases of testing.", "t").facts or []
    assert [(f.text, f.counted) for f in facts if f.kind == "count"] == [("three", "phases")]


def test_one_hand_then_her_other_hand_is_a_contrast():
    # geowebnews.jsonl, geowebnews:137: "while she was holding her baby, Chicago, in one hand, her other hand had
    # ahold of Saint" (count_forms.json one_correlatives: a possessive 'other' closes the contrast)
    assert gold_quantities("geowebnews.jsonl", "geowebnews:137", "in one hand", "count") == []


def test_one_without_a_contrast_still_counts():
    facts = text_as_article("She was holding one bag when her brother arrived.", "t").facts or []
    assert [(f.text, f.counted) for f in facts if f.kind == "count"] == [("one", "bag")]


def test_a_wind_chill_is_a_reading_not_a_count():
    # tr_news.jsonl, tr-news:1010004: "the mercury falls to as low as -14 C with a wind chill of -21" (an apparent
    # temperature, as the heat index is: count_values.json rating_indexes)
    assert gold_quantities("tr_news.jsonl", "tr-news:1010004", "wind chill of -21", "count") == []


def test_one_study_found_is_a_study():
    # webpages/ eea53f85c94a77d6 (mercurynews.com): "One study published this May in JAMA Pediatrics found that just
    # over 340 children younger than 5 died" (count_forms.json one_indefinite_nouns: a finding's source)
    counts = [f for f in eval_facts("webpages", "eea53f85c94a77d6") if f["kind"] == "count"]
    found = [f["text"] for f in counts if f["sentence"].startswith("One study published this May")]
    assert "just over 340" in found and "One" not in found


def test_gigawatts_ac_are_a_measure():
    # geowebnews.jsonl, geowebnews:292: "based on 2016 shipments, which were a record 80 GWac, this would mean shipments
    # grew to around 98.4 GWac in 2017" (units.json: a solar rating's AC, DC or peak written after the symbol)
    sentence = "which were a record 80 GWac"
    assert gold_quantities("geowebnews.jsonl", "geowebnews:292", sentence, "count") == []
    amounts = gold_quantities("geowebnews.jsonl", "geowebnews:292", sentence, "amount")
    assert [(text, value, unit) for text, value, _, _, unit in amounts] == [
        ("80 GWac", 80, "GW"),
        ("around 98.4 GWac", 98.4, "GW"),
    ]


def test_a_sum_that_lost_its_sign_before_a_money_participle_is_no_count():
    # geowebnews.jsonl, geowebnews:220: "handed 512,339 on top of the 1.4million secured in March this year to help
    # repair potholes" (count_loose.json money_participles); round 85: the bare 512,339 that 'on top of' adds to that
    # sum is money too (count_loose._joined_to_sum, tests/test_count_round85_joined_sum.py)
    found = gold_quantities("geowebnews.jsonl", "geowebnews:220", "the 1.4million secured", "count")
    assert found == []


def test_a_scaled_number_before_another_participle_still_counts():
    facts = text_as_article("The 2 million vaccinated so far are safe.", "t").facts or []
    assert [f.text for f in facts if f.kind == "count"] == ["2 million"]


def test_four_of_the_injured_count_the_injured():
    # tr_news.jsonl, tr-news:1010017: "Four of the injured suffered scrapes and bruises, officials said." (the parse
    # hangs "the injured suffered" on "scrapes"; count_values.json people_adjectives)
    found = gold_quantities("tr_news.jsonl", "tr-news:1010017", "Four of the injured", "count")
    assert [(text, counted) for text, _, _, _, counted in found] == [("Four", "injured")]


def test_five_of_the_missing_patients_count_the_patients():
    # tr_news.jsonl, tr-news:1030017: "just five of the missing patients had been found"
    found = gold_quantities("tr_news.jsonl", "tr-news:1030017", "five of the missing patients", "count")
    assert [(text, counted) for text, _, _, _, counted in found] == [("five", "missing patients")]


def test_victims_under_20_is_an_age_bound():
    # tr_news.jsonl, tr-news:1030011: "an end to impunity for rapists if their victims are under 20 and they
    # subsequently marry them" (count_measures.json age_bound_nouns, a form of 'be' between)
    assert gold_quantities("tr_news.jsonl", "tr-news:1030011", "victims are under 20", "count") == []
