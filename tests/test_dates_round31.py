"""Day words of session 16's audit pages (round 31): a day word in words only imagined, a quotation opened right
after a verb of saying under a negation or a modal ("I can’t say ‘... so can you give me until tomorrow?’"), is no
day; a real saying's day words keep theirs. Each page is a saved page of ../shared/eval, read in place through the
whole pipeline.
A season in a verbless sentence after a yearly count ("two phone calls a year. One in the spring, ...") is every
year's. A Monday page's "this week" in a gerund that "including" opens under a past clause is the week just ended.
date_deictic reads quote marks with one reader."""

from __future__ import annotations

from conftest import dates_reader

PAGES = {
    # indiewire, 2019-11-13: a songwriter on how she works in general
    "songwriter": ("articles", "3d8f3404cf975af824d7866b7679bc45189c3eea6adb32f0a125a0904b1abbb2"),
    # dawgsbynature, Monday 2019-11-18: a recap of the Thursday game of the week just ended
    "snap_counts": ("articles", "6a72de37e8f98f4eee6c0821e593b35ce536cef6c8b424c5e1dd747ebe6621ba"),
    # weltwoche, 2019-01-23: an interview with a magazine's editor, in English
    "forbes": ("webpages", "d6b71477c75c8a3c"),
}


dates_in = dates_reader(PAGES)


def test_an_imagined_utterance_s_tomorrow_is_no_day():
    # “... I can’t say ‘I don’t know what the emotion is for the character, so can you give me until tomorrow?’ ...”
    assert dates_in("songwriter", "so can you give me until tomorrow") == []


def test_a_monday_recap_s_gerund_of_examples_takes_the_past_of_its_clause():
    # "Chad Thomas has filled in and played way above my expectations (including logging another sack this week ...)"
    found = dates_in("snap_counts", "including logging another sack this week")
    assert ("this week", "2019-W46") in found


def test_one_quote_reader_closes_a_straight_quote_on_a_curly_mark():
    # hosted.ap.org (berkshireeagle), "Unpredictable Sondland faces questions ...", an audit page of 2019-11-20:
    # the quote opens straight and closes curly; Hill's "Thursday" is narrated, outside it (the count of marks that
    # speaker_day read before took it for quoted to the sentence's end)
    from extractor.find.date_deictic import _quoted_at

    block = (
        'said another witness in the impeachment probe, former White House Russia adviser Fiona Hill.\n\n"And I asked, '
        'well, on whose authority?” said Hill, who will testify Thursday. "And he said, the President."'
    )
    sentence = block.index('"And I asked')
    assert _quoted_at(block, block.index("authority"), sentence)
    assert not _quoted_at(block, block.index("Thursday"), sentence)
    assert _quoted_at(block, block.index("the President"), sentence)


def test_a_season_of_a_yearly_count_is_every_year_s():
    # "Before [Trump] became president, we'd get reliably two phone calls a year. One in the spring, before the
    # global billionaires issue, complaining ...": every year's spring, not the page's (2019-01-23)
    assert dates_in("forbes", "One in the spring, before the global billionaires issue") == []


def test_a_season_of_a_sentence_with_its_own_verb_stays():
    # weltwoche, same page: "Back in 2015, when he announced he was running for president, we did a cover story"
    assert dates_in("forbes", "Back in 2015, when he announced") == [("2015", "2015")]
