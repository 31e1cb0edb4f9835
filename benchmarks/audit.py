"""Judged precision audit: a seeded random sample of the facts the project extracts on real pages.

The pages are the 181 news pages of ../shared/eval/articles/html and the English pages of
../shared/eval/webpages/html (the manifest has no language, so a page is English when its <html lang> starts
with "en"; a page with no lang attribute is English when, in its first 200 kB with tags and scripts removed,
"the", "and", "of", "to", "is" make up at least 4% of the words and at least three times as many as the
commonest German, French and Spanish function words; any other lang is not English).

    audit.py extract -o facts.jsonl [--cmd ".venv/bin/extractor extract"]      # run the project on the pages
    audit.py sample --facts facts.jsonl --seed 1701 --n 100 --kinds count,amount -o sheet.jsonl
    audit.py score sheet.jsonl                                                 # precision per kind

`sample` draws N facts of each kind listed (`--kinds all` draws N from all kinds together), with
random.Random(seed) over the facts sorted by (doc_id, start_char, kind), so a seed names one sample of one
facts file. It writes a JSONL judging sheet: a first line {"guide": [...], "seed", "n", "kinds", "facts"}, then
one fact a line with its text, kind, normalized fields, sentence and an empty "verdict". The judge fills in
"verdict": "y" (right: the span is that kind of fact and its normalized fields are right), "n" (wrong), or
"?" (cannot tell; left out of the precision), optionally "note". With `--md` a markdown copy is written too.
`score` prints precision per kind and the wrong facts' notes. Judgements are not committed.

Recall audit (what the facts miss):

    audit.py misses --facts facts.jsonl --seed 20261224 --n 100 -o sheet.jsonl [--texts texts.jsonl]
    audit.py misses-score sheet.jsonl                                          # recall per kind

`misses` gets the cleaned text of the same pages (`extractor text`, or --texts: a saved copy of its output),
keeping a doc_id's first record (a URL can name two pages) and only English records or records with no
language (the SPEC's rules are English today). It splits each text into sentences with a plain regex (a break
after . ! ? and an optional closing quote or bracket, then a space and a capital, digit or opening quote; and at
every newline) and keeps the candidate sentences: those with a digit, a number word ("one".."twenty", "thirty".."ninety", "hundred", "thousand",
"million", "billion", "trillion", "dozen"), a month or weekday name, or a capitalised word after the first word
(so places are covered). It draws N of them with random.Random(seed) over the candidates sorted by (doc_id,
start) and writes a sheet: a header line, then per sentence its doc_id, start, the sentence, and the facts of
the facts file that start in it with their text there (each (start, end, kind) once; text, kind, main
normalized fields), with empty "missed" and "wrong" lists. The judge (audit-guide.md, "Recall") puts in
"missed" every fact a careful reader would mark that is not listed ({"kind", "text", "class"}) and in "wrong"
the indexes of the listed facts that are wrong. `misses-score` prints per kind the listed facts, the right
ones, the missed ones and recall = right / (right + missed), then the missed facts.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import shlex
import subprocess
import sys
from collections import Counter
from pathlib import Path

EVAL = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
KINDS = ("amount", "count", "date", "place")
GUIDE = [
    "Judge as a careful news reader would, from the sentence; 'y' only if the span IS that kind of fact AND its"
    " normalized fields are right; 'n' otherwise; '?' when the sentence cannot tell.",
    "count: how many of something, with the right counted noun (or null when the noun is not in reach)."
    " A year, an id, a model or product number, a time of day, a score or rating, a phone number, a rank,"
    " an age, a street number, a page or citation, a fraction or proportion ('two-thirds of'), a duration,"
    " a number in a name or title, an interface counter (share/comment counts) is NOT a count.",
    "amount: money, a measure or a percentage with the right value and unit (currency ISO code, pint unit);"
    " a compound measure ('5 feet 11 inches') is one amount; a range has the right low/high.",
    "date: a date or time reference of the article with the right resolved value and granularity.",
    "place: a place name with the right place (type, country, coordinates near the real one; null ones are right"
    " when the gazetteer does not know the place).",
]
_STOP = {
    "en": {"the", "and", "of", "to", "is"},
    "other": {"der", "die", "und", "das", "le", "la", "les", "et", "el", "los", "que", "y"},
}
_TAG = re.compile(r"<script.*?</script>|<style.*?</style>|<[^>]+>", re.S | re.I)
_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z-]+)", re.I)


def is_english(html: str) -> bool:
    m = _LANG.search(html)
    if m:
        return m.group(1).lower().startswith("en")
    words = re.findall(r"[a-zäöüéèàñ]+", _TAG.sub(" ", html).lower())
    en = sum(w in _STOP["en"] for w in words)
    other = sum(w in _STOP["other"] for w in words)
    return bool(words) and en >= 0.04 * len(words) and en >= 3 * other


def pages() -> list[Path]:
    """The audit's pages: every article page, and the English webpages, in a fixed order."""
    out = sorted((EVAL / "articles" / "html").glob("*.html.gz"))
    for path in sorted((EVAL / "webpages" / "html").glob("*.html.gz")):
        html = gzip.open(path).read(200_000).decode("utf-8", "replace")
        if is_english(html):
            out.append(path)
    return out


