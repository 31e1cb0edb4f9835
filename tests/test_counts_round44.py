"""Counts of round 44: a share whose first side is one ('About 1 in 6,500 children'), percentage points written
short ('2 ppts drop'), a unit number before a civic number ('at 401 - 333 Victoria St.') and 'one' before a sum of
money ('the recently approved one $1bn'). Each document is read in place from ../shared/eval/news_gold, run as an
article with no reference date."""

from __future__ import annotations

from conftest import gold_article, text_as_article


def _facts(corpus: str, doc_id: str, snippet: str, kind: str) -> list[tuple]:
    facts = gold_article(corpus, doc_id).facts or []
    return [
        (f.text, f.value, f.unit if kind == "amount" else f.counted)
        for f in facts
        if f.kind == kind and snippet in (f.sentence or "")
    ]


def _texts(text: str, kind: str) -> list[str]:
    return [f.text for f in text_as_article(text, "t").facts or [] if f.kind == kind]


def test_one_in_any_whole_is_a_rate_not_a_count():
    # tr_news.jsonl, tr-news:1030013: "About 1 in 6,500 children are thought to develop a serious mitochondrial
    # disorder, according to Newcastle's Wellcome Trust Centre for Mitochondrial Research, ..."
    assert _facts("tr_news.jsonl", "tr-news:1030013", "About 1 in 6,500", "count") == []


def test_one_in_a_span_of_time_or_a_score_is_no_proportion():
    # the whole is a duration or the one is a score's side: the rule that makes '1 in N' a rate leaves them alone
    # (webpages/html/8b90f7f7af4fdf18.html.gz: "After stellar starters' duel, Mariners top Angels 2-1 in 10")
    assert "12" in _texts("Mariners top Angels 2-1 in 12 innings on Sunday.", "count")


def test_percentage_points_written_short_are_percentages_where_the_sentence_has_percentages():
    # geowebnews.jsonl, geowebnews:273: "... came the Democratic Left Alliance (SLD) on 12.1 percent (up by 2.4
    # ppts), ... the Polish People's Party (PSL) on 5.9 percent (2 ppts drop) and Nowoczesna on 5.1 percent (1 ppt
    # up)."
    snippet = "(up by 2.4 ppts)"
    amounts = _facts("geowebnews.jsonl", "geowebnews:273", snippet, "amount")
    assert ("2.4 ppts", 2.4, "%") in amounts
    assert ("2 ppts", 2, "%") in amounts
    assert ("1 ppt", 1, "%") in amounts
    assert _facts("geowebnews.jsonl", "geowebnews:273", snippet, "count") == []


def test_short_points_with_no_percentage_near_are_no_count_and_pages_stay():
    assert _texts("Support for the party rose 2 ppts. It now stands at 31 percent.", "count") == []
    assert _texts("The book runs to 320 pp and costs $20.", "amount") == ["$20"]


def test_a_unit_number_before_a_civic_number_is_no_count():
    # geowebnews.jsonl, geowebnews:258: "The new location, at 401 - 333 Victoria St., is the 30th FrontCounter BC
    # office to open in the province."
    assert _facts("geowebnews.jsonl", "geowebnews:258", "401 - 333 Victoria St.", "count") == []


def test_one_before_a_sum_it_modifies_is_no_count():
    # geowebnews.jsonl, geowebnews:210: "... the recently approved one $1bn by President Buhari would be used to
    # purchase arms and ammunition ..."
    snippet = "approved one $1bn"
    assert [c[0] for c in _facts("geowebnews.jsonl", "geowebnews:210", snippet, "count")] == ["195"]
    assert ("$1bn", 1e9, "USD") in _facts("geowebnews.jsonl", "geowebnews:210", snippet, "amount")
    # 'one' on the noun after the sum still counts it
    assert _texts("He bought one $5 ticket at the gate.", "count") == ["one"]
