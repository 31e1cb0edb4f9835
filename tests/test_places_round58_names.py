"""Places, round 58 of issue 17: a place's name inside a longer name that is no place (judged samples, seeds
20261342-45), one real passage per class, run as an article.

The classes: a place's name before a capitalised number word that ends a group's name ('the so-called "San Antonio
Four"': not_places.before_group_number; data: group_number_words); a place's name inside a party's name in another
language ('the Parti Pribumi Bersatu Malaysia': not_places.in_foreign_party_name; data: foreign_party_heads,
foreign_name_links); a news site's name of a town and 'Live' ('top stories from Belfast Live': not_places.inside_name;
data: organisation_heads)."""

from __future__ import annotations

from conftest import text_facts, texts_of

# tr_news tr-news:1060005, its first two sentences
SAN_ANTONIO = (
    "A Texas court on Wednesday exonerated four women convicted of sexual assault in the 1990s after lawyers argued "
    "that they were sent to prison because of junk science, tainted testimony and false ideas of lesbian behavior. "
    'The Court of Criminal Appeals said the convictions of the so-called "San Antonio Four" for sexually assaulting '
    'two children, ages 7 and 9, did not pass "the smell test."'
)

# geowebnews:235, its first two sentences
MALAYSIA = (
    "Kuala Lumpur: Malaysian authorities ordered former Prime Minister Mahathir Mohamad's political party to "
    "temporarily disband on Thursday in a blow to the opposition ahead of an expected general election. The Registrar "
    "of Societies said the Parti Pribumi Bersatu Malaysia failed to submit adequate documentation for its registration "
    "and asked it to do so within a month or be permanently deregistered."
)

# an audit page (belfastlive.co.uk, a story on signs in Belvoir): two sentences that name Belfast, then the site's
# sign-off and the sentence after it
BELFAST_LIVE = (
    "The signs, which are being investigated as a hate crime by police, were erected this week in the South Belfast "
    "area. The erection of the signs has been widely condemned by political representatives in South Belfast.\n\n"
    "Click this link or scan the QR code to receive breaking news and top stories from Belfast Live. We also treat our "
    "community members to special offers, promotions, and adverts from us and our partners."
)


def test_place_before_a_group_number_is_the_groups_name():
    """'the so-called "San Antonio Four"' are four women; Texas stays."""
    assert texts_of(SAN_ANTONIO, "place") == ["Texas"]


def test_place_in_a_foreign_party_name_is_the_partys():
    """'the Parti Pribumi Bersatu Malaysia' is Mahathir's party; Kuala Lumpur stays."""
    texts = texts_of(MALAYSIA, "place")
    assert "Malaysia" not in texts
    assert "Kuala Lumpur" in texts


def test_town_before_live_is_a_news_sites_name():
    """'top stories from Belfast Live' names the site; the two 'South Belfast' mentions stay."""
    facts = text_facts(BELFAST_LIVE, "place")
    assert [f.text for f in facts if "Belfast Live" in (f.sentence or "")] == []
    assert len([f for f in facts if "Belfast" in f.text]) == 2
