"""A number alone after 'in' on a verb of splitting says into how many parts, not how many of something
(count_forms._split_in_parts, count_forms.json split_verbs). The page is read in place from ../shared/eval/webpages."""

from __future__ import annotations

from conftest import eval_facts, text_as_article


def _counts(text: str) -> list[str]:
    return [f.text for f in text_as_article(text, "t").facts or [] if f.kind == "count"]


def test_split_in_two_is_no_count():
    # webpages/html/f55806b59e7b670e.html.gz (npr.org, 2023-11-09): "... to evacuate to south of the Wadi Gaza, a
    # river that roughly splits the Gaza Strip in two."
    counts = [
        f["text"]
        for f in eval_facts("webpages", "f55806b59e7b670e")
        if f["kind"] == "count" and "splits the Gaza Strip" in f["sentence"]
    ]
    assert "two" not in counts
    assert "over 1 million" in counts  # the sentence's people still count


def test_split_into_two_groups_counts_the_groups():
    assert "two" in _counts("The class was split into two groups of 15 students.")
