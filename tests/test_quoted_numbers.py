"""Digits that are a whole quotation are a name or a literal (issue 17, audit seed 20261213): the closing quote
of Forbes's “400” is no inch mark, and “400” counts nothing. A page of ../shared/eval read in place; "13.3” wide"
with no quotation opened before it stays 13.3 inches."""

from __future__ import annotations

from conftest import eval_facts

import extractor

FORBES = ("webpages", "d6b71477c75c8a3c")


def test_a_quoted_number_is_no_inch_and_no_count():
    facts = [f for f in eval_facts(*FORBES) if "“400”" in f["sentence"] and f["text"].startswith("400")]
    assert facts == []
    assert any("“400”" in f["sentence"] for f in eval_facts(*FORBES))


def test_a_double_prime_after_digits_outside_a_quotation_is_inches():
    article = extractor.extract_text("The screen of the new laptop is 13.3” wide.", "laptop")
    assert [(f.text, f.unit) for f in article.facts if f.kind == "amount"] == [("13.3”", "in")]
