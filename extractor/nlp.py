"""The spaCy pipeline: one model load per process, components the finders do not use disabled or replaced.

The model's attribute_ruler turns fine-grained tags into POS (with exceptions by word and dependency label),
fixes whitespace tokens' TAG and DEP, and sets MORPH and a few LEMMA values. Nothing here reads MORPH or
LEMMA, yet running its rules through spaCy's Matcher cost as much CPU as the parser. `pos_table` applies the
same rules, only those that set POS, TAG or DEP, as a table lookup per token, and replaces it at load time.

The model's matrix products run on numpy's OpenBLAS rather than blis (load()), and tune_process() sets up a
process that runs batches (benchmarks/PERFORMANCE.md has the figures).
"""

# no `from __future__ import annotations`: spaCy's config system (confection, pydantic v1 style) reads the
# factory's annotations as live types and cannot resolve strings
import ctypes
import importlib.util
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab
from thinc.api import use_ops
from threadpoolctl import threadpool_limits

from .errors import SetupError
from .settings import DEFAULT_MODEL, MODEL_VARIABLE, model_name

__all__ = [
    "DISABLED",
    "MODEL",
    "PIPE_CHARS",
    "TEXT_KEY",
    "PosTable",
    "check_model",
    "load",
    "make_pos_table",
    "parse",
    "text_of",
    "tune_process",
]

MODEL = DEFAULT_MODEL  # what the rules were tuned on; model_name() is what this process loads
# the finders read entities, the dependency parse (counted nouns, sentences) and POS tags; not lemmas
DISABLED = ("lemmatizer",)
# where parse() leaves a doc's text
TEXT_KEY = "extractor.text"
# what the finders and later components read of the attribute_ruler's output (not MORPH, not LEMMA)
TABLE_SETS = ("POS", "TAG", "DEP")


@lru_cache(maxsize=1)
def load() -> Language:
    # The layers' matrix products (tok2vec, the parser's and NER's precomputed features) are ~half of the
    # NLP time. thinc does them through blis by default; numpy's OpenBLAS does the same float32 products
    # ~3x faster on x86-64 with AVX2/AVX-512, and the annotations of the 181 real pages came out
    # identical. Layers keep the ops they were built with, so only this model uses them.
    check_model()
    with use_ops("numpy", use_blis=False):
        nlp = spacy.load(model_name(), disable=list(DISABLED))
    nlp.max_length = 2_000_000
    # "~300 people": a tilde glued to a number is "about" (find/reading.py), split off as spaCy does "$" so that
    # the number keeps its NUM tag and its counted noun
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)  # the pipelines' own tokenizer, not a replaced function
    prefixes = [*(nlp.Defaults.prefixes or ()), "~", "\u2248"]
    tokenizer.prefix_search = spacy.util.compile_prefix_regex(prefixes).search
    # "in recent years—26 cases": an em dash glued between a word and a number parts them, as spaced it would; the
    # default infixes part it only before a letter, so "years—26" stayed one token and its number no count
    # so does a comma glued between a word and a number, as a list typed without spaces writes it: "914
    # Second Class,1,170 Second Class Lower,49 Third Class"; a comma between digits ("1,170") stays inside the number
    infixes = [
        *(nlp.Defaults.infixes or ()),
        r"(?<=[A-Za-z])\u2014(?=[0-9])",
        r"(?<=[0-9])\u2014(?=[A-Za-z])",
        r"(?<=[A-Za-z]),(?=[0-9])",
    ]
    tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    if "attribute_ruler" in nlp.pipe_names:
        ruler = nlp.get_pipe("attribute_ruler")
        assert isinstance(ruler, AttributeRuler)  # the component spaCy registers under that name
        patterns = ruler.patterns
        nlp.add_pipe("pos_table", after="attribute_ruler", config={"patterns": patterns})
        nlp.remove_pipe("attribute_ruler")
    return nlp


def check_model() -> None:
    """SetupError, naming the package to install, when the configured model is not installed. Cheap: it
    looks the package up without importing it."""
    name = model_name()
    try:
        found = importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # a dotted or empty name from the environment
        found = False
    if not found:
        package = name.replace("_", "-")
        raise SetupError(
            name, f"spaCy model {name!r} is not installed: pip install {package} (or set {MODEL_VARIABLE} / --model)"
        )


def tune_process() -> None:
    """Settings for a process that runs batches through the model (the CLI, its workers, a Dask worker):
    one BLAS thread, since processes (--jobs, Dask workers) are the parallelism and BLAS threads on top of
    them would fight for the same cores; and layer arrays kept in the heap. Not done by load(): a library
    caller's own numpy threads and malloc are theirs to set."""
    threadpool_limits(limits=1, user_api="blas")
    _keep_freed_arrays()


