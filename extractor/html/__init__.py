"""The HTML stage: a page's bytes -> its tree -> its metadata -> its article blocks, and whether it is one.

dom.py         parse_html, and what metadata and cleaning read the same way (markers, <meta>, JSON-LD)
metadata.py    PageMeta: title (worked out once), canonical and own URL, declared language
pubdate.py     the publication date (byline, markup, URL, htmldate's search)
clean.py       the article's own blocks, given the title: prune -> blocks -> containers -> filters
prune.py       step 1 of cleaning: junk elements out of a copy of the tree
blocks.py      step 2: the pruned tree cut into text blocks
containers.py  step 3: the article's container(s) and lead chosen
page_kind.py   the not-an-article verdict (error and index pages)

Language detection (extractor/language.py) is not here: it judges the stitched article's text, after
the pages stage, and `extractor text` input that never had HTML.
"""

__all__: list[str] = []
