"""Hard-wrapped text is read across its wrapping line breaks; its records keep the text's characters and offsets."""

from conftest import gold_article, gold_record

from extractor.unwrap import unwrapped

# ../shared/eval/news_gold/tr_news.jsonl, tr-news:1020008: a story wrapped at ~105 characters, 12 spaces indent
SWISSPORT = "tr-news:1020008"


def test_a_wrapping_break_and_its_indent_read_as_one_space():
    text = gold_record("tr_news.jsonl", SWISSPORT)["text"]
    reading = unwrapped(text)
    assert "cargo crew employed by Swissport will walk out on 23 December." in reading.text
    # every character the finders read is the text's character at its offset; a space may stand for a break
    assert all(text[reading.offset(i)] in (ch, "\n") for i, ch in enumerate(reading.text))
    assert len(reading.text) < len(text)
    assert reading.offset(len(reading.text)) == len(text)


def test_breaks_after_a_sentence_a_headline_and_blank_lines_stay():
    # ../shared/eval/news_gold/tr_news.jsonl, tr-news:1260002: a headline line, then a wrapped story
    text = gold_record("tr_news.jsonl", "tr-news:1260002")["text"]
    reading = unwrapped(text)
    assert reading.text.startswith("Bingham to offer plan to combat drugs.\n")
    assert "press conference at noon today" in reading.text
    assert unwrapped("A short heading\nThe story starts here and goes on.").origin is None
    assert unwrapped("One paragraph.\n\nAnother one.").origin is None


def test_a_paragraph_per_line_is_not_wrapped():
    # long unwrapped lines: a break after a short heading with no stop is no wrap
    line = "Word " * 60
    assert unwrapped(f"A Heading Without A Stop\n{line.strip()}.\nNext Heading\n{line.strip()}.").origin is None


def test_a_date_across_a_wrapping_break_is_one_date_at_the_texts_offsets():
    article = gold_article("tr_news.jsonl", SWISSPORT)
    dates = [f for f in article.facts if f.kind == "date" and "walk out" in f.sentence]
    assert [(f.text.split(), f.value) for f in dates] == [(["23", "December"], "2016-12-23")]
    date = dates[0]
    assert article.text[date.start_char : date.end_char] == date.text
    assert "\n" in date.text and "\n" not in date.sentence
    assert not [f for f in article.facts if f.kind == "count" and f.text == "23"]


def test_an_amount_across_a_wrapping_break_keeps_its_qualifier():
    # tr-news:1010009: "the government agreed to give her nearly\n            $1,000 to cover ..."
    article = gold_article("tr_news.jsonl", "tr-news:1010009")
    amounts = [(f.text.split(), f.qualifier) for f in article.facts if f.kind == "amount" and "1,000" in f.text]
    assert amounts == [(["nearly", "$1,000"], "approximate")]


def test_a_windows_line_end_wraps_as_one_space():
    text = "Staff will walk out on 23\r\n    December, the union said, and again on\r\n    24 December."
    reading = unwrapped(text)
    assert reading.text == "Staff will walk out on 23 December, the union said, and again on 24 December."
    assert text[reading.offset(reading.text.index("December")) :].startswith("December")