# glibc's mallopt parameters, and the sizes: arrays up to 32 MB from the heap, 64 MB of free heap kept
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3
_MMAP_THRESHOLD, _TRIM_THRESHOLD = 32 << 20, 64 << 20


def _keep_freed_arrays() -> None:
    """Each layer's output arrays (a few MB a batch) are freed and allocated again for the next batch. By
    default glibc hands such blocks back to the kernel and faults fresh zeroed pages in for the next one:
    300k page faults and 4% of the CPU over the 181 real pages. Keeping them in the heap costs ~10 MB.
    glibc only (other C libraries manage memory their own way)."""
    try:
        libc = ctypes.CDLL(None)
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return
    mallopt(_M_MMAP_THRESHOLD, _MMAP_THRESHOLD)
    mallopt(_M_TRIM_THRESHOLD, _TRIM_THRESHOLD)


# texts go through the model in groups of at most this many characters: the parser and NER precompute
# a few KB of hidden features per token of a batch, so an unbounded batch (a megabyte-long paragraph in
# chunks) costs gigabytes; a bounded one, about 100 MB. An ordinary article is one group.
PIPE_CHARS = 100_000


def parse(texts: list[str]) -> list[Doc]:
    """The texts through the pipeline, each doc keeping the text it was made from for text_of()."""
    nlp = load()
    docs = [doc for group in _groups(texts, PIPE_CHARS) for doc in nlp.pipe(group)]
    for doc, text in zip(docs, texts, strict=True):
        doc.user_data[TEXT_KEY] = text  # the tokenizer keeps every character: doc.text == text
    return docs


def _groups(texts: list[str], limit: int) -> list[list[str]]:
    """Consecutive texts in groups of at most `limit` characters (a longer text is a group of its own)."""
    groups: list[list[str]] = [[]]
    size = 0
    for text in texts:
        if groups[-1] and size + len(text) > limit:
            groups.append([])
            size = 0
        groups[-1].append(text)
        size += len(text)
    return groups


def text_of(doc: Doc) -> str:
    """A doc's text: spaCy's Doc.text joins every token anew on each read (2 ms an article when each finder
    reads it where it needs it)."""
    text = doc.user_data.get(TEXT_KEY)
    return doc.text if text is None else text


