"""Dates on real news (issue 17, round 92): "today" on a bare participle of a verb of state after its noun.

'That is the uphill climb facing Canadian companies in Asia today – struggling to climb the hill while their
competitors ride the “trade agreement gondola” to the top.' (news_gold tr-news:1070001): "today" was the page's day;
"facing" is a relative clause cut short (the climb that is facing them), on a verb of nowadays_verbs, so "today"
is nowadays, no date (date_generic._nowadays_clause). A participle of another verb ("new regulations coming into
force today") keeps its day. Of every "today" on the audit pages and news_gold docs, only this one changed.
"""

from __future__ import annotations

from conftest import texts_of

REAL = (
    "That is the uphill climb facing Canadian companies in Asia today – struggling to climb the hill while their "
    "competitors ride the “trade agreement gondola” to the top."
)


def test_real_facing_today_is_nowadays():
    assert "today" not in texts_of(REAL, "date")


def test_event_participle_keeps_today():
    text = "Anyone can be fined £1,000 under new regulations coming into force today."
    assert texts_of(text, "date") == ["today"]
    assert texts_of("Analysts are facing a key vote which the board announced today.", "date") == ["today"]
