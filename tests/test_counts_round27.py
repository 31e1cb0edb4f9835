"""Counts, round 27 (issue 17, r27-counts).

- 'Text messages between the two were found', 'when the two were on the ground': a number word right after 'the'
  with no noun after it and a finite verb, an adverb or a punctuation mark next stands for people named before,
  like 'they': no count (count_forms._article_pronoun). 'the two drug suppliers', 'two pharmacists' count; digits
  with a participle after them ('eight short of the 60 needed to pass', MEANTIME's gold marks it) still count.
- 'Ralston Valley beat that same team by two touchdowns', 'trailed her Republican challenger ... by more than 700
  votes': 'by' and a number of a score's or a tally's units is a margin, not how many (count_measures._margin,
  touchdowns, wickets and votes added to margin_units).
- 'eventually became Mercurial's version of six.': a number word after 'version of' that ends its clause names a
  thing (here a Python library), not how many (count_forms._version_of).

Each test reads a real page of ../shared/eval in place through the whole pipeline and fails without its rule.
"""

from __future__ import annotations

from test_counts_real import _article, corpus_line, found, page_facts


def test_the_number_as_a_pronoun_is_no_count():
    # kentnews.online/lengthy-prison-sentences-for-two-thanet-drug-dealers: "Text messages between the two were found
    # on Kadir’s phone, and a further quantity of cocaine was found hidden inside Duffy’s fridge."
    page = "kentnews.online/lengthy-prison-sentences-for-two-thanet-drug-dealers"
    assert "two" not in page_facts(page, "Text messages between the two were found", "count")
    assert page_facts(page, "handed down to two drug suppliers", "count")["two"]["counted"] == "drug suppliers"
    # cbssports.com/nfl/news/browns-player-on-mason-rudolphs-role-in-fight-with-myles-garrett-he-asked-for-it:
    # "... igniting the altercation with Garrett when the two were on the ground."
    page = "cbssports.com/nfl/news/browns-player-on-mason-rudolphs-role"
    assert "two" not in page_facts(page, "when the two were on the ground", "count")
    # slate.com/culture/2019/11/john-ford-science-fiction-fantasy-books: "The two became romantically involved in
    # 1993." and, on the same page, "... the first child of two pharmacists ..."
    facts = page_facts("slate.com/culture/2019/11/john-ford-science-fiction", "The two became romantically", "count")
    assert "two" not in facts
    facts = page_facts("slate.com/culture/2019/11/john-ford-science-fiction", "first child of two pharmacists", "count")
    assert facts["two"]["counted"] == "pharmacists"


def test_digits_after_the_with_a_participle_still_count():
    # MEANTIME (meantime_en_numbers, meantime-en:118147): "... was 52-35, eight short of the 60 needed to pass."
    line = corpus_line("meantime_en_numbers.jsonl", "eight short of the 60 needed to pass")
    assert "60" in found(line)


def test_margin_in_touchdowns_or_votes_is_no_count():
    # denverpost.com/2023/11/08/colorado-high-school-football-playoffs-second-weekend-2023: "Ralston Valley beat that
    # same team by two touchdowns."
    page = "denverpost.com/2023/11/08/colorado-high-school-football"
    assert "two" not in page_facts(page, "beat that same team by two touchdowns", "count")
    # gothamist.com/news/rezoning-plan-plagues-bronx-city-councilmembers-re-election-bid: "... Democratic incumbent
    # Marjorie Velázquez trailed her Republican challenger Kristy Marmorato by more than 700 votes on Wednesday."
    page = "gothamist.com/news/rezoning-plan-plagues-bronx"
    assert "more than 700" not in page_facts(page, "by more than 700 votes", "count")
    assert page_facts(page, "The plan allows for 350 new apartments", "count")["350"]["counted"] == "new apartments"


def test_number_word_after_version_of_is_a_name():
    # webpages 750955e516e256de (a Mercurial developer's post on porting to Python 3): "This file grew over time and
    # eventually became Mercurial's version of six."; "two sections" on the same page counts
    art = _article("750955e516e256de")
    marker = "eventually became Mercurial's version of six"
    at = art.text.index(marker) + len(marker) - len("six")
    assert not [f for f in art.facts or [] if f.kind == "count" and f.start_char == at]
    assert "two" in page_facts("750955e516e256de", "logically divided into two sections", "count")
