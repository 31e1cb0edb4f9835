"""Date classes of round 27 over the facts of main at 7dc81a0 on the audit pages: a quote's "today" or "tonight"
whose words no verb of saying dates is said on the story's day, the first day the running text names when that day
is in the few days before the page's date (find/date_deictic.spoken_days). Each case is a sentence of a saved page
in ../shared/eval read in place through the pipeline, and the date a careful reader expects there; each failed
before its rule. The sentences that must keep the page's date are from the audit pages."""

from __future__ import annotations

from conftest import dates_reader

PAGES = {
    "lynn": ("articles", "8e3efab59f48fd29a1e1e7aa135880c4251a9f090f94999668cdbaec59d30b5a"),  # 2019-11-19
    "hearing": ("articles", "c90731f051d033e49e4cfcc920895051bbc3b54ef1a11519abcf22a115c3aa79"),  # 2019-11-20
    "sag": ("webpages", "1103dff69988fa63"),  # 2020-01-19
    "blackouts": ("webpages", "284b12a9cf30471f"),  # 2020-08-16
    "teachers": ("articles", "7de5241947a5f7147fe9787c6f6fa16685bfe66e6c35510a68780f27690dc4f0"),  # 2019-11-19
}
dates_in = dates_reader(PAGES)


def test_a_quotes_today_is_the_story_day_the_running_text_named():
    # 'after Monday night's loss ... Lynn said': the coach's "today" of a page of Tuesday is the game's Monday, in
    # the quote's second sentence too
    assert dates_in("lynn", "we could control our own destiny") == [("today", "2019-11-18")]
    assert dates_in("lynn", "Yes, we needed to win this game today") == [("today", "2019-11-18")]


def test_a_quote_opened_straight_and_closed_curly_ends_there():
    # '"A great day for Republicans ...," Trump tweeted soon after ... hearings on Tuesday': that Tuesday is the
    # running text's, and the White House's "Today's second hearing" (page of Wednesday) is that Tuesday
    assert dates_in("hearing", "second hearing is over") == [("Today", "2019-11-19")]


def test_a_quote_keeps_the_pages_day_when_the_story_is_on_it():
    # the first day named is the page's own ("awards on Sunday"): "tomorrow" counts from the page's date
    assert dates_in("sag", "if I wake up tomorrow") == [("tomorrow", "2020-01-20")]
    # "forecast electricity demand Monday" (ahead of the page) after Friday's and Saturday's blackouts
    assert dates_in("blackouts", "going to manifest tomorrow") == [("tomorrow", "2020-08-17")]
    assert dates_in("teachers", "What a shame that it takes today") == [("today", "2019-11-19")]
