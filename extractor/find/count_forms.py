"""Numbers whose form of words shows they say no 'how many' (issue 17), beside count_context.py's rules.

- "one" as a pronoun or a determiner: "no one has matched", "any one partisan divide", "one another", and "one"
  that heads a relative clause without a relative word ("Especially one Apple has already adopted"): a thing,
  not a quantity. "one person died" keeps its count: there "one" modifies the noun.
- "one" after a demonstrative that determines its singular noun: "all on this one page", "find that one
  dependable Indian big-hitter" single a thing out for emphasis ("this page"). The parse decides: a "that" that
  opens a clause is a mark, not the noun's determiner ("found that one crew ignored two warning signs" counts).
  So does "the": "blame the one substance" ("the only"). A possessor does not: "their one biological
  child" still says how many children they have.
- "one" as the indefinite article (issue 17): the generic "one's"; before a source that says or finds
  ("one study in 15 people found", "said one legal expert", "according to one estimate"); as the first of a
  contrast ("What did one DNA strand say to the other", "from one room to another"); "one last question", "just
  one more way that ..." ('another way'; "one more person died" counts), "one bright October morning", "one
  class at a time" and "make one thing clear", "one way to avoid it";
  a noun of discourse ("Pallister said one reason he spent ...", "One option would be", "There is one
  problem though": count_forms.json one_indefinite_nouns; "just one example" and "one of the reasons" count,
  but not "just one example" as the complement of "be");
  a noun of a kind ("Burton doesn't advocate one type of farming"), unless another number of the
  sentence counts the noun's plural ("one kind of bacteria and two kinds of fungi");
  the complement of "be" with an adjective or "but"
  ("pip-tools is one easy way to do this", "is but one dish in a long line of"), a label before a colon ("One
  drawback: ...") and a contrast the next sentence closes ("One party is ... . The other longs for ...");
  the subject of "be" with a noun or a clause after it ("One possible explanation ... is that ...").
  Decision: the parse's subject of a verb of saying, a later "the other"/"another" in the sentence and "last" or
  "final" after it are the features; "only one", "just one", "exactly one" always count, and so does the
  subject of a passive ("One death was reported") or of a past event one and another befell ("One person was
  killed and another injured").
- "zero" before a singular or mass noun ("zero shame", "zero-tolerance"), or alone as a value on a scale ("set to
  zero") or a verb ("zero in on"): none of something uncountable, not a count. "Zero appearances" counts.
- "one" as the indefinite article of an example: the idiom "one X after another" even after "than"
  ("other than one iteration after another"); an example picked out ("one picture in particular", "in one
  episode, for instance"); a sentence that opens with "One" and its noun described by an appositive or a
  participle, then an active verb with an object or complement ("One drug routinely used, 17-beta oestradiol, is
  a known cause"). An intransitive event or a passive after the appositive still counts ("One person, a woman in
  her 50s, died").
- "one" as "a certain": the subject of "be" with a state after it ("One Sanders organizer was just 16
  years old", "one long chapter in the saga is over") unless the state is a casualty's ("One man is dead"); the
  subject of a negated active verb ("One Napa County reporting station hasn’t seen a measurable drop of rain"); the
  subject of a participle of saying ("with one passage relating “...”").
  A complement of 'be' that "sole", "only" or "lone" makes the only one of its kind keeps the count ("One lucky
  ticket sold at Riverdale Lukoil South ... was the sole winner": no other won).
- both numbers of "N out of M", with or without a noun after N: "more than one night out of 17", "seven victories
  out of eight", "78 out of 100": a proportion or a score, not how many. A whole that counts its own noun stays
  a count ("21 out of 29 Indian states"), and so does a part with its own noun out of it ("only five nurses out of
  195 person nursing staff": `_part_of_counted_whole`).
- a literal in a shell session, a program's output or a machine string ("$ python3 foo.py 2 value error 2",
  a user-agent), and a digit escaped by a backslash ("\\0 terminates the filename").
- a page's counter run into the text: a number of reviews, comments or likes right after a bare common
  noun ("thumbs up i want badge 55 reviews"); "has 55 reviews" still counts.
- "one" before a verb of thinking in the third person ("This legacy, one notes, still resonates") or
  between a causative and a bare one ("makes one wonder who's ...") is the generic pronoun, whatever the parse
  reads.
- a 'but' that opens a clause is a conjunction, not the 'merely' of "is but one dish": after it the
  rules above read "one" as they would at the head of the sentence, and a sentence-opening "But one N" (perhaps
  after an interjection: "Ah, but one piece of history proved to be important") is 'a certain N' even before an
  intransitive verb ("But one emotion triumphed above it all"); a casualty verb ("But one man died") still counts.
  "others" closes a contrast like "the other" ("in one domain by lowering energy use in others"), and "if there is
  one N" singles the N out for emphasis ("If there’s one unifying theme to his books, it’s ..."), and so does
  "there is one N" with a relative clause that has its own subject ("Of course there is one home run he will always
  be remembered for"; "one man who survived" and a negated "one person they could not save" count). A 'but' that
  opens a later clause reads like one opening the sentence when its active verb takes an object ("..., but one
  woman had a unique perspective"); "..., but one man escaped" counts.
  Left as counts: "one N" after a preposition ("in one pill", "against one opponent", "rainfall over one region"):
  judges signed most of them as how many, and nothing in the sentence tells the few 'a region' ones apart.
- "one" before a noun of a part's position (side, end, corner, edge) after a preposition of place or before an
  "of" phrase naming the whole: "a massive hole punched in one side", "on one end of the house", "Trees lined one
  side of the street" pick which part ('a side'), not how many. "only one side" and "on one side only" count.
- "N or more" in a question: "Need to read all the text in one or more files?" asks about a condition;
  it says no how many. In a statement ("one or more classmates used an online app") it stays a count.
- a number right after a plural demonstrative with no noun after it: "Montrose (8-2) ...: These two met
  in Week 10", "the interrelationship between these two", "These 11 had until Nov. 1 to submit": the number
  points back to things already named, as a pronoun does; it tells no new how many, and two judges marked such
  facts "not a count". MEANTIME's gold marks none (it leaves even "between the two companies" unmarked). With a
  noun after it the number stays a count ("These 150 Indians have either violated their visa norms", "those four
  engines will fire").
- a number word right after "the" with no noun after it and a finite verb, an adverb or a punctuation
  mark next: "Text messages between the two were found", "when the two were on the ground", "The three are not
  here". It stands for people named before, like "they"; two judges marked such facts "not a count", and neither
  MEANTIME's gold nor the peers' marks one (MEANTIME leaves even "between the two companies" unmarked). Digits
  ("the 60 needed to pass", MEANTIME marks it), a participle next ("among the hundreds trapped") and plural scale
  words ("by the dozens") are left as counts. "The" with a number word, "of" and a personal pronoun points too:
  "make clear that the two of you either sit together", "the three of them left" name the group already named, no
  count; without the article ("Three of them were killed", "two of us went") the number picks a part and counts.
- a number word after "version of" that counts no noun and ends its clause: "eventually became
  Mercurial's version of six." names the thing a variant is made of (here a library), not how many.
- a small number hyphened to a capitalised word: part of a name or a kind ("1-Bedroom Sunset Ocean Front Villa",
  "Two-Factor Authentication", "Penny's 8-Heart Event"); a larger one still counts ("a 2,812-Piece Set").
Decisions: like count_context.py each rule reads the block text, the number and its parse root only, so a
title, a caption and the body are treated alike. Vocabularies are in data/count_forms.json. `why_form`
returns the rule's name, or None when the number may count.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.tokens import Token

from ..data import load, one_of
from ..normalize import money
from ..normalize.numbers import NumberSpan, parse_number
from ..normalize.numbers import tables as number_tables
from .count_rules import RuleTable, first_rule
from .reading import counts_noun

__all__ = ["shell_prompt", "why_form"]

_SP = r"[ \u00a0]"
_WORD = re.compile(r"[A-Za-z][\w,.-]*")
_QUOTES = ("”", '"', "’", "'")


@lru_cache(maxsize=1)
def _forms() -> dict:
    return load("count_forms")


def why_form(text: str, n: NumberSpan, root: Token) -> str | None:
    """The name of the first rule that says the number at n in text is no quantity, else None."""
    return first_rule(_RULES, text, n, root)


@lru_cache(maxsize=1)
def _one_rx() -> tuple[re.Pattern, re.Pattern]:
    forms = _forms()
    before = re.compile(rf"\b(?i:{one_of(forms['one_pronoun_before'])}){_SP}+\Z")
    after = re.compile(rf"{_SP}+(?i:{one_of(forms['one_pronoun_after'])})\b")
    return before, after


def _pronoun_one(text: str, n: NumberSpan, root: Token) -> bool:
    """'no one', 'any one partisan divide', 'one another', 'one Apple has already adopted': 'one' is a pronoun
    or means 'a single', it counts nothing."""
    if text[n.start : n.end].lower() != "one":
        return False
    before, after = _one_rx()
    if before.search(text, max(0, n.start - 10), n.start) or after.match(text, n.end):
        return True
    if text[n.end : n.end + 2] in _forms()["one_possessive"]:
        return True  # "so much of one’s life"
    if _generic_verb(text, n):
        return True  # "This legacy, one notes, still resonates", "makes one wonder who's ..."
    # "one [that] Apple has adopted": the name of one company or person is the subject of the verb after it, so
    # "one" is the object of that clause ("one Republican has voted" counts a member of a group, NORP)
    nxt = root.doc[root.i + 1] if root.i + 1 < len(root.doc) else None
    return (
        root.lower_ == "one"
        and nxt is not None
        and nxt.dep_ == "nsubj"
        and nxt.ent_type_ in _forms()["one_subject_entities"]
        and nxt.head.pos_ in ("VERB", "AUX")
    )


_NEXT_WORD = re.compile(rf"{_SP}+([a-z]+)\b")
_PREV_WORD = re.compile(rf"\b([a-z]+){_SP}+\Z")


def _generic_verb(text: str, n: NumberSpan) -> bool:
    """'This legacy, one notes, still resonates', 'makes one wonder who's the primary director': 'one' before a
    verb of thinking in the third person (count_forms.json one_generic_verbs), or between a causative ('makes')
    and a bare one (one_generic_bare_verbs), is the generic pronoun, though the parse may read the verb as a
    noun it counts."""
    nxt = _NEXT_WORD.match(text, n.end)
    if nxt is None:
        return False
    forms = _forms()
    if nxt.group(1) in forms["one_generic_verbs"]:
        return True
    prev = _PREV_WORD.search(text, max(0, n.start - 12), n.start)
    return (
        prev is not None
        and prev.group(1) in forms["one_causatives"]
        and nxt.group(1) in forms["one_generic_bare_verbs"]
    )


def _demonstrative_one(text: str, n: NumberSpan, root: Token) -> bool:
    """'all on this one page', 'find that one dependable Indian big-hitter': a demonstrative that determines the
    singular noun 'one' modifies singles the thing out for emphasis ('this page'); it says no how many. The parse
    must read the demonstrative as the noun's determiner: a 'that' opening a clause ('found that one crew
    ignored two warning signs') is a mark, and there 'one' counts. So does 'the': 'we can almost blame
    the one substance for how things feel in our city' means 'the only substance'; a possessor does not ('their one
    biological child' says how many children)."""
    noun = _one_head(text, n, root)
    if noun is None or noun.tag_ not in ("NN", "NNP") or root.i == 0 or not text[n.end : n.end + 1].isspace():
        return False
    det = root.doc[root.i - 1]
    return det.lower_ in _forms()["one_demonstratives"] and det.dep_ == "det" and det.head.i == noun.i


