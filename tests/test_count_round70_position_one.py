"""A spelled 'one' that picks rather than counts.

- 'one' before a noun of a part's position (side, end, corner, edge) after a preposition of place, or before an
  'of' phrase naming the whole, picks which part ('in a side'), not how many (count_forms._position_one,
  count_forms.json one_position_nouns, one_position_prepositions); 'only one side' and 'on one side only' count.
- 'one truth' is 'a truth', a noun of discourse like 'one reason' (count_forms.json one_indefinite_nouns).
"""

from __future__ import annotations

from conftest import eval_facts, gold_quantities, rows_of


def test_one_side_of_a_bus_is_no_count():
    # tr_news tr-news:1020010: "... the bus reduced to a smouldering wreck with a massive hole punched in one side."
    counts = gold_quantities("tr_news.jsonl", "tr-news:1020010", "hole punched in one side", "count")
    assert ("one", 1, None, None, "side") not in counts


def test_one_end_of_the_house_is_no_count():
    # geowebnews:10, without its contrast "... on the other end"
    assert (
        rows_of("In the Jamison model, the kitchen and family room are on one end of the house.", "count", "counted")
        == []
    )


def test_one_side_counts_after_only_or_with_only_after():
    assert ("one", "side") in rows_of("Only one side of the building was damaged.", "count", "counted")
    assert ("one", "side") in rows_of("The paper was printed on one side only.", "count", "counted")


def test_counting_ones_after_a_preposition_stay():
    # webpages: "you can knock out your dose in one pill.", "rainfall over one region"
    assert ("one", "pill") in rows_of(
        "Since those are commonly found in most multivitamins, you can knock out your dose in one pill.",
        "count",
        "counted",
    )
    assert ("one", "region") in rows_of(
        "Such slow-moving storms can produce more persistent rainfall over one region.", "count", "counted"
    )


def test_one_truth_is_a_truth():
    # webpages/html/92da28367d4f79d5.html.gz (optimussearch.com.ph, 2020-06-02)
    counts = [
        f["text"]
        for f in eval_facts("webpages", "92da28367d4f79d5")
        if f["kind"] == "count" and "to you one truth" in f["sentence"]
    ]
    assert "one" not in counts


def test_one_side_as_a_team_still_counts():
    # 'side' is also a team: after 'by' (left out of one_position_prepositions) it counts
    assert ("one", "side") in rows_of("They were beaten by one side in the group.", "count", "counted")
