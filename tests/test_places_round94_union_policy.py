"""Places, round 94: a union's initials opening a policy's capitalised name (bodies._policy_of).

'These measures are: – The development of an EU Aviation strategy with a plan for a simple efficient regulatory
structure, ...' (geowebnews:116): the model tagged 'EU Aviation' one organisation, so no place was found, while 'an EU
aviation strategy' and 'the EU strategy' give the European Union. A union's initials opening capitalised nouns, a
policy's noun right after them (data policy_nouns), name the policy's jurisdiction. A country's name there opens a
company's as often ('the US Steel plan', 'the China Southern strategy'), no place by the audit guide: left alone.
"""

from __future__ import annotations

from conftest import rows_of
from test_counts_real import corpus_line


def sentence_of(line: str, marker: str) -> str:
    """The sentence of a corpus line (a paragraph) that holds marker."""
    at = line.index(marker)
    start = line.rfind(". ", 0, at) + 2 if ". " in line[:at] else 0
    end = line.find(". ", at)
    return line[start : end + 1 if end >= 0 else len(line)]


def test_eu_aviation_strategy_names_the_union() -> None:
    line = sentence_of(corpus_line("geowebnews.jsonl", "an EU Aviation strategy"), "an EU Aviation strategy")
    assert ("EU", "European Union") in rows_of(line, "place", "name")


def test_a_companys_plan_is_no_place() -> None:
    # the near sentences: a country's name opening a company's ('US Steel', 'China Southern') before a plan's noun
    assert rows_of("The US Steel plan to close the mill was dropped.", "place", "name") == []
    assert rows_of("The China Southern strategy is to grow its fleet.", "place", "name") == []