def _demonstrative_pronoun(text: str, n: NumberSpan, root: Token) -> bool:
    """'These two met in Week 10', 'between these two.': a number after a plural demonstrative
    (count_forms.json plural_demonstratives) that quantifies no noun and has none right after it stands for
    things named before, like a pronoun: no count. 'these three types of native ad units' counts."""
    if not _word_before(text, n, "plural_demonstratives") or counts_noun(root):
        return False
    nxt = _token_after(n, root)
    return nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")


def _partitive_pronoun(text: str, n: NumberSpan, root: Token) -> bool:
    """'The most notorious of the three is Carl Peters': a number after 'of the' (count_forms.json
    partitive_pointers) with a finite verb or a punctuation mark right after it, or nothing, picks from things named
    before, like a pronoun: no count. 'of the three victims', 'of the 12 accused' and 'of the 60 needed' count."""
    if not _word_before(text, n, "partitive_pointers") or counts_noun(root):
        return False
    # a finite verb only: a participle opens a reduced clause about a counted thing ('eight short of the 60 needed')
    return _ends_its_phrase(_token_after(n, root))


def _article_pronoun(text: str, n: NumberSpan, root: Token) -> bool:
    """'Text messages between the two were found', 'when the two were on the ground', 'The three are not here':
    a number word right after 'the' or 'all' (count_forms.json pronoun_articles) that quantifies no noun and has a
    finite verb, an adverb, a punctuation mark or nothing after it stands for people or things named before, like
    'they': no count ("All but four have now been released": 'all but' excepts some of them). So does one with a
    preposition or an infinitive's 'to' next: 'in the best position of the five to benefit', 'No one on TV covered
    all three more diligently than CNN' (judges of four sessions marked them "not a count"); 'of' is left out ('all
    three of the house salsas' counts salsas).
    Number words only, and no plural scale word: 'the 60 needed to pass' (a participle after it), 'by the dozens',
    'among the hundreds trapped' and 'the more than 12,000 in attendance' count."""
    word = text[n.start : n.end]
    if not word.isalpha() or word.lower().endswith("s") or counts_noun(root):
        return False
    if not _word_before(text, n, "pronoun_articles"):
        return False
    nxt = _token_after(n, root)
    return _ends_its_phrase(nxt) or (nxt is not None and (nxt.pos_ == "ADV" or _opens_a_phrase(nxt)))


