"""A shell prompt read as a dollar, round 84 (issue 17, ac84).

'$ python foo.py 1 key error 1 $ python foo.py 2 value error 2' (a shell session flattened into one sentence on a
Python tutorial) was read as an amount '1 $': the '$' after the program's output is the next command's prompt. A '$'
after a number, then a space and a shell command (count_forms.json shell_commands), in a sentence that holds an
earlier prompt of the session, is no currency sign (count_forms.shell_prompt, asked by amounts.read_one). A trailing
sign in prose keeps its dollar ('prices from 5 $ per ticket'), and so does one whose next word only looks like a
command ('the fee is 10 $ make sure to pay': no earlier prompt).
"""

from __future__ import annotations

from conftest import text_facts
from test_counts_real import page_facts

from extractor.find.count_forms import shell_prompt

PAGE = "toptal.com/python/top-10-mistakes-that-python-programmers-make"


def test_a_prompt_after_a_programs_output_is_no_dollar():
    # the audit page's shell session, python 2 and python 3 runs: judged wrong as amounts of $1
    assert "1 $" not in page_facts(PAGE, "$ python foo.py 1 key error 1", "amount")
    assert "1 $" not in page_facts(PAGE, "$ python3 foo.py 1 key error 1", "amount")


def test_a_trailing_dollar_in_prose_stays_money():
    facts = text_facts("Tickets are sold at prices from 5 $ per ticket.", "amount")
    assert [(f.text, f.value, f.unit) for f in facts] == [("5 $", 5, "USD")]
    facts = text_facts("The fee is 10 $ make sure to pay it on time.", "amount")
    assert [(f.text, f.value, f.unit) for f in facts] == [("10 $", 10, "USD")]
    facts = text_facts("It costs $ 5 to enter.", "amount")
    assert [(f.text, f.value, f.unit) for f in facts] == [("$ 5", 5, "USD")]


def test_the_prompt_needs_a_command_and_an_earlier_prompt():
    text = "$ git status 1 $ git log"
    assert shell_prompt(text, text.index("1 $") + 3, 0)
    assert not shell_prompt(text, text.index("1 $") + 3, text.index("1 $"))  # no earlier prompt in the sentence
    text = "$ git status 1 $ gitlab"
    assert not shell_prompt(text, text.index("1 $") + 3, 0)  # no command after the sign
