"""Counts a careful news reader would sign, round 20 (issue 17): an indefinite 'one' and the numbers of a citation.

- a 'but' that opens a clause is a conjunction, not the 'merely' of 'is but one dish': "But one emotion triumphed
  above it all", "Ah, but one piece of history proved to be important" tell what a certain N did
  (count_forms._one_noun, _opens_sentence, _agent_one); a casualty verb after it ('but one mistake and there
  goes your life' is no sentence-opening subject) keeps the count.
- 'one N ... others' is the first of a contrast like 'one N ... the other' (count_forms.json one_correlatives):
  "offset rising energy demands in one domain by lowering energy use in others".
- 'if there is one N' singles the N out for emphasis (count_forms._emphatic_one): "If there’s one unifying theme
  to his books, it’s ..."; "If there's just one image" still counts.
- the generic pronoun 'one' before a verb of thinking ("This legacy, one notes, still resonates") or after a
  causative ("makes one wonder who's ..."), which the parse reads as a noun counted (count_forms._generic_verb).
- the pages and note numbers after a book's imprint (count_labels._imprint_pages): "(new york: harmony books,
  1998), especially 198-203. 342."; the pages after 'pp.' (count_labels.json label_nouns).

Each test reads a real page of ../shared/eval in place through the whole pipeline (test_counts_real.page_facts)
or a real line through the finder, and fails without its rule or its words.
"""

from __future__ import annotations

from test_counts_real import corpus_line, found, page_facts


def test_sentence_opening_but_one_counts_no_emotion():
    # "Fear, sorrow, and anger, all gathered together deep in her heart. But one emotion triumphed above it all."
    page = "royalroad.com/fiction/34798/melas/chapter/535107"
    assert "one" not in page_facts(page, "But one emotion triumphed above it all", "count")


def test_interjection_but_one_counts_no_piece():
    # "Ah, but one piece of history proved to be important: he had recently “acquired” both a feather duvet ..."
    page = "how-this-mans-bedding-gave-him-feather-duvet-lung"
    assert "one" not in page_facts(page, "Ah, but one piece of history proved", "count")


def test_mid_sentence_but_one_mistake_still_counts():
    # "“They don’t mean for their kid to die, but one mistake and there goes your life."
    line = "“They don’t mean for their kid to die, but one mistake and there goes your life."
    assert found(line, kind="count")["one"]["counted"] == "mistake"


def test_one_domain_against_others_counts_no_domain():
    # "He also says that the IT industry has in the past offset rising energy demands in one domain by lowering
    # energy use in others."
    page = "wired.com/story/ai-great-things-burn-planet"
    assert "one" not in page_facts(page, "in one domain by lowering energy use in others", "count")


def test_if_there_is_one_theme_counts_no_theme():
    # "If there’s one unifying theme to his books, it’s a deep skepticism of power and its costs."
    page = "slate.com/culture/2019/11/john-ford-science-fiction-fantasy-books"
    assert "one" not in page_facts(page, "If there’s one unifying theme to his books", "count")
    # a count word before 'one' keeps it a count (a real line of a page’s script, webpages/ 7108cef170b2414c)
    assert found("If there's just one image (i.e. it's not a gallery), find its path.", kind="count")["one"]


def test_pages_after_an_imprint_count_nothing():
    # "Davis, erik, techgnosis: myth, magic, mysticism in the age of information (new york: harmony books, 1998),
    # especially 198-203. 342."
    page = "92da28367d4f79d5"
    facts = page_facts(page, "(new york: harmony books, 1998), especially 198-203", "count")
    assert not {t for t in facts if t in ("198-203", "198", "203", "342")}


def test_pages_after_pp_count_nothing():
    # a reference line of a webpages/ page (72549f23d6822c41, in German, so read by the finder alone)
    line = "In: Science; Vol. 371, Issue 6526, pp. 260 - 264, 15. Januar 2021, DOI 10.1126/science.abe4688"
    assert not {t for t in found(line, kind="count") if t.startswith(("260", "264"))}


def test_generic_one_before_a_verb_of_thinking_counts_nothing():
    # GeoWebNews: "This legacy, one notes, still resonates through post-military and emerging democracies in
    # Africa." and "... makes one wonder who’s the primary director and beneficiary of the new crisis ..."
    for marker in ("This legacy, one notes, still resonates", "makes one wonder who’s the primary director"):
        assert "one" not in found(corpus_line("geowebnews.jsonl", marker), kind="count")
    # a singular noun after 'one' still counts: a real line of TR-News
    line = corpus_line("tr_news.jsonl", "Authorities say one person was killed after crashing his car")
    assert found(line, kind="count")["one"]["counted"] == "person"
