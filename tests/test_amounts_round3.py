"""Amounts a careful reader would sign (issue 17, third round): one test per class of error, on real pages.

Each test reads the sentence in place from a real page of ../shared/eval (articles/ or webpages/) through the whole
pipeline, and fails without its rule. Where a class has a second form the pages do not hold, a short sentence
written like the real one checks that the rule is the class's and not the page's.
"""

from __future__ import annotations

from test_counts_real import found, page_facts

# ---------------------------------------------------------------- not an amount


def test_bits_naming_a_build_are_no_amount():
    # "On Windows you have a choice between 32-bit (labeled x86) and and 64-bit (labeled x86-64) versions";
    # "you don't need the 64-bit version even if you have 64-bit Windows, the 32-bit Python will work just fine."
    assert page_facts("880e51fa82d3c6cc", "between 32-bit (labeled x86)", "amount") == {}
    assert page_facts("880e51fa82d3c6cc", "the 32-bit Python will work", "amount") == {}
    assert page_facts("docs.docker.com/engine/install", "arm (32-bit)", "amount") == {}
    # bits measure the width of the hardware or datum they modify, and a number of bits is a measure:
    # "... declared as 32-bit signed integers."; "The color depth is 48 bits."
    facts = page_facts("stackoverflow.blog/2020/01/20/what-is-rust", "32-bit signed integers", "amount")
    assert (facts["32-bit"]["value"], facts["32-bit"]["unit"]) == (32, "bit")
    facts = page_facts("230ff685ca001d72", "color depth is 48 bits", "amount")
    assert (facts["48 bits"]["value"], facts["48 bits"]["unit"]) == (48, "bit")


def test_stones_thrown_are_counted_not_weighed():
    # "The accused is then alleged to have flung two stones at the police inspector"
    assert page_facts("jamaicaobserver.com-attacks", "flung two stones", "amount") == {}
    assert page_facts("jamaicaobserver.com-attacks", "flung two stones", "count")["two"]["counted"] == "stones"
    got = found("He weighed 14 stone before he lost two stone.", kind="amount")
    assert got["14 stone"]["unit"] == got["two stone"]["unit"] == "stone"


def test_degrees_of_freedom_are_no_angle():
    # "Herein a heavy-tailed Student t-distribution (with one-degree of freedom, which is ...)"
    assert page_facts("10cef2b5c04f5bab", "one-degree of freedom", "amount") == {}


# ---------------------------------------------------------------- rates


def test_a_size_per_unit_of_time_is_a_rate():
    # a table cell "0.091 GB/s" and "at a speed of about 2 GB/s" (simdjson benchmark post)
    facts = page_facts("lemire.me/blog/2019/08/02/json-parsing", "0.091 GB/s", "amount")
    assert facts["0.091 GB/s"]["unit"] == "GB/s"
    facts = page_facts("lemire.me/blog/2019/08/02/json-parsing", "at a speed of about 2 GB/s", "amount")
    assert (facts["about 2 GB/s"]["value"], facts["about 2 GB/s"]["unit"]) == (2, "GB/s")
    # "we saw a write speed of 2890 megabytes per second"
    facts = page_facts("65bf3048b500bbd84928d9122f99617ca898216b91add1d8b2ac09c670484a5c", "2890 megabytes", "amount")
    assert facts["2890 megabytes per second"]["unit"] == "MB/s"
    # "a year ago" is a time, not a rate
    got = found("He walks 5 miles a day; the drive held 2 GB a year ago.", kind="amount")
    assert got["5 miles a day"]["unit"] == "mi/day" and got["2 GB"]["unit"] == "GB"


# ---------------------------------------------------------------- currency


def test_cents_are_of_the_currency_the_article_writes():
    # a Singapore story that writes S$ throughout: "A final dividend of one Singapore cent per share was declared,
    # versus last year's 5.5 cents."; "... the total dividend payout for FY20 will be 2.5 cents."
    facts = page_facts("377444278076ec62", "one Singapore cent per share", "amount")
    assert facts["one Singapore cent"]["unit"] == facts["5.5 cents"]["unit"] == "SGD"
    facts = page_facts("377444278076ec62", "will be 2.5 cents", "amount")
    assert (facts["2.5 cents"]["value"], facts["2.5 cents"]["unit"]) == (0.025, "SGD")
    # with no currency named, cents are USD (SPEC: a bare "$" is USD)
    assert found("profits equate to 26 cents per share", kind="amount")["26 cents"]["unit"] == "USD"


def test_a_range_of_dollars_keeps_its_second_sign():
    # a fee table's rows: "$100,000-$1 million", "$1 million-$20 million"
    facts = page_facts("2e18be727db2f4b8", "$100,000-$1 million", "amount")
    fact = facts["$100,000-$1 million"]
    assert (fact["low"], fact["high"], fact["qualifier"], fact["unit"]) == (100000, 1000000, "range", "USD")


# ---------------------------------------------------------------- units lost


