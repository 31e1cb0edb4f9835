"""Hostile and unlucky inputs (issue 16): each costs at most its own line on stderr, never the batch.

The hostile files are generated here, as an attacker or an unlucky user would make them, next to the good
saved pages of fixtures/. Runs are in-process (`cli.main`) where a bug can at worst fail the test, and in a
subprocess where it could hang or kill the test run (FIFOs, signals).
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import FIXTURES, REPO, shared_path, without_summary

from extractor.cli import main
from extractor.facts import SENTENCE_CHARS
from extractor.review import read_inputs, write_report
from extractor.sources import read_path

GOOD = FIXTURES / "peoples-daily"
JSONL_OK = {"id": "ok", "text": "About 1,200 people in Paris paid $5 million for 3 km of road."}


def hostile_files(root: Path) -> dict[str, Path]:
    """Every hostile file input of the issue, by case name."""
    root.mkdir(parents=True, exist_ok=True)
    files = {
        "bogus-charset.html": b'<meta charset="undefined"><p>The 5 cats cost $300.</p>',
        "meta-utf16.html": '<meta charset="utf-16"><p>Zürich paid €5 million.</p>'.encode(),
        "cp1252.html": "<p>The Zürich deal was worth €5 million.</p>".encode("cp1252"),
        "stray-byte.html": "<p>Zürich paid €5 million to 300 people.".encode() + b"\xff</p>",
        "utf16-nobom.html": "<p>Zürich paid €5 million.</p>".encode("utf-16-le"),
        "not-gzip.html.gz": b"<p>this was never compressed</p>",
        "deep.html": ("<html><body>" + "<div>" * 100_000 + "<p>They paid $5 million.</p>").encode(),
        "unclosed.html": (
            "<html><body>" + "".join(f"<div><p>The count was {i + 1000} votes." for i in range(400))
        ).encode(),
    }
    paths = {}
    for name, data in files.items():
        (root / name).write_bytes(data)
        paths[name] = root / name
    lines = [
        '{"id": "big", "text": "x", "n": ' + "9" * 5000 + "}",
        '{"id": "deep", "text": ' + "[" * 100_000 + "]" * 100_000 + "}",
        json.dumps(JSONL_OK),
    ]
    (root / "records.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    paths["records.jsonl"] = root / "records.jsonl"
    return paths


def run_extract(tmp: Path, *inputs: str | Path, extra: tuple[str, ...] = ()) -> tuple[int, list[dict], list[dict]]:
    out, err = tmp / "out.jsonl", tmp / "errors.jsonl"
    code = main(["extract", *map(str, inputs), "-o", str(out), "--errors", str(err), "--jobs", "1", *extra])
    facts = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
    errors = [json.loads(line) for line in err.read_text(encoding="utf-8").splitlines()] if err.exists() else []
    return code, facts, errors


def cli(*args: str, timeout: float = 600, **kw) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "extractor", *args], capture_output=True, text=True, cwd=REPO, timeout=timeout, **kw
    )


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """One batch of every hostile file next to the good pages, and the good pages alone."""
    root = tmp_path_factory.mktemp("hostile")
    files = hostile_files(root / "in")
    mixed = run_extract(root, GOOD, *files.values())
    (root / "good").mkdir()
    alone = run_extract(root / "good", GOOD)
    return {"files": files, "mixed": mixed, "alone": alone}


def facts_of(facts: list[dict], name: str) -> list[dict]:
    return [f for f in facts if f["doc_id"].endswith("/" + name) or f["doc_id"] == name]


def errors_of(errors: list[dict], name: str) -> list[dict]:
    return [e for e in errors if Path(e["source"].rsplit(":", 1)[0]).name == name or e["source"].endswith(name)]


def test_a_batch_of_every_hostile_input_keeps_every_good_fact(batch):
    code, facts, errors = batch["mixed"]
    good_code, good_facts, _ = batch["alone"]
    assert code == 1 and good_code == 0
    good_docs = {f["doc_id"] for f in good_facts}
    assert [f for f in facts if f["doc_id"] in good_docs] == good_facts
    assert all(e["message"] and "internal error" not in e["message"] for e in errors)


# --- item 1: exceptions from one input ------------------------------------------------------------


def test_an_unknown_charset_label_is_ignored_not_fatal(batch):
    facts = facts_of(batch["mixed"][1], "bogus-charset.html")
    assert {f["text"] for f in facts} >= {"$300"}


def test_jsonl_huge_integer_and_deep_nesting_are_one_error_each(batch):
    _, facts, errors = batch["mixed"]
    mine = {e["source"].rsplit(":", 1)[1]: e["message"] for e in errors_of(errors, "records.jsonl")}
    assert mine == {"1": "not readable JSON: a number of over 4,300 digits", "2": "not readable JSON: nested too deep"}
    assert {f["text"] for f in facts_of(facts, "ok")} >= {"About 1,200", "$5 million", "3 km"}


# --- item 2: bounded work per article -------------------------------------------------------------


@pytest.mark.slow
def test_a_long_sentence_is_cut_to_a_window_around_each_fact(tmp_path):
    clause = "about 1,200 people in Paris paid $5 million for 3 km of road, and "
    page = tmp_path / "run-on.html"
    page.write_text("<p>" + clause * 400 + "that was all</p>", encoding="utf-8")  # 27,000 characters, no full stop
    code, facts, _ = run_extract(tmp_path, page)
    money = [f for f in facts if f["text"] == "$5 million"]
    assert code == 0 and len(money) == 400  # every clause's fact, also across the NLP chunks
    assert max(len(f["sentence"]) for f in facts) <= SENTENCE_CHARS
    assert all(f["text"] in f["sentence"] for f in facts)
    middle = money[200]["sentence"]
    assert middle.startswith("…") and middle.endswith("…")


# --- item 4: --resume keyed by input --------------------------------------------------------------


def test_resume_keeps_records_whose_ids_repeat_across_files(tmp_path):
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text(json.dumps({"id": "same", "text": "They paid $5 million."}) + "\n", encoding="utf-8")
    second.write_text(json.dumps({"id": "same", "text": "They hired 300 engineers."}) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(first), "-o", str(out), "--resume", "--jobs", "1"]) == 0  # then killed, say
    assert main(["extract", str(first), str(second), "-o", str(out), "--resume", "--jobs", "1"]) == 0
    texts = [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert texts == ["$5 million", "300"]


def test_resume_keeps_saved_pages_that_share_a_canonical_url(tmp_path):
    canonical = '<link rel="canonical" href="https://example.org/story">'
    (tmp_path / "a.html").write_text(
        f"<html><head>{canonical}<title>A</title></head><body><p>They paid $5 million.</p>"
    )
    (tmp_path / "b.html").write_text(
        f"<html><head>{canonical}<title>B</title></head><body><p>They hired 300 staff.</p>"
    )
    out = tmp_path / "out.jsonl"
    assert main(["extract", str(tmp_path / "a.html"), "-o", str(out), "--resume", "--jobs", "1"]) == 0
    assert main(["extract", str(tmp_path / "a.html"), str(tmp_path / "b.html"), "-o", str(out), "--resume"]) == 0
    texts = [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()]
    assert texts == ["$5 million", "300"]


# --- item 5: workers die with their parent; no .part left -----------------------------------------


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
        except (OSError, ValueError, IndexError):
            continue
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_for(condition, limit: float = 600) -> bool:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return condition()


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process tree from /proc (Linux)")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGKILL])
def test_workers_die_with_their_parent(tmp_path, signum):
    pages = shared_path("eval", "articles", "html")
    out = tmp_path / "out.jsonl"
    parent = subprocess.Popen(
        [sys.executable, "-m", "extractor", "extract", str(pages), "-o", str(out), "--jobs", "2"],
        cwd=REPO,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert _wait_for(lambda: len(_children(parent.pid)) >= 2), "the workers never started"
        workers = _children(parent.pid)
        assert any(p.name.endswith(".part") for p in tmp_path.iterdir())
        parent.send_signal(signum)
        parent.wait(timeout=120)
        assert _wait_for(lambda: not any(_alive(w) for w in workers)), "a worker outlived its parent"
    finally:
        for pid in [parent.pid, *_children(parent.pid)]:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
    parts = [p for p in tmp_path.iterdir() if p.name.endswith(".part")]
    if signum == signal.SIGTERM:
        assert parts == [] and not out.exists()
    else:  # nothing can clean up after SIGKILL: the next run with the same -o does
        assert len(parts) == 1
        (tmp_path / "p.html").write_text("<p>They paid $5 million.</p>", encoding="utf-8")
        assert main(["extract", str(tmp_path / "p.html"), "-o", str(out), "--jobs", "1"]) == 0
        assert [p for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


# --- item 6: parser limits ------------------------------------------------------------------------


def test_elements_nested_100000_deep_are_one_error_in_words(batch):
    [error] = errors_of(batch["mixed"][2], "deep.html")
    assert error == {
        "source": str(batch["files"]["deep.html"]),
        "error": "extraction",
        "message": "elements nested too deeply to read",
    }


def test_400_unclosed_paragraphs_all_give_their_facts(batch):
    counts = {f["value"] for f in facts_of(batch["mixed"][1], "unclosed.html") if f["kind"] == "count"}
    assert counts == set(range(1000, 1400))


# --- item 7: charsets -----------------------------------------------------------------------------


def test_a_windows_1252_page_without_a_declaration_keeps_its_euro_sign(batch):
    facts = facts_of(batch["mixed"][1], "cp1252.html")
    money = [f for f in facts if f["kind"] == "amount"]
    assert [(f["text"], f["value"], f["unit"]) for f in money] == [("€5 million", 5_000_000, "EUR")]
    assert any(f["text"] == "Zürich" for f in facts) or "Zürich" in money[0]["sentence"]


def test_one_stray_byte_in_a_utf8_page_costs_one_character(batch):
    facts = facts_of(batch["mixed"][1], "stray-byte.html")
    assert facts and "Zürich paid €5 million" in facts[0]["sentence"]


def test_a_utf16_meta_label_on_a_utf8_page_means_utf8(batch):
    facts = facts_of(batch["mixed"][1], "meta-utf16.html")
    assert [f["text"] for f in facts if f["kind"] == "amount"] == ["€5 million"]


def test_utf16_without_a_byte_order_mark_is_read(batch):
    facts = facts_of(batch["mixed"][1], "utf16-nobom.html")
    assert [f["text"] for f in facts if f["kind"] == "amount"] == ["€5 million"]


def test_a_gz_file_that_is_not_gzip_is_one_error(batch):
    [error] = errors_of(batch["mixed"][2], "not-gzip.html.gz")
    assert error["message"] == "named .gz but not gzip data"


# --- item 8: limits -------------------------------------------------------------------------------


def test_max_bytes_applies_to_jsonl_records_and_is_printed_in_words(tmp_path):
    records = tmp_path / "in.jsonl"
    big = {"id": "big", "text": "They paid $5 million. " * 200}  # 4,400 bytes
    records.write_text(json.dumps(big) + "\n" + json.dumps(JSONL_OK) + "\n", encoding="utf-8")
    code, facts, errors = run_extract(tmp_path, records, extra=("--max-bytes", "2000"))
    assert code == 1 and {f["doc_id"] for f in facts} == {"ok"}
    assert errors == [
        {
            "source": f"{records}:1",
            "error": "input",
            "message": "record larger than the 2,000 bytes limit (--max-bytes)",
        }
    ]
    [page] = read_path(str(FIXTURES / "peoples-daily" / "c90000-9847469.html"), max_bytes=1000)
    assert page.message == "larger than the 1,000 bytes limit (--max-bytes)"


@pytest.mark.parametrize("value", ["-2", "0"])
def test_max_bytes_must_be_positive(value):
    result = cli("extract", str(GOOD), "--max-bytes", value)
    assert result.returncode == 2 and "--max-bytes" in result.stderr


@pytest.mark.slow
def test_a_fifo_without_a_writer_does_not_hang_the_batch(tmp_path):
    fifo = tmp_path / "pipe.html"
    os.mkfifo(fifo)
    (tmp_path / "p.html").write_text("<p>They paid $5 million.</p>", encoding="utf-8")
    result = cli("extract", str(fifo), str(tmp_path / "p.html"), "--jobs", "1", timeout=300)
    assert result.returncode == 1
    assert without_summary(result.stderr) == [f"extractor: {fifo}: empty file"]
    assert '"$5 million"' in result.stdout


# --- item 9: a page 2 that is page 1 again --------------------------------------------------------


def test_a_page_2_identical_to_page_1_keeps_the_article_once(tmp_path):
    html = (GOOD / "c90000-9847469.html").read_text(encoding="utf-8")
    record = tmp_path / "in.jsonl"
    record.write_text(json.dumps({"id": "twice", "pages": [{"html": html}, {"html": html}]}) + "\n", encoding="utf-8")
    single = tmp_path / "single.jsonl"
    single.write_text(json.dumps({"id": "twice", "html": html}) + "\n", encoding="utf-8")
    code, twice, _ = run_extract(tmp_path, record)
    (tmp_path / "one").mkdir()
    _, once, _ = run_extract(tmp_path / "one", single)
    assert code == 0 and twice == once and len(once) > 20


# --- item 11: edges -------------------------------------------------------------------------------


def test_an_existing_folder_as_output_is_refused_before_any_work(tmp_path):
    result = cli("extract", str(GOOD), "-o", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"extractor extract: {tmp_path} is a folder; give a file name to write to"]


@pytest.mark.parametrize("kind", ["garbage", "truncated", "folder"])
def test_a_bad_cache_file_is_one_clear_line(tmp_path, kind):
    cache = tmp_path / "pages.sqlite"
    if kind == "folder":
        cache.mkdir()
    elif kind == "garbage":
        cache.write_bytes(b"this is not a database" * 100)
    else:
        with sqlite3.connect(cache) as db:
            db.execute("CREATE TABLE pages (url TEXT, body BLOB)")
            db.executemany("INSERT INTO pages VALUES (?, ?)", [(str(i), b"x" * 4000) for i in range(200)])
        db.close()
        data = cache.read_bytes()
        cache.write_bytes(data[: len(data) // 2])
    result = cli("crawl", "http://127.0.0.1:9/a.html", "--cache", str(cache), timeout=120)  # refused before any request
    assert result.returncode == 2, result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith(f"extractor crawl: --cache {cache} ") and "Traceback" not in result.stderr


def test_resume_onto_an_output_that_is_not_jsonl_is_one_clear_line(tmp_path):
    out = tmp_path / "notes.txt"
    out.write_text("my notes\n", encoding="utf-8")
    result = cli("extract", str(GOOD), "-o", str(out), "--resume")
    assert result.returncode == 2 and out.read_text(encoding="utf-8") == "my notes\n"
    assert result.stderr.splitlines() == [
        f"extractor extract: {out} is not JSONL that extract wrote (not JSON: Expecting value); "
        "--resume appends only to such a file"
    ]


def _without_root_override() -> None:
    """In the child: drop the capabilities that let root read any folder (CAP_DAC_OVERRIDE 1,
    CAP_DAC_READ_SEARCH 2) from the bounding set, so the exec'd process meets permissions as users do."""
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="Linux permissions and capabilities")
def test_a_locked_subfolder_is_an_error_line(tmp_path):
    locked = tmp_path / "locked"
    locked.mkdir()
    (tmp_path / "p.html").write_text("<p>They paid $5 million.</p>", encoding="utf-8")
    (locked / "q.html").write_text("<p>They hired 300 staff.</p>", encoding="utf-8")
    locked.chmod(0o000)
    try:
        as_root = os.geteuid() == 0
        result = cli("extract", str(tmp_path), "--jobs", "1", preexec_fn=_without_root_override if as_root else None)
    finally:
        locked.chmod(0o755)
    assert result.returncode == 1, result.stderr
    assert without_summary(result.stderr) == [f"extractor: {locked}: cannot read folder: Permission denied"]
    assert '"$5 million"' in result.stdout


