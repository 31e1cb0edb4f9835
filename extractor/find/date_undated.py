"""Year-less dates of a page with no date at all: the years the text itself gives them.

With no reference date (SPEC: neither --reference-date nor a publication date) a year-less or relative date is null,
but the text may state its own time. These passes run once the article is read, each over all its dates (block,
candidate, period) in text order, and only fill what is still null: noun_year, span_season_year, story_year, then
weekday_year,
schedule_year, holiday_year, present_year, clause_year, coming_year, ahead_day, story_weekday, weekday_day,
story_shift and shifted_day (find/dates.py). The frames they share with a dated page (a sentence naming another
year, the year naming a clause's subject) are date_frames.py's.

A year-less date of a page with no date at all (story_year): no reference date (SPEC: neither --reference-date nor a
publication date) leaves "April 3" null, but the story may state its own days: "On March 28, 2018 ... proposed to
adopt the amendments on April 3" is 2018-04-03. Decisions:
- Only a month and day (or a day range in one month: "7/8 April", "14-16 June") with no year or shift word of its
  own; relative phrases ("earlier this year", "last week") still need a reference date and stay null, and so do a
  month and a holiday, often a custom rather than a time ("celebrated on the fourth Thursday in November", "make
  turkeys for Thanksgiving").
- Not when its sentence names another year ("1789 - ... naming November 26 a day of thanksgiving"): that year is
  its nearer frame. When that year opens a timeline entry's line before a dash ("1789 - ", "Fall 1621 - ",
  "October 3, 1863 - ") and the sentence names no other, the date is of that year (1789-11-26). Measured on the
  news_gold texts and the audit pages: 1 day dated, right; no other (a holiday is not read: story_year's kinds).
- The anchor is a full day of the article stating its own year (not relative; a caption's or headline's too, as
  nothing else dates the page): the last one before the date, else the latest one of the article (a page is
  written after the last day it tells: "published on March 30 ... As reported earlier, on March 27, 2017, ...
  On March 28, 2018" is of 2018). A day that closes a period of accounts ("the fiscal year ending March 31,
  2019") is no day of the story and anchors nothing.
- The year (the anchor's, or one either side) that puts the date nearest the anchor, only within story_anchor_days
  of it: a date months away ("born on May 5, 1960 ... was arrested on March 3") is of a year the text does not say.
  A weekday given with it ("Saturday, March 31") must fall on that day.
- The text dates it: relative false, reference date null.

A year-less day with its weekday of a page with no date at all (weekday_year), still null after story_year: "The Board
... on Tuesday, May 16, approved the contract ... duties beginning July 1, 2017" is 2017-05-16 (a Tuesday in 2017),
though 46 days from its anchor is past story_anchor_days. Decisions:
- Only a month and day (or days in one month) whose words open with a weekday ("Tuesday, May 16", "Friday 6th
  April"), no year or shift word of its own (story_year's kinds); a weekday and a day of the month with no month
  ("Tuesday the 16th") is not read. A day in brackets right after its weekday ("on Wednesday (April 4th)") is
  read as "Wednesday, April 4th" is, with the same anchors and window: on the news_gold texts its four (geowebnews:167,
  tr-news:1160001, 1170005, 1170006) state no year at all and stay null; the audit texts hold none.
- The anchors are the article's full days stating their own year in their words (a day story_year dated is no
  anchor; a day closing a period of accounts neither). A bare year or a month of a year anchors nothing: measured
  on the 318 news_gold texts and the 491 English audit pages' texts with their dates hidden (34 year-less weekday
  dates), 7 of the 8 texts naming years named none of the story's own (a bio's "In 2011 ... in 2016", "Garland's
  2016 nomination", a tour "in June 2020" announced in 2019), and the date read in a named year or one either side
  fitted its weekday in a wrong year 3 times to 5 right; the full days within story_weekday_days: 1 right, none
  wrong. The text's own present ("Tonight, Friday 6th April" of geowebnews:307, whose years are a bio's 2011 to
  2016) is read no other way: its first fitting year at or after the latest year the text names (2018 there) is the
  page's year only when that year is 0 to 4 before the page's, in 154 of the 287 English audit pages' texts naming a
  year (a later year in 83, one 5 or more before in 50), so "this year" counted from it stays null too (round 101).
- The date in the anchor's year or one either side nearest the anchor, within story_weekday_days (dates.json), must
  fall on its weekday: the weekday passes a wrong year one time in seven, so the window can be three times
  story_anchor_days for fewer wrong readings than story_year's own.
- Only when all the anchors give the same day; two days (two years fitting) leave it null. Not when its sentence
  names another year (story_year's rule).
- The text dates it: relative false, reference date null.

A year-less day of a page with no date at all listed under a schedule's heading that states its year (schedule_year):
"2018 calendar. 7/8 April: Brands Hatch Indy, Kent. ... 28/29 July: Snetterton, Norfolk." is 2018-07-29. Decisions:
- The heading is a year and a schedule's noun (schedule_heading in dates.json: calendar, schedule, fixtures,
  programme, dates) closed by a full stop, a colon or a line's end, earlier in the same block: the list runs on
  in its block and no further.
- Only a month and day with no year or shift word of its own (story_year's kinds), still null after story_year.
- The same day named again anywhere in the text, outside the list, is that entry's day: "To mark the BTCC's 60th
  season, the third race at Snetterton on 29 July will be a 60-mile 'Diamond Double'" is 2018-07-29 (the list's
  "28/29 July: Snetterton, Norfolk."), when its month and day fall within the entries of one year only.
- The text dates it: relative false, reference date null.

A relative date of a page with no date at all whose value hangs on the year alone (present_year): "This year,
Sutton goes into the season as the driver to beat" is null with no reference date, but the text may state its own
present year: "The 2018 British Touring Car Championship gets going tomorrow" (a year naming the subject of a clause
told "today", "tomorrow", "tonight" or "yesterday", as event_year reads a subject), "This year (2018)" (a year in
parentheses glossing a relative date), or the copyright notice closing it ("... removed her from office last year. ...
Copyright 2018 by CNN NewSource. All rights reserved.": 2017). Decisions:
- Only when every such statement of the text gives the same year; a year elsewhere in a clause told "today" ("The
  Delhi High Court today sought response ... from his 2016 book") names no present.
- A copyright notice with its year in the article's last block ("Copyright 2018 The Associated Press. All rights
  reserved.", "© 2018 Cable News Network": copyright_notice in dates.json) states the year of the page: the page's
  own notice closes it, one mid-text is a photo's credit ("Baku, Azerbaijan, April 5, 2018. © 2018 RFE/RL"). Measured
  as a year of the page: the 2 audit pages' texts ending in a notice (of 491, dates hidden) and the 13 news_gold texts
  ending in one all give the page's year. The full days the article writes are no such statement: on the 569 audit
  pages (their publication dates known) the latest full day is of the page's year 47 times in 73, a caption's 25 in
  30 (file photos), the first body paragraph's 7 in 8, against "nearly always".
- Only a date whose reading is the same from a day early and a day late in that year ("this year", "last year",
  "March of this year", "the first quarter of this year", a shift word tying it to the year): "last month" or
  "earlier this year" need the day and stay null, and so does a year-less day ("July 29", no shift word: its year
  hangs on the day and the tense), but for a month alone told in the past (below). Not a range or a "since" date.
- The months of a year from January to before its end, stated with their year and compared with the same period of
  the year before in their sentence, not told ahead ("For January-February of 2018, investments ... increased by
  54.4% ... compared to the same period of the previous year"), are the year's results so far: that year is the
  present one ("In general, in the current year, it is planned to put into operation 298 projects": 2018). Measured
  on the 318 news_gold texts and the 522 audit pages' texts with their dates hidden: one text compares so, its 4
  dates of the present year all right.
- A year told as still running is the present one: a year, or a part of a year named by it, as the subject of a
  present perfect "has been" ("Clearly 2016 has been, from a policy perspective, a very important year" in a
  year-end piece: "a condo this fall" is 2016-FA; "Why autumn 2023 has been so stormy"), not a passive ("2016 has
  been confirmed as the warmest year" may be told in January after it); or a year "so far" ("The council has agreed
  12 house purchases so far in 2018", "In 2019 so far"). Measured on the 318 news_gold texts and the 522 audit
  pages' texts with their dates hidden: 1 date dated ("this fall"), right; the 4 other texts so stating a year (all
  of it right) have no date that hangs on the year alone.
- A year the subject of a present perfect with "already" is still running too ("In 2017 the CST supported the
  Presidential Inauguration ...; 2018 has already pulled the unit in numerous directions").
- A month alone told in the past is of that present year ("'In January and February we had the honor of working at
  Super Bowl 52'" after "2018 has already pulled the unit", 2018-01 and 2018-02; "In February, Choi was sentenced"
  before "Copyright 2018 by CNN NewSource", 2018-02), not a "since" or a modified one, and not when its sentence
  names another year; nor in a text that names a month of last year ("last October ... In November, Barr tweeted":
  its past months may follow that one, in the year before). Measured on the 318 news_gold texts: 5 months of 3 texts
  dated, all right (one more, the November after "last October", wrong without that bar); on the 542 audit pages'
  texts with their dates hidden: 2 months of one text dated (a storm season's "in September", "in October" of
  2023), both right; no other changed.
- A season named by its year in the sentence of a date told today ("When the first pitch flies to kick off the Blue
  Jays' 2018 season later this afternoon") is the present one: its year is a statement of the present year too,
  when the sentence names no other year.
- A sport's or trade's season shifted from the present ("this season", "Last season had near-record warm sea surface
  temperatures", value null with a reference date or without) is the present year's, one before or one after, read
  as that year, when the text names a season by one year ("With the 2017 season still fresh on the minds of many
  coastal residents") and no span of two years ("the 2017-18 season": a league's season runs across two years, and
  "this season" in April is the one begun the year before). Not with a modifier ("early last season"). Measured on
  the 318 news_gold texts and the 522 audit pages' texts with their dates hidden: 3 seasons dated, all right; the
  texts naming no season by a year (a Championship club's "this season", a touring car series' "last season") stay
  null.
- The text dates it: relative false, reference date null.

A bare month of a page with no date at all whose clause names one year as the span of a thing (clause_year): "This
death marks the fourth homicide of 2016 in London and the first since September." is 2016-09 (a "since" month too:
value the month, latest null), though no full day of the article anchors it. Decisions:
- Only a month alone (no year, shift word, day, modifier or parts), still null after the passes before it.
- The sentence names one year only (other_year), as the object of a preposition of a span (clause_year_preps in
  dates.json: "of 2016", "in 2018"), and the first verb above the year is the first verb above the month: the same
  clause. "He was hired in 2015 and since March has worked there" (two joined verbs) and "by October 2019, ...
  before May" (the year a date's own) read nothing.
- Measured on the 318 news_gold texts and the 491 audit pages' texts with their dates hidden: 2 months dated, both
  right ("the first since September" of 2016; "discussed ... in 2018, in January" of a 2018 article); no other.
- The text dates it: relative false, reference date null.

A year-less day of a page with no date at all whose phrase follows a noun its clause names by a year (noun_year),
read before story_year: "The AWC ... chose the Hope Residence ... for its 2018 "Ladies Night Out Fashion Show Benefit:
Design for Recovery" on April 24 at Seasons restaurant" is 2018-04-24: the event named by its year is held in it.
Decisions:
- The noun is the one the date's phrase modifies ("its 2018 Benefit on April 24"), or, the phrase parsed on the verb,
  the verb's object met last before it (a direct object or a preposition's object); every object inside the quoted
  title that object stands in counts as that noun ("Benefit" and "Design" of the title above).
- Only a month and day (or days of one month) with no year or shift word of its own (story_year's kinds), not a
  "since" or a modified one; the noun's modifiers give one year, the sentence names no other (other_year) and no span
  of two years ("being named to the 2016-17 Team Alberta ... at the Skate Canada Sectionals ... from Nov. 3 to 6": a
  season's span names no one year: span_season_year reads it by its month).
- The day so dated states its year in its sentence and anchors story_year: "The event will run from 6:30-11:30 p.m.
  April 24." in the same text is 2018-04-24 too.
- Measured on the 318 news_gold texts and the 553 audit pages' texts with their dates hidden: 2 days of one text
  dated, both right; no other changed.
- The text dates it: relative false, reference date null.

A year-less day or month of a page with no date at all in a sentence naming a season of two years
(span_season_year): "One of her most recent successes was being named to the 2016-17 Team Alberta junior development
team at the Skate Canada Sectionals in Edmonton from Nov. 3 to 6" is 2016-11-03/2016-11-06. Decisions:
- The season is written with its second year's last two digits after a hyphen, a dash or a slash ("2016-17",
  "2019/20"), the second year the first's next; its sentence names no other year and no other span.
- Only a month and day (story_year's kinds) or a bare month, not a "since" or a modified one: an autumn month is of
  the season's first year, a winter month of its second (span_season_months in dates.json: September to December,
  January to March); a month of spring or summer stays null, as a fiscal year may start in April or July and a
  league's season end in May or June. clause_year reads no season's first year as its clause's year ("Rainfall in
  2016-17 was lowest in May" stays null).
- Measured on the 318 news_gold texts and the audit pages' texts with their dates hidden (round 102): 1 day dated, right
  (tr-news:1180001's "Nov. 3 to 6", 2016); no other changed; none on the audit pages with their dates.
- The text dates it: relative false, reference date null.

A year-less day of a page with no date at all told ahead, in a text whose coming events are named by one year
(coming_year), still null after clause_year: "The 2018 edition of the Gulf Information Security Conference and Internet
of Things Expo (IoTX) will connect digital decision makers ... The events ... will run at Dubai World Trade Centre
(DWTC) from May 1-3" is 2018-05-01/2018-05-03. Decisions:
- A year that is itself the subject of a clause told ahead ("the question is: What will 2018 bring?") names the
  text's coming year as well.
- The years are those naming the subject of a clause told ahead with "will" or "shall" ("The 2018 edition ... will
  connect", "Gisec and IoTX 2018 will shape the agenda", a subject joined to another's too): all one year, the year
  the text's coming events are held in. A year elsewhere ("forecast to reach $34.6 billion by 2023", "Cited in the
  2017 edition of Deloitte's ... Predictions") names no event of the text's own.
- A month alone, null, told ahead is read in that year too ("the National Oceanic and Atmospheric Administration
  will provide its hurricane outlook in May" after "What will 2018 bring?": 2018-05; "It's going to be a busy
  season, no doubt, especially August, September and October" after "The 2020 hurricane season will follow four
  unusually active years"). Measured on the 318 news_gold texts and the 522 audit pages' texts with their dates
  hidden: 5 dates dated (a day and a month of 2018, three months of 2020), all right; no other changed.
- A date finer than a year stating its own year in a clause told ahead names the year of the text's coming events too
  ("The group will submit an application to SEAI LED retrofit scheme in the second quarter of 2018": "A full report
  ... will be completed in July" is 2018-07); a year alone told ahead ("forecast to reach $34.6 billion by 2023") is
  a horizon, no event's. Measured on the 318 news_gold texts: 2 months of one text dated, both right; on the 542
  audit pages' texts with their dates hidden: 2 days of one text dated (a tour's "will loop into Shoreline
  Amphitheatre ... on Sept. 12" beside its dates of 2020), both right; no other changed.
- Only a month and day (or days of one month) with no year or shift word of its own (story_year's kinds), in a
  clause told ahead itself ("will run ... from May 1-3", "on April 30, former CISOs ... will deliver"), not a
  "since" or a modified one, and not when its sentence names another year (story_year's rule).
- Measured on the 318 news_gold texts: 2 days of one text dated, both right; no other changed.
- The text dates it: relative false, reference date null.

A year-less day of a page with no date at all told ahead (ahead_day), still null after coming_year: "... The deadline
ended on March 29. ... The Karnataka Assembly election is to be held on May 12." (March 29 read 2018 by story_year) is
2018-05-12, and "the irrigation season commencing from June 1" 2018-06-01, though story_year reads only within
story_anchor_days and no year names a clause told ahead. Decisions:
- The anchor is the latest full day the story tells (a day story_year dated too; not a day its clause looks ahead to,
  nor one closing a period of accounts: _story_day): the page is written after it, so a day still to come lies after
  it. The date is its first occurrence on or after the anchor, within story_ahead_days (dates.json: half a year);
  a weekday given with it must fit.
- Only a month and day (or days of one month) with no year or shift word of its own (story_year's kinds), not a
  "since" or a modified one, in a clause told ahead (date_tense: "will appear", "is scheduled for", "commencing
  from") or a present "be" with an infinitive ("is to be held"); not when its sentence names another year.
- Measured on the 318 news_gold texts and the 487 English audit pages' texts with their dates hidden, with no window:
  7 days dated, all right (the 2 of geowebnews:130 at 50 and 70 days, a Level 3 lockdown's "until October 27" and
  3 more at 162 to 173 days from a May anchor, a "sentencing is scheduled for Feb. 14" at 204); half a year keeps 6.
  Reading any clause not told in the past (no tense) instead adds one right ("after the July 1 elections", 89 days)
  and 2 wrong ("the call on July 25", 304 days, a past call in a present clause).
- The text dates it: relative false, reference date null.

A year-less holiday of a page with no date at all (holiday_year): "BA cabin crew ... would strike on Christmas Day and
Boxing Day" next to "Christmas 2016 travel: When should I avoid the roads?" is 2016-12-25 and 2016-12-26, though
story_year reads no holiday (often a custom rather than a time). Decisions:
- The anchor is a holiday of the same season (holiday_seasons in dates.json: Christmas Eve to New Year's Eve,
  Thanksgiving to Cyber Monday; any other holiday is a season of its own) written with its own year in its words
  ("Christmas 2016", "Black Friday 2019"), a headline's or caption's too: the text names which one it tells of.
- The Easter days (Holy Saturday, Easter Sunday, Good Friday ...: one season) move every year, so a day the text
  dates itself within easter_anchor_days of one year's Easter Sunday anchors them too ("During the Easter Vigil
  Mass on Holy Saturday, March 31" beside "March 31, 2018": "Ahead of Easter Sunday" is 2018-04-01).
- Only when all such anchors give one year: "Black Friday 2016" beside "Black Friday 2019" says no single one.
- Only a holiday with no year or shift word of its own, not a range or "since"; not when its sentence names another
  year (story_year's rule: "1939 - Roosevelt moves Thanksgiving Day").
- Measured on the 318 news_gold texts and the 542 audit pages' texts with their dates hidden: 6 holidays of 2 texts
  dated, all right (the story's Christmas, a deals page's Black Friday); no other text writes a holiday with a year.
- The text dates it: relative false, reference date null.

A bare weekday of a page with no date at all (story_weekday): "the Friday, March 30, 2018, (3/30/18) drawing ... The
winning Mega Millions ticket was sold Thursday" is 2018-03-29. Decisions:
- The anchor is the one day the article writes with its weekday and its own year ("Friday, March 30, 2018", the
  weekday agreeing with the date, a caption's too: a photo's or an update's day is the story's day); two such days
  apart say no single day of the story, and the weekdays stay null.
- No date of a later year in the text: then the anchor is history the story recalls, not its day.
- The weekday is the one nearest the anchor, three days either side: a story tells the days around its own ("said
  Saturday" after Friday's games, "on Wednesday" before Thursday's arrests, "in check on Sunday" ahead).
- Only a weekday alone (no shift word, count, "since" or modifier, no parts): "last Friday" needs the page's date.
- The text dates it: relative false, reference date null.

A bare weekday still null after story_weekday (weekday_day): "Wang Yi said in Moscow, Russia Thursday" next to "Wang Yi
met with ... Lavrov in Moscow, Russia on April 5th, 2018" (a Thursday) is 2018-04-05, though no weekday is written with
the full day. Decisions:
- The anchor is the one full day of the article, its year in its words (a caption's too), that falls on that very
  weekday; two such days leave it null. The weekday nearest a day of another weekday (story_weekday's three days
  either side without its written weekday) was measured and dropped: on the 491 audit pages' texts with their dates
  hidden, 34 right and 13 wrong.
- A holiday written with its year ("Christmas 2016 travel: When should I avoid the roads?") names the feast, not a
  day the story tells, and anchors no weekday: "Sunday will 'start on a grey and murky note with patchy fog
  persisting'" in a fog story before the Christmas strikes is not Christmas Day 2016, a Sunday.
- The one day the weekdays so dated fall on is the story's day, as a day written with its weekday is: the other bare
  weekdays are read next to it as story_weekday reads them ("On Wednesday, a man jumped on top of King's
  Mercedes-Benz" and "On April 4, 2018, at approximately 4.43 p.m." make "scheduled to appear at the Airport
  Courthouse on Friday" 2018-04-06). Measured on the 318 news_gold texts: 2 weekdays dated, both right; on the 542
  audit pages' texts with their dates hidden: 1, wrong (the spam page's "friday" above carried on to a "tuesday").
- Not a day closing a period of accounts, nor one its clause looks ahead from (date_tense.tense: future): a plan
  ("The 2024 presidential election is set for Nov. 5, 2024", next to "Tuesday's municipal elections" of 2023) or the
  opening of a stretch ("For several days beginning on July 9, 2015, ... were detained": history, next to a 2018
  story's "on Thursday"); and no date of a later year in the text (story_weekday's rule).
- Measured on the 491 audit pages' texts with their dates hidden (their true dates in hand): 18 weekdays dated, 17
  right, 1 wrong (a spam page's "friday" next to a review's "2019-07-19t00:00:00z"); on the 318 news_gold texts: 7
  dated, all right.
- The text dates it: relative false, reference date null.

A shifted week, month or year of a page with no date at all (story_shift), still null after story_weekday and
weekday_day: "the Friday, March 30, 2018, (3/30/18) drawing ... sold Thursday ... He also said he'll decide a charity
he'll give some of the proceeds to next week" is 2018-W14: the days those passes gave its bare weekdays (2018-03-29 to
2018-03-31) place the story's present as well as a reference date would for a period longer than a day. Decisions:
- The present runs from the first of those days to the day after the last day the story tells within
  story_anchor_days of the first (those weekdays' days and the full days the article states: a story is told by the
  day after its latest news), and the date must read the same from every day of it: "last month" in a story whose
  days run to Wednesday, September 30 may be told on October 1, and stays null. A day its clause looks ahead to
  ("will be charged with trying to keep McCowan in check on Sunday") is no news told: it extends nothing and ends
  the present (the story is told by then at the latest). Measured: on the 318 news_gold texts 1 window changed
  ("the last eight years" of a story of Friday and Saturday awaiting Sunday's final: its near end 2018-04-01, not
  04-02); the audit pages have dates and are not read this way.
- Only a date with a shift word ("next week", "last month", "this year", "this May"), no "since", modifier or parts,
  whose value a reference date would give at a week or coarser: a day ("today", "tomorrow") hangs on the day the
  story is told, which may be a day after its news ("An MoD spokesman said today" after "died on Thursday").
- A rolling window of a year or longer ("fifth in the last eight years"), which the present's days move by a few
  days only, is read as the window from its earliest far end to its latest near end (_long_window), when the present
  runs at most long_window_present_days: on the news_gold texts 1 dated, right; on the audit pages' texts with
  their dates hidden, the one other ("over the past decade" on a spam page whose days run a month) stays null.
- A month alone after "since" ("It's the first time the Mega Millions jackpot has been hit since January", in the
  story above: 2018-01, latest null as with no reference date) is read from the present too, in the past, when it
  reads the same from every day of it (_since_month): on the 318 news_gold texts 1 dated, right; no other reached.
- Measured on the 318 news_gold texts: 1 dated, right ("next week"); on the 542 audit pages' texts with their dates
  hidden: 19, 18 right (weeks, months, seasons and years of 7 pages), 1 wrong (a spam page's "this year", from the
  weekday_day day above).
- The text dates it: relative false, reference date null.

A day counted from the day stated before it (shifted_day), still null after story_shift: "Security fears swept across
Cairo on Monday as police probed the deadly bomb blast that ripped through a Coptic church the day before." is
2016-12-11 once story_weekday has made "Monday" 2016-12-12; read in text order, before those passes, the day it counts
from was null. Decisions:
- Only a day_shift atom ("the day before", "the next morning", "the following day"), read again as in text order
  (resolvers._day_shift) from the dates before it as the passes left them; one still null stays null ("had just
  opened the day before" after a "Friday" no pass dated).
- Measured on the 318 news_gold texts: 1 day dated, right; of the 6 other null ones, none follows a day a pass dated.
- The text dates it: relative false, reference date null.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache

from dateutil.easter import easter  # the Western church's Easter Sunday (Gregorian computus)
from spacy.tokens import Doc, Token

from ..nlp import span_at, text_of
from ..normalize.periods import (
    Direction,
    Hints,
    Period,
    day_period,
    month_number,
    narrowed,
    since,
    tables,
    weekday_number,
    word_value,
    year_period,
)
from ..normalize.resolvers import NO_HINTS, resolve
from .date_frames import (
    OWN_YEAR,
    YEAR_NUMBER,
    gap_days,
    other_year,
    subject_year,
    verb_above,
    year_modifiers,
    years_near,
)
from .date_patterns import Candidate
from .date_tense import auxiliaries, tense

__all__ = [
    "ahead_day",
    "clause_year",
    "span_season_year",
    "coming_year",
    "holiday_year",
    "noun_year",
    "present_year",
    "schedule_year",
    "shifted_day",
    "story_shift",
    "story_weekday",
    "story_year",
    "weekday_day",
    "weekday_year",
]


def story_year(docs: list[Doc], found: list[tuple[int, Candidate, Period]]) -> list[tuple[int, Candidate, Period]]:
    """Each null year-less day of a page without a reference date read next to a full day the article states (see
    the module's decisions); the other dates as they are. docs: the article's blocks; found: (block, candidate,
    period) in text order."""
    texts = [text_of(doc) for doc in docs]
    days = [k for k, (i, c, p) in enumerate(found) if _full_day(p) and not _period_end(texts[i], c)]
    latest = max(days, key=lambda k: found[k][2].earliest or dt.date.min, default=None)
    out = list(found)
    for k, (i, c, period) in enumerate(found):
        if not _needs_year(c, period):
            continue
        entry = _entry_year(docs[i], texts[i], c)
        dated = _read_in(c, entry) if entry is not None else None
        if dated is not None and not c.since and not c.mod:
            out[k] = (i, c, dated)
            continue
        before = [j for j in days if j < k]
        for j in ([before[-1]] if before else []) + ([latest] if latest is not None else []):
            dated = _next_to(c, found[j][2], texts[i][c.start : c.end])
            if dated is not None and dated.earliest and not other_year(docs[i], c, dated.earliest.year):
                out[k] = (i, c, dated)
                break
    return out


def _entry_year(doc: Doc, text: str, c: Candidate) -> int | None:
    """ "Timeline: ... 1789 - President George Washington issues a proclamation naming November 26 a day of national
    thanksgiving": the year a timeline entry's line opens with, before a dash ("Fall 1621 - ", "October 3, 1863 - "),
    when the date's sentence names no other year; else None."""
    line = text[text.rfind("\n", 0, c.start) + 1 : c.start]
    opening = _ENTRY.match(line)
    if opening is None or other_year(doc, c, int(opening.group("y"))):
        return None
    return int(opening.group("y"))


# a timeline entry's opening: a year (a season, month or day before it) and a dash
_ENTRY = re.compile(
    r"[^\S\n]*(?:[A-Z][a-z]+\.?[^\S\n]+)?(?:\d{1,2},?[^\S\n]+)?(?P<y>1[5-9]\d\d|20\d\d)[^\S\n]*[-–—][^\S\n]"
)


def story_weekday(docs: list[Doc], found: list[tuple[int, Candidate, Period]]) -> list[tuple[int, Candidate, Period]]:
    """Each null bare weekday of a page without a reference date read next to the one day the article states with
    its weekday and year (see the module's decisions); the other dates as they are. docs: the article's blocks;
    found: (block, candidate, period) in text order."""
    texts = [text_of(doc) for doc in docs]
    anchors = {p.earliest for i, c, p in found if _weekday_dated(texts[i][c.start : c.end], p)}
    if len(anchors) != 1:
        return found
    (anchor,) = anchors
    # a later year in the text: the weekday-dated day is history the story recalls ("Tuesday, Nov. 22, 1963")
    if anchor is None or any(p.earliest is not None and p.earliest.year > anchor.year for _, _, p in found):
        return found
    return _around(found, anchor)


def _around(found: list[tuple[int, Candidate, Period]], anchor: dt.date) -> list[tuple[int, Candidate, Period]]:
    """Each null bare weekday read as the day of that weekday nearest the story's day (anchor), three days either
    side: "the Friday, March 30, 2018, (3/30/18) drawing ... The winning Mega Millions ticket was sold Thursday" is
    2018-03-29."""
    out = list(found)
    for k, (i, c, period) in enumerate(found):
        wd = weekday_number(c.groups.get("wd", ""))
        if wd is not None and _bare_weekday(c, period):
            day = anchor + dt.timedelta(days=(wd - anchor.weekday() + 3) % 7 - 3)
            out[k] = (i, c, day_period(day, False))
    return out


def weekday_day(docs: list[Doc], found: list[tuple[int, Candidate, Period]]) -> list[tuple[int, Candidate, Period]]:
    """Each bare weekday still null on a page without a reference date read as the one full day of its own year the
    article writes that falls on that weekday ("said in Moscow, Russia Thursday" next to "met ... in Moscow on April
    5th, 2018", a Thursday; see the module's decisions); the other dates as they are. docs: the article's blocks;
    found: (block, candidate, period) in text order."""
    texts = [text_of(doc) for doc in docs]
    stated = {
        p.earliest
        for i, c, p in found
        if _full_day(p)
        and p.earliest
        and c.groups.keys() & _STATED_YEAR
        and _story_day(docs[i], texts[i], c)
        and c.atom.kind != "holiday"
    }
    latest = max((p.earliest.year for _, _, p in found if p.earliest is not None and not p.relative), default=None)
    out = list(found)
    for k, (i, c, period) in enumerate(found):
        wd = weekday_number(c.groups.get("wd", ""))
        if wd is None or not _bare_weekday(c, period):
            continue
        days = {day for day in stated if day.weekday() == wd}
        # one such day only, and no later year in the text: that day is history the story recalls
        if len(days) == 1 and latest is not None and max(days).year >= latest:
            out[k] = (i, c, day_period(days.pop(), False))
    told = {day for k in range(len(out)) if out[k] is not found[k] and (day := out[k][2].earliest) is not None}
    # the one day a weekday of the story was found to be is the story's day, as a day written with its weekday is
    return _around(out, told.pop()) if len(told) == 1 else out


def story_shift(docs: list[Doc], found: list[tuple[int, Candidate, Period]]) -> list[tuple[int, Candidate, Period]]:
    """Each null shifted period ("next week", "last month") of a page without a reference date read from the days
    story_weekday and weekday_day gave its bare weekdays, when it reads the same from each of them and from the day
    after the last (see the module's decisions); the other dates as they are. docs: the article's blocks; found:
    (block, candidate, period) in text order."""
    present = _story_present(docs, found)
    if not present:
        return found
    out = list(found)
    for k, (i, c, period) in enumerate(found):
        if period.value is not None or not period.relative or period.granularity in (None, "day"):
            continue
        if _since_month(c, period):
            reading = _one_reading(_readings(c, present, Hints(Direction.PAST)))
            if reading is not None:
                out[k] = (i, c, since(reading, None))
            continue
        if c.parts or c.since or c.mod or not c.groups.keys() & _SHIFTS:
            continue
        readings = _readings(c, present)
        reading = _one_reading(readings) or _long_window(readings)
        if reading is not None:
            out[k] = (i, c, reading)
    return out


def shifted_day(docs: list[Doc], found: list[tuple[int, Candidate, Period]]) -> list[tuple[int, Candidate, Period]]:
    """Each null day counted from the day stated before it ("the day before", "the next morning", a day_shift atom) of
    a page without a reference date read again once the passes before it dated that day: "Security fears swept across
    Cairo on Monday as police probed the deadly bomb blast that ripped through a Coptic church the day before." is
    2016-12-11 when story_weekday made "Monday" 2016-12-12 (from the text's "December 11, 2016"); read in text order,
    the day was still null. The other dates as they are. docs: the article's blocks; found: (block, candidate,
    period) in text order."""
    out = list(found)
    for k, (i, c, period) in enumerate(found):
        if c.atom.kind != "day_shift" or period.value is not None:
            continue
        before = tuple((p.granularity or "", p) for _, _, p in out[:k])
        reading = resolve(c.atom.kind, c.groups, None, Hints(previous=before))
        if reading is not None and reading.value is not None:
            out[k] = (i, c, reading)
    return out


def _since_month(c: Candidate, period: Period) -> bool:
    """ "It's the first time the Mega Millions jackpot has been hit since January": a month alone after "since" (no
    day, year, shift word, modifier or parts), left null: it is the latest such month before the story's present,
    as a dated page reads it."""
    bare = c.atom.kind == "date" and c.groups.keys() == {"m"} and not (c.parts or c.mod)
    return bare and c.since and period.value is None and period.granularity == "month"


def _readings(c: Candidate, present: list[dt.date], hints: Hints = NO_HINTS) -> list[Period | None]:
    """The candidate read from each day of the story's present (with hints, if given)."""
    return [resolve(c.atom.kind, c.groups, ref, hints) for ref in present]


def _one_reading(readings: list[Period | None]) -> Period | None:
    """The candidate's readings from the days of the story's present (_readings), when every one gives the same
    period; the text dates it (relative false). None when they differ or one gives no value."""
    first = readings[0]
    if first is None or first.value is None:
        return None
    if any(
        p is None or (p.value, p.earliest, p.latest) != (first.value, first.earliest, first.latest) for p in readings
    ):
        return None
    return replace(first, relative=False)


def _long_window(readings: list[Period | None]) -> Period | None:
    """ "advance to their sixth national championship game and fifth in the last eight years" in a story whose days run
    from Friday, March 30, 2018: a rolling window of a year or longer (long_window_days in dates.json) read from each
    day of the story's present (_readings), which differ only in those few days, is the window from the earliest far end
    to the latest near end (2010-03-30/2018-04-01); a window of days, weeks or months, which those days would move by
    much of its length, stays null, and so does any window when the present runs longer than long_window_present_days
    ("over the past decade" on a page whose days run a month)."""
    if len(readings) > tables()["long_window_present_days"]:
        return None  # a story told over weeks leaves its present, and the window's ends, unclear
    read = [p for p in readings if p is not None]
    if len(read) != len(readings) or any(_window_days(p) < tables()["long_window_days"] for p in read):
        return None
    first = min(p.earliest for p in read if p.earliest)
    last = max(p.latest for p in read if p.latest)
    return Period(f"{first.isoformat()}/{last.isoformat()}", "day", first, last, False)


def _window_days(p: Period | None) -> int:
    """The days a rolling window read at a day ("2010-03-30/2018-03-30") runs; 0 for any other period."""
    if p is None or p.granularity != "day" or p.earliest is None or p.latest is None or "/" not in (p.value or ""):
        return 0
    return (p.latest - p.earliest).days


def _story_present(docs: list[Doc], found: list[tuple[int, Candidate, Period]]) -> list[dt.date]:
    """The days the story may be told on: from the first day story_weekday or weekday_day gave a bare weekday to the
    day after the last day the story tells within story_anchor_days of it ("sold Thursday", "in a phone interview
    Saturday", "-- New Jersey Lottery (@TheNJLottery) March 31, 2018": 2018-03-29 to 2018-04-01); none without such
    a weekday. A day its clause looks ahead to ("will be charged with trying to keep McCowan in check on Sunday") is
    no day told: the story is told by that day at the latest, so it ends the present instead."""
    ahead = [_looked_ahead(docs[i], c) for i, c, _ in found]
    days = [p.earliest for k, (_, c, p) in enumerate(found) if p.earliest and _story_weekday_day(c, p) and not ahead[k]]
    if not days:
        return []
    first = min(days)
    reach = first + dt.timedelta(days=tables()["story_anchor_days"])
    near = [(p.earliest, ahead[k]) for k, (_, _, p) in enumerate(found) if _full_day(p) and p.earliest]
    near = [(day, later) for day, later in near if first <= day <= reach]
    end = max(days + [day for day, later in near if not later]) + dt.timedelta(days=1)
    end = max(first, min([end] + [day for day, later in near if later]))
    return [first + dt.timedelta(days=n) for n in range((end - first).days + 1)]


def _looked_ahead(doc: Doc, c: Candidate) -> bool:
    """The date's clause looks ahead to it ("will be charged ... on Sunday"): no day the story has told."""
    return tense(doc, c.start, c.end) == Direction.FUTURE


def _story_weekday_day(c: Candidate, period: Period) -> bool:
    """A bare weekday ("sold Thursday") that story_weekday or weekday_day dated: a full day the text gives it."""
    bare = c.atom.kind == "weekday" and not (c.parts or c.since or c.mod or c.groups.keys() & {"shift", "wshift", "n"})
    return bare and _full_day(period)


def _story_day(doc: Doc, text: str, c: Candidate) -> bool:
    """A full day that may be the story's own: not a day closing a period of accounts ("the fiscal year ending March
    31, 2019"), nor one its clause looks ahead from: a plan ("The 2024 presidential election is set for Nov. 5, 2024")
    or the opening of a stretch of days ("For several days beginning on July 9, 2015, ... were detained")."""
    return not _period_end(text, c) and tense(doc, c.start, c.end) != Direction.FUTURE


def _weekday_dated(words: str, period: Period) -> bool:
    """ "Friday, March 30, 2018": a full day of its own year whose words open with the weekday it falls on."""
    first = re.match(r"\W*(\w+)", words)
    wd = weekday_number(first.group(1)) if first else None
    return (
        _full_day(period)
        and period.earliest is not None
        and wd == period.earliest.weekday()
        and YEAR_NUMBER.search(words) is not None
    )


def _bare_weekday(c: Candidate, period: Period) -> bool:
    """ "on Thursday", "Friday's winning ticket": a weekday alone, no shift word, count, "since" or modifier, that
    the page's missing date left null."""
    if c.atom.kind != "weekday" or c.parts or c.since or c.mod or c.groups.keys() & {"shift", "wshift", "n"}:
        return False
    return period.value is None and period.relative


def _period_end(text: str, c: Candidate) -> bool:
    """ "the fiscal year ending March 31, 2019": a day that closes a period of accounts, not a day of the story."""
    return _ENDING.search(text[max(0, c.start - 12) : c.start]) is not None


_ENDING = re.compile(r"\b(?:ending|ended|ends)\s+(?:on\s+)?$", re.I)


def _full_day(period: Period) -> bool:
    return (
        not period.relative
        and period.granularity == "day"
        and period.earliest is not None
        and (period.earliest == period.latest)
    )


def _needs_year(c: Candidate, period: Period) -> bool:
    own = c.groups.keys() & OWN_YEAR
    # a day range inside one month ("7/8 April", "14-16 June") is a month and days too
    null_day = period.granularity == "day" and period.value is None
    return c.atom.kind in _DAY_KINDS and null_day and not c.parts and not own


# the kinds of a month and day (or days) that story_year and schedule_year give a year
_DAY_KINDS = {"date", "day_range"}


def _next_to(c: Candidate, anchor: Period, words: str, window: int | None = None) -> Period | None:
    """The candidate (its words: words) in the year that puts it nearest the anchor, within window days of it
    (story_anchor_days unless given); None if none."""
    options = [resolve(c.atom.kind, c.groups, None, Hints(year=year)) for year in years_near(anchor)]
    found = [p for p in options if p is not None and p.earliest is not None and p.latest is not None]
    best = min(found, key=lambda p: gap_days(p, anchor), default=None)
    limit = tables()["story_anchor_days"] if window is None else window
    if best is None or best.earliest is None or gap_days(best, anchor) > limit:
        return None
    wd = _opening_weekday(words)
    if wd is not None and best.granularity == "day" and wd != best.earliest.weekday():
        return None  # "Saturday, March 31" must be a Saturday
    best = replace(best, relative=False)
    if c.since:
        best = since(best, None)
    return narrowed(best, c.mod, None) if c.mod else best


def _opening_weekday(words: str) -> int | None:
    """The weekday a date's words open with ("Saturday, March 31": 5), else None."""
    first = re.match(r"\W*(\w+)", words)
    return weekday_number(first.group(1)) if first else None


def weekday_year(docs: list[Doc], found: list[tuple[int, Candidate, Period]]) -> list[tuple[int, Candidate, Period]]:
    """Each year-less day with its weekday ("on Tuesday, May 16") still null on a page without a reference date,
    read in the one year next to the article's stated full days in which it falls on that weekday (see the module's
    decisions); the other dates as they are. docs: the article's blocks; found: (block, candidate, period)."""
    texts = [text_of(doc) for doc in docs]
    days = [p for i, c, p in found if _full_day(p) and c.groups.keys() & _STATED_YEAR and not _period_end(texts[i], c)]
    out = list(found)
    for k, (i, c, period) in enumerate(found):
        words = _with_bracketed_weekday(texts[i], c)
        if not _needs_year(c, period) or _opening_weekday(words) is None:
            continue
        readings = {}
        for anchor in days:
            dated = _next_to(c, anchor, words, tables()["story_weekday_days"])
            if dated is not None and dated.earliest is not None:
                readings[dated.earliest] = dated
        if len(readings) == 1:
            ((day, dated),) = readings.items()
            if not other_year(docs[i], c, day.year):
                out[k] = (i, c, dated)
    return out


def _with_bracketed_weekday(text: str, c: Candidate) -> str:
    """The date's words, opened by the weekday it stands in brackets after ("on Wednesday (April 4th)": "Wednesday,
    April 4th"): the brackets give the weekday its day of the month, as "Wednesday, April 4th" does."""
    words = text[c.start : c.end]
    before = _BRACKETED_WEEKDAY.search(text, max(0, c.start - 20), c.start)
    if before is None or weekday_number(before.group(1)) is None or not re.match(r"[^\S\n]*[)\]]", text[c.end :]):
        return words
    return f"{before.group(1)}, {words}"


# a weekday and an opening bracket right before a date: "Wednesday (" of "on Wednesday (April 4th)"
_BRACKETED_WEEKDAY = re.compile(r"\b([A-Za-z]+)[^\S\n]*[(\[][^\S\n]*\Z")

# the groups of a date stating its own year in its words ("July 1, 2017", "3/30/18")
_STATED_YEAR = {"y", "yy"}


def schedule_year(docs: list[Doc], found: list[tuple[int, Candidate, Period]]) -> list[tuple[int, Candidate, Period]]:
    """Each null year-less day of a page without a reference date listed under a schedule's heading stating its year
    earlier in its block, read in that year (see the module's decisions); the other dates as they are."""
    out = list(found)
    for k, (i, c, period) in enumerate(found):
        if not _needs_year(c, period):
            continue
        headings = list(_schedule_heading().finditer(text_of(docs[i]), 0, c.start))
        if not headings:
            continue
        dated = _read_in(c, int(headings[-1].group(1)))
        if dated is not None:
            out[k] = (i, c, dated)
    return _listed_again(out, [out[k][2] for k in range(len(out)) if out[k][2] is not found[k][2]])


def _listed_again(
    found: list[tuple[int, Candidate, Period]], listed: list[Period]
) -> list[tuple[int, Candidate, Period]]:
    """Each null year-less day whose month and day fall within a day the schedule lists (listed: the days
    schedule_year dated), read in that entry's year: "the third race at Snetterton on 29 July" before "2018 calendar.
    ... 28/29 July: Snetterton, Norfolk." is 2018-07-29. Only when every entry holding it gives one year."""
    out = list(found)
    for k, (i, c, period) in enumerate(found):
        if not _needs_year(c, period):
            continue
        held = [day for e in listed if (day := _held_by(c, e)) is not None]
        if len({day.value for day in held}) == 1:
            out[k] = (i, c, held[0])
    return out


def _held_by(c: Candidate, entry: Period) -> Period | None:
    """The year-less day read in the entry's year when it falls within the entry's days, else None."""
    if entry.earliest is None or entry.latest is None:
        return None
    day = _read_in(c, entry.earliest.year)
    if day is None or day.earliest is None or day.latest is None:
        return None
    return day if entry.earliest <= day.earliest and day.latest <= entry.latest else None


def _read_in(c: Candidate, year: int) -> Period | None:
    """The year-less date read in a year the text gives it (a schedule's heading or entry, its clause, a holiday's
    season, a timeline's entry), as the text dates it (relative false); None when it gives no day."""
    dated = resolve(c.atom.kind, c.groups, None, Hints(year=year))
    if dated is None or dated.value is None or dated.earliest is None:
        return None
    return replace(dated, relative=False)


@lru_cache(maxsize=1)
def _schedule_heading() -> re.Pattern:
    return re.compile(tables()["schedule_heading"], re.I)


def span_season_year(
    docs: list[Doc], found: list[tuple[int, Candidate, Period]]
) -> list[tuple[int, Candidate, Period]]:
    """Each null year-less day or bare month of a page without a reference date in a sentence naming one season of
    two years ("being named to the 2016-17 Team Alberta ... from Nov. 3 to 6": 2016-11-03/2016-11-06), read in the
    season's year its month falls in (see the module's decisions); the other dates as they are. docs: the article's
    blocks; found: (block, candidate, period) in text order."""
    return _read_in_years(docs, found, lambda c, p: _needs_year(c, p) or _null_bare_month(c, p), _span_season_year)


def _null_bare_month(c: Candidate, period: Period) -> bool:
    """ "in February": a month alone, no day, year or shift word, still null."""
    return c.atom.kind == "date" and c.groups.keys() == {"m"} and not c.parts and period.value is None


def _span_season_year(doc: Doc, c: Candidate) -> int | None:
    """The year of the one season of two years its sentence names ("the 2016-17 Team Alberta", "the 2019/20 season")
    that the date's month falls in: an autumn month the first, a winter month the second (span_season_months in
    dates.json); None for another month (a season's may start in spring or summer: a fiscal year from April), for a
    sentence naming any other year or span, or for a date whose month is not its own word."""
    span = span_at(doc, c.start, c.end)
    month = month_number(c.groups.get("m", ""))
    if span is None or month is None or not doc.has_annotation("SENT_START"):
        return None
    text = text_of(doc)
    sent = text[span.sent.start_char : c.start] + " " + text[c.end : span.sent.end_char]
    seasons = [m for m in _SEASON_SPAN.finditer(sent) if (int(m["a"]) + 1) % 100 == int(m["b"])]
    if len(seasons) != 1 or len(_SEASON_SPAN.findall(sent)) != 1 or YEAR_NUMBER.search(sent):
        return None
    months = tables()["span_season_months"]
    first = int(seasons[0]["a"])
    return first if month in months["first"] else first + 1 if month in months["second"] else None


# a season of two years written with its second year's last two digits: "2016-17", "2019/20", "2018–19"
_SEASON_SPAN = re.compile(r"(?<![\d.,/-])(?P<a>1[5-9]\d\d|20\d\d)[-–/](?P<b>\d\d)(?![\d.,/-]?\d)")


def clause_year(docs: list[Doc], found: list[tuple[int, Candidate, Period]]) -> list[tuple[int, Candidate, Period]]:
    """Each null bare month ("since September", "in January") of a page without a reference date whose clause names
    one year as the span of a thing ("the fourth homicide of 2016 ... the first since September"), read in that year
    (see the module's decisions); the other dates as they are. docs: the article's blocks; found: (block, candidate,
    period) in text order."""
    out = list(found)
    for k, (i, c, period) in enumerate(found):
        if not _null_bare_month(c, period) or c.mod:
            continue
        year = _clause_year(docs[i], c)
        dated = _read_in(c, year) if year is not None else None
        if dated is not None:
            out[k] = (i, c, since(dated, None) if c.since else dated)
    return out


def _clause_year(doc: Doc, c: Candidate) -> int | None:
    """The one year of the sentence, when it is the object of a preposition of a span (clause_year_preps: "of 2016",
    "in 2016") on a word of the date's own clause (the first verb above both is the same), and no season of two years
    (span_season_year's); else None."""
    span = span_at(doc, c.start, c.end)
    if span is None or not doc.has_annotation("SENT_START"):
        return None
    preps = tables()["clause_year_preps"]
    years = [
        t
        for t in span.sent
        if YEAR_NUMBER.fullmatch(t.text) and t.dep_ == "pobj" and t.head.lower_ in preps and not list(t.children)
    ]
    if _SEASON_SPAN.search(text_of(doc), span.sent.start_char, span.sent.end_char):
        return None  # "Rainfall in 2016-17 was lowest in May": a season's first year is no year of its months
    if len(years) != 1 or other_year(doc, c, int(years[0].text)):
        return None
    verb = verb_above(span.root)
    return int(years[0].text) if verb is not None and verb == verb_above(years[0]) else None


def noun_year(docs: list[Doc], found: list[tuple[int, Candidate, Period]]) -> list[tuple[int, Candidate, Period]]:
    """Each null year-less day of a page without a reference date set on a noun its clause names by a year ("chose
    ... for its 2018 \"Ladies Night Out Fashion Show Benefit: Design for Recovery\" on April 24": 2018-04-24), read
    in that year (see the module's decisions); the other dates as they are. docs: the article's blocks; found:
    (block, candidate, period) in text order."""
    return _read_in_years(docs, found, _needs_year, _noun_year)


def _read_in_years(
    docs: list[Doc],
    found: list[tuple[int, Candidate, Period]],
    wants: Callable[[Candidate, Period], bool],
    year_of: Callable[[Doc, Candidate], int | None],
) -> list[tuple[int, Candidate, Period]]:
    """Each date `wants` takes (no "since", no modifier), read in the year `year_of` gives it in its block, when it
    gives one; the other dates as they are."""
    out = list(found)
    for k, (i, c, period) in enumerate(found):
        if not wants(c, period) or c.since or c.mod:
            continue
        year = year_of(docs[i], c)
        dated = _read_in(c, year) if year is not None else None
        if dated is not None:
            out[k] = (i, c, dated)
    return out


def _noun_year(doc: Doc, c: Candidate) -> int | None:
    """The one year set on the noun a date's phrase modifies ("its 2018 Benefit on April 24") or follows as the last
    object of the verb it hangs on before it ("chose the Hope Residence ... for its 2018 \"... Benefit\" on April
    24", the phrase parsed on "chose"), when the sentence names no other year and no span of two ("being named to the
    2016-17 Team Alberta ... from Nov. 3 to 6": a season's span names no one year); else None."""
    span = span_at(doc, c.start, c.end)
    if span is None or not doc.has_annotation("SENT_START"):
        return None
    marker = span.root.head if span.root.dep_ == "pobj" else span.root
    nouns = [marker.head] if marker.head.pos_ in ("NOUN", "PROPN") and marker.head.i < span.root.i else []
    if not nouns and marker.head.pos_ in ("VERB", "AUX"):
        nouns = _last_object(marker.head, marker.i)
    years = sorted({year for noun in nouns for year in year_modifiers(noun)})
    if len(years) != 1 or other_year(doc, c, years[0]) or _two_years(span.sent.text):
        return None
    return years[0]


def _last_object(verb: Token, before: int) -> list[Token]:
    """The verb's object met last before the word at index `before` (its direct object, or the object of a
    preposition it governs: "chose the Hope Residence ... for its 2018 ... Benefit": "Benefit"); every object within
    a quoted title it stands in ("its 2018 \"Ladies Night Out Fashion Show Benefit: Design for Recovery\"", parsed
    as "Benefit" and "Design"); none when it has no object there."""
    objects = []
    for child in verb.children:
        if child.i >= before:
            continue
        if child.dep_ in ("dobj", "dative", "attr", "oprd"):
            objects.append(child)
        elif child.dep_ == "prep":
            objects.extend(t for t in child.children if t.dep_ == "pobj")
    if not objects:
        return []
    last = max(objects, key=lambda t: t.i)
    opening = _quote_opening(last)
    return [t for t in objects if t.i >= opening] if opening is not None else [last]


def _quote_opening(word: Token) -> int | None:
    """The index of the opening quotation mark of the quote the word stands in, in its sentence; None when it stands
    in none."""
    for t in reversed(word.doc[word.sent.start : word.i]):
        if t.tag_ == "''":
            return None
        if t.tag_ == "``":
            return t.i
    return None


def coming_year(docs: list[Doc], found: list[tuple[int, Candidate, Period]]) -> list[tuple[int, Candidate, Period]]:
    """Each null year-less day or month alone told ahead on a page without a reference date, read in the one year that
    names the subjects of the text's clauses told ahead ("The 2018 edition ... will connect ... The events ... will
    run ... from May 1-3": 2018; "What will 2018 bring? ... will provide its hurricane outlook in May": 2018-05; see
    the module's decisions); the other dates as they are. docs: the article's blocks; found:
    (block, candidate, period) in text order."""
    years = {year for doc in docs for year in _coming_subject_years(doc)} | _coming_dated_years(docs, found)
    if len(years) != 1:
        return found
    (year,) = years
    out = list(found)
    for k, (i, c, period) in enumerate(found):
        if not (_needs_year(c, period) or _bare_month(c, period)) or c.since or c.mod or other_year(docs[i], c, year):
            continue
        if tense(docs[i], c.start, c.end) != Direction.FUTURE:
            continue
        dated = _read_in(c, year)
        if dated is not None:
            out[k] = (i, c, dated)
    return out


def _coming_subject_years(doc: Doc) -> set[int]:
    """The years naming the subject of a clause told ahead with "will" or "shall" ("The 2018 edition of the Gulf
    Information Security Conference ... will connect", "Gisec and IoTX 2018 will shape": a subject joined to the
    verb's own one too)."""
    years: set[int] = set()
    for verb in doc:
        if verb.pos_ not in ("VERB", "AUX") or not any(
            ch.dep_ == "aux" and ch.lower_ in ("will", "shall", "'ll") for ch in verb.children
        ):
            continue
        for subject in (ch for ch in verb.children if ch.dep_ in ("nsubj", "nsubjpass")):
            for noun in (subject, *(t for t in subject.conjuncts if t.i > subject.i)):
                years.update(year_modifiers(noun))
                if YEAR_NUMBER.fullmatch(noun.text):
                    years.add(int(noun.text))  # "What will 2018 bring?": the year itself the subject
    return years


def _coming_dated_years(docs: list[Doc], found: list[tuple[int, Candidate, Period]]) -> set[int]:
    """The years of the dates finer than a year that state their own year in a clause told ahead ("The group will
    submit an application to SEAI LED retrofit scheme in the second quarter of 2018": 2018), the year the text's coming
    events are held in; a year alone told ahead ("forecast to reach $34.6 billion by 2023") is a horizon, no event's."""
    years = set()
    for i, c, p in found:
        if p.relative or p.earliest is None or c.since or p.granularity in _WHOLE_YEARS:
            continue
        if c.groups.keys() & _STATED_YEAR and tense(docs[i], c.start, c.end) == Direction.FUTURE:
            years.add(p.earliest.year)
    return years


# the granularities of a year or longer: a horizon told ahead names no event's year
_WHOLE_YEARS = {"year", "decade", "century"}


def _bare_month(c: Candidate, period: Period) -> bool:
    """A month alone, still null ("will provide its hurricane outlook in May")."""
    return c.atom.kind == "date" and c.groups.keys() == {"m"} and not c.parts and period.value is None


def present_year(docs: list[Doc], found: list[tuple[int, Candidate, Period]]) -> list[tuple[int, Candidate, Period]]:
    """Each null relative date of a page without a reference date whose value hangs only on the year ("this year",
    "last year", "March of this year"), and each month alone told in the past ("In February, Choi was sentenced"),
    read in the year the text states as its own present (see the module's decisions); the other dates as they are.
    docs: the article's blocks; found: (block, candidate, period)."""
    year = _present_year(docs, found)
    if year is None:
        return found
    out = list(found)
    yearly = _seasons_of_one_year(docs)
    months = not any(_last_years_month(c) for _, c, _ in found)
    for k, (i, c, period) in enumerate(found):
        if period.value is None and period.relative and c.groups.keys() & _SHIFTS and not (c.parts or c.since):
            dated = _season_in(c, year, yearly) if c.atom.kind == "shift_season" else _in_year(c, year)
            if dated is not None:
                out[k] = (i, c, dated)
        elif (
            months
            and _bare_month(c, period)
            and not (c.since or c.mod)
            and tense(docs[i], c.start, c.end) == Direction.PAST
        ):
            dated = _read_in(c, year)
            if dated is not None and not other_year(docs[i], c, year):
                out[k] = (i, c, dated)
    return out


def _last_years_month(c: Candidate) -> bool:
    """ "The theory ... is believed to have started after Trump cryptically remarked ... last October": a month named as
    the last one of its name before the present, a month of last year; the text's months told in the past may follow
    it ("In November, Barr tweeted, 'Who is Q?'"), so none is read in the present year."""
    shift = c.groups.get("shift")
    return "m" in c.groups and shift is not None and word_value("shift_words", shift.lower()) == -1


def _season_in(c: Candidate, year: int, yearly: bool) -> Period | None:
    """ "Last season had near-record warm sea surface temperatures" in a text whose present year is 2018 and which
    names its seasons by one year (yearly: _seasons_of_one_year): the season shifted from the present one, read as
    its year (this season 2018, last 2017, next 2019); not with a modifier ("early last season")."""
    if c.mod or not yearly:
        return None
    return year_period(year + word_value("shift_words", c.groups["shift"].lower()))


def _seasons_of_one_year(docs: list[Doc]) -> bool:
    """The text names a season by a year ("With the 2017 season still fresh on the minds of many coastal residents")
    and no span of two years ("the 2017-18 season": a league's season runs across two, and "this season" in April
    is the one begun the year before)."""
    texts = [text_of(doc) for doc in docs]
    return any(_YEAR_SEASON.search(t) for t in texts) and not any(_two_years(t) for t in texts)


# a season named by one year ("the 2017 season", "the Blue Jays' 2018 season")
_YEAR_SEASON = re.compile(r"(?<![\d.,/–-])(1[5-9]\d\d|20\d\d)\s+season\b", re.I)

# two years joined as one span ("2017-18", "2017/2018")
_YEAR_SPAN = re.compile(r"(?<![\d.,])(1[5-9]\d\d|20\d\d)\s*[-–/]\s*(\d\d(?:\d\d)?)(?![\d])")


def _two_years(text: str) -> bool:
    """The text names a span of two following years ("the 2017-18 season", "2017/2018")."""
    for m in _YEAR_SPAN.finditer(text):
        first, second = int(m.group(1)), m.group(2)
        if int(second) in (first + 1, (first + 1) % 100):
            return True
    return False


def _season_today(doc: Doc, c: Candidate) -> set[int]:
    """ "When the first pitch flies to kick off the Blue Jays' 2018 season later this afternoon": a season named by
    its year in the sentence of a date told today ("today", "this afternoon", "tonight", "tomorrow", "yesterday") is
    the present one, when the sentence names no other year; else none."""
    span = span_at(doc, c.start, c.end)
    if span is None or not doc.has_annotation("SENT_START"):
        return set()
    sent = text_of(doc)[span.sent.start_char : span.sent.end_char]
    seasons = {int(y) for y in _YEAR_SEASON.findall(sent)}
    return seasons if len(seasons) == 1 and set(map(int, YEAR_NUMBER.findall(sent))) == seasons else set()


def _present_year(docs: list[Doc], found: list[tuple[int, Candidate, Period]]) -> int | None:
    """The one year the text states as its present: the year naming the subject of a clause told "today",
    "tomorrow", "tonight" or "yesterday" ("The 2018 British Touring Car Championship gets going tomorrow"), the
    year a relative date is glossed with ("This year (2018)"), the year of a season begun today ("to kick off the
    Blue Jays' 2018 season later this afternoon"), the year of results so far ("For January-February of 2018 ...
    compared to the same period of the previous year") or the year of the copyright notice closing the article
    ("Copyright 2018 The Associated Press."), or a year told as still running ("Clearly 2016 has been ... a very
    important year", "so far in 2018"); None when there is none or they disagree."""
    years = set()
    for i, c, period in found:
        text = text_of(docs[i])
        gloss = _GLOSS.match(text, c.end)
        if gloss is not None and c.groups.keys() & _SHIFTS and not (c.parts or c.since or c.mod):
            options = [y for y in (int(gloss.group(1)) + d for d in (-1, 0, 1)) if _glossed(c, y, int(gloss.group(1)))]
            years.update(options[:1])
        elif c.atom.kind == "deictic" and not (c.parts or c.since):
            year = subject_year(docs[i], c) if not c.mod else None
            if year is not None:
                years.add(year)
            years.update(_season_today(docs[i], c))
        if _year_to_date(docs[i], c, period) and period.earliest is not None:
            years.add(period.earliest.year)
    years.update(year for doc in docs for year in _running_years(doc))
    years.update(_notice_years(docs))
    return years.pop() if len(years) == 1 else None


def _year_to_date(doc: Doc, c: Candidate, period: Period) -> bool:
    """ "For January-February of 2018, investments to the fixed capital increased by 54.4% ... compared to the same
    period of the previous year": the months of a year from January to before its end, stated with their year and
    compared with the same months of the year before in their sentence, not told ahead, are results of the year so
    far: that year is the present one."""
    stated = any(part.groups.keys() & _STATED_YEAR for part in c.parts or (c,))
    if c.since or c.mod or period.relative or not stated:
        return False
    first, last = period.earliest, period.latest
    if period.granularity != "month" or first is None or last is None or first.year != last.year:
        return False
    span = span_at(doc, c.start, c.end)
    if first.month != 1 or last.month == 12 or span is None or not doc.has_annotation("SENT_START"):
        return False
    after = text_of(doc)[c.end : span.sent.end_char]
    return _SAME_PERIOD.search(after) is not None and tense(doc, c.start, c.end) != Direction.FUTURE


def _running_years(doc: Doc) -> set[int]:
    """ "Clearly 2016 has been, from a policy perspective, a very important year", "Why autumn 2023 has been so
    stormy": a year, or a part of a year named by it, as the subject of a present perfect "has been" (not a passive:
    "2016 has been confirmed as the warmest year" may be told after it), or "so far in 2018", "In 2019 so far"
    (year_so_far_before, year_so_far_after in dates.json), or the subject of a present perfect with "already" ("2018
    has already pulled the unit in numerous directions"): the year is still running, the present one."""
    text, t = text_of(doc), tables()
    years = set()
    for m in YEAR_NUMBER.finditer(text):
        before, after = text[max(0, m.start() - 30) : m.start()], text[m.end() : m.end() + 30]
        if re.search(t["year_so_far_before"], before, re.I) or re.match(t["year_so_far_after"], after, re.I):
            years.add(int(m.group(1)))
    for word in doc:
        if YEAR_NUMBER.fullmatch(word.text) and (_subject_of_has_been(word) or _subject_of_has_already(word)):
            years.add(int(word.text))
    return years


def _subject_of_has_been(year: Token) -> bool:
    """The year, or the noun it numbers ("autumn 2023"), is the subject of a present perfect of "be" ("2016 has
    been ... a very important year")."""
    subject = year.head if year.dep_ in ("nummod", "compound", "appos") and year.head.i < year.i else year
    return subject.dep_ == "nsubj" and subject.head.lower_ == "been" and _has_perfect_aux(subject.head)


def _subject_of_has_already(year: Token) -> bool:
    """ "2018 has already pulled the unit in numerous directions": the year the subject of an active present perfect
    with "already"."""
    verb = year.head
    if year.dep_ != "nsubj" or verb.tag_ != "VBN" or not _has_perfect_aux(verb):
        return False
    return any(ch.dep_ == "advmod" and ch.lower_ == "already" for ch in verb.children)


def _has_perfect_aux(verb: Token) -> bool:
    """The participle carries the present perfect's "has" or "have" (or their contractions: perfect_aux in
    dates.json)."""
    perfect = tables()["perfect_aux"]
    return any(ch.dep_ == "aux" and ch.lower_ in perfect for ch in verb.children)


# the same months of the year before, which a year's results so far are compared with
_SAME_PERIOD = re.compile(r"\bsame period (?:of|in) (?:the )?(?:previous|last|prior|preceding) year\b", re.I)


def _notice_years(docs: list[Doc]) -> set[int]:
    """The years of the copyright notices in the article's last block ("Copyright 2018 The Associated Press. All
    rights reserved."): the page's own notice closes it; one mid-text is a photo's credit ("... April 5, 2018. ©
    2018 RFE/RL")."""
    if not docs:
        return set()
    return {int(m.group(1)) for m in _copyright_notice().finditer(text_of(docs[-1]))}


@lru_cache(maxsize=1)
def _copyright_notice() -> re.Pattern:
    return re.compile(tables()["copyright_notice"], re.I)


# the words that make a date relative to the present year ("this year", "March of last year"); a year-less day ("July
# 29") has none: which year it falls in hangs on the day and the tense, not the year alone
_SHIFTS = {"shift", "shift2", "wshift"}

# "This year (2018)": a relative date glossed with the year it means, in parentheses right after it
_GLOSS = re.compile(r"\s*\((1[5-9]\d\d|20\d\d)\)")


def _glossed(c: Candidate, year: int, gloss: int) -> bool:
    """The candidate read in `year` is the glossed year."""
    dated = _in_year(c, year)
    return dated is not None and dated.earliest is not None and dated.earliest.year == gloss


def _in_year(c: Candidate, year: int) -> Period | None:
    """The candidate read from a day early and a day late in `year`, when both readings agree (its value hangs on the
    year alone: "this year", "last year", "March of this year"; not "last month", "July 29" or "earlier this year");
    else None. The text dates it: relative false."""
    readings = []
    for ref in (dt.date(year, 1, 15), dt.date(year, 12, 15)):
        p = resolve(c.atom.kind, c.groups, ref)
        if p is None or p.value is None:
            return None
        readings.append(narrowed(p, c.mod, ref) if c.mod else p)
    first, last = readings
    if (first.value, first.earliest, first.latest) != (last.value, last.earliest, last.latest):
        return None
    return replace(first, relative=False)


def holiday_year(docs: list[Doc], found: list[tuple[int, Candidate, Period]]) -> list[tuple[int, Candidate, Period]]:
    """Each null year-less holiday of a page without a reference date read in the one year the text writes a holiday
    of its season with ("Christmas Day" next to "Christmas 2016"; see the module's decisions); the other dates as
    they are. docs: the article's blocks; found: (block, candidate, period) in text order."""
    years: dict[str, set[int]] = {}
    for _, c, p in found:
        if c.atom.kind == "holiday" and c.groups.keys() & _STATED_YEAR and not (c.parts or c.since):
            if not p.relative and p.earliest is not None:
                years.setdefault(_holiday_season(c.groups["hol"]), set()).add(p.earliest.year)
    holy_week = _easter_years(found)
    if holy_week:
        years.setdefault(EASTER_SEASON, set()).update(holy_week)
    out = list(found)
    for k, (i, c, period) in enumerate(found):
        if c.atom.kind != "holiday" or period.value is not None or c.parts or c.since or c.groups.keys() & OWN_YEAR:
            continue
        named = years.get(_holiday_season(c.groups["hol"]), set())
        if len(named) != 1:
            continue
        (year,) = named
        dated = _read_in(c, year)
        if dated is not None and not other_year(docs[i], c, year):
            out[k] = (i, c, narrowed(dated, c.mod, None) if c.mod else dated)
    return out


EASTER_SEASON = "easter"  # the first name of the Easter days' list in holiday_seasons


def _easter_years(found: list[tuple[int, Candidate, Period]]) -> set[int]:
    """The years whose Easter week holds a day the text dates itself ("During the Easter Vigil Mass on Holy Saturday,
    March 31" next to "March 31, 2018": 2018, whose Easter Sunday is April 1): a moveable feast falls on other days
    each year, so a stated day within easter_anchor_days of one year's Easter Sunday names that year's feasts."""
    near = tables()["easter_anchor_days"]
    days = {p.earliest for _, _, p in found if not p.relative and p.granularity == "day" and p.earliest == p.latest}
    return {d.year for d in days if d is not None and abs((d - easter(d.year)).days) <= near}


def _holiday_season(words: str) -> str:
    """The season a holiday's words name: the first name of its list in holiday_seasons (dates.json), else its own
    name ("halloween")."""
    name = " ".join(words.lower().replace("\u2019", "'").split())
    return next((names[0] for names in tables()["holiday_seasons"] if name in names), name)


def ahead_day(docs: list[Doc], found: list[tuple[int, Candidate, Period]]) -> list[tuple[int, Candidate, Period]]:
    """Each null year-less day told ahead on a page without a reference date, read as its coming occurrence after the
    latest day the story tells, within story_ahead_days ("... March 29 ... The Karnataka Assembly election is to be
    held on May 12": 2018-05-12; see the module's decisions); the other dates as they are. docs: the article's
    blocks; found: (block, candidate, period) in text order."""
    texts = [text_of(doc) for doc in docs]
    told = [p.earliest for i, c, p in found if _full_day(p) and p.earliest and _story_day(docs[i], texts[i], c)]
    if not told:
        return found
    anchor = max(told)  # the page is written after the last day it tells
    out = list(found)
    for k, (i, c, period) in enumerate(found):
        if not _needs_year(c, period) or c.since or c.mod or not _told_ahead(docs[i], c):
            continue
        dated = _coming(c, anchor, texts[i][c.start : c.end])
        if dated is not None and dated.earliest is not None and not other_year(docs[i], c, dated.earliest.year):
            out[k] = (i, c, dated)
    return out


def _told_ahead(doc: Doc, c: Candidate) -> bool:
    """The date's clause is told ahead: a future tense ("will appear", "is scheduled for", "commencing from") or a
    present "be" with an infinitive ("is to be held on May 12")."""
    return tense(doc, c.start, c.end) == Direction.FUTURE or _be_to(doc, c)


def _coming(c: Candidate, anchor: dt.date, words: str) -> Period | None:
    """The candidate's first occurrence on or after the anchor, when within story_ahead_days of it and on the weekday
    its words open with, if any; None otherwise."""
    for year in (anchor.year, anchor.year + 1):
        dated = _read_in(c, year)
        if dated is None or dated.earliest is None or dated.earliest < anchor:
            continue
        wd = _opening_weekday(words)
        near = (dated.earliest - anchor).days <= tables()["story_ahead_days"]
        return dated if near and (wd is None or wd == dated.earliest.weekday()) else None
    return None


def _be_to(doc: Doc, c: Candidate) -> bool:
    """ "The Karnataka Assembly election is to be held on May 12": the date's verb is the infinitive of a present "be"
    ("is to", "are to"), a plan told ahead."""
    span = span_at(doc, c.start, c.end)
    if span is None:
        return False
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    to = "to" in auxiliaries(verb)  # on the verb, or on its passive "be" ("to be held")
    head = verb.head
    return to and verb.dep_ in ("xcomp", "ccomp") and head.lower_ in ("is", "are", "am") and head.tag_ in ("VBZ", "VBP")