def _article_group_pronoun(text: str, n: NumberSpan, root: Token) -> bool:
    """'make clear that the two of you either sit together', 'the three of them left': a number word after 'the'
    (count_forms.json group_pronoun_articles) and 'of' with a personal pronoun (group_pronouns) names the group of
    people already named, as 'you both' does: no count. Without the article the number picks a part and counts
    ('Three of them were killed', 'two of us went', 'five of the seven progressives')."""
    word = text[n.start : n.end]
    if not word.isalpha() or not _word_before(text, n, "group_pronoun_articles"):
        return False
    of = _token_after(n, root)
    if of is None or of.lower_ != "of" or of.i + 1 >= len(of.doc):
        return False
    return of.doc[of.i + 1].lower_ in _forms()["group_pronouns"]


def _opens_a_phrase(nxt: Token) -> bool:
    """A preposition other than 'of' ('the three at the center') or the 'to' of an infinitive ('of the five to
    benefit') right after a number: the number heads no noun phrase of its own."""
    return nxt.lower_ != "of" and (nxt.pos_ == "ADP" or nxt.tag_ == "TO")


def _version_of(text: str, n: NumberSpan, root: Token) -> bool:
    """'eventually became Mercurial's version of six.': a number word after 'version of' (count_forms.json
    variant_of) that quantifies no noun and ends its clause is the name of the thing a variant is made of (a
    library, a song, a book), not how many: one makes a version of a thing, not of a number."""
    word = text[n.start : n.end]
    if not word.isalpha() or counts_noun(root) or not _word_before(text, n, "variant_of", reach=20):
        return False
    nxt = _token_after(n, root)
    return nxt is None or nxt.pos_ == "PUNCT"


def _ends_its_phrase(nxt: Token | None) -> bool:
    """The token after a number that heads no noun phrase of its own: the sentence's end, a punctuation mark or a
    finite verb ('of the three is', 'the two were')."""
    return nxt is None or nxt.pos_ in ("AUX", "PUNCT") or nxt.tag_ in ("VBZ", "VBD", "VBP", "MD")


def _token_after(n: NumberSpan, root: Token) -> Token | None:
    """The first token after the number's text, in the number's sentence parse (None at its end)."""
    return next((t for t in root.doc[root.i + 1 :] if t.idx >= n.end), None)


def _one_head(text: str, n: NumberSpan, root: Token) -> Token | None:
    """The noun that a lone 'one' modifies, whatever stands before it."""
    if text[n.start : n.end].lower() != "one" or root.lower_ != "one" or root.dep_ != "nummod":
        return None
    if root.head.i < root.i or root.head.pos_ not in ("NOUN", "PROPN"):
        return None
    noun = root.head
    # "One Python feature I almost entirely refuse is ...": the parse may hang 'one' on the first word of a
    # compound; the noun it modifies is the compound's head ("feature"), which bears the clause's role
    while noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head
    return noun


def _word_before(text: str, n: NumberSpan, key: str, reach: int = 12) -> bool:
    """One of the words of count_forms.json's list `key` stands right before the number."""
    return re.search(rf"\b(?i:{one_of(_forms()[key])}){_SP}+\Z", text[max(0, n.start - reach) : n.start]) is not None


def _one_noun(text: str, n: NumberSpan, root: Token) -> Token | None:
    """The noun that a lone 'one' modifies, unless a word before it makes it a count ('only one study')."""
    noun = _one_head(text, n, root)
    if noun is None:
        return None
    if _word_before(text, n, "one_counting_before") and not _conjunction_but(text, n):
        return None  # "But one emotion triumphed": a 'but' that opens a clause is no 'merely'
    return noun


def _source_one(text: str, n: NumberSpan, root: Token) -> bool:
    """'one study in 15 people found', 'said one legal expert', 'one user quipped', 'according to one estimate':
    'one' before the subject of a verb of saying or finding, or after 'according to', is the indefinite
    article of a source ('a study found'); so does the agent of a participle of saying ('statements made by one
    company executive', _source_agent). 'only one study found' counts, and so does the subject of a passive
    ('One death each was reported')."""
    noun = _one_noun(text, n, root)
    if noun is None:
        return False
    verb = noun.head
    if verb.lower_ in _forms()["one_source_verbs"] and (
        noun.dep_ == "nsubj" or noun.dep_ == "dobj" and 0 < verb.i < noun.i and verb.doc[verb.i - 1].text in _QUOTES
    ):
        return True  # "one user quipped", "said one legal expert", "“...,” read one comment"
    if _source_agent(noun):
        return True  # "statements made last year by one 3-D printing company executive"
    sources = one_of(_forms()["one_source_before"])
    return re.search(rf"\b(?i:{sources}){_SP}+\Z", text[max(0, n.start - 20) : n.start]) is not None


def _source_agent(noun: Token) -> bool:
    """'statements made last year by one 3-D printing company executive', 'a comment posted by one user': the
    agent 'by one N' of a participle of saying (one_source_verbs), or of a participle that describes what was said
    (one_statement_nouns), names a source like 'said one official'; 'cars made by one company' still counts."""
    by = noun.head
    if noun.dep_ != "pobj" or by.dep_ != "agent":
        return False
    verb, forms = by.head, _forms()
    if verb.lower_ in forms["one_source_verbs"]:
        return True
    return verb.dep_ == "acl" and verb.head.lower_ in forms["one_statement_nouns"]


@lru_cache(maxsize=1)
def _correlative_rx() -> re.Pattern:
    return re.compile(rf"\b(?i:{one_of(_forms()['one_correlatives'])})\b")