# --- item 13: the review page ---------------------------------------------------------------------


def test_an_unclosed_override_in_a_title_is_closed_on_the_review_page(tmp_path):
    page = tmp_path / "rlo.html"
    page.write_text("<html><head><title>Evil \u202etitle</title></head><body><p>They paid $5 million.</p>")
    out = tmp_path / "report.html"
    write_report(read_inputs([str(page)]), str(out))
    html = out.read_text(encoding="utf-8")
    assert "Evil \u202etitle\u202c" in html and "Evil \u202etitle\u0022" not in html


def test_one_bad_line_in_extract_output_costs_only_that_line(tmp_path):
    code, facts, _ = run_extract(tmp_path, GOOD)
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    damaged = tmp_path / "damaged.jsonl"
    damaged.write_text("\n".join([lines[0], lines[1][: len(lines[1]) // 2], *lines[2:]]) + "\n", encoding="utf-8")
    results = list(read_inputs([str(damaged)]))
    errors = [r for r in results if not hasattr(r, "facts")]
    articles = [r for r in results if hasattr(r, "facts")]
    assert [e.message.split(":")[0] for e in errors] == ["line 2"]
    assert sum(len(a.facts) for a in articles) == len(facts) - 1


def test_gzip_still_reads(tmp_path):
    page = tmp_path / "p.html.gz"
    page.write_bytes(gzip.compress(b"<p>They paid $5 million.</p>"))
    [raw] = read_path(str(page))
    assert raw.html == "<p>They paid $5 million.</p>"