def span_at(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens covering characters [start, end) of a doc, widened to whole tokens (None when the range
    is empty or falls outside the text): how every finder goes from a match's offsets to its words."""
    return doc.char_span(start, end, alignment_mode="expand")


# --- pos_table -------------------------------------------------------------------------------------

Test = Callable[[int], bool]
Hits = tuple[tuple[int, tuple[tuple[int, int], ...]], ...]  # (rule order, (column, value id) it sets) per rule


@dataclass(frozen=True)
class _Rule:
    """One attribute_ruler pattern: a test per token of the match on the columns it reads; the values it
    sets (attribute -> id) on the token at `index` of the match."""

    tests: tuple[tuple[tuple[int, Test], ...], ...]
    index: int
    sets: tuple[tuple[int, int], ...]

    def matches_at(self, rows: list[tuple[int, ...]], start: int) -> bool:
        return (
            0 <= start
            and start + len(self.tests) <= len(rows)
            and all(test(rows[start + k][col]) for k, token in enumerate(self.tests) for col, test in token)
        )


class PosTable:
    """The attribute_ruler's POS/TAG/DEP rules without the Matcher: single-token rules (all but one) are
    resolved once per distinct combination of the attributes they read and kept in a table; rules over
    several tokens are tried at each position. Later rules win, as in the attribute_ruler."""

    def __init__(self, vocab: Vocab, patterns: list[dict[str, Any]]) -> None:
        self.vocab = vocab
        kept = [p for p in patterns if any(a in TABLE_SETS for a in p["attrs"])]
        self.columns = sorted({attr for p in kept for tokens in p["patterns"] for t in tokens for attr in t})
        self._known = [_mentioned(vocab, kept, attr) for attr in self.columns]
        self.rules = [self._rule(tokens, p) for p in kept for tokens in p["patterns"]]
        self._multi = [(order, rule) for order, rule in enumerate(self.rules) if len(rule.tests) > 1]
        self._table: dict[tuple[int, ...], Hits] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        rows = [self._fold(row) for row in doc.to_array(self.columns).tolist()]
        values = doc.to_array(list(TABLE_SETS))
        extra = self._multi_hits(rows)
        for i, row in enumerate(rows):
            hits = self._single(row)
            for _, sets in sorted(hits + extra[i]) if i in extra else hits:
                for col, value in sets:
                    values[i, col] = value
        # spaCy's stub types to_array() as float64; it returns the uint64 attribute ids from_array() takes
        doc.from_array(list(TABLE_SETS), values)  # type: ignore[arg-type]
        return doc

    def _multi_hits(self, rows: list[tuple[int, ...]]) -> dict[int, Hits]:
        """Rules over several tokens: token index -> (order, values) of those that match around it."""
        extra: dict[int, Hits] = {}
        for order, rule in self._multi:
            col, test = rule.tests[0][0] if rule.tests[0] else (0, lambda _: True)  # a cheap first look
            for start, row in enumerate(rows):
                if test(row[col]) and rule.matches_at(rows, start):
                    extra[start + rule.index] = extra.get(start + rule.index, ()) + ((order, rule.sets),)
        return extra

    def _fold(self, row: list[int]) -> tuple[int, ...]:
        """A token's values, those no rule names folded into one (-1): they all test alike, and the table
        stays small."""
        return tuple(
            value if known is None or value in known else -1 for value, known in zip(row, self._known, strict=True)
        )

    def _single(self, row: tuple[int, ...]) -> Hits:
        hits = self._table.get(row)
        if hits is None:
            hits = self._table[row] = tuple(
                (order, rule.sets)
                for order, rule in enumerate(self.rules)
                if len(rule.tests) == 1 and rule.matches_at([row], 0)
            )
        return hits

    def _rule(self, tokens: list[dict[str, Any]], pattern: dict[str, Any]) -> _Rule:
        tests = tuple(
            tuple((self.columns.index(attr), _test(self.vocab, attr, spec)) for attr, spec in t.items()) for t in tokens
        )
        sets = tuple(
            (TABLE_SETS.index(attr), self.vocab.strings.add(value))
            for attr, value in pattern["attrs"].items()
            if attr in TABLE_SETS
        )
        index = pattern.get("index", 0)
        return _Rule(tests, index if index >= 0 else len(tokens) + index, sets)


def _id(vocab: Vocab, value: Any) -> int:
    """A pattern value as the Matcher compares it: strings by their id ('' is unset: 0), booleans as 0/1."""
    if isinstance(value, bool):
        return int(value)
    return 0 if value == "" else vocab.strings.add(value)


def _test(vocab: Vocab, attr: str, spec: Any) -> Test:
    if attr == "OP":  # quantifiers would need the Matcher's search; the model's rules have none
        raise ValueError(f"pos_table: unsupported quantifier {spec!r} in the attribute_ruler patterns")
    if not isinstance(spec, dict):
        wanted = _id(vocab, spec)
        return lambda value: value == wanted
    tests = [_operator(vocab, attr, op, arg) for op, arg in spec.items()]
    return tests[0] if len(tests) == 1 else lambda value: all(test(value) for test in tests)


def _operator(vocab: Vocab, attr: str, op: str, arg: Any) -> Test:
    if op == "IN":
        allowed = frozenset(_id(vocab, v) for v in arg)
        return lambda value: value in allowed
    if op == "NOT_IN":
        barred = frozenset(_id(vocab, v) for v in arg)
        return lambda value: value not in barred
    if op == "REGEX":
        regex = re.compile(arg)
        return lambda value: bool(regex.search(vocab.strings[value] if value else ""))
    raise ValueError(f"pos_table: unsupported {attr} test {op!r} in the attribute_ruler patterns")


def _mentioned(vocab: Vocab, patterns: list[dict[str, Any]], attr: str) -> frozenset[int] | None:
    """The values of `attr` the rules name, or None if a rule reads its text (a REGEX): values not named
    all test alike, so they can share one table key."""
    found: set[int] = set()
    for p in patterns:
        for tokens in p["patterns"]:
            for t in tokens:
                spec = t.get(attr)
                if isinstance(spec, dict) and "REGEX" in spec:
                    return None
                if isinstance(spec, dict):
                    found.update(_id(vocab, v) for v in [*spec.get("IN", []), *spec.get("NOT_IN", [])])
                elif spec is not None:
                    found.add(_id(vocab, spec))
    return frozenset(found)


@Language.factory("pos_table", default_config={"patterns": []})
def make_pos_table(nlp: Language, name: str, patterns: list[dict[str, Any]]) -> PosTable:
    return PosTable(nlp.vocab, patterns)