def _correlative_one(text: str, n: NumberSpan, root: Token) -> bool:
    """'What did one DNA strand say to the other DNA strand?', 'from one room to another', 'one iteration after
    another': 'one' and its noun, then 'the other', 'another' or 'the next' later in the sentence, is the first
    of a contrast ('a ... the other'), not a number. A bare 'others' does so only after 'one' and its noun as the
    object of a preposition ('offset rising energy demands in one domain by lowering energy use in others');
    'killing one soldier and wounding others', 'One person died and others were hurt' count."""
    noun = _one_noun(text, n, root)
    if noun is None:
        return False
    rest = root.doc[noun.i + 1 : _contrast_end(root)]
    for m in _correlative_rx().finditer(rest.text):
        word = m.group(0).lower()
        if word == "others" and noun.dep_ != "pobj":
            continue  # "killing one soldier and wounding others": a bare 'others' sets off only a place or a means
        if word != "another":
            return True
        nxt = rest.char_span(m.end(), len(rest.text), alignment_mode="expand")
        if nxt is not None and len(nxt) and nxt[0].like_num:
            continue  # "for another 5 minutes": more of something else
        # "One person was killed and another injured": an event that befell both counts them
        if not (noun.dep_ in ("nsubj", "nsubjpass") and noun.head.tag_ in ("VBD", "VBN")) or _shared_verb(noun):
            return True
    return False


def _shared_verb(noun: Token) -> bool:
    """'One chapter over, another barely begun': the parse gives the verb of the second clause both subjects, so
    the two clauses set one against the other (no event befell both)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i != noun.i for c in noun.head.children)


def _contrast_end(root: Token) -> int:
    """Where a contrast with 'one' may end: the end of its sentence, or of the next one when that sentence
    opens with the contrast ('One party is comfortable with ... . The other longs for ...')."""
    end = root.sent.end
    if end >= len(root.doc):
        return end
    nxt = root.doc[end].sent
    return nxt.end if _correlative_rx().match(nxt.text) else end


def _copular_one(text: str, n: NumberSpan, root: Token) -> bool:
    """'pip-tools is one easy way to do this', 'The goat soup is but one dish in a long line of ...': 'one' and
    its noun as the complement of 'be' class the subject as one of many ('an easy way', 'merely a dish'), when
    an adjective stands between them or a word such as 'but' ('merely') before them. So does a noun of
    illustration whatever stands before 'one' ('That was just one example of Bautista showing some attitude on the
    field': the subject is an example of many, count_forms.json one_illustration_nouns). 'There is only one way',
    'There is only one example of the coin', 'All it took was one bad infection' and 'it is one of the two' still
    count."""
    noun = _one_head(text, n, root)
    if noun is None:
        return False
    verb = noun.head
    forms = _forms()
    if verb.lower_ not in forms["one_copulas"]:
        return False
    if any(
        c.dep_ == "expl" or c.dep_ == "nsubj" and c.lower_ in forms["one_copula_counting_subjects"]
        for c in verb.children
    ):
        return False  # "There is only one way", "All it took was one bad infection": a count
    if _word_before(text, n, "one_merely_before"):
        # "is but one dish": the parser reads "but" as a conjunction and the noun as its conjunct
        return noun.dep_ in ("attr", "conj")
    if noun.dep_ == "attr" and noun.lower_ in forms["one_illustration_nouns"]:
        return True  # "That was just one example of Bautista showing some attitude": the subject illustrates
    adjective = any(t.pos_ == "ADJ" for t in root.doc[root.i + 1 : noun.i])
    return noun.dep_ == "attr" and adjective and _one_noun(text, n, root) is not None


def _subject_one(text: str, n: NumberSpan, root: Token) -> bool:
    """'One possible explanation for the discrepancies ... is that there is no credible evidence', 'One force in
    conservative politics that has kept its distance ... is the network of groups', 'One option the Spaniards
    wanted to explore was a potential swap deal': 'one' and its noun as the subject of 'be' with a noun or a
    clause after it pick out one of several ('a possible explanation is'), they count nothing. So does a state
    ('One Sanders organizer was just 16 years old', 'one long chapter in the saga is over'), unless it
    is a casualty or an outcome reported ('One person is dead', count_forms.json one_counting_states). A passive
    ('One death was reported'), 'the one downside' and 'only one' stay counts."""
    noun = _one_noun(text, n, root)
    if noun is None or noun.dep_ != "nsubj" or noun.head.lower_ not in _forms()["one_copulas"]:
        return False
    if root.i > 0 and root.doc[root.i - 1].lower_ == "the" or _sole_complement(noun.head):
        return False
    forms = _forms()
    return any(
        c.dep_ in ("attr", "ccomp")
        or c.dep_ == "acomp"
        and c.lower_ not in forms["one_counting_states"]
        or c.dep_ == "advmod"
        and c.lower_ in forms["one_state_adverbs"]  # not 'still', 'also', 'now'
        for c in noun.head.children
    )


def _sole_complement(verb: Token) -> bool:
    """'One lucky ticket sold at Riverdale Lukoil South in Riverdale was the sole winner', 'One man was the lone
    survivor': a complement of 'be' that 'sole', 'only' or 'lone' makes the only one of its kind (count_forms.json
    one_sole_complements) says that one N and no other did it, how many; 'One option was a potential swap deal'
    and 'One drug ... is a known cause' pick a certain N."""
    if verb.lower_ not in _forms()["one_copulas"]:
        return False
    sole = _forms()["one_sole_complements"]
    return any(
        c.dep_ == "attr" and any(m.dep_ == "amod" and m.lower_ in sole for m in c.children) for c in verb.children
    )


def _negated_one(text: str, n: NumberSpan, root: Token) -> bool:
    """'One Napa County reporting station hasn’t seen a measurable drop of rain since mid-September': 'one' and
    its noun as the subject of a negated active verb with an object or a complement is 'a certain' station; 'only
    one station has not seen' counts (one_counting_before), and so do the subject of a passive ('One person was
    not identified') and of a bare event ('One player did not play')."""
    noun = _one_noun(text, n, root)
    if noun is None or noun.dep_ != "nsubj":
        return False
    verb = noun.head
    if verb.i < noun.i or not any(c.dep_ == "neg" for c in verb.children):
        return False
    return _active_with_complement(verb)


def _active_with_complement(verb: Token) -> bool:
    """An active verb (no passive auxiliary or subject) with an object or a complement (one_example_complements):
    what 'a certain' one does, where a casualty count's verb is a passive or a bare event."""
    deps = {c.dep_ for c in verb.children}
    return not deps & {"auxpass", "nsubjpass"} and bool(deps & set(_forms()["one_example_complements"]))


def _succession_one(text: str, n: NumberSpan, root: Token) -> bool:
    """'anything else other than one iteration after another of attacking Trump': 'one X after another' is a
    series of Xs, whatever stands before 'one' ('than' makes 'more than one' a count, not this idiom)."""
    noun = _one_head(text, n, root)
    if noun is None:
        return False
    succession = one_of(_forms()["one_succession"])
    return re.match(rf"{_SP}+(?i:{succession})\b", text[noun.idx + len(noun.text) :]) is not None