def extract(args: argparse.Namespace) -> None:
    paths = pages()
    print(f"{len(paths)} pages", file=sys.stderr)
    cmd = [*shlex.split(args.cmd), *map(str, paths), "-o", args.output]
    subprocess.run(cmd, check=False)


def sample(args: argparse.Namespace) -> None:
    facts = [json.loads(line) for line in open(args.facts, encoding="utf-8")]
    facts.sort(key=lambda f: (f["doc_id"], f["start_char"], f["kind"]))
    kinds = KINDS if args.kinds == "all" else tuple(args.kinds.split(","))
    rng = random.Random(args.seed)
    if args.kinds == "all":
        drawn = rng.sample(facts, min(args.n, len(facts)))
    else:
        drawn = []
        for kind in kinds:
            pool = [f for f in facts if f["kind"] == kind]
            drawn.extend(rng.sample(pool, min(args.n, len(pool))))
    header = {"guide": GUIDE, "seed": args.seed, "n": args.n, "kinds": args.kinds, "facts": args.facts}
    rows = [_row(i, f) for i, f in enumerate(drawn)]
    with open(args.output, "w", encoding="utf-8") as out:
        out.write(json.dumps(header, ensure_ascii=False) + "\n")
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    if args.md:
        Path(args.md).write_text(_markdown(header, rows), encoding="utf-8")
    print(f"{len(rows)} facts drawn ({Counter(r['kind'] for r in rows)}) -> {args.output}", file=sys.stderr)


_EVIDENCE = {"kind", "doc_id", "text", "start_char", "end_char", "page", "section", "sentence"}


def _row(i: int, fact: dict) -> dict:
    fields = {k: v for k, v in fact.items() if k not in _EVIDENCE and v is not None}
    return {
        "i": i,
        "kind": fact["kind"],
        "text": fact["text"],
        "fields": fields,
        "section": fact["section"],
        "sentence": fact["sentence"],
        "doc_id": fact["doc_id"],
        "start_char": fact["start_char"],
        "verdict": "",
        "note": "",
    }


def _markdown(header: dict, rows: list[dict]) -> str:
    lines = [f"# Audit sheet: seed {header['seed']}, n {header['n']}, kinds {header['kinds']}", ""]
    lines += [f"- {g}" for g in header["guide"]] + [""]
    for r in rows:
        lines.append(f"{r['i']}. **{r['kind']}** `{r['text']}` {json.dumps(r['fields'], ensure_ascii=False)}")
        lines.append(f"   > {r['sentence'][:400]}")
    return "\n".join(lines) + "\n"


