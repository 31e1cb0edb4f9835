"""Numbers that name or identify something, not how many (issue 17, extractor/find/count_labels.py).

One test per class, each on a real page of ../shared/eval read in place through the whole pipeline (see
test_counts_real.page_facts), each failing without its rule or its words in extractor/data/count_labels.json;
each also checks that a true count near the label stays a count.
"""

from __future__ import annotations

from test_counts_real import page_facts


def test_set_phrases():
    # "Google, for example, claims “zero net carbon emissions” for its data centers"
    assert "zero" not in page_facts("3028622cac69b4ca", "zero net carbon emissions", "count")
    # "Amazon.com Inc. ... last year pledged to be “net zero carbon” by 2040 and to buy 100,000 electric delivery vans"
    facts = page_facts("9636a7117d7566d3", "net zero carbon", "count")
    assert "zero" not in facts and "100,000" in facts
    # "one-stop management of all installed Python versions"
    assert "one" not in page_facts("dd8ce296f04be666", "one-stop management", "count")
    # "security cannot be one-size-fits-all anymore"
    assert "one" not in page_facts("3ed790385fd4d09b", "one-size-fits-all", "count")


def test_service_numbers():
    # "officials began receiving 911 calls Tuesday afternoon about a fight aboard a train between two men"
    page = "5caf91b8a4423735f866b089d2611ea14503584cf3b6f487c6d26eb7b9521fca"
    facts = page_facts(page, "receiving 911 calls", "count")
    assert "911" not in facts and "two" in facts


def test_settings():
    # "[ssync] accept = 873 connect = domain.of.langly.com:273"
    assert "873" not in page_facts("f62edce3ea5e63d0", "accept = 873", "count")
    # "Comment out the two lines for debug and foreground" on the same page still counts lines
    assert "two" in page_facts("f62edce3ea5e63d0", "Comment out the two lines", "count")


def test_number_words_in_names():
    # "a larger strike against the nation’s Big Three vehicle manufacturers" (and "a seven-week strike")
    facts = page_facts("f8d3aa10b3c81cf1", "Big Three vehicle manufacturers", "count")
    assert "Three" not in facts
    # "a blend of the XBox One controller and Nintendo Switch pro controller"
    page = "680c2848e94a96f961a0964631de94ac572f83c45bfd0bec2deafa893bcfe15c"
    assert "One" not in page_facts(page, "XBox One controller", "count")


def test_source_names():
    # "... her poll numbers steadily rise since the debates started in August, according to 538, rivaling ..."
    assert "538" not in page_facts("9a26f205974e308a", "according to 538", "count")
    # "investigating WeWork, according to two people familiar with the matter"
    page = "06e5123e4ef7cfb4533250dc45d1e03d0838fc66223f45c583c4d12f48b4da85"
    assert "two" in page_facts(page, "according to two people", "count")


def test_headings():
    # section headings "2 Advice And Emacs Lisp", "3 Emacspeak And Advice — Fall 1994"
    assert "2" not in page_facts("04468ace8c400f92", "2 Advice And Emacs Lisp", "count")
    assert "3" not in page_facts("04468ace8c400f92", "3 Emacspeak And Advice", "count")
    # a game guide's headings "Two Hearts", "Six Hearts" name events
    assert "Two" not in page_facts("936ff4fe484cc870", "Two Hearts", "count")
    # a listicle's title counts its tips
    page = "e593d7fe88f9f5cd6587ac172be2db6055d40b6f071023f97ab1ce373534261e"
    assert "15" in page_facts(page, "15 Helpful Tips to Overcome Binge Eating", "count")


def test_resolutions():
    # "allowing anybody to play games at 4k and 60fps on high settings"
    page = "e100c9612ad8495db03b2a9f968952d0eaa4853d9b32ded6a29f8e313a974873"
    assert "4k" not in page_facts(page, "play games at 4k and 60fps", "count")
    # "gets players access to 4k streaming at 60 frames per second"
    page = "8267acacb9e4a109b1f7ee7bafe735b73e9c94180b703b131f9e90c9be044f39"
    assert "4k" not in page_facts(page, "access to 4k streaming", "count")


def test_software_releases():
    page = "750955e516e256de"
    # "We had to spend extra effort to get Python 3.5 and 3.6 working as well as 3.7."
    assert "3.7" not in page_facts(page, "working as well as 3.7", "count")
    # "Mercurial 5.2 was released on November 5, 2019." and, later on the page, "Same for 3.8."
    assert "5.2" not in page_facts(page, "Mercurial 5.2 was released", "count")
    assert "3.8" not in page_facts(page, "Same for 3.8.", "count")
    # "it was merged and was included in the recent 1.8 release."
    assert "1.8" not in page_facts("7282377e87cc5701", "the recent 1.8 release", "count")
    # "MacOS from 10.2 (Jaguar) to 10.15 (Catalina) includes a system version of Python 2"
    facts = page_facts("880e51fa82d3c6cc", "MacOS from 10.2 (Jaguar)", "count")
    assert not {"10.2", "10.15"} & set(facts)
    # "ReactOS 0.4 **"
    assert "0.4" not in page_facts("22c603f3fa1e8c9c", "ReactOS 0.4", "count")