def _example_one(text: str, n: NumberSpan, root: Token) -> bool:
    """'one Instagram picture in particular appeared to draw', 'In one episode of the show, for instance, she
    announces': 'one' and its noun picked out as an example of many is the article 'a', not how many."""
    noun = _one_noun(text, n, root)
    if noun is None:
        return False
    markers = one_of(_forms()["one_example_markers"])
    # right after the noun or its 'of' phrase: "on one machine (for example, ...)" gives an example of the clause
    rx = rf"(?:{_SP}+of{_SP}+[^,;:.!?()]{{1,30}}?)?,?{_SP}+(?i:{markers})\b"
    return re.match(rx, text[noun.idx + len(noun.text) :]) is not None or _instance_one(noun)


def _instance_one(noun: Token) -> bool:
    """'Horan says in one case five boys amassed 150 charges', 'In one case, a 10-month-old French bulldog died',
    'snipers have also shot into crowds ... and, in one case, a helicopter': 'in one case' (a noun of an instance,
    count_forms.json one_instance_nouns, after 'in' or 'on') set before the verb it modifies, or between commas,
    opens an example ('in a certain case'), not how many cases. After its verb with no commas it may count:
    'Prosecutors have filed charges in one case and are reviewing two others'."""
    forms = _forms()
    prep = noun.head
    if noun.dep_ != "pobj" or noun.lower_ not in forms["one_instance_nouns"] or prep.lower_ not in ("in", "on"):
        return False
    if prep.i < prep.head.i:
        return True  # fronted: "In one case, a ... bulldog died", "says in one case five boys amassed"
    doc = noun.doc
    return prep.i > 0 and doc[prep.i - 1].text == "," and noun.i + 1 < len(doc) and doc[noun.i + 1].text == ","


def _position_one(text: str, n: NumberSpan, root: Token) -> bool:
    """'a massive hole punched in one side', 'the kitchen and family room are on one end of the house', 'Trees
    lined one side of the street': 'one' before a noun of a part's position (count_forms.json one_position_nouns)
    that a preposition of place takes (one_position_prepositions) or that an 'of' phrase names the whole of picks
    which part ('in a side'), not how many. 'only one side' counts (one_counting_before), and so does 'printed on
    one side only' (one_position_counting_after)."""
    forms = _forms()
    noun = _one_noun(text, n, root)
    if noun is None or noun.lower_ not in forms["one_position_nouns"]:
        return False
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if after is not None and after.lower_ in forms["one_position_counting_after"]:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in forms["one_position_prepositions"]:
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _described_one(text: str, n: NumberSpan, root: Token) -> bool:
    """'One drug routinely used, 17-beta oestradiol, is a known cause of cancer', 'One renewable-energy plant—a
    geothermal power station—was actually providing more power', 'One group of ... organizers, known as The
    Reckoning Crew, initially endorsed Senator Kamala Harris': a sentence that opens with 'One' and its noun, an
    appositive or a participle describing it, then a verb with an object or a complement describes an example
    ('a drug'), it counts nothing. An intransitive event or a passive ('One person, a woman in her 50s, died at
    the scene', 'One man, 45, was charged') still counts."""
    noun = _one_noun(text, n, root)
    if noun is None or not _opens_sentence(root):
        return False
    start = _description_end(noun)
    if start is None:
        return False
    verb = next((t for t in noun.doc[start : noun.sent.end] if t.tag_ in ("VBZ", "VBP", "VBD", "MD")), None)
    if verb is None:
        return False
    if verb.dep_ in ("aux", "auxpass"):
        verb = verb.head
    return _active_with_complement(verb) and not _sole_complement(verb)


def _agent_one(text: str, n: NumberSpan, root: Token) -> bool:
    """'One campaign video featured a series of South Dakotans', 'One friend has labeled herself a Grocery Store',
    'One individual does want to be on the list': a sentence that opens with 'One' and its noun as the subject of an
    active verb with an object or a complement tells what 'a certain' N did; it answers no 'how many'. A casualty
    or an outcome reported with such a verb ('One person suffered minor injuries', 'One man tested positive',
    count_forms.json one_counting_verbs), a verb of going with a definite place as its object ('One bus left the
    camp', one_motion_verbs), a passive ('One person was injured'), an intransitive event ('One person
    died') and 'be' (read by _subject_one) still count. After a 'but' that opens the sentence ('But one emotion
    triumphed above it all') an intransitive verb too tells what a certain N did, set against what came before;
    a casualty verb there ('But one man died') still counts. A 'but' opening a later clause reads the same way with
    an active verb that takes an object or a complement ('... from more than ten miles away, but one woman had a
    unique perspective'); an intransitive or casualty verb there ('three were hurt, but one man died') counts."""
    noun = _one_noun(text, n, root)
    if noun is None or noun.dep_ != "nsubj":
        return False
    verb = noun.head
    forms = _forms()
    if verb.i < noun.i or verb.pos_ not in ("VERB", "AUX") or verb.lower_ in forms["one_copulas"]:
        return False
    if verb.lower_ in forms["one_counting_verbs"] or _went_to_place(verb):
        return False
    if not _opens_sentence(root):
        # "..., but one woman had a unique perspective": a 'but' that opens a later clause sets a certain N against
        # the clause before, as at the head of a sentence; only an active verb with an object or complement reads
        # so there ("three were hurt, but one man escaped" keeps its count)
        return _conjunction_but(text, n) and _active_with_complement(verb)
    # "But one emotion triumphed above it all": a 'but' opening the sentence sets a certain N against what came
    # before, whatever its verb takes (a passive, "But one man was killed", has no 'nsubj' and still counts)
    return _conjunction_but(text, n) or _active_with_complement(verb)


def _went_to_place(verb: Token) -> bool:
    """'One bus left the camp before dawn Thursday en route to ... Puebla': a verb of going (count_forms.json
    one_motion_verbs) whose object is a place (a named one, or 'the' and a noun of one_motion_places) reports how
    many went, as an intransitive 'One bus left' does. 'One reader left a comment', 'One study left the question
    open' and 'One man left his wife' tell what a certain N did."""
    if verb.lower_ not in _forms()["one_motion_verbs"]:
        return False
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objs) != 1:
        return False
    obj = objs[0]
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children)
    return obj.ent_type_ in ("GPE", "LOC", "FAC") or the and obj.lower_ in _forms()["one_motion_places"]


def _opens_sentence(root: Token) -> bool:
    """'One' opens its sentence, perhaps after a conjunction or an interjection ('And one Instagram picture',
    'Ah, but one piece of history')."""
    lead = root.doc[root.sent.start : root.i]
    return len(lead) <= 3 and all(t.tag_ in ("CC", "UH", ",") for t in lead)


