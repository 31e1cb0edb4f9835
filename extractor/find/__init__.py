"""Finders: spaCy Docs (one per text block) -> candidate facts of one family each.

A candidate is a typed dict (candidates.py): {"block": index into docs, "start": char offset in that doc,
"end": ..., "kind": ..., and the kind's own fields from SPEC.md}. facts.py adds the evidence.

candidates.py     the TypedDict each finder returns (AmountCandidate, CountCandidate, ...)
counts.py         find_quantities: amounts first, then counts among the numbers left
amounts.py        money, measures and percentages read outward from each number
reading.py        Reading, and the tables and patterns amounts and counts both match
scores.py         numbers that name or score rather than count (model numbers, '5-4')
count_context.py  what the words around a number say against a count
count_measures.py numbers that measure, compare or rank (ages, distances, margins, multipliers)
count_forms.py    fractions, 'one' as a pronoun, 'N out of M', code, names hyphened to a number
count_labels.py   numbers that name or identify (set phrases, versions, section numbers, names)
count_rules.py    the (name, predicate) rule table the four count modules share
count_tallies.py  a whole number in a bracket after a name that the sentence ranks by: a tally, no age
dates.py          find_dates: date expressions found, composed and resolved in the article's frame
date_patterns.py  dates.json compiled into atoms and composers, and the gate that skips atoms
date_matches.py   the atoms' matches in a block, kept or dropped by case and entities, longest chosen
date_compose.py   ranges, 'since', modifiers ('early', 'the end of') and weekday prefixes joined to the atoms
date_rejects.py   the vetoes asked of each composed date before it is resolved, in order
date_vetoes.py    date-shaped text that is no date: a kind, an idiom, a house number, a split fiscal year, a pun
date_names.py     a year or day word inside a name or a title: a model number, a law's title, 'Medical News Today'
date_generic.py   a generic period, no day of the story: any day, any season, 'today' as nowadays, a story's week
date_nonrefs.py   date words that refer to no time: ids, 'today' as the era, maxims, the day of a generic 'you'
date_figurative.py  'Hong Kong today, Taiwan tomorrow', 'would lose their jobs tomorrow': days as figures
date_resolve.py   one date to a calendar period, with its clause's tense, a year after it, the sentence's anchor
date_tense.py     the tense of the clause around a date
date_deictic.py   the exact day of 'today', 'yesterday', 'this evening' by a weekday or date beside it
date_frames.py    dates whose year the story sets rather than the page's date
date_undated.py   on a page with no date at all, the years the text gives its year-less dates
date_games.py     game reports, game calendars and a game's quarters
needs.py          which blocks may hold a fact of each family, before the parse
places/           find_places: mentions, then one gazetteer sense per name (see places/records.py)

Nothing is imported here.
"""

__all__: list[str] = []