def score(args: argparse.Namespace) -> None:
    rows = [json.loads(line) for line in open(args.sheet, encoding="utf-8")][1:]
    right: Counter[str] = Counter()
    judged: Counter[str] = Counter()
    for r in rows:
        verdict = r.get("verdict", "").strip().lower()
        if verdict in ("y", "n"):
            judged[r["kind"]] += 1
            right[r["kind"]] += verdict == "y"
    print("| kind | judged | right | precision |\n|---|--:|--:|--:|")
    for kind in sorted(judged):
        print(f"| {kind} | {judged[kind]} | {right[kind]} | {right[kind] / judged[kind]:.3f} |")
    unjudged = sum(1 for r in rows if r.get("verdict", "").strip().lower() not in ("y", "n"))
    print(f"\n{unjudged} rows not judged or '?'")
    if args.wrong:
        for r in rows:
            if r.get("verdict", "").strip().lower() == "n":
                print(f"{r['kind']}\t{r['text']!r}\t{r.get('note', '')}")


_NUMBER_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen"
    " eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand million billion"
    " trillion dozen"
)
_CALENDAR = (
    "January February March April May June July August September October November December"
    " Monday Tuesday Wednesday Thursday Friday Saturday Sunday"
)
_CANDIDATE = re.compile(rf"\d|\b(?:{'|'.join(_NUMBER_WORDS.split())})\b|\b(?:{'|'.join(_CALENDAR.split())})\b", re.I)
_LATER_CAPITAL = re.compile(r"\s[\"“‘(]?[A-Z][a-z]")
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’)]))\s+(?=[\"“‘(]?[A-Z0-9])|\n+")
_MAIN = {
    "amount": ("value", "low", "high", "unit", "qualifier", "per"),
    "count": ("value", "low", "high", "qualifier", "counted"),
    "date": ("value", "granularity"),
    "place": ("name", "place_type", "country_code"),
}


def is_candidate(sentence: str) -> bool:
    """A sentence may hold a fact: a digit, a number word, a month or weekday, or a capital after the first word."""
    return bool(_CANDIDATE.search(sentence) or _LATER_CAPITAL.search(sentence))


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty sentence of `text`, split with a plain regex."""
    out, start = [], 0
    for m in [*_SENTENCE_END.finditer(text), None]:
        end = m.start() if m else len(text)
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            out.append((start + lead, start + len(piece.rstrip())))
        start = m.end() if m else end
    return out


def candidates(records: list[dict]) -> list[tuple[str, int, int, str]]:
    """(doc_id, start, end, sentence) of every candidate sentence, sorted by (doc_id, start)."""
    out, seen = [], set()
    for rec in records:
        if rec["doc_id"] in seen or rec.get("language") not in (None, "en"):
            continue
        seen.add(rec["doc_id"])
        text = rec["text"]
        for start, end in sentences(text):
            if is_candidate(text[start:end]):
                out.append((rec["doc_id"], start, end, text[start:end]))
    return sorted(out)


def draw(records: list[dict], seed: int, n: int) -> list[tuple[str, int, int, str]]:
    """N candidate sentences drawn with random.Random(seed), in draw order."""
    pool = candidates(records)
    return random.Random(seed).sample(pool, min(n, len(pool)))


def _texts(args: argparse.Namespace) -> list[dict]:
    if args.texts:
        return [json.loads(line) for line in open(args.texts, encoding="utf-8")]
    cmd = [*shlex.split(args.cmd), "-q", *(str(p.resolve()) for p in pages())]
    out = subprocess.run(cmd, check=False, capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def _listed(fact: dict) -> dict:
    fields = {k: fact.get(k) for k in _MAIN[fact["kind"]] if fact.get(k) is not None}
    return {"kind": fact["kind"], "text": fact["text"], "fields": fields}


def misses(args: argparse.Namespace) -> None:
    by_doc: dict[str, list[dict]] = {}
    for line in open(args.facts, encoding="utf-8"):
        fact = json.loads(line)
        by_doc.setdefault(fact["doc_id"], []).append(fact)
    records = _texts(args)
    texts = {r["doc_id"]: r["text"] for r in reversed(records)}
    drawn = draw(records, args.seed, args.n)
    header = {"guide": "benchmarks/audit-guide.md#recall", "seed": args.seed, "n": args.n, "facts": args.facts}
    with open(args.output, "w", encoding="utf-8") as out:
        out.write(json.dumps(header, ensure_ascii=False) + "\n")
        for i, (doc_id, start, end, sentence) in enumerate(drawn):
            text = texts[doc_id]
            inside = [f for f in by_doc.get(doc_id, []) if start <= f["start_char"] < end and _spans(f, text)]
            inside = sorted({_at(f): f for f in inside}.values(), key=_at)
            row = {"i": i, "doc_id": doc_id, "start": start, "sentence": sentence}
            row |= {"facts": [_listed(f) for f in inside], "missed": [], "wrong": [], "note": ""}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(drawn)} sentences drawn -> {args.output}", file=sys.stderr)


def _spans(fact: dict, text: str) -> bool:
    return text[fact["start_char"] : fact["end_char"]] == fact["text"]


def _at(fact: dict) -> tuple[int, int, str]:
    return fact["start_char"], fact["end_char"], fact["kind"]


def misses_score(args: argparse.Namespace) -> None:
    rows = [json.loads(line) for line in open(args.sheet, encoding="utf-8")][1:]
    listed: Counter[str] = Counter()
    wrong: Counter[str] = Counter()
    missed: Counter[str] = Counter()
    for r in rows:
        listed.update(f["kind"] for f in r["facts"])
        wrong.update(r["facts"][int(j)]["kind"] for j in r["wrong"])
        missed.update(m["kind"] for m in r["missed"])
    print("| kind | listed | right | missed | recall |\n|---|--:|--:|--:|--:|")
    for kind in sorted(set(listed) | set(missed)):
        right = listed[kind] - wrong[kind]
        found = right + missed[kind]
        print(f"| {kind} | {listed[kind]} | {right} | {missed[kind]} | {right / found if found else 0:.3f} |")
    for r in rows:
        for m in r["missed"]:
            print(f"missed {m['kind']}\t{m['text']!r}\t{m.get('class', '')}")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="command", required=True)
    e = sub.add_parser("extract", help="run the project on the audit's pages")
    e.add_argument("-o", "--output", required=True)
    e.add_argument("--cmd", default=".venv/bin/extractor extract")
    s = sub.add_parser("sample", help="draw a seeded sample and write a judging sheet")
    s.add_argument("--facts", required=True)
    s.add_argument("--seed", type=int, required=True)
    s.add_argument("--n", type=int, default=100)
    s.add_argument("--kinds", default="all", help="comma-separated kinds (N each), or 'all' (N in all)")
    s.add_argument("-o", "--output", required=True)
    s.add_argument("--md", help="also write a markdown copy")
    c = sub.add_parser("score", help="precision per kind of a judged sheet")
    c.add_argument("sheet")
    c.add_argument("--wrong", action="store_true", help="list the wrong facts with their notes")
    m = sub.add_parser("misses", help="draw a seeded sample of sentences and their facts for a recall sheet")
    m.add_argument("--facts", required=True)
    m.add_argument("--seed", type=int, required=True)
    m.add_argument("--n", type=int, default=100)
    m.add_argument("-o", "--output", required=True)
    m.add_argument("--texts", help="saved `extractor text` output of the pages (default: run --cmd)")
    m.add_argument("--cmd", default=".venv/bin/extractor text")
    r = sub.add_parser("misses-score", help="recall per kind of a judged misses sheet")
    r.add_argument("sheet")
    args = ap.parse_args(argv)
    commands = {"extract": extract, "sample": sample, "score": score, "misses": misses, "misses-score": misses_score}
    commands[args.command](args)


if __name__ == "__main__":
    main()
