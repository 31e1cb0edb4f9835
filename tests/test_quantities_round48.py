"""Round 48 quantities, from judged samples of counts and amounts on real news (issue 17):
- a margin in lengths after 'by', an article and a word of manner, with a mixed fraction of a length ('by a
  comprehensive five-and-three-quarter of a length') is no count (count_measures.json margin_units); a mixed number
  with a numerator other than one ('five-and-three-quarter') is no whole count, as 'two and a half' is;
- '1. 5 metres' after a lower-case word is one decimal with a stray space (amounts._broken_decimal);
- 'over two spells': 'over' and a small number in words before a stretch of time or play is 'across', an exact
  count (count_values.json over_across_nouns);
- 'between 10 and 19 [years old]': an editor's square bracket supplies the age's words, so no count; one that
  holds a unit of measure supplies the unit ('The weight is 20 [kg]', normalize/units.match_unit).
The documents are read in place from ../shared/eval (news_gold run as articles with no reference date; audit pages
through the whole pipeline)."""

from __future__ import annotations

import json

from conftest import gold_quantities, shared_path, text_as_article
from test_counts_real import page_facts


def _quantities(text: str, kind: str) -> list[tuple]:
    facts = text_as_article(text, "t").facts or []
    return [(f.text, f.value, f.qualifier, f.unit if kind == "amount" else f.counted) for f in facts if f.kind == kind]


def test_a_winning_margin_of_a_mixed_fraction_of_a_length_is_no_count():
    # geowebnews.jsonl, geowebnews:120: "winning the 10-furlong affair by a comprehensive five-and-three-quarter of
    # a length over strong favourite"
    counts = gold_quantities("geowebnews.jsonl", "geowebnews:120", "five-and-three-quarter", "count")
    assert [c for c in counts if "five" in c[0]] == []


def test_margins_in_lengths_and_true_counts_beside_them():
    assert _quantities("The colt won by two-and-a-half lengths from the favourite.", "count") == []
    assert _quantities("She came home by a narrow five-and-three-quarter lengths.", "count") == []
    # a whole number of things after 'by a' stays a count where no unit of a margin follows
    assert _quantities("The bill was backed by a further 12 senators.", "count") == [("12", 12, "exact", "senators")]


def test_a_decimal_point_typed_with_a_space_before_a_unit_word():
    # geowebnews.jsonl, geowebnews:159: "Prof. Eze disclosed that a perimeter fencing measuring about 1. 5 metres was
    # pulled down by the youths of the community"
    snippet = "perimeter fencing measuring"
    assert gold_quantities("geowebnews.jsonl", "geowebnews:159", snippet, "amount") == [
        ("about 1. 5 metres", 1.5, None, None, "m")
    ]
    assert [c for c in gold_quantities("geowebnews.jsonl", "geowebnews:159", snippet, "count") if "1" in c[0]] == []


def test_a_sentence_break_or_a_list_item_before_digits_stays_apart():
    assert _quantities("The flood came in 2019. 5 people died in the storm.", "count") == [("5", 5, "exact", "people")]
    assert _quantities("Tips\n1. 5 ways to save money this winter.", "count") == [("5", 5, "exact", "ways")]
    assert _quantities("The road was finished in 2019. 5 km more will follow.", "amount") == [
        ("5 km", 5, "exact", "km")
    ]


def test_over_a_small_number_of_spells_is_across():
    # audit page: "Mourinho won three Premier League titles over two spells in charge of Chelsea and returned to
    # England to manage Manchester United in 2016."
    facts = page_facts("11865382", "over two spells", "count")
    assert "over two" not in facts
    assert (facts["two"]["value"], facts["two"]["qualifier"], facts["two"]["counted"]) == (2, "exact", "spells")


def test_over_digits_or_a_crowd_stays_more_than():
    assert _quantities("She has played over 100 games for the club.", "count") == [
        ("over 100", 100, "more_than", "games")
    ]
    assert _quantities("Police arrested over two men in the raid.", "count") == [("over two", 2, "more_than", "men")]
    assert _quantities("He has lived there for over two decades.", "count") == []


def test_an_age_in_an_editors_bracket_is_no_count():
    # tr_news.jsonl, tr-news:1090002: "Statistically between 10 and 19 [years old] is the larger group of young
    # offenders, and about 85 per cent of those young offenders are male"
    assert gold_quantities("tr_news.jsonl", "tr-news:1090002", "between 10 and 19", "count") == []
    assert _quantities("The boy, who was 12 [years old] at the time, was charged.", "count") == []


def test_a_unit_in_an_editors_bracket_is_the_numbers_unit():
    # peers/recognizers_dimension.jsonl, recognizers_dimension:72: "The weight is 20 [kg]"
    lines = shared_path("eval", "peers", "recognizers_dimension.jsonl").read_text(encoding="utf-8").splitlines()
    text = next(r["text"] for r in map(json.loads, lines) if r["id"] == "recognizers_dimension:72")
    assert _quantities(text, "amount") == [("20 [kg]", 20, "exact", "kg")]
    # a bracket that holds no unit supplies none, and a round bracket is no editor's
    assert _quantities("The tower is 300 (m) tall.", "amount") == []
