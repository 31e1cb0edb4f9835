"""The command line as users and the evaluation scripts call it: outputs, errors, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from cli_run import run
from conftest import REPO

from extractor.models import schema_files
from extractor.output import open_output

TEXT_RECORD = {
    "id": "t1",
    "text": "Zhejiang invested 96.4 billion yuan in 329 projects.",
    "reference_date": "2021-05-08",
}


def test_smoke_as_a_process(jsonl):
    """The installed entry point, as users and the evaluation scripts call it."""
    done = subprocess.run(
        [sys.executable, "-m", "extractor", "extract", str(jsonl), "-q"],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert {json.loads(line)["text"] for line in done.stdout.splitlines()} >= {"96.4 billion yuan"}


@pytest.fixture
def jsonl(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(TEXT_RECORD) + "\n", encoding="utf-8")
    return path


def test_schema_prints_one_json_document_holding_the_committed_schemas():
    result = run("schema")
    assert result.returncode == 0
    both = json.loads(result.stdout)  # one document: json.loads rejects two back to back
    files = schema_files()
    assert both == {
        "fact": json.loads(files["fact.schema.json"]),
        "article": json.loads(files["article.schema.json"]),
    }
    fact = run("schema", "fact")
    assert json.loads(fact.stdout) == both["fact"]


def test_schema_write_makes_its_folder_and_names_a_path_it_cannot_use(tmp_path):
    folder = tmp_path / "new" / "schemas"
    assert run("schema", "--write", str(folder)).returncode == 0
    assert {p.name: p.read_text(encoding="utf-8") for p in folder.iterdir()} == schema_files()
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = run("schema", "--write", str(blocker / "schemas"))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [result.stderr.strip()]  # one line, no traceback
    assert str(blocker / "schemas") in result.stderr


def test_usage_errors_exit_2():
    assert run("extract").returncode == 2
    assert run("extract", "x.html", "--reference-date", "May 8").returncode == 2
    assert run("frobnicate").returncode == 2


def test_bad_inputs_are_reported_one_line_each_and_the_batch_completes(tmp_path, jsonl):
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = run(
        "extract", str(empty), str(tmp_path / "missing.html"), str(jsonl), "-o", str(out), "--errors", str(errors)
    )
    assert result.returncode == 1
    assert result.stderr.splitlines()[:-1] == [
        f"extractor: {empty}: empty file",
        f"extractor: {tmp_path / 'missing.html'}: no such file",
    ]
    assert result.stderr.splitlines()[-1].startswith("extractor: 1 articles, ")
    assert ", 2 errors, " in result.stderr.splitlines()[-1]
    logged = [json.loads(line) for line in errors.read_text().splitlines()]
    assert [e["message"] for e in logged] == ["empty file", "no such file"]
    assert {e["error"] for e in logged} == {"input"}
    facts = [json.loads(line) for line in out.read_text().splitlines()]
    assert facts and {f["doc_id"] for f in facts} == {"t1"}
    assert all(TEXT_RECORD["text"][f["start_char"] : f["end_char"]] == f["text"] for f in facts)


def test_articles_format_and_text_command(jsonl):
    article = json.loads(run("extract", "--format", "articles", str(jsonl)).stdout)
    assert article["doc_id"] == "t1" and article["text"] == TEXT_RECORD["text"]
    assert article["pages"] == [{"page": 1, "url": None, "source": "jsonl:t1"}]
    assert isinstance(article["facts"], list)
    text_only = json.loads(run("text", str(jsonl)).stdout)
    assert "facts" not in text_only and text_only["blocks"][0]["section"] == "body"


def test_html_on_stdin():
    html = (
        "<html><body><article><h1>Floods</h1><p>The river rose 3 metres in Wuhan on Tuesday.</p>"
        "<p>More than 2,000 people left their homes.</p></article></body></html>"
    )
    result = run("text", "-", stdin=html)
    assert result.returncode == 0, result.stderr
    article = json.loads(result.stdout)
    assert article["pages"][0]["source"] == "-"
    assert "More than 2,000 people left their homes." in article["text"]


def test_output_file_is_written_whole_or_not_at_all(tmp_path):
    target = tmp_path / "facts.jsonl"
    target.write_text("previous run\n")
    with pytest.raises(RuntimeError):
        with open_output(str(target)) as out:
            out.write('{"partial": true}\n')
            raise RuntimeError("killed mid-run")
    assert target.read_text() == "previous run\n"
    assert [p.name for p in tmp_path.iterdir()] == ["facts.jsonl"]
    with open_output(str(target)) as out:
        out.write("new\n")
    assert target.read_text() == "new\n"


def test_crawl_command_end_to_end(tmp_path):
    """The whole user path: a real local server, the CLI, facts with their page numbers, the summary line."""
    from http_server import LocalServer, Reply

    pages = REPO / "fixtures" / "peoples-daily"
    with LocalServer() as server:
        for name in ("c90000-9847469.html", "c90000-9847469-2.html", "c90000-9847469-3.html"):
            server.route(
                f"/n3/2021/0508/{name}",
                Reply(body=(pages / name).read_bytes(), headers={"Content-Type": "text/html; charset=utf-8"}),
            )
        out = tmp_path / "facts.jsonl"
        result = run(
            "crawl",
            server.url("/n3/2021/0508/c90000-9847469.html"),
            "-o",
            str(out),
            "--cache",
            str(tmp_path / "cache.sqlite"),
            "--delay",
            "0",
            "--ignore-robots",
            "--allow-private",
            "--user-agent",
            "newsroom-data-desk (data@example.org)",
        )
    assert result.returncode == 0, result.stderr
    assert "extractor: 1 articles, " in result.stderr and ", 0 errors, " in result.stderr
    assert server.user_agents == {"newsroom-data-desk (data@example.org)"}
    facts = [json.loads(line) for line in out.read_text().splitlines()]
    assert {f["page"] for f in facts} == {1, 2, 3}
    money = next(f for f in facts if f["text"] == "96.4 billion yuan")
    assert (money["page"], money["unit"], money["value"]) == (1, "CNY", 96400000000)
    assert {f["doc_id"] for f in facts} == {server.url("/n3/2021/0508/c90000-9847469.html")}


def test_view_command_writes_one_self_contained_page(tmp_path):
    report = tmp_path / "report.html"
    result = run("view", str(REPO / "fixtures" / "peoples-daily"), str(tmp_path / "missing.html"), "-o", str(report))
    assert result.returncode == 1 and "missing.html: no such file" in result.stderr
    page = report.read_text(encoding="utf-8")
    assert "China&#x27;s pairing" in page or "China's pairing" in page
    assert "http://" not in page.split("<body", 1)[0]  # nothing fetched from elsewhere in the head


def test_ugly_pages_in_one_batch(tmp_path):
    """Broken HTML is read as browsers read it; a non-HTML file is refused; the good page still comes out."""
    broken = tmp_path / "broken.html"
    broken.write_text(
        "<html><body><div><p>Floods forced 3,000 people from their homes in Wuhan on Tuesday"
        "<p>Rescuers worked through the night <b>in heavy rain",
        encoding="utf-8",
    )
    image = tmp_path / "photo.html"
    image.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(2000))
    text = tmp_path / "notes.html"
    text.write_text("just a line of notes", encoding="utf-8")
    result = run("extract", str(broken), str(image), str(text), str(REPO / "fixtures" / "peoples-daily"))
    assert result.returncode == 1
    assert result.stderr.splitlines()[0] == f"extractor: {image}: binary file, not an HTML page"
    facts = [json.loads(line) for line in result.stdout.splitlines()]
    assert any(f["doc_id"] == str(broken) and f["text"] == "3,000" and f["counted"] == "people" for f in facts)
    assert any(f["text"] == "96.4 billion yuan" for f in facts)


def test_id_names_the_stdin_document():
    page = "<html><body><p>About 1,200 people met in Paris on 3 May 2020.</p></body></html>"
    facts = [
        json.loads(line) for line in run("extract", "-", "--id", "wire-0042", "-q", stdin=page).stdout.splitlines()
    ]
    assert facts and {f["doc_id"] for f in facts} == {"wire-0042"}
    unnamed = [json.loads(line) for line in run("extract", "-", "-q", stdin=page).stdout.splitlines()]
    assert {f["doc_id"] for f in unnamed} == {"-"}


def test_outputs_that_cannot_be_written_are_refused_before_any_work(tmp_path, jsonl):
    folder_like = str(tmp_path / "facts") + "/"
    result = run("extract", str(jsonl), "-o", folder_like)
    assert (result.returncode, result.stderr) == (
        2,
        f"extractor extract: {folder_like} is a folder; give a file name to write to\n",
    )
    assert not (tmp_path / "facts").exists()
    a_file = tmp_path / "notes.txt"
    a_file.write_text("x", encoding="utf-8")
    result = run("extract", str(jsonl), "-o", str(a_file / "out.jsonl"))
    assert result.returncode == 2
    assert (
        result.stderr
        == f"extractor extract: {a_file / 'out.jsonl'}: cannot write there ({a_file} is not a writable folder)\n"
    )
