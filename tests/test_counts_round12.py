"""Counts a careful news reader would sign, round 12 (issue 17): numbers that are a label or a value in code.

Not counts: a bare number in apposition to a noun of a scale ("The final stage, 3, the rolling blackouts": the
grade, as "stage 3" is); the argument of a shell command even when the parse links a noun after it ("chmod 400
/usr/local/ssl/CA/private/*.pem" counts no "local"); the section number of the manual-page command ("man 5
hosts_access"). Still counts: a number after such a noun that words follow ("all-economy class (550 for a Boeing
747)") and a count in prose on the same code page ("This will create two files").

Each test reads real text of ../shared/eval in place through the whole pipeline (test_counts_real), fails
without its rule or its words in extractor/data, and checks that a true count beside it stays a count.
"""

from __future__ import annotations

from test_counts_real import corpus_line, found, page_facts

_BLACKOUTS = "nytimes.com/2020/08/16/business/california-blackouts"
_STUNNEL = "f62edce3ea5e63d0"


def test_a_number_apposed_to_a_stage_is_its_label():
    # "The final stage, 3, the rolling blackouts, began at 6:30 p.m., when operating reserves dipped to 8.9 percent
    # but still above the 3 percent level that the operator listed last year, Mr. Marcus said."
    facts = page_facts(_BLACKOUTS, "The final stage, 3, the rolling blackouts", "count")
    assert "3" not in facts


def test_a_count_in_brackets_after_a_class_noun_stays():
    # "... can carry up to 840 people in all-economy class (550 for a Boeing 747), or 555 people in ..." (MEANTIME):
    # the rule reads only a number that punctuation closes, so one that words follow still counts
    line = corpus_line("meantime_en_numbers.jsonl", "all-economy class (550 for a Boeing 747)")
    assert "550" in found(line, kind="count")


def test_the_argument_of_a_shell_command_is_no_count():
    # "chmod 400 /usr/local/ssl/CA/private/*.pem" (the parse links 'local' of the path as the counted noun)
    assert page_facts(_STUNNEL, "chmod 400 /usr/local/ssl/CA/private", "count") == {}
    # "man 5 hosts_access will give you more information."
    assert page_facts(_STUNNEL, "man 5 hosts_access", "count") == {}
    # "This will create two files, langly_stunnel_key.pem (the key) and ...": prose on the same page still counts
    assert page_facts(_STUNNEL, "This will create two files", "count")["two"]["counted"] == "files"
