"""Count classes of round 92 (issue 17): a part with its own noun out of a counted whole, and "all but N NOUN".

- "only five nurses out of 195 person nursing staff": the part counts its nurses as the whole counts its staff
  (count_forms._part_of_counted_whole); a bare whole keeps both numbers a proportion or a score ("seven victories
  out of eight", "Nearly nine out of 10 Indians").
- "All but one item has been recovered": the number counts the noun after it (count_nouns.all_but_noun), which the
  parse makes the verb's subject; with no noun of its own ("All but four have now been released") it is a pointing
  number, no count (count_forms.json pronoun_articles "all but").
"""

from __future__ import annotations

from test_counts_real import corpus_line, found, page_facts

PLAGUE = "8b194530308204139d9c8f7d495a26b117c78756ac1802cfc3c0a8bfdf2c0d50"
SOCCER = "9a440270bf8625d586039dfae1b8df409b467524e075124cd7a5424a5806901b"


def test_a_part_with_its_noun_out_of_a_counted_whole_counts():
    line = corpus_line("tr_news.jsonl", "only five nurses out of 195 person nursing staff")
    facts = found(line, kind="count")
    assert facts["five"]["counted"] == "nurses" and "195" in facts


def test_a_part_out_of_a_bare_whole_stays_a_proportion():
    # "converted half of its four chances to make it seven victories out of eight in all competitions"
    facts = page_facts(SOCCER, "seven victories out of eight", "count")
    assert "seven" not in facts and "eight" not in facts
    # "Nearly nine out of 10 Indians held a favourable opinion of Modi": the part has no noun of its own
    line = corpus_line("geowebnews.jsonl", "Nearly nine out of 10 Indians")
    assert "nine" not in found(line, kind="count") and "Nearly nine" not in found(line, kind="count")
    assert not {"4", "5"} & found("It got 4 out of 5 stars from the critics.", kind="count").keys()


def test_all_but_one_noun_counts_the_noun():
    line = corpus_line("tr_news.jsonl", "All but one item has been recovered")
    assert found(line, kind="count")["one"]["counted"] == "item"
    assert found("All but two items have been recovered.", kind="count")["two"]["counted"] == "items"


def test_all_but_a_number_alone_points():
    # "... their close contacts being placed under medical observation. All but four have now been released."
    assert "four" not in page_facts(PLAGUE, "All but four have now been released", "count")
    assert "one" not in found("All but one voted for the plan.", kind="count")


def test_the_other_and_a_number_alone_points():
    # a Baltimore Sun page of the audit (webpages/, "cng-ho-permits-public-hearing"), its sentence as the page has it
    sentence = (
        "Before the county can raze the four buildings and tear down back portions of the other six, the county"
        " invited the U.S. Army Corps of Engineers to complete an independent evaluation of the flood mitigation plan."
    )
    facts = found(sentence, kind="count")
    assert "six" not in facts and facts["four"]["counted"] == "buildings"
    assert found("They razed the other six buildings last year.", kind="count")["six"]["counted"] == "buildings"
