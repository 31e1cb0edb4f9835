"""A year-less date keeps the sentence's anchor in a verbless block too (find/dates.py, resolvers._anchored).

- "Storms peak in late summer and early autumn" (a round 85 finding: the parser reads "Storms peak" as a noun, so
  the block has no verb and was read as a schedule line, which turned the sentence's anchor off): each season took
  the nearest of its own, 2018-SU and 2017-FA on a page of 2018-04-10. The second season is now read next to the
  first, as in a block with a verb; the schedule reading still comes first where a recent day runs it forward.
- Not across a semicolon ("Storms in late summer; calm in early autumn"), as before.
"""

from __future__ import annotations

from conftest import sentence_dates


def test_second_season_of_a_verbless_sentence_is_read_next_to_the_first():
    assert sentence_dates("Storms peak in late summer and early autumn.", "2018-04-10") == [
        ("late summer", "2018-SU"),
        ("early autumn", "2018-FA"),
    ]


def test_same_reading_as_a_block_with_a_verb():
    # webpages (usatoday.com, 2020-04-02): the seasons joined in a clause with verbs, one year
    text = (
        "The U.S. may still be battling the coronavirus outbreak when hurricane season officially begins June 1, and"
        " waves of infections could follow during peak months for storms in late summer and early fall."
    )
    assert [d for d in sentence_dates(text, "2020-04-02") if d[0] != "June 1"] == [
        ("late summer", "2020-SU"),
        ("early fall", "2020-FA"),
    ]


def test_no_anchor_across_a_semicolon():
    # each side of a semicolon is read on its own: the second season as it is alone
    alone = sentence_dates("Calm in early autumn.", "2018-04-10")
    dates = sentence_dates("Storms in late summer; calm in early autumn.", "2018-04-10")
    assert dates[1:] == alone
