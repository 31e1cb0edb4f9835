"""Counts a careful news reader would sign (issue 17): a 1 inside a name, a cited work's title, a football formation
and a vague plural said twice.

- "one for the uncrewed Artemis 1 test flight": a digit 1 between a name and a singular noun that a determiner of
  the noun opens names the thing (count_labels._one_in_name); a box score's "Mekhi Robinson 1 goal, 1 assist."
  counts.
- "Funck-Brentano E et al. Therapeutic management of DRESS: a retrospective study of 38 cases. J Am Acad Dermatol.
  2015;72(2):246–52.": a number in the title of a reference-list entry counts what the cited study counted
  (count_context._reference_entry).
- "We have moved away from the five and gone to a back four", "favouring four at the back rather than five": a
  small bare number in a sentence that names a formation is a line of the side (count_labels._formation_sentence,
  data/count_labels.json formation_marks).
- 'again claimed that "millions and millions" of votes were cast': a vague plural said twice is one vague count
  (normalize/numbers.vague_regex, data/numbers.json vague_repeat_joins).
"""

from __future__ import annotations

from conftest import gold_quantities, text_facts


def test_a_one_inside_a_name_that_a_determiner_opens_is_no_count():
    # shared/eval/articles/html/c00962aa...html.gz ("Seeking a bigger role for a big rocket"): "At current rates, Bridenstine said, there will be three SLS
    # rockets produced by 2024: one for the uncrewed Artemis 1 test flight, the second for the first crewed Orion
    # flight, Artemis 2 in 2022, ..."
    text = (
        "At current rates, Bridenstine said, there will be three SLS rockets produced by 2024: one for the uncrewed "
        "Artemis 1 test flight, the second for the first crewed Orion flight, Artemis 2 in 2022, and then the Artemis "
        "3 mission in 2024 that would take astronauts to the lunar Gateway, and from there to the surface of the Moon."
    )
    counts = [(f.text, f.counted) for f in text_facts(text, "count")]
    assert ("1", "test flight") not in counts
    assert ("three", "SLS rockets") in counts


def test_a_box_score_stat_after_a_name_still_counts():
    # floridatoday.com/story/sports/high-school/2019/11/20/hs-roundup-viera-defeats-rockledge-remain-undefeated
    counts = [(f.text, f.counted) for f in text_facts("Mekhi Robinson 1 goal, 1 assist.", "count")]
    assert counts == [("1", "goal"), ("1", "assist")]


def test_a_number_in_a_cited_works_title_is_no_count():
    # link.springer.com/article/10.1007/s11926-017-0626-z, its reference list
    entry = (
        "Funck-Brentano E et al. Therapeutic management of DRESS: a retrospective study of 38 cases. J Am Acad "
        "Dermatol. 2015;72(2):246–52."
    )
    assert text_facts(entry, "count") == []
    assert [f.text for f in text_facts(entry, "date")] == ["2015"]
    entry = (
        "Lin I-C et al. Liver injury in patients with DRESS: a clinical study of 72 cases. J Am Acad Dermatol. "
        "2015;72(6):984–91."
    )
    assert text_facts(entry, "count") == []


def test_the_same_title_outside_a_reference_entry_counts():
    # the title alone, with no authors before it and no citation after it, is a sentence that counts its cases
    counts = text_facts("Therapeutic management of DRESS: a retrospective study of 38 cases.", "count")
    assert [(f.text, f.counted) for f in counts] == [("38", "cases")]


def test_a_line_of_a_football_formation_is_no_count():
    # geowebnews.jsonl, geowebnews:309: "“We have moved away from the five and gone to a back four which gives me
    # the opportunity to put another forward in ...”" and "Holloway has altered his formation, favouring four at
    # the back rather than five and it seems to have galvanised his side, ..."
    assert gold_quantities("geowebnews.jsonl", "geowebnews:309", "moved away from the five", "count") == []
    assert gold_quantities("geowebnews.jsonl", "geowebnews:309", "favouring four at the back", "count") == []


def test_a_vague_plural_said_twice_is_one_vague_count():
    # geowebnews.jsonl, geowebnews:263: 'President Donald Trump said Thursday that voter fraud is widespread and
    # again claimed that "millions and millions" of votes were cast fraudulently.' and '"Millions and millions of
    # people."'
    said = gold_quantities("geowebnews.jsonl", "geowebnews:263", "millions and millions", "count")
    assert said == [("millions and millions", None, 2000000, None, "votes")]
    said = gold_quantities("geowebnews.jsonl", "geowebnews:263", "Millions and millions of people", "count")
    assert said == [("Millions and millions", None, 2000000, None, "people")]
