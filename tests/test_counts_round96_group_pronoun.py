"""Counts, round 96 (issue 17): "the two of you", "the three of them" name a group already named, no count.

"You have a right to put your foot down and make clear that the two of you either sit together or he’ll be sitting
first-class in the doghouse." (a Dear Abby page of the audit, oregonlive.com, "dear-abby-husband-springs-for-business-
class-flight"): 'the', a number word, 'of' and a personal pronoun stand for people already named, as 'you both' does
(audit guide: pointing numbers; count_forms._article_group_pronoun, data group_pronoun_articles, group_pronouns).
Without the article the number picks a part and counts ("Two of them were directed exclusively at the Republican
debaters.", a HuffPost page of the audit), and "all three of them" is left a count.
"""

from __future__ import annotations

from test_counts_real import found, page_facts

ABBY = "dear-abby-husband-springs-for-business-class-flight-to-india"
DEBATE = "third-republican-presidential-debate-takeaways-trump-biden"


def test_the_two_of_you_points() -> None:
    facts = page_facts(ABBY, "make clear that the two of you either sit together", "count")
    assert "two" not in facts
    assert "three" not in found("Police said the three of them were killed in the crash.", kind="count")


def test_a_number_of_them_without_the_article_counts() -> None:
    assert "Two" in page_facts(DEBATE, "Two of them were directed exclusively at the Republican", "count")
    assert "two" in found("Police said two of us were questioned.", kind="count")


def test_all_three_of_them_stays_a_count() -> None:
    # 'all' is no article of this class; the article opening a sentence points as it does inside one
    assert "three" in found("All three of them were arrested on Monday.", kind="count")
    assert "two" not in found("The two of them left.", kind="count")
