"""Reading saved inputs: the ugly cases give one clear error or the right text, never a crash."""

from __future__ import annotations

import gzip

import pytest

from extractor.errors import InputError
from extractor.sources import RawDocument, RawPage, decode_html, read_path

CHINESE = "<html><head><title>新疆</title></head><body><p>浙江省对口支援新疆，投资964亿元。</p></body></html>"


def only(path, **kw):
    items = list(read_path(str(path), **kw))
    assert len(items) == 1
    return items[0]


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty file"),
        (b"   \n\t  ", "empty file"),
        (bytes(range(256)) * 40, "binary file"),
        (b"\x1f\x8b\x08\x00garbage-not-gzip", "corrupt gzip"),
    ],
)
def test_unreadable_files_give_one_clear_error(tmp_path, content, message):
    path = tmp_path / "page.html"
    path.write_bytes(content)
    error = only(path)
    assert isinstance(error, InputError)
    assert message in error.message and error.source == str(path)


def test_a_missing_file_is_named(tmp_path):
    error = only(tmp_path / "nope.html")
    assert isinstance(error, InputError) and error.message == "no such file"


def test_a_page_over_the_size_limit_is_refused_without_reading_it_all(tmp_path):
    path = tmp_path / "huge.html"
    path.write_bytes(b"<p>" + b"x" * (50 * 1024 * 1024) + b"</p>")
    error = only(path)
    assert isinstance(error, InputError) and "20 MB limit" in error.message


def test_a_gzip_bomb_stops_at_the_limit(tmp_path):
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(gzip.compress(b"<p>" + b" " * (30 * 1024 * 1024)))
    error = only(path)
    assert isinstance(error, InputError) and "decompresses to more than" in error.message


def test_gbk_without_a_charset_is_detected():
    assert decode_html(CHINESE.encode("gbk"), "p.html") == CHINESE


@pytest.mark.parametrize("encoding, declared", [("gbk", "gb2312"), ("shift_jis", "shift_jis"), ("utf-8", "utf-8")])
def test_a_declared_charset_is_used(encoding, declared):
    html = (
        CHINESE.replace("<head>", f'<head><meta charset="{declared}">')
        if encoding != "shift_jis"
        else f'<html><head><meta charset="{declared}"></head><body><p>日本語のページです。</p></body></html>'
    )
    assert decode_html(html.encode(encoding), "p.html") == html


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_a_byte_order_mark_decides(encoding):
    assert decode_html(CHINESE.encode(encoding), "p.html") == CHINESE


def test_gzipped_pages_are_read(tmp_path):
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(CHINESE.encode("utf-8")))
    page = only(path)
    assert isinstance(page, RawPage) and page.html == CHINESE


def test_jsonl_records_of_every_form(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text(
        "\n".join(
            [
                '{"id": "t", "text": "Over 10,000 projects.", "reference_date": "2021-05-08"}',
                '{"id": "h", "html": "<p>Hi</p>", "url": "https://example.org/a"}',
                '{"id": "p", "pages": [{"html": "<p>1</p>"}, {"html": "<p>2</p>", "url": "https://example.org/a/2"}]}',
                '{"id": "bad", "reference_date": "May 8"}',
                '{"text": "no id"}',
                "not json",
            ]
        ),
        encoding="utf-8",
    )
    items = list(read_path(str(path)))
    docs = [i for i in items if isinstance(i, RawDocument)]
    errors = [i for i in items if isinstance(i, InputError)]
    assert [d.doc_id for d in docs] == ["t", "h", "p"]
    assert str(docs[0].reference_date) == "2021-05-08" and docs[0].pages[0].text == "Over 10,000 projects."
    assert docs[1].pages[0].url == "https://example.org/a" and len(docs[2].pages) == 2
    assert [e.source.rsplit(":", 1)[1] for e in errors] == ["4", "5", "6"]
    assert "not a YYYY-MM-DD date" in errors[0].message and '"id"' in errors[1].message


def test_errors_survive_the_trip_from_a_worker_process():
    import pickle

    error = pickle.loads(pickle.dumps(InputError("a.html", "empty file")))
    assert (type(error), error.source, error.message, str(error)) == (
        InputError,
        "a.html",
        "empty file",
        "a.html: empty file",
    )