def _description_end(noun: Token) -> int | None:
    """Where an appositive ('One drug, X, ...') or a participle ('One drug routinely used ...') right after the
    noun of 'One' (or after its 'of' phrase) ends, as a token index; None when neither follows."""
    doc, stop = noun.doc, noun.sent.end
    i = noun.i + 1
    if i < stop and doc[i].lower_ == "of":
        # "One group of now mostly senior citizen organizers, known as ...": past the noun of the 'of' phrase
        i = next((c.i + 1 for c in doc[i].children if c.dep_ == "pobj"), i)
    if i >= stop:
        return None
    nxt = doc[i]
    if nxt.text in _forms()["one_example_punct"]:
        close = next((t.i for t in doc[nxt.i + 2 : stop] if t.text == nxt.text), None)
        return None if close is None else close + 1
    while i < stop and doc[i].tag_ == "RB":
        i += 1
    return i + 1 if i < stop and doc[i].tag_ == "VBN" else None


def _label_one(text: str, n: NumberSpan, root: Token) -> bool:
    """'One drawback: a major blow to student privacy.', 'One big caveat: ...': 'one' and its noun that open a
    sentence and end at a colon name an item ('a drawback'), not how many."""
    noun = _one_noun(text, n, root)
    if noun is None or root.i != root.sent.start:
        return False
    return noun.i + 1 < len(root.doc) and root.doc[noun.i + 1].text == ":"


def _final_one(text: str, n: NumberSpan, root: Token) -> bool:
    """'One last question about your personal business', 'one last dig at Haley': 'one last' is 'a final'."""
    final = one_of(_forms()["one_final"])
    return _one_noun(text, n, root) is not None and re.match(rf"{_SP}+(?i:{final})\b", text[n.end :]) is not None


def _another_one(text: str, n: NumberSpan, root: Token) -> bool:
    """'The slight chill is just one more way that the Cambridge Analytica scandal is shifting Facebook’s
    relationship', 'the howitzer contract is one more step towards that goal', 'play it one more time': 'one
    more' before a noun of discourse, of illustration, of a step, a sign or a time (count_forms.json
    one_more_figure_nouns, one_indefinite_nouns, one_illustration_nouns) is 'another' or 'again', a figure of
    speech, whatever stands before 'one' ('just one more way' is 'just another way'). 'One more person died',
    'won one more seat' and 'concerns about one more item to process' count."""
    noun = _one_head(text, n, root)
    forms = _forms()
    more = one_of(forms["one_more"])
    if noun is None or re.match(rf"{_SP}+(?i:{more}){_SP}+", text[n.end :]) is None:
        return False
    figures = (forms["one_more_figure_nouns"], forms["one_indefinite_nouns"], forms["one_illustration_nouns"])
    return any(noun.lower_ in nouns for nouns in figures)


def _idiom_one(text: str, n: NumberSpan, root: Token) -> bool:
    """'it arrived one bright October morning', 'finish my degree one class at a time', 'make one thing clear',
    'could be one way to reduce', 'said one reason he spent': 'one' before a time of day is 'on a certain', before
    'thing', 'way' or a noun of discourse ('reason', 'option', 'problem') it is 'a' (count_forms.json
    one_indefinite_nouns), and 'one ... at a time' a manner, not a count."""
    noun = _one_noun(text, n, root)
    if noun is None:
        return False
    if noun.lower_ in _forms()["one_times"]:
        return True
    if noun.lower_ in _forms()["one_indefinite_nouns"]:
        # "It only takes one little thing": 'only' before the verb still makes 'one' a count
        return _ONLY_VERB.search(text, max(0, n.start - 30), n.start) is None and not _counted_alike(root, noun)
    manner = one_of(_forms()["one_manner"])
    return re.match(rf"{_SP}+(?i:{manner})\b", text[noun.idx + len(noun.text) :]) is not None


def _counted_alike(root: Token, noun: Token) -> bool:
    """Another number of the sentence counts the plural of the noun 'one' modifies: 'one kind of bacteria and two
    kinds of fungi' sets 'one' against a count, so it counts too."""
    plurals = {noun.lower_ + "s", noun.lower_ + "es"}
    return any(tok.i != root.i and tok.dep_ == "nummod" and tok.head.lower_ in plurals for tok in root.sent)


@lru_cache(maxsize=1)
def _amount_digits() -> re.Pattern:
    """A sum's figures after its sign, with its scale word (numbers.json scales): '$1bn', '$5 million'."""
    return re.compile(rf"{_SP}?\d[\d,.]*[A-Za-z]*(?:{_SP}+(?i:{one_of(number_tables()['scales'])})\b)?")


def _money_one(text: str, n: NumberSpan, root: Token) -> bool:
    """'the recently approved one $1bn by President Buhari': 'one' right before a sum of money that it modifies
    is 'the one' or a slip, not how many: a sum is an amount, not a counted noun. 'one $5 ticket' counts the
    ticket: the parse hangs 'one' on the noun after the sum, not on the sum."""
    if text[n.start : n.end].lower() != "one" or (gap := re.match(rf"{_SP}+", text[n.end :])) is None:
        return False
    start = n.end + gap.end()
    digit = re.search(r"\d", text[start : start + 6])
    if digit is None or digit.start() == 0:
        return False
    sign = money.prefix_regex().search(text, start, start + digit.start())
    if sign is None or sign.start() != start:
        return False
    amount = _amount_digits().match(text, sign.end())
    if amount is None or not start <= root.head.idx < amount.end():
        return False
    # "only one US$5 billion deal": the sum modifies a noun after it, and 'one' counts that noun
    after = next((t for t in root.doc[root.head.i + 1 :] if t.idx >= amount.end()), None)
    return after is None or after.pos_ not in ("NOUN", "PROPN")


_IF_THERE = re.compile(rf"(?<![\w])(?i:if){_SP}+(?i:there)(?:[’'‘]s|{_SP}+(?i:is|was)){_SP}+\Z")


def _emphatic_one(text: str, n: NumberSpan, root: Token) -> bool:
    """'If there’s one unifying theme to his books, it’s a deep skepticism of power', 'If there‘s one area of life
    that there should not be divisiveness, it is in the health of your nation': 'if there is one N' singles out
    the N the main clause names, for emphasis; it says no how many ('If there's just one image' counts:
    one_counting_before)."""
    return _one_noun(text, n, root) is not None and _IF_THERE.search(text, max(0, n.start - 20), n.start) is not None


