"""Numbers that are a name, a label or an identifier, not how many, round 6 of issue 17 (the classes the audit of
seed 20261214 found): slogans and quoted terms, a paper's section numbers, products named with a capital inside,
acronyms before a number, a part of a law before a noun, a game's friendship level, a ranking list's title.

Each test reads a real page of ../shared/eval in place through the whole pipeline (test_counts_real.page_facts),
fails without its rule or its words in extractor/data/count_labels.json, and checks that a true count beside it
stays a count.
"""

from __future__ import annotations

from test_counts_real import page_facts

_PENNY = "936ff4fe484cc870"  # a game guide's page on a character and her friendship levels


def test_slogan_and_quoted_term():
    # "China said it is committed to the “one country, two systems” formula granting Hong Kong autonomy"
    page = "express.co.uk/news/world/1206313/hong-kong-latest-china-protesters"
    facts = page_facts(page, "“one country, two systems” formula", "count")
    assert "one" not in facts and "two" not in facts
    # "Volker said he never used the term "three amigos" and added, ..."
    page = "cbsnews.com/news/impeachment-hearings-key-moments-from-kurt-volkers"
    assert "three" not in page_facts(page, 'the term "three amigos"', "count")
    # "There are two things you need to know in order to make a plan for the future," a quoted statement, counts
    facts = page_facts("businessinsider.com/how-to-retire-early", "There are two things you need to know", "count")
    assert facts.get("two", {}).get("counted") == "things"


def test_section_number_before_a_heading_noun():
    # a blog post's heading "1 Introduction"
    page = "emacspeak.blogspot.com/2019/10/meta-programming-in-emacs-using"
    assert page_facts(page, "1 Introduction", "count") == {}


def test_product_named_with_an_inner_capital():
    # "iPhone 11, iPhone 11 Pro, and iPhone 11 Pro Max are the first Apple devices with Wi-Fi 6 support"
    facts = page_facts("zdnet.com/article/best-tech-gadgets", "iPhone 11 Pro", "count")
    assert "11" not in facts
    # a list of guest systems: "openBSD 6 **"
    assert "6" not in page_facts("parallels.com/products/desktop", "openBSD 6", "count")


def test_acronym_before_a_number_and_a_singular_noun():
    # "... authorized to grant a COVID 19 patient the option of "home isolation" ..."
    page = "businesstoday.in/current/economy-politics/coronavirus-in-bihar"
    facts = page_facts(page, "COVID 19 patient", "count")
    assert "19" not in facts


def test_part_of_a_law_before_a_noun():
    # "The section 35 dispersal order will cover areas of Coalpool, Goscote, Harden and Blakenall."
    page = "birminghammail.co.uk/black-country/48-hour-order-walsall"
    assert "35" not in page_facts(page, "section 35 dispersal order", "count")
    # "... any applicable section 7 additional terms, to the whole of the work"
    assert "7" not in page_facts("e49f970480ac8b4a", "section 7 additional terms", "count")


def test_friendship_level_in_a_game():
    # "[A]t 8 hearts...she's not actually interested in Sam anymore."
    assert "8" not in page_facts(_PENNY, "t 8 hearts", "count")
    # "1.4: Added 14 heart event." and the heading "6 Hearts:"
    assert "14" not in page_facts(_PENNY, "Added 14 heart event", "count")
    assert page_facts(_PENNY, "6 Hearts:", "count") == {}
    # "raised friendship with each bachelorette to 10 hearts, and seen each bachelorette's 10-heart event"
    assert "10" not in page_facts(_PENNY, "to 10 hearts, and seen", "count")


def test_title_of_a_ranking_list():
    # the page's title "My Top 10 Women Talking Sports"
    page = "womencantalksports.com/top-10-women-talking-sports"
    assert "10" not in page_facts(page, "My Top 10 Women", "count")


def test_house_number_after_a_street_name():
    # an Italian address, the number after the street: "corso Monforte, 15, Milan"
    page = "inexhibit.com/marker/milan-design-week-2018-michael-anastassiades"
    assert "15" not in page_facts(page, "corso Monforte, 15, Milan", "count")


def test_numbers_in_a_bracket_of_labels():
    # "Only 11 triplets are found, in the whole (ch: 1, 3-5, 7-9; none in 2 & 6)." (chapters of a book)
    page = "optimussearch.com.ph/2020/06/02/no-membership-required"
    facts = page_facts(page, "none in 2 & 6", "count")
    assert "2" not in facts and "6" not in facts and facts["11"]["counted"] == "triplets"


def test_model_glued_to_a_letter_and_a_name_after_an_acronym():
    # "The 5500M chipset is toasty, and the RAM is too."
    page = "appleinsider.com/articles/19/11/18/16-inch-macbook-pro-review"
    assert "5500M" not in page_facts(page, "The 5500M chipset", "count")
    # a game's name in the page title "FIFA 21 Game Settings"
    assert page_facts("fifplay.com/fifa-21-game-settings", "FIFA 21 Game Settings", "count") == {}


def test_vanity_phone_number():
    # "Anyone with information on the case can anonymously reach Crime Stoppers at 1-800-SPEAK-UP or ..."
    assert page_facts("caa8941ba7706dbf", "1-800-SPEAK-UP", "count") == {}  # a Detroit News report


def test_title_of_a_work_in_quotes():
    # "“One Man Band” – Old Dominion" in a list of award winners
    page = "sanfrancisco.cbslocal.com/2020/09/16/55th-acm-awards-winners-list"
    assert "One" not in page_facts(page, "“One Man Band” – Old Dominion", "count")


def test_numbers_named_as_themselves():
    # riddles: "Why was 6 afraid of 7?", "What did zero say to eight?"
    facts = page_facts("redtri.com/best-jokes-for-kids", "Why was 6 afraid of 7?", "count")
    assert "6" not in facts and "7" not in facts
    facts = page_facts("redtri.com/best-jokes-for-kids", "What did zero say to eight?", "count")
    assert "zero" not in facts and "eight" not in facts
    # "... hundreds of bursts from a repeating fast radio burst (FRB) source known as 121102."
    facts = page_facts("nature.com/articles/d41586-019-02790-3", "known as 121102", "count")
    assert "121102" not in facts and facts["hundreds"]["counted"] == "bursts"
