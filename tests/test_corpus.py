"""Corpus loading: every format, and every fault giving one clear warning without losing data."""

from __future__ import annotations

import io
import json
import os
import random
from datetime import date
from pathlib import Path

import pytest

from nkjp import corpus
from nkjp.corpus import LoadResult, LoadStats, LoadWarning, iter_articles, load
from nkjp.errors import UsageError

TODAY = date(2025, 6, 1)

KYODO = "Japan and North Korea held talks in Beijing on Tuesday, officials said."
YONHAP = "SEOUL, May 3 (Yonhap) -- South Korea's unification minister met families on Friday."
AP = "TOKYO (AP) — Japan's prime minister said Monday he would visit Seoul."


def run(*paths: Path | str, stdin: io.TextIOBase | None = None) -> LoadResult:
    return load([str(p) for p in paths], stdin=stdin, today=TODAY)  # type: ignore[arg-type]


def messages(result: LoadResult) -> list[str]:
    return [str(w) for w in result.warnings]


def only_warning(result: LoadResult, *, undated: bool = False) -> LoadWarning:
    found = [w for w in result.warnings if undated or "no publication date" not in w.message]
    assert len(found) == 1, messages(result)
    return found[0]


# --- formats -------------------------------------------------------------------------------


def test_text_file_with_front_matter(tmp_path: Path) -> None:
    f = tmp_path / "story.txt"
    f.write_text(
        '---\nid: kyodo-001\ntitle: "Talks in Beijing"\nsource: Kyodo News\n'
        "url: https://example.com/a\npublished: 2019-05-14\nauthor: ignored\n---\n"
        f"{KYODO}\n\nMore text.\n",
        encoding="utf-8",
    )
    result = run(f)
    assert result.warnings == ()
    (a,) = result.articles
    assert (a.id, a.title, a.source, a.url, a.published) == (
        "kyodo-001",
        "Talks in Beijing",
        "Kyodo News",
        "https://example.com/a",
        date(2019, 5, 14),
    )
    assert a.text == f"{KYODO}\n\nMore text."
    assert a.path == str(f)
    assert (result.files_seen, result.files_skipped, result.files_loaded) == (1, 0, 1)