def _singled_one(text: str, n: NumberSpan, root: Token) -> bool:
    """'Of course there is one home run he will always be remembered for', 'There was one moment that I will never
    forget': 'there is one N' with a relative clause that has a subject of its own (the N is what the clause's
    subject did or is known by) singles the N out, as 'if there is one N' does; it says no how many. A clause whose
    subject is the N itself ('There was one man who survived the crash'), a negated clause that names the exception
    to the rest ('There was one person they could not save') and 'only one' (one_counting_before) still count."""
    noun = _one_noun(text, n, root)
    if noun is None or noun.dep_ != "attr" or noun.head.lower_ not in _forms()["one_copulas"]:
        return False
    if not any(c.dep_ == "expl" for c in noun.head.children):
        return False
    # "There was one person they could not save": a negated clause names the exception to all the rest, a count
    return any(
        c.dep_ == "relcl" and _own_subject(c) and not any(g.dep_ == "neg" for g in c.children) for c in noun.children
    )


def _own_subject(clause: Token) -> bool:
    """A relative clause's subject is a word of its own, not the relative pronoun that stands for its head noun."""
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.tag_ not in ("WP", "WDT") and c.lower_ != "that" for c in clause.children
    )


_OR_MORE = re.compile(rf"{_SP}+or{_SP}+more\b", re.I)


def _open_question(text: str, n: NumberSpan, root: Token) -> bool:
    """'Need to read all the text in one or more files?', 'Do you have 3 or more children?': a question asks, and
    'N or more' in it is the condition it asks about, not how many of something exist. 'one or more classmates
    used an app' in a statement still counts."""
    return _OR_MORE.match(text, n.end) is not None and root.sent.text.rstrip().endswith("?")


_MARKER_ONLY = re.compile(rf"{_SP}*(?:\d{{1,2}}[.)]{_SP}*)?\Z")


def _thing_heading(text: str, n: NumberSpan, root: Token) -> bool:
    """'1 big thing: AI surveillance goes to school', '5. 1 musical thing: Super-short songs': 'one' (or '1')
    opening a block, perhaps after a list marker, with a noun of one_indefinite_nouns and a colon a few words on, is
    the name of a section ('the big thing'), as 'make one thing clear' is 'a thing'; it counts nothing."""
    if n.value != 1 or not _MARKER_ONLY.match(text[: n.start]):
        return False
    nouns = one_of(_forms()["one_indefinite_nouns"])
    return re.match(rf"(?:{_SP}+[\w’'-]+){{0,3}}?{_SP}+(?i:{nouns})s?{_SP}*:", text[n.end :]) is not None


_ONLY_VERB = re.compile(rf"(?<![\w])(?i:only|just){_SP}+[a-z]+{_SP}+\Z")
_BUT_BEFORE = re.compile(rf"(?<![\w])(?i:but){_SP}+\Z")


def _conjunction_but(text: str, n: NumberSpan) -> bool:
    """'But one thing looks certain', '..., but one thing that most people don't realize': a 'but' that opens a
    clause is a conjunction, not the 'merely' of 'is but one dish' (one_counting_before)."""
    but = _BUT_BEFORE.search(text, max(0, n.start - 12), n.start)
    if but is None:
        return False
    before = text[: but.start()].rstrip(" \u00a0")
    return not before or before[-1] in ',;:.!?—–“"('


def _zero(text: str, n: NumberSpan, root: Token) -> bool:
    """'there should be “zero shame”', 'zero-tolerance consequences', 'morale hits zero', 'zero in on': 'zero'
    before a singular noun is none of something uncountable; alone, a value on a scale or a verb."""
    if text[n.start : n.end].lower() != "zero":
        return False
    if root.dep_ in ("nummod", "quantmod", "compound") and root.head.i > root.i and root.head.pos_ in ("NOUN", "PROPN"):
        return root.head.tag_ not in ("NNS", "NNPS")
    if _word_before(text, n, "zero_value_before", 15):
        return True
    return re.match(rf"{_SP}+(?i:{one_of(_forms()['zero_verb_after'])})\b", text[n.end :]) is not None


def _number_word(word: str | None) -> bool:
    return word is not None and word.lower() not in ("a", "an") and parse_number(word.rstrip(".,")) is not None


def _out_of(text: str, n: NumberSpan, root: Token) -> bool:
    """'more than one night out of 17', 'seven victories out of eight', '78 out of 100': both numbers of a
    proportion or a score (up to two words may stand between N and 'out of')."""
    quals = _forms()["out_of_qualifiers"]
    m = re.match(rf"((?:{_SP}+[A-Za-z][\w-]*){{0,2}}){_SP}+out{_SP}+of{_SP}+(.*)", text[n.end : n.end + 60], re.S)
    if m:
        words = m.group(2).split()
        while words and words[0].lower() in quals:
            words.pop(0)
        if words and _number_word(words[0]):
            return not _part_of_counted_whole(root, n.end + m.start(2) + m.group(2).index(words[0]))
    b = re.search(
        rf"((?:\S+{_SP}+){{1,3}})out{_SP}+of{_SP}+((?:[a-z]+{_SP}+)?)\Z", text[max(0, n.start - 60) : n.start]
    )
    if b is None or (b.group(2) and b.group(2).strip().lower() not in quals):
        return False
    if _counts_own_noun(root):
        return False  # "21 out of 29 Indian states": a whole that counts its own noun is a counted group
    tokens = b.group(1).split()
    # a number before "out of" with no clause break after it: "a week, out of 1,500 followers" is none
    return any(_number_word(w) and not any(t[-1] in ",;:.!?" for t in tokens[i:]) for i, w in enumerate(tokens))


def _counts_own_noun(tok: Token) -> bool:
    return tok.dep_ == "nummod" and tok.head.i > tok.i and tok.head.pos_ in ("NOUN", "PROPN")


def _part_of_counted_whole(root: Token, whole_at: int) -> bool:
    """'only five nurses out of 195 person nursing staff': a part with a noun of its own before 'out of' (ending
    before whole_at), out of a whole that counts its own noun, is a count of that noun, as the whole is one of
    its group. A bare whole ('seven victories out of eight', 'one night out of 17') keeps both a proportion."""
    if not _counts_own_noun(root) or root.head.idx >= whole_at:
        return False
    whole = next((t for t in root.doc[root.i + 1 :] if t.idx >= whole_at), None)
    return whole is not None and _counts_own_noun(whole)


@lru_cache(maxsize=1)
def _code_rx() -> tuple[re.Pattern, ...]:
    prompt = re.compile(r"(?:^|\s)[$#>] " + _prompted_rx().pattern)
    return (prompt, *(re.compile(p) for p in _forms()["code_lines"]))


