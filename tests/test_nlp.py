"""The NLP stage: pos_table (the attribute_ruler rules for POS, TAG and DEP without the Matcher, same results), the
model's ops and process settings."""

from __future__ import annotations

import platform
import resource

import numpy as np
import pytest
import spacy
from conftest import SEED
from spacy.tokens import Doc

from extractor.nlp import DISABLED, MODEL, PosTable, load, tune_process
from extractor.pipeline import parse_page

TEXTS = [
    "There is a dog in Paris, and there were two cats.",  # expl + "is": VERB (a rule over two tokens)
    "But but it is not what I did, said the man who does.",  # "but" advmod, do/have as VERB, DT as PRON
    "She has been told  that the 3 km road\n\ncost $5 million.",  # aux, whitespace tokens (TAG _SP, DEP dep)
    "That is that. Those who ain't going won't have had it; I'd do it.",
    "  ",
    "",
]


def _annotations(doc: Doc) -> list[tuple]:
    return [(t.text, t.pos_, t.tag_, t.dep_, t.head.i, t.ent_type_, t.ent_iob_) for t in doc]


def test_the_loaded_pipeline_replaces_the_attribute_ruler():
    names = load().pipe_names
    assert "pos_table" in names and "attribute_ruler" not in names
    assert names.index("pos_table") > names.index("parser")  # its rules read the dependency labels
    assert not set(DISABLED) & set(names)


def test_same_annotations_as_the_models_attribute_ruler():
    original = spacy.load(MODEL, disable=list(DISABLED))
    for old, new in zip(original.pipe(TEXTS), load().pipe(TEXTS)):
        assert _annotations(new) == _annotations(old)
        assert [(e.start, e.end, e.label_) for e in new.ents] == [(e.start, e.end, e.label_) for e in old.ents]


def test_the_layers_multiply_with_numpy_and_one_blas_thread():
    from threadpoolctl import threadpool_info

    tune_process()
    layers = [node for _, pipe in load().pipeline if hasattr(pipe, "model") for node in pipe.model.walk()]
    wide = [node for node in layers if node.name in ("maxout", "precomputable_affine")]
    assert wide and not any(node.ops.use_blis for node in wide)
    assert all(pool["num_threads"] == 1 for pool in threadpool_info() if pool["user_api"] == "blas")


def test_same_annotations_as_the_default_model_on_a_real_article():
    """numpy's products round differently from blis's; the tags, parse and entities must not change."""
    page = parse_page(SEED.read_text(encoding="utf-8"), str(SEED))
    paragraphs = [block.text for block in page.blocks]
    assert len(paragraphs) > 10
    original = spacy.load(MODEL, disable=list(DISABLED))
    for old, new in zip(original.pipe(paragraphs), load().pipe(paragraphs), strict=True):
        assert _annotations(new) == _annotations(old)
        assert [(e.start, e.end, e.label_) for e in new.ents] == [(e.start, e.end, e.label_) for e in old.ents]


def _doc(vocab, words, tags, deps) -> Doc:
    return Doc(vocab, words=words, tags=tags, deps=deps, heads=[0] * len(words))


def test_later_rules_win_and_rules_over_two_tokens_set_their_index():
    vocab = spacy.blank("en").vocab
    table = PosTable(
        vocab,
        [
            {"patterns": [[{"TAG": "NN"}]], "attrs": {"POS": "NOUN"}},
            {"patterns": [[{"TAG": "NN", "LOWER": "run"}]], "attrs": {"POS": "VERB", "MORPH": "ignored"}},
            {"patterns": [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]], "attrs": {"POS": "AUX"}, "index": 1},
            {"patterns": [[{"TAG": {"NOT_IN": ["NN", ""]}}]], "attrs": {"POS": "X"}},
            {"patterns": [[{"LOWER": "run"}]], "attrs": {"LEMMA": "run"}},  # sets nothing the table keeps
        ],
    )
    doc = table(_doc(vocab, ["Run", "dogs", "there", "is"], ["NN", "NN", "EX", "VBZ"], ["dep", "dep", "expl", "ROOT"]))
    assert [t.pos_ for t in doc] == ["VERB", "NOUN", "X", "X"]  # the NOT_IN rule comes after the AUX one
    assert [t.tag_ for t in doc] == ["NN", "NN", "EX", "VBZ"] and doc[2].dep_ == "expl"


@pytest.mark.parametrize("token", [{"LENGTH": {">=": 3}}, {"TAG": "NN", "OP": "+"}])
def test_what_the_table_cannot_do_is_refused(token):
    with pytest.raises(ValueError, match="unsupported"):
        PosTable(spacy.blank("en").vocab, [{"patterns": [[token]], "attrs": {"POS": "NOUN"}}])


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="mallopt is glibc's")
def test_freed_layer_arrays_are_reused_not_faulted_in_again():
    tune_process()
    np.ones(1 << 20, dtype=np.float32)  # 4 MB, a layer's output for a long batch
    before = resource.getrusage(resource.RUSAGE_SELF).ru_minflt
    for _ in range(10):
        np.ones(1 << 20, dtype=np.float32)
    # glibc's defaults hand such blocks back and fault them in again: ~500 faults here
    assert resource.getrusage(resource.RUSAGE_SELF).ru_minflt - before < 100