def test_statutes_and_identifiers():
    # "You won't be able to take any money from your 401(k) without penalty"
    page = "f81c6c05d9cbc93316992fa23ef74ec405194e292611f2e94f6a814868903665"
    assert "401" not in page_facts(page, "money from your 401(k)", "count")
    # "DOI: 10.1007/978-3-319-09575-2_199-1"
    page = "e1c7023ee2148901b086256fdd30a0893d10b0720b510d5ff07a021109347266"
    assert "1" not in page_facts(page, "09575-2_199-1", "count")
    # references closing with their pages: "... Conference: 339–344.", "188–203."
    facts = page_facts("10cef2b5c04f5bab", "188–203.", "count")
    assert not {"188–203", "188", "203"} & set(facts)


def test_label_nouns_and_their_lists():
    # "Locksley had discovered a group of cells called group 2 innate lymphoid cells (ILC2s)"
    page = "bdb56ac83513635db1d8b9eb46b2da4c0de8da2f1f28f5bf5163df3eb3d3ec06"
    assert "2" not in page_facts(page, "called group 2 innate lymphoid cells", "count")
    # "Schools were reopened only for students in grades 6 to 13."
    facts = page_facts("d681f579c41da7a4", "students in grades 6 to 13", "count")
    assert not {"6 to 13", "13", "6"} & set(facts)
    # "Interpretation of Sections 15 and 16."; "Linux Mint 19 and 18"
    assert "16" not in page_facts("e49f970480ac8b4a", "Interpretation of Sections 15 and 16.", "count")
    assert "18" not in page_facts("22c603f3fa1e8c9c", "Linux Mint 19 and 18", "count")


def test_names_ending_in_a_number():
    # a product line's title "Dare to Play 3 / October pack"
    assert "3" not in page_facts(
        "a860fb5eda1ac75df3bc95ba096ade649fdbb1bb566adb9fee3cb13e59f37604", "Dare to Play 3 /", "count"
    )
    # a game calendar's day: a block "Fall 1"
    assert "1" not in page_facts("936ff4fe484cc870", "Fall 1", "count")
    # "this could be the year we get a few stunners in the Round of 16."
    facts = page_facts("9cab727b6f7cda20", "stunners in the Round of 16", "count")
    assert "16" not in facts
    # "The final four spots will come down to next March's Euro 2020 playoffs" counts spots
    page = "9a440270bf8625d586039dfae1b8df409b467524e075124cd7a5424a5806901b"
    assert "four" in page_facts(page, "The final four spots", "count")


def test_models_and_kinds_named_with_a_number():
    # "For Level 2 stations, there’ll be 11 kW onboard charging as standard"
    page = "3cb22bfabed8de715c0813a7bb5052363c96bd71ccce3bb2dfb3ab9d1d7a9bbc"
    assert "2" not in page_facts(page, "For Level 2 stations", "count")
    # "battery life on the 11 Pro Max is simply the best on any phone"
    page = "5fbc7ccb504c755ae23a85499a17518483d7862b74b4a5c34d86ede1a1a4448e"
    assert "11" not in page_facts(page, "the 11 Pro Max is simply", "count")
    # "Artemis 2 in 2022, and then the Artemis 3 mission in 2024"; the sentence's "three SLS rockets" counts
    page = "c00962aabe7bdd1fca78f5360ea7fa93cd7674863b05157e00827506a7aa58c4"
    facts = page_facts(page, "Artemis 3 mission", "count")
    assert "3" not in facts and "three" in facts
    # "... check out Betty’s Guide to Cake-Making 101."
    assert "101" not in page_facts("51365a7a7445fcec", "Cake-Making 101", "count")
    # true counts before capitalised words stay: a list of containers, a people, a hyphened modifier
    page = "5f03fc173ebc6abdfae50b96ce0b05a6137b7d3f2ef379be35a9bb8ca9f49e87"
    assert "2" in page_facts(page, "Portion Fix Containers: 2 Green", "count")
    assert "More than 60,000" in page_facts("636e4f4f1dd51836", "More than 60,000 Herero", "count")
    page = "287e4d9f4af31733aad6534aefb2bd00fb344ec8d6ebf1ac99dbc4d762da0ca4"
    assert "2,812" in page_facts(page, "2,812-Piece", "count")
