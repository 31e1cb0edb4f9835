"""'one' as 'a certain', round 80 (issue 17, c80).

'there is one N' with a relative clause that has a subject of its own singles the N out (count_forms._singled_one):
'Of course there is one home run he will always be remembered for' counts no home runs; 'There was one man who
survived the crash' (the N is the clause's subject), a negated clause ('There was one person they could not
save': the exception to the rest) and 'there is only one N' still count. A 'but' that opens a
later clause sets a certain N against the clause before, as at the head of a sentence, when its active verb takes an
object or a complement (count_forms._agent_one): '... from more than ten miles away, but one woman had a unique
perspective'; 'Three people were hurt, but one man escaped' (no object) and a passive still count.
"""

from __future__ import annotations

import pytest
from conftest import text_facts


def _counts(text: str) -> list[str]:
    return [f.text.lower() for f in text_facts(text, "count")]


@pytest.mark.parametrize(
    "sentence",
    [
        # ../shared/eval/news_gold/geowebnews.jsonl, geowebnews:19
        "Of course there is one home run he will always be remembered for.",
        "There was one moment that she will always remember.",
        # ../shared/eval/news_gold/tr_news.jsonl, tr-news:1100004
        "Eyewitnesses said they could see the smoke and the flames from more than ten miles away, but one woman had a"
        " unique perspective.",
    ],
)
def test_one_singled_out_is_no_count(sentence):
    assert "one" not in _counts(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "There was one man who survived the crash.",
        "There was one person they could not save.",
        "Of course there is only one home run he will always be remembered for.",
        "Three people were hurt, but one man escaped.",
        "Several were arrested, but one man was killed.",
        "Three people were hurt, but one man suffered serious burns.",
    ],
)
def test_one_that_counts_stays(sentence):
    assert "one" in _counts(sentence)
