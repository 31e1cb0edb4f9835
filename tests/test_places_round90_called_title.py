"""Places on real news (issue 17, round 90): a name opening a quotation after 'called' is a work's title.

'At the last minute, a sample came in called “Glasgow (“No Place Like Home”).' (indiewire.com, a song of the film
Wild Rose): 'Glasgow' was Glasgow, GB, rescued from a person's tag by the article's other mentions of the city (judged
wrong in sessions 34 and 36). A name that opens a quotation right after a naming verb (data title_verbs: 'called',
'titled', 'entitled') is a work's title (not_places.called_title); after a place's noun ('a city called “Glasgow”':
data named_place_nouns, appositive_heads) it stays the place, and so does the city elsewhere in the article.
"""

from __future__ import annotations

from conftest import texts_of

SONG = "At the last minute, a sample came in called “Glasgow (“No Place Like Home”)."
# the page's other sentences that name the city (the votes that rescued the song's title)
PAGE = (
    "But the songwriters also reckoned with the role that Glasgow plays in Rose-Lynn’s life, and not just as an "
    "albatross around her neck. “Anything we wrote had to have a fond hint of Scotland,” Steenburgen said. “Ain’t "
    "no yellow brick road running through Glasgow, but I found one that’s stronger than stone.”"
)


def test_song_called_glasgow_is_no_place():
    # the city of the page's other sentences, not the song's title
    assert texts_of(f"{SONG} {PAGE}", "place") == ["Glasgow", "Scotland", "Glasgow"]


def test_city_called_glasgow_stays():
    text = "Glasgow is a big city. Later he moved to a city called “Glasgow” in Montana."
    assert texts_of(text, "place") == ["Glasgow", "Montana"]  # the town called so, in Montana
