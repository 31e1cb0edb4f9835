"""Counts and amounts, round 33 (issue 17, r33-counts): the news_gold texts, which the project was never tuned on.

- 'cost a wage-draining 75 pence a fortnight': pence are the minor unit of the pound, named (currencies.json
  minor_units.named), so '75 pence' is GBP 0.75 and no count of pence.
- 'a USD 49.3 million (EUR 40 m) loan': after a currency sign or code a spaced 'm' is a million
  (amounts.applied_scale); 'The wall is 40 m high' stays metres.
- 'the death of Ariel Leal, 22; Lance Garcia,36; Bianca Fontejon, 18; Eric Anthony Miller, ...': a semicolon that
  ends one person of a list closes an apposed age like a comma (count_measures._apposed_age).

- 'contact the Amber Alert hotline on 131 564': a number after a phone line's name and 'on' is dialled
  (quantity_exclusions.json phone_line_nouns).
- 'raise concerns about one more item': after a noun of worry 'about' names a topic, no approximation
  (quantity_qualifiers.json about_topic_nouns).
- 'doing 194kph in a 100 zone': a round speed between 'a' and a zone is a speed limit (count_labels.json
  speed_zone_nouns).

Each test reads a real line of ../shared/eval/news_gold in place and fails without its rule.
"""

from __future__ import annotations

from test_counts_real import corpus_line, found

from extractor.find.counts import find_quantities
from extractor.nlp import load


def test_pence_are_pounds():
    # geowebnews: "... which Barry said cost a wage-draining 75 pence a fortnight."
    line = corpus_line("geowebnews.jsonl", "cost a wage-draining 75 pence a fortnight")
    facts = found(line)
    assert facts["75 pence"]["kind"] == "amount"
    assert facts["75 pence"]["unit"] == "GBP" and facts["75 pence"]["value"] == 0.75
    assert "75" not in facts
    # cents keep their dollar
    assert found("The fare rose by 26 cents.", kind="amount")["26 cents"]["value"] == 0.26


def test_spaced_m_after_a_currency_is_a_million():
    # geowebnews: "The European Investment Bank (EIB) has signed a USD 49.3 million (EUR 40 m) loan with ..."
    line = corpus_line("geowebnews.jsonl", "(EUR 40 m) loan")
    facts = found(line, kind="amount")
    assert facts["EUR 40 m"]["value"] == 40_000_000 and facts["EUR 40 m"]["unit"] == "EUR"
    # without a currency a spaced 'm' stays metres
    wall = found("The wall is 40 m high.", kind="amount")["40 m"]
    assert wall["value"] == 40 and wall["unit"] == "m"


def test_age_before_a_semicolon_in_a_list_of_people():
    # geowebnews: "... resulted in the death of Ariel Leal, 22; Lance Garcia,36; Bianca Fontejon, 18; Eric Anthony
    # Miller, an American; and Ken Migawa,18."
    line = corpus_line("geowebnews.jsonl", "Bianca Fontejon, 18;")
    starts = {c["start"] for c in find_quantities([load()(line)]) if c["kind"] == "count"}
    assert line.index("Leal, 22") + len("Leal, ") not in starts
    assert line.index("Fontejon, 18") + len("Fontejon, ") not in starts
    # a number with a noun of its own before a semicolon still counts
    assert found("In Ohio, 12 people died; in Iowa, none.", kind="count")["12"]["counted"] == "people"


def test_number_after_a_hotline_on_is_dialled():
    # tr_news: "... or contact the Amber Alert hotline on 131 564."
    line = corpus_line("tr_news.jsonl", "Amber Alert hotline on 131 564")
    facts = found(line, kind="count")
    assert "131" not in facts and "564" not in facts
    # a hotline's count still counts
    assert found("The hotline took 300 calls.", kind="count")["300"]["counted"] == "calls"


def test_about_after_a_noun_of_concern_names_a_topic():
    # geowebnews: "... no one on the Stockholm set appeared to raise concerns about one more item to process, ..."
    line = corpus_line("geowebnews.jsonl", "raise concerns about one more item")
    facts = found(line, kind="count")
    assert facts["one"]["qualifier"] == "exact"
    # 'about' elsewhere still approximates
    assert found("About 50 people attended.", kind="count")["About 50"]["qualifier"] == "approximate"


def test_a_round_speed_before_a_zone_is_a_limit():
    # tr_news: "Driver clocked doing 194kph in a 100 zone"
    line = corpus_line("tr_news.jsonl", "Driver clocked doing 194kph in a 100 zone")
    assert "100" not in found(line, kind="count")
    # zones counted are counted
    assert found("The city has 20 zones.", kind="count")["20"]["counted"] == "zones"
