"""Counts a careful news reader would sign (issue 17): room for people, an archive's shelf mark, goals scored twice.

- "Inside, there’s seating for four, though VW says it could add a rear bench" (a slashgear.com page): a number
  after a phrase of room or a verb of holding is how many a thing can take, none counted
  (count_measures._capacity_phrase, data/count_measures.json capacity_phrases); "The showroom accommodates three
  large sculptural light installations" (an inexhibit.com page) still counts what the room houses.
- "Acc no 5515, pc 326-327 estate waldron/waldron hamilton" (an optimussearch.com.ph page): a number after an
  archive's catalogue label (piece, folio, manuscript, accession) is a shelf mark (count_labels._label_noun,
  data/count_labels.json label_nouns).
- "Aaron Ramsey scored twice for Ryan Giggs' team" (a cbssports.com page): 'twice' right after a verb of scoring
  counts two goals, as 'scored four times' does (counts._scoring_repeats, data/count_forms.json scoring_repeats);
  'twice as many' is a multiplier.
"""

from __future__ import annotations

from conftest import gold_quantities, text_facts
from test_counts_real import page_facts


def test_seating_for_four_counts_no_one():
    page = "the-vw-id-space-vizzion-is-a-weird-ev-sports-wagon"
    assert "four" not in page_facts(page, "seating for four", "count")


def test_space_for_five_counts_no_one():
    facts = text_facts("Inside, Audi is promising space for five, and only a 0.8-inch cut in headroom.", "count")
    assert [f.text for f in facts] == []


def test_a_present_verb_of_holding_is_a_capacity_but_a_noun_of_seats_counts():
    assert text_facts("The stadium seats 50,000 fans.", "count") == []
    facts = text_facts("Labour won 250 seats in the election.", "count")
    assert [(f.text, f.counted) for f in facts] == [("250", "seats")]


def test_room_made_for_new_things_still_counts():
    # a guard: the homes are to be built, counted, not what a thing can take
    facts = text_facts("The old mill was torn down to make room for 2,000 new homes.", "count")
    assert [f.text for f in facts] == ["2,000"]


def test_what_a_showroom_accommodates_still_counts():
    text = "The showroom accommodates three large sculptural light installations, resembling huge pieces of jewerly."
    assert [f.text for f in text_facts(text, "count")] == ["three"]


def test_an_archive_piece_number_is_no_count():
    page = "optimussearch.com.ph/2020/06/02/no-membership-required"
    assert "326-327" not in page_facts(page, "pc 326-327", "count")


def test_scored_twice_counts_two():
    facts = text_facts(
        "Aaron Ramsey scored twice for Ryan Giggs' team, as country makes it back to a tournament.", "count"
    )
    assert [(f.text, f.value) for f in facts] == [("twice", 2)]


def test_twice_as_many_and_other_verbs_are_no_count():
    assert text_facts("He scored twice as many goals as the year before.", "count") == []
    assert text_facts("She visited the city twice.", "count") == []


def test_what_an_aircraft_can_carry_still_counts():
    # news_gold meantime_en_numbers.jsonl, meantime-en:3307: MEANTIME's annotators count an aircraft's load
    facts = gold_quantities("meantime_en_numbers.jsonl", "meantime-en:3307", "can carry up to 840", "count")
    assert [f[0] for f in facts if "840" in f[0]] == ["up to 840"]
