"""Counts, round 35 (issue 17, r35-counts): the counted noun cut short, on the news_gold texts.

- 'Li has made dozens of freedom of information requests': a singular noun counted by a plural number, then 'of'
  and a plural noun with only its modifiers between, is the first word of a compound joined by 'of'; the count is
  of the plural head (count_nouns._of_compound_head). 'one box of matches' still counts boxes.
- '60-plus industry experts': a hyphen after the number with a space before the noun joins no noun to the number
  ('-plus'); the counted noun runs on to the plural head (count_nouns.counted_head). 'a four-cylinder engine'
  keeps its hyphened noun.
- 'run from zero (urgent improvement needed) to five (very good)': bare numbers as a range's two ends, each glossed
  in brackets by words, are a scale's ends, no count (count_values._scale_ends).

Each test reads a real line of ../shared/eval/news_gold in place and fails without its rule.
"""

from __future__ import annotations

from test_counts_real import corpus_line, found


def test_of_compound_before_a_plural_head():
    # geowebnews: "For nearly three years, Li has made dozens of freedom of information requests to police -- ..."
    line = corpus_line("geowebnews.jsonl", "dozens of freedom of information requests")
    assert found(line, kind="count")["dozens"]["counted"] == "freedom of information requests"
    # a singular count ('one box of matches') and a plural first noun ('cups of coffee') keep their noun
    assert found("He bought one box of matches.", kind="count")["one"]["counted"] == "box"
    assert found("They drank dozens of cups of coffee.", kind="count")["dozens"]["counted"] == "cups"


def test_plus_after_a_number_counts_on_to_the_head():
    # geowebnews: "..., while 60-plus industry experts take to the stage for more than 100 influential talks ..."
    line = corpus_line("geowebnews.jsonl", "60-plus industry experts")
    assert found(line, kind="count")["60-plus"]["counted"] == "industry experts"


def test_scale_ends_glossed_in_brackets():
    # geowebnews: "The rankings, which run from zero (urgent improvement needed) to five (very good), are calculated ..."
    line = corpus_line("geowebnews.jsonl", "to five (very good)")
    assert "five" not in found(line, kind="count")
    # geowebnews: "Points range from zero (perfect) to 25 (very poor)."
    line = corpus_line("geowebnews.jsonl", "to 25 (very poor)")
    assert "25" not in found(line, kind="count")
    # a range of a counted noun keeps its numbers
    assert "40" in found("Staff numbers rose from 12 (in 2010) to 40 (in 2020) people.", kind="count")