@lru_cache(maxsize=1)
def _prompted_rx() -> re.Pattern:
    """A shell command (count_forms.json shell_commands) as a whole word: 'python3 foo.py', not 'python-based'."""
    return re.compile(rf"(?:{one_of(_forms()['shell_commands'])})(?![\w-])")


def shell_prompt(text: str, pos: int, start: int) -> bool:
    """'$ python foo.py 1 key error 1 $ python foo.py 2': the sign ending at pos, then a space and a shell command, is
    the prompt of a shell session flattened into the sentence (which starts at start), not a currency sign, when that
    sentence holds an earlier prompt of the session too: 'the fee is 10 $ make sure to pay' keeps its dollar, whose
    next word only looks like a command (amounts.read_one asks this of a '$')."""
    if text[pos : pos + 1] not in (" ", "\u00a0") or _prompted_rx().match(text, pos + 1) is None:
        return False
    return _code_rx()[0].search(text, start, max(start, pos - 1)) is not None


def _code_line(text: str, n: NumberSpan, root: Token) -> bool:
    """'$ python3 foo.py 2 value error 2', a user-agent, '\\0 terminates': a literal of a program or a machine."""
    if text[n.start - 1 : n.start] == "\\":
        return True
    sentence = root.sent.text
    return any(p.search(sentence) for p in _code_rx())


@lru_cache(maxsize=1)
def _code_prose_rx() -> re.Pattern:
    return re.compile(rf"(?<![\w])(?i:{one_of(_forms()['code_prose_words'], spaced=True)})(?![\w])")


def _code_prose(text: str, n: NumberSpan, root: Token) -> bool:
    """'the Rust compiler can infer the type of twice, 2, and 1 because the val parameter and ...', 'chmod 400 the
    key file': a number right after a shell command (count_forms.json command_words) is its argument, whatever noun
    the parse links to it ('chmod 400 /usr/local/ssl/...' is no count of 'local'); a number counting no noun in a
    sentence with two or more different words of programming (code_prose_words) is a value in code, not how many."""
    if _word_before(text, n, "command_words"):
        return True
    if counts_noun(root):
        return False
    return len({m.group(0).lower() for m in _code_prose_rx().finditer(root.sent.text)}) >= 2


def _hyphen_name(text: str, n: NumberSpan, root: Token) -> bool:
    """'1-Bedroom Sunset Ocean Front Villa', 'Two-Factor Authentication', '11-A-Side Audio': a small number
    hyphened to a capitalised word names a kind."""
    if not re.match(r"-[A-Z]", text[n.end : n.end + 2]) or n.value is None:
        return False
    return n.value <= _forms()["hyphen_name_max"]


def _interface_counter(text: str, n: NumberSpan, root: Token) -> bool:
    """'thumbs up i want badge 55 reviews': a number of reviews, comments or likes glued to a bare common noun
    before it, with no verb, article or preposition between, is a page's counter run into the text."""
    head = root.head
    if root.dep_ != "nummod" or head.i <= root.i or head.lower_ not in _forms()["interface_counter_nouns"]:
        return False
    before = root.doc[root.i - 1] if root.i > 0 else None
    return before is not None and before.tag_ in ("NN", "NNS", "UH") and before.whitespace_ != ""


@lru_cache(maxsize=1)
def _hyperbole_rx() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    f = _forms()
    bare = re.compile(rf"(?:a|an){_SP}+(?:{one_of(f['hyperbole_scales'])})", re.I)
    cue = re.compile(rf"(?<![\w'’])(?i:{one_of(f['hyperbole_before'])}){_SP}+\Z")
    hedge = re.compile(rf"(?<![\w'’])(?i:{one_of(f['hyperbole_hedges'])}){_SP}+\Z")
    return bare, cue, hedge


def _hyperbole(text: str, n: NumberSpan, root: Token) -> bool:
    """'I couldn't walk out my front door without a million paparazzi', 'It can seem like there's a thousand
    choices', 'I made things a billion times faster', 'A billion reasons to celebrate': a bare round 'a hundred',
    'a thousand', 'a million' with no hedge is an exaggeration, not how many, after a word of a figure of speech
    ('without', 'like', 'into', a present 'there's') or before 'times' or a noun of the idioms ('reasons',
    'pieces', 'questions': count_forms.json hyperbole_*). A report keeps its count: 'A million people have been
    displaced', 'with a million jobs facing the axe', and a hedge before makes any of them one ('more than a
    million times', 'up to a million chickens')."""
    bare, cue, hedge = _hyperbole_rx()
    if not bare.fullmatch(text[n.start : n.end]):
        return False
    lo = max(0, n.start - 30)
    if cue.search(text, lo, n.start):
        return True
    if hedge.search(text, lo, n.start):
        return False
    if re.match(rf"{_SP}+times\b", text[n.end :], re.I):
        return True
    return counts_noun(root) and root.head.lower_ in _forms()["hyperbole_nouns"]


def _split_in_parts(text: str, n: NumberSpan, root: Token) -> bool:
    """'a river that roughly splits the Gaza Strip in two', 'the ship broke in two': a number alone after 'in' on a
    verb of splitting (count_forms.json split_verbs) says into how many parts, an idiom of 'in half', not how many
    of something. 'split in two groups' keeps its count of groups (a noun follows)."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("in", "into") or prep.head.lower_ not in _forms()["split_verbs"]:
        return False
    return not any(t.pos_ in ("NOUN", "PROPN") for t in root.children)


_RULES: RuleTable = (
    ("pronoun one", _pronoun_one),
    ("demonstrative one", _demonstrative_one),
    ("demonstrative pronoun", _demonstrative_pronoun),
    ("partitive pronoun", _partitive_pronoun),
    ("article pronoun", _article_pronoun),
    ("article group pronoun", _article_group_pronoun),
    ("version of", _version_of),
    ("source one", _source_one),
    ("correlative one", _correlative_one),
    ("copular one", _copular_one),
    ("subject one", _subject_one),
    ("negated one", _negated_one),
    ("succession one", _succession_one),
    ("example one", _example_one),
    ("position one", _position_one),
    ("described one", _described_one),
    ("agent one", _agent_one),
    ("label one", _label_one),
    ("final one", _final_one),
    ("another one", _another_one),
    ("one before money", _money_one),
    ("idiom one", _idiom_one),
    ("emphatic one", _emphatic_one),
    ("singled one", _singled_one),
    ("open question", _open_question),
    ("thing heading", _thing_heading),
    ("zero of a mass", _zero),
    ("out of", _out_of),
    ("code line", _code_line),
    ("code prose", _code_prose),
    ("hyphened name", _hyphen_name),
    ("interface counter", _interface_counter),
    ("hyperbole", _hyperbole),
    ("split in parts", _split_in_parts),
)