def test_index_points_are_a_pure_number():
    # "the S&P 500 .SPX lost 1.85 points, or 0.06%, to 3,120.18"
    facts = page_facts(
        "57d46c9d751e3fd3ffaf3ede7ac20cebd30eacb5ea78e1a6aa0a72059244e7ca", "S&P 500 .SPX lost 1.85 points", "amount"
    )
    assert (facts["1.85 points"]["value"], facts["1.85 points"]["unit"]) == (1.85, "dimensionless")


def test_basis_points_are_hundredths_of_a_percentage_point():
    # "... would reduce expected yields by a mere five to seven basis points"; "by three to four basis points"
    facts = page_facts("f63794abaa5a1d87", "five to seven basis points", "amount")
    fact = facts["five to seven basis points"]
    assert (fact["low"], fact["high"], fact["unit"], fact["unit_kind"]) == (0.05, 0.07, "%", "percent")
    assert facts["three to four basis points"]["high"] == 0.04
    # "fell 4.8 basis points to 0.675%": a change and the new level, not a range
    facts = page_facts("b195722acdf9a136", "fell 4.8 basis points to 0.675%", "amount")
    assert facts["4.8 basis points"]["value"] == 0.048 and facts["0.675%"]["value"] == 0.675


# ---------------------------------------------------------------- broken numbers


def test_a_space_after_the_decimal_point():
    # "Comes with Beats Solo3 wireless headphones, carrying case, 3. 5mm remote Talk cable"
    facts = page_facts(
        "e7d77f1869803e24667fa0b985cff27fb4139951a5ffa494bc9ba810df48fb30", "3. 5mm remote Talk cable", "amount"
    )
    assert (facts["3. 5mm"]["value"], facts["3. 5mm"]["unit"]) == (3.5, "mm")
    assert "3" not in page_facts(
        "e7d77f1869803e24667fa0b985cff27fb4139951a5ffa494bc9ba810df48fb30", "3. 5mm remote Talk cable", "count"
    )


def test_a_scale_word_completed_in_brackets():
    # "“Basically this transaction of $1.8 bill[ion] abroad with the help of fake contracts ..."
    facts = page_facts("676abd71b0f4b09c", "$1.8 bill[ion]", "amount")
    assert (facts["$1.8 bill[ion]"]["value"], facts["$1.8 bill[ion]"]["unit"]) == (1.8e9, "USD")


def test_a_degree_sign_takes_the_scale_named_after_it():
    # "Optimum growing temperatures are warm days (70°-85° degrees Fahrenheit) and cool nights (60°-70° ...)"
    facts = page_facts("9b235e0fa43f2255", "70°-85° degrees Fahrenheit", "amount")
    fact = facts["70°-85° degrees Fahrenheit"]
    assert (fact["low"], fact["high"], fact["qualifier"], fact["unit"]) == (70, 85, "range", "degF")


def test_by_a_range_of_a_measure():
    # "reduced choices of meat-based meals by 7 to 10%": a range; "rose by 235 to 1,351" stays a change and a level
    facts = page_facts("d4225a545cb7beb9", "meat-based meals by 7 to 10%", "amount")
    assert (facts["7 to 10%"]["low"], facts["7 to 10%"]["high"]) == (7, 10)
    assert found("Its tally rose by 235 to 1,351.", kind="amount") == {}


# ---------------------------------------------------------------- words that look like money or a bound


def test_a_currency_word_that_is_an_english_word():
    # "... whether perhaps one won't reach the finish line for whatever reason" (a vaccine maker's chief)
    assert page_facts("hutchnews.com/ZZ/news/20201123", "one won't reach the finish line", "amount") == {}
    # "(focus on SDG 8: decent work and economic growth)": a Sustainable Development Goal, not Sudanese pounds
    assert page_facts("77b31165a3d6c277", "focus on SDG 8", "amount") == {}
    assert found("It cost 50,000 won, or 500 Sudanese pounds.", kind="amount")["50,000 won"]["unit"] == "KRW"


def test_plus_before_another_amount_adds_it():
    # "45% Off 65\" LG 65UM7300 4K Smart HDTV, Now $549 Plus $50 Dell eGift Card"
    facts = page_facts("287e4d9f4af31733aad6534aefb2bd00fb344ec8d6ebf1ac99dbc4d762da0ca4", "$549 Plus $50", "amount")
    assert (facts["$549"]["qualifier"], facts["$50"]["value"]) == ("exact", 50)
    # "the least expensive 70\"+ TV": a bound
    facts = page_facts("287e4d9f4af31733aad6534aefb2bd00fb344ec8d6ebf1ac99dbc4d762da0ca4", '70"+ TV', "amount")
    assert facts['70"+']["qualifier"] == "at_least"


def test_a_scale_word_after_a_lost_no_break_space():
    # "Republicans never took up\ufffdDemocrats' more than $3\ufffdtrillion bill the House passed in May."
    facts = page_facts("upton.wickedlocal.com/news/20200924", "more than $3\ufffdtrillion bill", "amount")
    assert facts["more than $3\ufffdtrillion"]["value"] == 3e12