def test_markdown_with_date_key_and_plain_text_with_file_name_date(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(f"---\ndate: 2018-04-27\n---\n{KYODO}\n", encoding="utf-8")
    (tmp_path / "yonhap-2013-04-09-kaesong.txt").write_text(YONHAP, encoding="utf-8")
    result = run(tmp_path)
    assert [(a.id, a.published) for a in result.articles] == [
        ("a", date(2018, 4, 27)),
        ("yonhap-2013-04-09-kaesong", date(2013, 4, 9)),
    ]
    assert result.warnings == ()


def test_json_object_and_list(tmp_path: Path) -> None:
    (tmp_path / "one.json").write_text(
        json.dumps({"id": 7, "text": AP, "published": "2016-02-19", "quotes": [], "x": 1}),
        encoding="utf-8",
    )
    (tmp_path / "many.json").write_text(
        json.dumps(
            [
                {"text": KYODO, "date": "2014-03-04T05:21:00Z"},
                {"id": "nhk-9", "text": YONHAP, "published": "2014-06-29"},
                {"text": AP, "published": "2014-07-01", "title": "Visit", "source": "AP"},
            ]
        ),
        encoding="utf-8",
    )
    result = run(tmp_path)
    assert [(a.id, a.published) for a in result.articles] == [
        ("many-1", date(2014, 3, 4)),
        ("nhk-9", date(2014, 6, 29)),
        ("many-3", date(2014, 7, 1)),
        ("7", date(2016, 2, 19)),
    ]
    assert result.articles[2].title == "Visit"
    assert result.warnings == ()


def test_json_articles_wrapper(tmp_path: Path) -> None:
    f = tmp_path / "feed.json"
    f.write_text(json.dumps({"articles": [{"text": KYODO}, {"text": AP}]}), encoding="utf-8")
    assert [a.id for a in run(f).articles] == ["feed-1", "feed-2"]


def test_jsonl_with_a_bad_line(tmp_path: Path) -> None:
    f = tmp_path / "wire.jsonl"
    lines = [
        json.dumps({"id": "a", "text": KYODO, "published": "2020-01-01"}),
        "",
        '{"id": "b", "text": "unterminated',
        json.dumps({"id": "c", "text": AP, "published": "2020-01-02"}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run(f)
    assert [a.id for a in result.articles] == ["a", "c"]
    w = only_warning(result)
    assert (w.path, w.line) == (str(f), 3)
    assert "malformed JSON" in w.message
    assert str(w).startswith(f"{f}:3: ")


def test_json_lines_in_a_json_file_are_read(tmp_path: Path) -> None:
    f = tmp_path / "mislabelled.json"
    f.write_text(
        json.dumps({"text": KYODO, "published": "2020-01-01"})
        + "\n"
        + json.dumps({"text": AP, "published": "2020-01-02"})
        + "\n",
        encoding="utf-8",
    )
    result = run(f)
    assert len(result.articles) == 2
    assert "read as JSONL" in only_warning(result).message


def test_stdin_text_json_and_jsonl() -> None:
    text = run("-", stdin=io.StringIO(f"---\npublished: 2021-06-02\n---\n{KYODO}\n"))
    assert [(a.id, a.published, a.path) for a in text.articles] == [
        ("stdin", date(2021, 6, 2), None)
    ]
    as_json = run("-", stdin=io.StringIO(json.dumps([{"text": AP}, {"text": KYODO}])))
    assert [a.id for a in as_json.articles] == ["stdin-1", "stdin-2"]
    raw = (json.dumps({"text": AP}) + "\n" + json.dumps({"text": YONHAP}) + "\n").encode()
    as_jsonl = run("-", stdin=io.TextIOWrapper(io.BytesIO(raw), encoding="utf-8"))
    assert [a.text for a in as_jsonl.articles] == [AP, YONHAP]


def test_explicitly_named_file_of_other_extension_is_sniffed(tmp_path: Path) -> None:
    f = tmp_path / "export.data"
    f.write_text(json.dumps({"id": "x", "text": KYODO}), encoding="utf-8")
    g = tmp_path / "notes"
    g.write_text(AP, encoding="utf-8")
    assert [a.id for a in run(f, g).articles] == ["x", "notes"]


def test_directory_is_recursive_sorted_and_skips_other_files(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(AP, encoding="utf-8")
    (tmp_path / "b" / "a.txt").write_text(KYODO, encoding="utf-8")
    (tmp_path / "c.txt").write_text(YONHAP, encoding="utf-8")
    (tmp_path / "a.txt").write_text(KYODO, encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff\x00binary")
    (tmp_path / "README.md").write_text("# How this folder is laid out", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(AP, encoding="utf-8")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text(AP, encoding="utf-8")
    result = run(tmp_path)
    paths = [Path(a.path).relative_to(tmp_path).as_posix() for a in result.articles if a.path]
    assert paths == ["a.txt", "b/a.txt", "b/z.txt", "c.txt"]
    assert [a.id for a in result.articles] == ["a", "a-2", "z", "c"]
    assert result.files_seen == 4 and result.files_skipped == 0
    # the duplicate "a" is the only non-date warning
    assert "duplicate article id 'a'" in only_warning(result).message


def test_missing_path_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "ok.txt").write_text(KYODO, encoding="utf-8")
    missing = tmp_path / "nope"
    with pytest.raises(UsageError, match="nope"):
        run(tmp_path / "ok.txt", missing)
    with pytest.raises(UsageError):
        list(iter_articles([str(missing)], lambda w: None))


# --- faults --------------------------------------------------------------------------------


def test_binary_file_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(KYODO, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(bytes(range(256)) * 4)
    result = run(tmp_path)
    assert [a.id for a in result.articles] == ["good"]
    w = only_warning(result)
    assert w.path.endswith("bad.txt") and "binary" in w.message
    assert (result.files_seen, result.files_skipped) == (2, 1)


def test_invalid_utf8_keeps_the_decodable_parts(tmp_path: Path) -> None:
    f = tmp_path / "latin.txt"
    f.write_bytes(b"The envoy met officials.\nThe caf\xe9 near the embassy closed on Friday.\n")
    result = run(f)
    (a,) = result.articles
    assert a.text == "The envoy met officials.\nThe caf\ufffd near the embassy closed on Friday."
    w = only_warning(result)
    assert w.line == 2 and "invalid UTF-8" in w.message and "0xe9" in w.message


def test_mostly_undecodable_file_is_skipped(tmp_path: Path) -> None:
    f = tmp_path / "garbage.txt"
    f.write_bytes(bytes([0x80 + (i % 60) for i in range(400)]))
    result = run(f)
    assert result.articles == ()
    assert "undecodable" in only_warning(result).message
    assert result.files_skipped == 1


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-16-le", b""),
        ("utf-32-le", b"\xff\xfe\x00\x00"),
    ],
)
def test_byte_order_marks_and_utf16(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    text = "Kim Yo Jong’s statement was issued on “Sunday”.\nIt named Seoul."
    f = tmp_path / "marked.txt"
    f.write_bytes(prefix + text.encode(encoding))
    result = run(f)
    assert [a.text for a in result.articles] == [text]
    assert [w for w in result.warnings if "publication date" not in w.message] == []


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_crlf_and_cr_line_endings_are_normalised(tmp_path: Path, newline: str) -> None:
    body = f"---{newline}id: x{newline}published: 2015-08-16{newline}---{newline}"
    body += f"{KYODO}{newline}{newline}{AP}{newline}"
    f = tmp_path / "dos.txt"
    f.write_bytes(body.encode("utf-8"))
    (a,) = run(f).articles
    assert a.id == "x" and a.published == date(2015, 8, 16)
    assert a.text == f"{KYODO}\n\n{AP}"


def test_crlf_inside_json_text_is_normalised(tmp_path: Path) -> None:
    f = tmp_path / "a.json"
    f.write_text(json.dumps({"text": "One.\r\nTwo.\rThree."}), encoding="utf-8")
    assert run(f).articles[0].text == "One.\nTwo.\nThree."


@pytest.mark.parametrize(("content", "reason"), [("", "empty file"), (" \n\t\n ", "white space")])
def test_empty_and_whitespace_files(tmp_path: Path, content: str, reason: str) -> None:
    (tmp_path / "good.txt").write_text(KYODO, encoding="utf-8")
    (tmp_path / "blank.txt").write_text(content, encoding="utf-8")
    result = run(tmp_path)
    assert [a.id for a in result.articles] == ["good"]
    assert reason in only_warning(result).message
    assert (result.files_seen, result.files_skipped) == (2, 1)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "good.txt").write_text(KYODO, encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text(AP, encoding="utf-8")
    real_open = open

    def fake_open(path: str, *args: object, **kwargs: object) -> object:
        if str(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(corpus, "open", fake_open, raising=False)
    result = run(tmp_path)
    assert [a.id for a in result.articles] == ["good"]
    w = only_warning(result)
    assert w.path == str(locked) and "Permission denied" in w.message
    assert (result.files_seen, result.files_skipped) == (2, 1)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links on this system")
def test_symlink_loops(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(KYODO, encoding="utf-8")
    sub = tmp_path / "sub"
    sub.mkdir()
    (sub / "inner.txt").write_text(AP, encoding="utf-8")
    os.symlink(tmp_path, sub / "up")  # sub/up -> .. : a directory loop
    os.symlink(tmp_path / "self.txt", tmp_path / "self.txt")  # a file linked to itself
    result = run(tmp_path)
    assert [a.id for a in result.articles] == ["good", "inner"]
    text = "\n".join(messages(result))
    assert "symbolic link loop" in text
    assert "self.txt" in text
    assert (result.files_seen, result.files_skipped) == (3, 1)


def test_fifty_megabyte_file(tmp_path: Path) -> None:
    paragraph = (KYODO + " ") * 20 + "\n\n"
    f = tmp_path / "huge.txt"
    count = 50 * 1024 * 1024 // len(paragraph.encode()) + 1
    f.write_text(paragraph * count, encoding="utf-8")
    (a,) = run(f).articles
    assert len(a.text) >= 50 * 1024 * 1024 - len(paragraph)
    assert a.text.endswith(KYODO)


def test_malformed_json_file(tmp_path: Path) -> None:
    (tmp_path / "good.json").write_text(json.dumps({"text": KYODO}), encoding="utf-8")
    (tmp_path / "broken.json").write_text('{\n  "text": "half\n', encoding="utf-8")
    result = run(tmp_path)
    assert [a.id for a in result.articles] == ["good"]
    w = only_warning(result)
    assert w.path.endswith("broken.json") and w.line == 2 and "malformed JSON" in w.message


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (42, "got a number"),
        ("just a string", "got a string"),
        (None, "got null"),
        ([1, 2], "expected an article object, got a number"),
        ([], "empty"),
    ],
)
def test_json_of_the_wrong_shape(tmp_path: Path, value: object, expected: str) -> None:
    f = tmp_path / "shape.json"
    f.write_text(json.dumps(value), encoding="utf-8")
    result = run(f)
    assert result.articles == ()
    assert expected in "\n".join(messages(result))
    assert (result.files_seen, result.files_skipped) == (1, 1)


@pytest.mark.parametrize(
    "record",
    [{"id": "n1", "title": "No text"}, {"id": "n1", "text": "  "}, {"id": "n1", "text": ["x"]}],
)
def test_article_without_text(tmp_path: Path, record: dict[str, object]) -> None:
    f = tmp_path / "items.json"
    f.write_text(json.dumps([record, {"id": "ok", "text": AP}]), encoding="utf-8")
    result = run(f)
    assert [a.id for a in result.articles] == ["ok"]
    w = only_warning(result)
    assert "'n1'" in w.message and "text" in w.message


def test_unterminated_front_matter(tmp_path: Path) -> None:
    f = tmp_path / "open.txt"
    f.write_text(f"---\nid: x\ntitle: Cut off\n{KYODO}\n", encoding="utf-8")
    result = run(f)
    (a,) = result.articles
    assert a.id == "open" and a.text.startswith("---\nid: x")
    w = only_warning(result)
    assert w.line == 1 and "front matter not terminated" in w.message


def test_impossible_date_keeps_the_article_undated(tmp_path: Path) -> None:
    f = tmp_path / "story-2014-02-27.json"
    f.write_text(json.dumps({"id": "x", "text": KYODO, "published": "2014-02-30"}), "utf-8")
    result = run(f)
    (a,) = result.articles
    assert a.published is None
    bad = [w for w in result.warnings if "invalid published" in w.message]
    assert len(bad) == 1 and "2014-02-30" in bad[0].message and "day is out of range" in str(bad[0])
    assert any("1 article has no publication date: x" in m for m in messages(result))


def test_unparseable_date_string(tmp_path: Path) -> None:
    f = tmp_path / "a.json"
    f.write_text(json.dumps({"id": "x", "text": KYODO, "date": "last Tuesday"}), "utf-8")
    result = run(f)
    assert result.articles[0].published is None
    assert "expected YYYY-MM-DD" in "\n".join(messages(result))


def test_future_date_is_kept_with_a_warning(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(f"---\nid: soon\npublished: 2031-01-01\n---\n{KYODO}", encoding="utf-8")
    result = run(f)
    assert result.articles[0].published == date(2031, 1, 1)
    assert "in the future" in only_warning(result).message


def test_many_future_dates_are_summed_up_past_the_first_few(tmp_path: Path) -> None:
    f = tmp_path / "nhk-feed.jsonl"
    f.write_text(
        "".join(
            json.dumps({"id": f"nhk-{i}", "text": KYODO, "published": f"2040-05-{i:02d}"}) + "\n"
            for i in range(1, 9)
        ),
        encoding="utf-8",
    )
    result = run(f)
    assert len(result.articles) == 8
    shown = [str(w) for w in result.warnings]
    assert shown[:5] == [
        f"{f}:{i}: article 'nhk-{i}': published 2040-05-{i:02d} is in the future; kept as given"
        for i in range(1, 6)
    ]
    assert shown[5:] == ["3 more articles have a publication date in the future; kept as given"]


def test_duplicate_ids_are_made_unique(tmp_path: Path) -> None:
    f = tmp_path / "dup.jsonl"
    f.write_text(
        "\n".join(
            json.dumps({"id": i, "text": KYODO, "published": "2019-01-01"})
            for i in ("k", "k", "k-2", "k")
        ),
        encoding="utf-8",
    )
    result = run(f)
    assert [a.id for a in result.articles] == ["k", "k-2", "k-2-2", "k-3"]
    assert len(result.warnings) == 3 and all("duplicate" in m for m in messages(result))


def test_undated_articles_are_named_in_one_warning(tmp_path: Path) -> None:
    for name in ("b", "a", "c"):
        (tmp_path / f"{name}.txt").write_text(KYODO, encoding="utf-8")
    (tmp_path / "d-2020-01-01.txt").write_text(KYODO, encoding="utf-8")
    result = run(tmp_path)
    assert messages(result) == [
        "3 articles have no publication date: a, b, c; relative dates stay unresolved"
    ]


def test_front_matter_line_that_is_not_key_value(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(f"---\nid: a\njust words\npublished: 2019-01-01\n---\n{KYODO}", "utf-8")
    result = run(f)
    assert result.articles[0].published == date(2019, 1, 1)
    w = only_warning(result)
    assert w.line == 3 and "key: value" in w.message


def test_non_string_fields(tmp_path: Path) -> None:
    f = tmp_path / "a.json"
    f.write_text(json.dumps({"text": KYODO, "title": {"x": 1}, "source": 5}), "utf-8")
    result = run(f)
    a = result.articles[0]
    assert a.title is None and a.source == "5"
    assert "'title' is an object" in only_warning(result).message


# --- accounting and helpers ----------------------------------------------------------------


def test_fuzz_corpus_accounts_for_every_file(tmp_path: Path) -> None:
    """A few hundred malformed files: articles loaded + files skipped == files offered."""
    rng = random.Random(20240110)
    makers = [
        lambda: ("txt", KYODO.encode()),
        lambda: ("txt", b""),
        lambda: ("txt", b"   \n\n"),
        lambda: ("txt", bytes(rng.randrange(256) for _ in range(rng.randrange(1, 300)))),
        lambda: ("txt", b"---\nid: q\n" + KYODO.encode()),
        lambda: ("txt", "\ufeff".encode() + AP.encode()),
        lambda: ("md", "\u00e9t\u00e9 \u2014 caf\u00e9".encode("latin-1", "replace")),
        lambda: ("json", json.dumps({"text": AP, "published": "2014-02-30"}).encode()),
        lambda: ("json", b'{"text": '),
        lambda: ("json", b"[1, 2, 3]"),
        lambda: ("json", json.dumps({"title": "no text"}).encode()),
        lambda: ("jsonl", b'{"text": "x."}\n{bad\n'),
        lambda: ("jsonl", b"\n\n"),
        lambda: ("txt", KYODO.encode("utf-16")),
        lambda: ("json", json.dumps({"id": "same", "text": YONHAP}).encode()),
    ]
    offered = 300
    for i in range(offered):
        suffix, data = rng.choice(makers)()
        (tmp_path / f"f{i:03d}.{suffix}").write_bytes(data)
    result = run(tmp_path)
    assert result.files_seen == offered
    assert len(result.articles) + result.files_skipped == offered
    assert len({a.id for a in result.articles}) == len(result.articles)
    for w in result.warnings:
        assert "\n" not in str(w)


def test_iter_articles_streams_and_counts(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(KYODO, encoding="utf-8")
    (tmp_path / "b.txt").write_text("", encoding="utf-8")
    seen: list[LoadWarning] = []
    stats = LoadStats()
    stream = iter_articles([str(tmp_path)], seen.append, stats=stats, today=TODAY)
    first = next(stream)
    assert first.id == "a" and stats.files_seen == 1
    assert list(stream) == []
    assert (stats.files_seen, stats.files_skipped, stats.undated) == (2, 1, ["a"])
    assert [w.message.split(";")[0] for w in seen] == [
        "empty file",
        "1 article has no publication date: a",
    ]


def test_load_warning_str() -> None:
    assert str(LoadWarning("a.jsonl", 3, "bad")) == "a.jsonl:3: bad"
    assert str(LoadWarning("a.txt", None, "bad")) == "a.txt: bad"
    assert str(LoadWarning("", None, "summary")) == "summary"


def test_describe_paths() -> None:
    result = LoadResult((), (), 3, 3)
    message = corpus.describe_paths(["/data/news", "-"], result)
    assert "/data/news" in message and "<stdin>" in message and "3 files read" in message


def test_default_corpus_paths(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("NKJP_CORPUS", os.pathsep.join([str(tmp_path), "other"]))
    assert corpus.default_corpus_paths() == [str(tmp_path), "other"]
    monkeypatch.delenv("NKJP_CORPUS")
    (seeds,) = corpus.default_corpus_paths()
    assert Path(seeds) == corpus.bundled_seeds_dir()


def test_bundled_seeds_load() -> None:
    result = load([str(corpus.bundled_seeds_dir())], today=TODAY)
    assert result.warnings == ()
    assert [(a.id, a.published, a.source) for a in result.articles] == [
        ("000_b514ca128f1c065c", date(2024, 1, 10), "Kyodo News"),
        ("002_4c84cae7e1c89762", date(2014, 3, 4), "The Japan Times"),
    ]
    assert not result.articles[0].text.startswith("---")
