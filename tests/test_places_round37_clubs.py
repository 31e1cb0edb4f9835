"""Places, round 37 (clubs): a town's name right before a word that ends a sports club's name ('Liverpool FC'; 'Bolton
Wanderers' in a sports story) is the club's, no mention of the place, unless the gazetteer knows the whole as a place's
name; a club's word before it ('FC Porto', 'Athletic Bilbao') likewise (teams.before_club_word, after_club_word).
Each test reads a real sentence of ../shared/eval."""

from __future__ import annotations

from conftest import gold_article, texts_of

from extractor.find.places.teams import before_club_word
from extractor.find.places.words import Mention
from extractor.nlp import parse
from extractor.normalize.places import gazetteer


def _before_club_word(text: str, name: str) -> bool:
    """before_club_word on the first mention of `name` in a one-block article of `text`."""
    start = text.index(name)
    gz = gazetteer()
    m = Mention(0, start, start + len(name), name, candidates=gz.lookup(name))
    return before_club_word(m, parse([text]), gz)


def test_a_town_before_a_clubs_abbreviation_is_no_place() -> None:
    # geowebnews:249 (news_gold) 'UEFA charge Liverpool FC over Manchester City bus attack': the club, not the city
    facts = [f for f in gold_article("geowebnews.jsonl", "geowebnews:249").facts or [] if f.kind == "place"]
    assert not [f for f in facts if f.start_char == 12]
    # a town standing for its team stays the place (metonymy): 'Liverpool won the game 3-0'
    assert any(f.text == "Liverpool" and f.start_char == 589 and f.country_code == "GB" for f in facts)


# geowebnews (news_gold), a Birmingham City game story: a club's word that is also an English word ends a club's name
# only in a sports story
GAME = (
    "Che Adams' dismissal for violent conduct in Tuesday night's 1-0 defeat of Bolton Wanderers means Birmingham will "
    "have just Lukas Jutkiewicz as their only fully-fit senior striker for the visit."
)


def test_a_town_before_a_clubs_word_in_a_sports_story_is_the_club() -> None:
    assert _before_club_word(GAME, "Bolton")
    assert not _before_club_word(GAME, "Birmingham")  # no club's word after it


def test_a_clubs_word_outside_a_sports_story_leaves_the_town() -> None:
    # the story's sentence less its score and its game's words: 'Wanderers' after a town is no club's name there
    text = "Bolton Wanderers and Birmingham will have just one striker for the visit, residents said."
    assert not _before_club_word(text, "Bolton")


def test_the_united_states_and_kingdom_stay_places() -> None:
    # geowebnews:128 (news_gold): 'diplomats being expelled from the United States', 'to the United Kingdom'
    assert texts_of(
        "Russians travelling to the United Kingdom could face provocations, as diplomats were expelled "
        "from the United States.",
        "place",
    ) == ["the United Kingdom", "the United States"]


def test_a_town_after_a_clubs_word_is_no_place() -> None:
    # eval articles' football manager's career ('has managed FC Porto, Inter Milan, Chelsea, Real Madrid'), with the
    # clubs of other leagues' words: the model tags the town of 'Partizan Belgrade' as a place
    sentence = "He is renowned for his tactical prowess and has managed VfB Stuttgart and Partizan Belgrade."
    assert texts_of(sentence, "place") == []
    # the town written as the town stays
    assert texts_of("The club played in Belgrade against Partizan.", "place") == ["Belgrade"]
