"""The nkjp command through Typer's CliRunner: stdout (parsed JSON), stderr and exit codes.

Most tests swap the parser for tests/fake_parser.py so they check querying and rendering only;
the seed tests at the end run the real pipeline on the bundled articles.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import fake_parser
import pytest
from typer.testing import CliRunner

from nkjp import __version__
from nkjp.cli import app
from nkjp.models import Mention

HERE = Path(__file__).parent

YONHAP_TEXT = (
    "EVENT 2022-10-04 | North Korea | North Korea fired a ballistic missile over Japan.\n"
    "QUOTE indirect | Yoon Suk Yeol | the launch was a reckless provocation"
)
AP_TEXT = (
    "EVENT 2019-02-28 | Donald Trump, Kim Jong Un | Trump and Kim ended talks in Hanoi.\n"
    "EVENT - | Kim Jong Un | Kim said talks would go on.\n"
    "QUOTE partial | Donald Trump | Sometimes you have to walk"
)
KYODO = """---
id: kyodo-0412
title: Japan, South Korea leaders meet
source: Kyodo News
published: 2023-04-12
---
EVENT 2023-03-16 | Yoon Suk Yeol, Fumio Kishida | Yoon and Kishida met [in Tokyo] in March.
QUOTE direct | Fumio Kishida | A new chapter [in ties] has opened.
"""
NHK = {
    "id": "nhk-55",
    "title": "Missile year",
    "source": "NHK",
    "published": "2017-09-15",
    "text": "EVENT 2017 | North Korea | North Korea tested missiles throughout the year.",
    "tags": ["ignored"],
}


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A private cache dir, no NKJP_CORPUS from the caller, a wide plain terminal."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("NKJP_CORPUS", raising=False)
    monkeypatch.setenv("COLUMNS", "200")


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("nkjp.parallel._parse", fake_parser.parse)


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    """Three files in three formats, as --corpus arguments in a fixed order."""
    root = tmp_path / "news"
    root.mkdir()
    feed = root / "feed.jsonl"
    feed.write_text(
        json.dumps({"id": "yna-0901", "title": "N. Korea fires missile", "source": "Yonhap",
                    "published": "2022-10-04", "text": YONHAP_TEXT}) + "\n"
        + json.dumps({"id": "ap-77", "title": "Talks stall", "source": "AP",
                      "published": "2019-02-28", "text": AP_TEXT}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    (root / "kyodo.txt").write_text(KYODO, encoding="utf-8")
    (root / "nhk.json").write_text(json.dumps(NHK), encoding="utf-8")
    return ["--corpus", str(feed), "--corpus", str(root / "kyodo.txt"),
            "--corpus", str(root / "nhk.json")]  # fmt: skip


def run(*args: str, env: dict[str, str] | None = None, input: str | None = None):  # noqa: ANN201
    return CliRunner().invoke(app, list(args), env=env, input=input)


def records(result) -> list[dict]:  # noqa: ANN001
    assert result.exit_code == 0, (result.exit_code, result.stderr, result.exception)
    return [json.loads(line) for line in result.stdout.splitlines()]


# -- output formats ------------------------------------------------------------------------


def test_events_jsonl_is_the_default_off_a_terminal(fake, corpus):  # noqa: ANN001
    result = run("events", *corpus)
    assert result.stderr == ""  # no warnings, no progress bar off a terminal
    found = records(result)
    assert [e["id"] for e in found] == [
        "yna-0901#e1", "ap-77#e1", "ap-77#e2", "kyodo-0412#e1", "nhk-55#e1",
    ]  # fmt: skip
    start = YONHAP_TEXT.index("North Korea fired")
    assert found[0] == {
        "id": "yna-0901#e1", "article": "yna-0901", "date": "2022-10-04",
        "start": "2022-10-04", "end": "2022-10-04", "precision": "day",
        "date_text": "2022-10-04", "actors": ["North Korea"], "action": "did",
        "sentence": "North Korea fired a ballistic missile over Japan.",
        "span": [start, start + len("North Korea fired a ballistic missile over Japan.")],
        "in_caption": False, "date_span": [0, 0], "anchor": "absolute", "in_quote": False,
    }  # fmt: skip


def test_json_format_is_one_array(fake, corpus):  # noqa: ANN001
    result = run("quotes", *corpus, "--format", "json")
    assert result.exit_code == 0
    found = json.loads(result.stdout)
    assert [(q["speaker"], q["kind"], q["text"]) for q in found] == [
        ("Yoon Suk Yeol", "indirect", "the launch was a reckless provocation"),
        ("Donald Trump", "partial", "Sometimes you have to walk"),
        ("Fumio Kishida", "direct", "A new chapter [in ties] has opened."),
    ]
    assert list(found[0])[:11] == ["id", "article", "speaker", "speaker_text", "named", "text",
                                   "kind", "cue", "date", "sentence", "span"]  # fmt: skip


def test_csv_format_has_header_and_rows(fake, corpus):  # noqa: ANN001
    result = run("events", *corpus, "--format", "csv", "--limit", "2")
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0][:4] == ["id", "article", "date", "start"]
    assert [r[0] for r in rows[1:]] == ["yna-0901#e1", "ap-77#e1"]
    assert rows[2][7] == "Donald Trump; Kim Jong Un"


def test_limit(fake, corpus):  # noqa: ANN001
    assert len(records(run("events", *corpus, "--limit", "1"))) == 1
    assert records(run("events", *corpus, "-n", "0")) == []


def test_empty_result_is_empty_array_or_nothing(fake, corpus):  # noqa: ANN001
    result = run("events", *corpus, "--keyword", "zeppelin", "--format", "json")
    assert (result.exit_code, result.stdout) == (0, "[]\n")
    result = run("events", *corpus, "--keyword", "zeppelin", "--format", "jsonl")
    assert (result.exit_code, result.stdout) == (0, "")


def test_table_keeps_square_brackets(fake, corpus):  # noqa: ANN001
    result = run("quotes", *corpus, "--format", "table")
    assert result.exit_code == 0
    assert "[in ties]" in result.stdout


def test_table_with_no_color_in_40_columns(fake, corpus):  # noqa: ANN001
    env = {"NO_COLOR": "1", "FORCE_COLOR": "1", "COLUMNS": "40"}
    result = run("events", *corpus, "--format", "table", env=env)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines and all(len(line) <= 40 for line in lines if "\x1b" not in line)
    assert "\x1b[3" not in result.stdout and "\x1b[9" not in result.stdout  # no colours


def test_timeline_orders_by_date_undated_last(fake, corpus):  # noqa: ANN001
    found = records(run("timeline", *corpus))
    assert [e["date"] for e in found] == ["2017", "2019-02-28", "2022-10-04", "2023-03-16", None]
    table = run("timeline", *corpus, "--format", "table")
    assert table.exit_code == 0
    for label in ("2017", "2019-02", "2022-10", "2023-03", "undated"):
        assert label in table.stdout


# -- filters -------------------------------------------------------------------------------


def test_actor_filter_name_part(fake, corpus):  # noqa: ANN001
    found = records(run("events", *corpus, "--actor", "Yoon"))
    assert [e["id"] for e in found] == ["kyodo-0412#e1"]


def test_ambiguous_actor_is_named_on_stderr(fake, tmp_path):  # noqa: ANN001
    path = tmp_path / "nk.jsonl"
    path.write_text(
        json.dumps({"id": "kcna-9", "published": "2018-02-09", "text": (
            "EVENT 2018-02-09 | Kim Yo Jong | Kim Yo Jong arrived in Seoul.\n"
            "EVENT 2018-02-10 | Kim Jong Un, Moon Jae-in | Kim invited Moon to Pyongyang.\n"
            "EVENT 2018-02-11 | Moon Jae-in | Moon attended the Winter Olympics.")}) + "\n"
    )  # fmt: skip
    result = run("events", "--corpus", str(path), "--actor", "Kim")
    assert [e["id"] for e in records(result)] == ["kcna-9#e1", "kcna-9#e2"]
    assert result.stderr == "nkjp: 'Kim' matches Kim Yo Jong, Kim Jong Un\n"


def test_repeated_actor_widens(fake, corpus):  # noqa: ANN001
    found = records(run("events", *corpus, "--actor", "Trump", "--actor", "Kishida"))
    assert [e["id"] for e in found] == ["ap-77#e1", "kyodo-0412#e1"]


def test_actor_typo_is_tolerated(fake, corpus):  # noqa: ANN001
    found = records(run("events", *corpus, "--actor", "Kishda"))
    assert [e["id"] for e in found] == ["kyodo-0412#e1"]


def test_actor_matching_nothing_exits_1_with_closest(fake, corpus):  # noqa: ANN001
    result = run("events", *corpus, "--actor", "Zelensky", "--format", "json")
    assert result.exit_code == 1
    assert result.stdout == "[]\n"
    assert result.stderr.startswith("nkjp: error: no actor matches 'Zelensky'")
    assert len(result.stderr.splitlines()) == 1


def test_source_filter_and_kind(fake, corpus):  # noqa: ANN001
    found = records(run("quotes", *corpus, "--source", "Kishida"))
    assert [q["id"] for q in found] == ["kyodo-0412#q1"]
    found = records(run("quotes", *corpus, "--kind", "partial"))
    assert [q["speaker"] for q in found] == ["Donald Trump"]


def test_since_until_window_overlap(fake, corpus):  # noqa: ANN001
    found = records(run("events", *corpus, "--since", "2019-01-01", "--until", "2022-12-31"))
    assert [e["id"] for e in found] == ["yna-0901#e1", "ap-77#e1"]
    # --until 2017 includes all of 2017; the year-precision event overlaps a day in it.
    assert [e["id"] for e in records(run("events", *corpus, "--until", "2017"))] == ["nhk-55#e1"]
    found = records(run("events", *corpus, "--since", "2017-09-15", "--until", "2017-09-15"))
    assert [e["id"] for e in found] == ["nhk-55#e1"]


def test_keywords_whole_word_all_must_match(fake, corpus):  # noqa: ANN001
    found = records(run("events", *corpus, "-k", "KIM", "-k", "hanoi"))
    assert [e["id"] for e in found] == ["ap-77#e1"]
    assert records(run("events", *corpus, "-k", "missil")) == []


def test_article_filter(fake, corpus):  # noqa: ANN001
    found = records(run("events", *corpus, "--article", "ap-77"))
    assert [e["id"] for e in found] == ["ap-77#e1", "ap-77#e2"]
    result = run("events", *corpus, "--article", "kcna-1")
    assert result.exit_code == 1
    assert "no article 'kcna-1'" in result.stderr


# -- other commands ------------------------------------------------------------------------


def test_articles_lists_metadata_and_counts(fake, corpus):  # noqa: ANN001
    result = run("articles", *corpus)
    found = records(result)
    assert [(a["id"], a["source"], a["published"], a["events"], a["quotes"]) for a in found] == [
        ("yna-0901", "Yonhap", "2022-10-04", 1, 1),
        ("ap-77", "AP", "2019-02-28", 2, 1),
        ("kyodo-0412", "Kyodo News", "2023-04-12", 1, 1),
        ("nhk-55", "NHK", "2017-09-15", 1, 0),
    ]
    assert list(found[0]) == ["id", "title", "source", "url", "published", "path", "events",
                              "quotes"]  # fmt: skip
    assert found[2]["title"] == "Japan, South Korea leaders meet"
    assert found[2]["path"].endswith("kyodo.txt")
    assert result.stderr.splitlines()[-1] == "4 articles from 3 files; 0 files skipped"


def test_articles_summary_counts_skipped_files(fake, tmp_path):  # noqa: ANN001
    (tmp_path / "good.txt").write_text("EVENT 2021-06-01 | Seoul | Talks began.\n")
    (tmp_path / "broken.json").write_text('{"text": "cut off')
    (tmp_path / "blank.md").write_text("  \n")
    result = run("articles", "--corpus", str(tmp_path))
    assert result.exit_code == 0
    assert [a["id"] for a in records(result)] == ["good"]
    assert result.stderr.splitlines()[-1] == "1 article from 3 files; 2 files skipped"


def test_actors_lists_and_finds(fake, corpus):  # noqa: ANN001
    found = records(run("actors", *corpus))
    by_name = {a["name"]: a for a in found}
    assert by_name["North Korea"]["mentions"] == 2
    assert by_name["North Korea"]["articles"] == ["yna-0901", "nhk-55"]
    assert list(found[0])[:5] == ["name", "type", "aliases", "mentions", "articles"]
    one = records(run("actors", "Trump", *corpus))
    assert [a["name"] for a in one] == ["Donald Trump"]
    assert one[0]["articles"] == ["ap-77"]
    table = run("actors", "Trump", *corpus, "--format", "table")
    assert table.exit_code == 0 and "Talks stall" in table.stdout
    missing = run("actors", "Zelensky", *corpus)
    assert missing.exit_code == 1 and "Zelensky" in missing.stderr


MENTION = re.compile(r"^MENTION (\S+) \| (\w+) \| (.+)$", re.M)


@pytest.fixture
def fake_mentions(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fake parser, plus a mention for each "MENTION rule | type | actor" line."""

    def parse(article):  # noqa: ANN001, ANN202
        found = fake_parser.parse(article)
        extra = [
            Mention(m.start(3), m.end(3), m[3], m[3], m[2], m[1])
            for m in MENTION.finditer(article.text)
        ]
        mentions = tuple(sorted((*found.mentions, *extra), key=lambda x: x.start))
        return dataclasses.replace(found, mentions=mentions)

    monkeypatch.setattr("nkjp.parallel._parse", parse)


PNA_TEXT = (
    "EVENT 2024-05-02 | Philippine Coast Guard | The coast guard searched the pier.\n"
    "QUOTE direct | Marina Santos | The pier is safe\n"
    "MENTION unnamed | group | Chinese fishermen\n"
    "MENTION unnamed | group | four Chinese fishermen\n"
    "MENTION unnamed | person | the teenager\n"
    "MENTION pronoun | person | A port official\n"
)


@pytest.fixture
def manila(tmp_path: Path) -> list[str]:
    path = tmp_path / "pna.jsonl"
    row = {"id": "pna-31", "published": "2024-05-03", "text": PNA_TEXT}
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    return ["--corpus", str(path)]


NAMED_ACTORS = ["Chinese fishermen", "Marina Santos", "Philippine Coast Guard"]
UNNAMED_ACTORS = ["A port official", "the teenager", "four Chinese fishermen"]


def test_actors_lists_named_actors_unless_all(fake_mentions, manila):  # noqa: ANN001
    for args, want in (((), NAMED_ACTORS), (("--all",), NAMED_ACTORS + UNNAMED_ACTORS)):
        jsonl = [a["name"] for a in records(run("actors", *manila, *args))]
        assert sorted(jsonl) == sorted(want)
        as_json = run("actors", *manila, *args, "--format", "json")
        assert [a["name"] for a in json.loads(as_json.stdout)] == jsonl
        as_csv = run("actors", *manila, *args, "--format", "csv")
        rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
        assert [r["name"] for r in rows] == jsonl
        table = run("actors", *manila, *args, "--format", "table")
        assert ("the teenager" in table.stdout) is bool(args)
        assert "Marina Santos" in table.stdout


def test_actors_say_whether_each_is_named(fake_mentions, manila):  # noqa: ANN001
    """`--all` mixes named actors and unnamed references: `named` tells them apart."""
    want = {**dict.fromkeys(NAMED_ACTORS, True), **dict.fromkeys(UNNAMED_ACTORS, False)}
    as_json = json.loads(run("actors", *manila, "--all", "--format", "json").stdout)
    assert {a["name"]: a["named"] for a in as_json} == want
    as_csv = run("actors", *manila, "--all", "--format", "csv").stdout
    rows = csv.DictReader(io.StringIO(as_csv))
    assert {r["name"]: r["named"] for r in rows} == {k: str(v).lower() for k, v in want.items()}
    assert all(a["named"] for a in records(run("actors", *manila)))


def test_actors_query_names_unnamed_references_it_left_out(fake_mentions, manila):  # noqa: ANN001
    result = run("actors", "the teenager", *manila)
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        "nkjp: error: no actor matches 'the teenager' (unnamed references do: the teenager; "
        "add --all)\n"
    )
    assert [a["name"] for a in records(run("actors", "the teenager", "--all", *manila))] == [
        "the teenager"
    ]
    help_text = run("actors", "--help").stdout
    assert "--all" in help_text and "nkjp actors --all" in help_text


def test_show_plain_marks_quotes_and_dates(fake, corpus):  # noqa: ANN001
    result = run("show", "kyodo-0412", *corpus)
    assert result.exit_code == 0
    assert "QUOTE direct | Fumio Kishida | «A new chapter [in ties] has opened.»" in result.stdout
    assert "EVENT [2023-03-16] |" in result.stdout
    doc = json.loads(run("show", "kyodo-0412", *corpus, "--format", "json").stdout)
    assert doc["article"]["id"] == "kyodo-0412"
    assert [q["speaker"] for q in doc["quotes"]] == ["Fumio Kishida"]


def test_show_json_is_the_records_of_the_other_commands(fake, corpus):  # noqa: ANN001
    """One object: the `nkjp articles` record, the text, and the very records (same fields,
    same order) `nkjp events` and `nkjp quotes` give for the article."""
    result = run("show", "ap-77", *corpus, "--format", "json")
    assert (result.exit_code, result.stderr) == (0, "")
    doc = json.loads(result.stdout)
    assert list(doc) == ["article", "text", "events", "quotes"]
    listed = records(run("articles", *corpus))
    assert doc["article"] == next(a for a in listed if a["id"] == "ap-77")
    assert doc["text"] == AP_TEXT
    for kind in ("events", "quotes"):
        listed = run(kind, *corpus, "--article", "ap-77", "--format", "json")
        assert doc[kind] == json.loads(listed.stdout)
    assert [e["id"] for e in doc["events"]] == ["ap-77#e1", "ap-77#e2"]


def _on_a_terminal(args: list[str], tmp_path: Path, columns: int = 30) -> str:
    """What ``nkjp ARGS`` writes to a terminal ``columns`` wide (stdout a pseudo-terminal, so
    nkjp and Rich both see one), and whether Rich's console was imported (on stderr)."""
    pty = pytest.importorskip("pty")
    code = (
        f"import sys\nsys.argv = ['nkjp', *{args!r}]\nfrom nkjp.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write(str('rich.console' in sys.modules))"
    )
    env = {**os.environ, "COLUMNS": str(columns), "XDG_CACHE_HOME": str(tmp_path / "c")}
    master, slave = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=slave, stderr=subprocess.PIPE, env=env, cwd=HERE.parent
    )
    os.close(slave)
    out = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the terminal closed with the child
            break
        if not chunk:
            break
        out.append(chunk)
    err = proc.communicate(timeout=120)[1].decode()
    os.close(master)
    assert proc.returncode == 0 and err.endswith("False"), err
    return b"".join(out).decode().replace("\r\n", "\n")


def test_json_never_passes_through_rich_even_on_a_narrow_terminal(tmp_path):  # noqa: ANN001
    seed_id = "002_4c84cae7e1c89762"
    for args in (["show", seed_id, "--format", "json"], ["events", "--format", "json"]):
        shown = _on_a_terminal(args, tmp_path)
        piped = subprocess.run(
            [sys.executable, "-m", "nkjp", *args], capture_output=True, text=True,
            cwd=HERE.parent, env={**os.environ, "XDG_CACHE_HOME": str(tmp_path / "c")},
        ).stdout  # fmt: skip
        assert shown == piped  # no wrapping at 30 columns, no colour codes
        assert json.loads(shown)


def test_show_unknown_article_is_exit_1(fake, corpus):  # noqa: ANN001
    result = run("show", "kcna-404", *corpus)
    assert result.exit_code == 1
    assert result.stderr == (
        "nkjp: error: no article 'kcna-404' in the corpus (`nkjp articles` lists them)\n"
    )


def test_stdin_corpus(fake):  # noqa: ANN001
    line = json.dumps({"id": "nk-news-1", "published": "2020-06-16", "text": YONHAP_TEXT})
    found = records(run("events", "--corpus", "-", input=line + "\n"))
    assert [e["article"] for e in found] == ["nk-news-1"]


def test_nkjp_corpus_variable(fake, corpus):  # noqa: ANN001
    env = {"NKJP_CORPUS": os.pathsep.join(corpus[1::2])}
    found = records(run("articles", env=env))
    assert [a["id"] for a in found] == ["yna-0901", "ap-77", "kyodo-0412", "nhk-55"]


def test_cache_gives_identical_output_and_survives_corruption(fake, corpus, tmp_path):  # noqa: ANN001
    first = run("events", *corpus)
    root = tmp_path / "cache" / "nkjp"
    articles, files = list(root.glob("parsed/*/*.pickle")), list(root.glob("files/*/*.pickle"))
    assert (len(articles), len(files)) == (4, 3)  # one entry per article and per corpus file
    warm = run("events", *corpus)
    assert (warm.stdout, warm.stderr) == (first.stdout, first.stderr)
    for entry in articles + files:
        entry.write_bytes(b"not a pickle")
    assert run("events", *corpus).stdout == first.stdout
    assert run("events", *corpus, "--no-cache").stdout == first.stdout
    cleared = run("cache", "clear")
    assert cleared.exit_code == 0
    assert "removed 4 cached articles and 3 cached files" in cleared.stderr
    assert not list(root.rglob("*.pickle"))


@pytest.fixture
def parsed_ids(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The fake parser, noting the id of every article it parses."""
    seen: list[str] = []

    def parse(article):  # noqa: ANN001, ANN202
        seen.append(article.id)
        return fake_parser.parse(article)

    monkeypatch.setattr("nkjp.parallel._parse", parse)
    return seen


def test_changed_file_is_reparsed_others_come_from_cache(parsed_ids, corpus, monkeypatch):  # noqa: ANN001
    from nkjp import corpus as reader

    read: list[str] = []
    read_file = reader._read_file
    monkeypatch.setattr(reader, "_read_file", lambda p, w: read.append(p) or read_file(p, w))
    run("events", *corpus)
    assert parsed_ids == ["yna-0901", "ap-77", "kyodo-0412", "nhk-55"]
    parsed_ids.clear(), read.clear()
    assert records(run("events", *corpus)) and parsed_ids == read == []  # warm: nothing read
    kyodo = Path(corpus[3])
    kyodo.write_text(KYODO.replace("in March", "in mid-March"), encoding="utf-8")
    changed = run("events", *corpus)
    assert parsed_ids == ["kyodo-0412"] and read == [str(kyodo)]
    assert "in mid-March" in changed.stdout
    parsed_ids.clear()
    feed = Path(corpus[1])  # one article of two changed: only that one is parsed again
    feed.write_text(feed.read_text("utf-8").replace("ended talks", "cut short talks"), "utf-8")
    again = run("events", *corpus)
    assert parsed_ids == ["ap-77"]
    assert again.stdout == run("events", *corpus, "--no-cache").stdout


def test_file_warnings_repeat_on_a_warm_run(fake, tmp_path):  # noqa: ANN001
    feed = tmp_path / "wire.jsonl"
    feed.write_text(
        json.dumps({"id": "rt-1", "published": "2016-01-06", "text": YONHAP_TEXT}) + "\n"
        "{not json\n"
        + json.dumps({"id": "rt-2", "published": "2999-01-01", "text": AP_TEXT}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    cold = run("events", "--corpus", str(feed))
    assert f"warning: {feed}:2: malformed JSON line" in cold.stderr
    assert f"warning: {feed}:3: article 'rt-2': published 2999-01-01 is in the future" in (
        cold.stderr
    )
    warm = run("events", "--corpus", str(feed))
    assert list((tmp_path / "cache" / "nkjp" / "files").rglob("*.pickle"))
    assert (warm.stdout, warm.stderr) == (cold.stdout, cold.stderr)
    fresh = run("events", "--corpus", str(feed), "--no-cache")
    assert (fresh.stdout, fresh.stderr) == (cold.stdout, cold.stderr)


def test_cached_file_whose_id_an_earlier_file_now_takes_is_renamed(parsed_ids, tmp_path):  # noqa: ANN001
    first, second = tmp_path / "a-first.json", tmp_path / "b-second.json"
    first.write_text(json.dumps({"id": "nhk-1", "text": YONHAP_TEXT}), encoding="utf-8")
    second.write_text(json.dumps({"id": "nhk-2", "text": AP_TEXT}), encoding="utf-8")
    run("articles", "--corpus", str(tmp_path))
    first.write_text(json.dumps({"id": "nhk-2", "text": YONHAP_TEXT}), encoding="utf-8")
    warm = run("articles", "--corpus", str(tmp_path))
    assert [a["id"] for a in records(warm)] == ["nhk-2", "nhk-2-2"]
    assert "duplicate article id 'nhk-2'" in warm.stderr
    fresh = run("articles", "--corpus", str(tmp_path), "--no-cache")
    assert (warm.stdout, warm.stderr) == (fresh.stdout, fresh.stderr)


def test_jobs_give_identical_output(fake, tmp_path):  # noqa: ANN001
    from nkjp.parallel import PARALLEL_MIN

    lines = [
        json.dumps({"id": f"a{i:04d}", "published": "2021-01-01",
                    "text": f"EVENT 2021-01-{1 + i % 28:02d} | North Korea | Event number {i}."})
        for i in range(PARALLEL_MIN + 50)
    ]  # fmt: skip
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one = run("timeline", "--corpus", str(path), "--jobs", "1", "--no-cache")
    many = run("timeline", "--corpus", str(path), "--jobs", "3", "--no-cache")
    assert one.exit_code == many.exit_code == 0
    assert many.stdout == one.stdout
    assert len(one.stdout.splitlines()) == PARALLEL_MIN + 50


def test_cache_and_jobs_give_identical_output_across_files(fake, tmp_path):  # noqa: ANN001
    from nkjp.parallel import PARALLEL_MIN

    folder = tmp_path / "wire"
    folder.mkdir()
    for f in range(5):
        (folder / f"part-{f}.jsonl").write_text(
            "".join(
                json.dumps({"id": f"k{f}-{i}", "published": "2018-06-12",
                            "text": f"EVENT 2018-06-{1 + i % 28:02d} | Kim Jong Un | Item {i}."})
                + "\n"
                for i in range(PARALLEL_MIN // 2)
            ),
            encoding="utf-8",
        )  # fmt: skip
    args = ("timeline", "--corpus", str(folder))
    fresh = run(*args, "--jobs", "1", "--no-cache")
    cold = run(*args, "--jobs", "3")
    warm = run(*args, "--jobs", "2")
    assert fresh.exit_code == cold.exit_code == warm.exit_code == 0
    assert fresh.stdout == cold.stdout == warm.stdout
    assert len(fresh.stdout.splitlines()) == 5 * (PARALLEL_MIN // 2)


# -- errors and exit codes -----------------------------------------------------------------


def test_version_and_help():
    assert run("--version").stdout == f"nkjp {__version__}\n"
    for command in ("events", "quotes", "timeline", "actors", "articles", "show", "cache clear"):
        result = run(*command.split(), "--help")
        assert result.exit_code == 0
        assert "Examples:" in result.stdout and f"nkjp {command}" in result.stdout
    top = run("--help")
    assert top.exit_code == 0 and "Examples:" in top.stdout and "--traceback" in top.stdout


def test_help_and_version_import_no_stage_or_heavy_library():
    """`nkjp --help` stays near the cost of importing typer: no pipeline, cache or Rich."""
    import subprocess
    import sys

    code = (
        "import sys; sys.argv = ['nkjp', '--help']\n"
        "from nkjp.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ('nkjp.pipeline', 'nkjp.parallel', 'nkjp.cache', 'nkjp.corpus', 'rich.console',"
        " 'dateparser', 'rapidfuzz')\n"
        "print(sorted(m for m in heavy if m in sys.modules), file=sys.stderr)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0
    assert done.stderr.strip().splitlines()[-1] == "[]"


def test_bad_since_is_a_usage_error_naming_the_value(fake, corpus):  # noqa: ANN001
    result = run("events", *corpus, "--since", "the blue moon")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "nkjp: error: --since: 'the blue moon' is not a date (try 2014, 'March 2014', "
        "2014-03-03 or '2 years ago')\n"
    )


def test_bad_format_and_unknown_option_exit_2(fake, corpus):  # noqa: ANN001
    result = run("events", *corpus, "--format", "xml")
    assert result.exit_code == 2 and "xml" in result.stderr
    result = run("events", "--colour")
    assert result.exit_code == 2 and "--colour" in result.stderr
    result = run("quotes", "--kind", "rumour")
    assert result.exit_code == 2 and "rumour" in result.stderr


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["events", "--format", "xml"],
         2, "invalid value for '--format' / '-f': 'xml' is not one of 'table', 'json', 'jsonl', "
            "'csv' (see `nkjp events --help`)"),
        (["show", "ap-77", "--format", "csv"],
         2, "invalid value for '--format' / '-f': 'csv' is not one of 'text', 'json' (see `nkjp "
            "show --help`)"),
        (["quotes", "--kind", "rumour"], 2, "'rumour' is not one of"),
        (["events", "--limit", "ten"], 2, "invalid value for '--limit' / '-n': 'ten'"),
        (["events", "--jobs", "0"], 2, "invalid value for '--jobs' / '-j': 0 is not in the range"),
        (["events", "--jobs", "100000"], 2, "'--jobs' / '-j': 100000 is not in the range"),
        (["events", "--volume"], 2, "no such option: --volume (see `nkjp events --help`)"),
        (["--volume", "events"], 2, "no such option: --volume (see `nkjp --help`)"),
        (["evnets"], 2, "no such command 'evnets'. Did you mean 'events'? (see `nkjp --help`)"),
        (["cache", "purge"], 2, "no such command 'purge' (see `nkjp cache --help`)"),
        (["show"], 2, "missing argument 'ARTICLE' (see `nkjp show --help`)"),
        (["actors", "Moon", "Yoon"], 2, "got unexpected extra argument(s) (Yoon)"),
        (["events", "--since", "-5"], 2, "--since: '-5' is not a date"),
        (["events", "--since", "12"], 2, "--since: '12' is not a date"),
        (["events", "--until", "2019-02-30"], 2, "--until: '2019-02-30' is not a date"),
        (["events", "--since", "2020", "--until", "2019"],
         2, "--since '2020' is after --until '2019'"),
        (["events", "--actor", ""], 2, "invalid value for '--actor' / '-a': '' is blank"),
        (["quotes", "--source", " "], 2, "invalid value for '--source' / '-s': ' ' is blank"),
        (["events", "--keyword", ""], 2, "invalid value for '--keyword' / '-k': '' is blank"),
        (["events", "--article", ""], 2, "invalid value for '--article': '' is blank"),
        (["events", "--corpus", ""], 2, "invalid value for '--corpus' / '-c': '' is blank"),
        (["actors", ""], 2, "'' is blank (see `nkjp actors --help`)"),
        (["show", ""], 2, "'' is blank (see `nkjp show --help`)"),
        (["show", "kcna-404"],
         1, "no article 'kcna-404' in the corpus (`nkjp articles` lists them)"),
        (["events", "--article", "kcna-404"], 1, "no article 'kcna-404' in the corpus"),
        (["quotes", "--source", "Zelensky"], 1, "no actor matches 'Zelensky'"),
    ],
)  # fmt: skip
def test_user_mistakes_are_one_line_with_the_value_and_the_exit_code(
    fake, corpus, args, code, message
):  # noqa: ANN001
    """Each mistake: its exit code, nothing on stdout, one line on stderr naming the value."""
    result = run(*args, *(corpus if args[0] in ("events", "quotes", "show", "actors") else ()))
    assert result.exit_code == code
    assert result.stdout == ""
    assert result.stderr.startswith("nkjp: error: ") and result.stderr.count("\n") == 1
    assert message in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("args", "command"),
    [(["events", "-f"], "events"), (["quotes", "--kind"], "quotes"), (["show", "x", "-f"], "show")],
)
def test_an_option_missing_its_value_points_to_its_commands_help(fake, args, command):  # noqa: ANN001
    """Click raises "requires an argument" without a context: the command is still named."""
    result = run(*args)
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr.endswith(f"requires an argument (see `nkjp {command} --help`)\n")


def test_bare_commands_show_help(fake):  # noqa: ANN001
    for args in ([], ["cache"]):
        result = run(*args)
        assert result.exit_code == 2 and "Usage:" in result.stdout + result.stderr


def test_bad_corpus_paths_say_what_is_wrong(fake, tmp_path, monkeypatch):  # noqa: ANN001
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "plan.rst").write_text("Not an article.", encoding="utf-8")
    (notes / "scan.png").write_bytes(b"\x89PNG\r\n")
    binary = tmp_path / "dump.json"
    binary.write_bytes(b"\x00\x01\xff garbage")
    latin = tmp_path / "hankyoreh.txt"
    latin.write_bytes("EVENT 2019-07-01 | Moon Jae-in | Moon visited Pyeongtaek caf\xe9.".encode(
        "latin-1"))  # fmt: skip
    cases = [
        ([str(tmp_path / "missing.jsonl")], 2, [f"nkjp: error: no such file or directory: "
                                                f"{tmp_path / 'missing.jsonl'}"]),
        ([str(notes)], 1, [f"nkjp: error: no articles found in {notes} (0 files read, 0 "
                           "skipped); give --corpus a file or directory of .txt, .md, .json or "
                           ".jsonl articles"]),
        ([str(binary)], 1, [f"warning: {binary}: binary file (contains NUL bytes); skipped",
                            f"nkjp: error: no articles found in {binary} (1 file read, 1 "
                            "skipped); give --corpus a file or directory of .txt, .md, .json "
                            "or .jsonl articles"]),
    ]  # fmt: skip
    for paths, code, lines in cases:
        result = run("events", *(a for p in paths for a in ("--corpus", p)))
        assert (result.exit_code, result.stdout) == (code, "")
        assert result.stderr.splitlines() == lines
    result = run("events", "--corpus", str(latin))  # bad bytes: one warning, the rest kept
    assert result.exit_code == 0 and [e["article"] for e in records(result)] == ["hankyoreh"]
    assert result.stderr.splitlines()[0].startswith(f"warning: {latin}:1: invalid UTF-8")
    assert "Traceback" not in result.stderr
    monkeypatch.setenv("NKJP_CORPUS", str(tmp_path / "moved-away"))
    result = run("articles")
    assert result.exit_code == 2
    assert result.stderr == (
        f"nkjp: error: no such file or directory: {tmp_path / 'moved-away'} (from $NKJP_CORPUS)\n"
    )


def test_a_huge_limit_is_no_limit(fake, corpus):  # noqa: ANN001
    assert len(records(run("events", *corpus, "--limit", "9" * 30))) == 5


def test_nonexistent_path_is_a_usage_error(fake, tmp_path):  # noqa: ANN001
    missing = tmp_path / "no-such-dir"
    result = run("events", "--corpus", str(missing))
    assert result.exit_code == 2
    assert str(missing) in result.stderr


def test_empty_corpus_is_exit_1_saying_where_it_looked(fake, tmp_path):  # noqa: ANN001
    empty = tmp_path / "empty"
    empty.mkdir()
    result = run("events", "--corpus", str(empty))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith("nkjp: error: no articles found in ")
    assert str(empty) in result.stderr


def test_bad_article_warns_and_the_rest_are_kept(fake, corpus, tmp_path):  # noqa: ANN001
    bad = tmp_path / "news" / "broken.jsonl"
    bad.write_text('{"id": "ok-1", "text": "EVENT 2020 | Japan | Japan did it."}\n{oops\n')
    result = run("events", *corpus, "--corpus", str(bad))
    assert [e["article"] for e in records(result)][-1] == "ok-1"
    warnings = [line for line in result.stderr.splitlines() if "broken.jsonl" in line]
    assert len(warnings) == 1 and ":2" in warnings[0]


def test_ctrl_c_exits_130_without_traceback(monkeypatch, corpus):  # noqa: ANN001
    def interrupt(article):  # noqa: ANN001, ANN202
        raise KeyboardInterrupt

    monkeypatch.setattr("nkjp.parallel._parse", interrupt)
    result = run("events", *corpus)
    assert result.exit_code == 130
    assert result.stderr == "nkjp: interrupted\n"


def test_parser_crash_keeps_the_article_and_warns(monkeypatch, corpus):  # noqa: ANN001
    def crash(article):  # noqa: ANN001, ANN202
        raise ValueError("boom")

    monkeypatch.setattr("nkjp.parallel._parse", crash)
    result = run("articles", *corpus)
    assert [a["events"] for a in records(result)] == [0, 0, 0, 0]
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert sum("could not be parsed (ValueError: boom); kept" in x for x in lines) == 3
    assert "warning: 1 more article could not be parsed (ValueError: boom)" in lines
    shown = run("--traceback", "articles", *corpus)
    assert shown.exit_code == 1
    assert "Traceback (most recent call last)" in shown.stderr
    assert "RuntimeError: parsing" in shown.stderr and "ValueError: boom" in shown.stderr


def test_internal_error_is_one_line_unless_traceback(monkeypatch, corpus):  # noqa: ANN001
    def broken(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise LookupError("no such table")

    monkeypatch.setattr("nkjp.query.article_rows", broken)
    result = run("articles", *corpus)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        "nkjp: internal error: LookupError: no such table (rerun with --traceback for the "
        "details, and please report it)\n"
    )
    shown = run("--traceback", "articles", *corpus)
    assert shown.exit_code == 1
    assert shown.stderr.startswith("Traceback (most recent call last)")
    assert shown.stderr.rstrip().endswith("LookupError: no such table")


def test_domain_error_with_traceback_shows_both(corpus):  # noqa: ANN001
    result = run("--traceback", "events", "--article", "nope", *corpus)
    assert result.exit_code == 1
    assert "Traceback (most recent call last)" in result.stderr
    assert result.stderr.rstrip().splitlines()[-1] == (
        "nkjp: error: no article 'nope' in the corpus (`nkjp articles` lists them)"
    )


def test_broken_pipe_ends_quietly(tmp_path):  # noqa: ANN001
    lines = [
        json.dumps({"id": f"b{i}", "published": "2016-01-06",
                    "text": f"EVENT 2016-01-06 | North Korea | Test {i} {'x' * 400}."})
        for i in range(2000)
    ]  # fmt: skip
    path = tmp_path / "big.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    script = (
        f"import sys; sys.path.insert(0, {str(HERE)!r}); import fake_parser, nkjp.parallel; "
        "nkjp.parallel._parse = fake_parser.parse; from nkjp.cli import main; "
        "sys.argv = ['nkjp', 'events', '--format', 'jsonl', '--jobs', '1', "
        f"'--corpus', {str(path)!r}]; "
        "main()"
    )
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    proc = subprocess.run(
        f"{sys.executable} -c \"{script}\" | head -1",
        shell=True, capture_output=True, text=True, env=env, timeout=120,
    )  # fmt: skip
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["id"] == "b0#e1"
    assert proc.stderr == ""


# -- the seed articles (real pipeline, bundled default corpus) ------------------------------


def seed(*args: str) -> list[dict]:
    return records(run(*args, "--format", "jsonl", "--no-cache"))


def test_seed_kim_message_to_kishida_on_friday():
    found = seed("events", "--actor", "Kim")
    assert any(
        e["date"] == "2024-01-05" and "friday" in e["date_text"].lower()
        and "Kim Jong Un" in e["actors"] and "Kishida" in e["sentence"]
        for e in found
    ), found  # fmt: skip


def test_seed_isozaki_quotes():
    found = seed("quotes", "--source", "Isozaki")
    assert found and {q["speaker"] for q in found} == {"Atsuhito Isozaki"}
    assert any("exceptional case" in q["text"] for q in found)


def test_seed_shenyang_meeting_in_march_2014():
    found = seed("events", "--since", "2014-03-01", "--until", "2014-03-31")
    assert any(e["date"] == "2014-03-03" and "Shenyang" in e["sentence"] for e in found), found


def test_seed_last_month_is_february_2014():
    found = seed("events", "--article", "002_4c84cae7e1c89762")
    last_month = [e for e in found if e["date_text"].lower() == "last month"]
    assert last_month and all(e["date"] == "2014-02" for e in last_month), found


def test_seed_articles_are_the_default_corpus():
    found = seed("articles")
    assert [a["id"] for a in found] == ["000_b514ca128f1c065c", "002_4c84cae7e1c89762"]
    assert [a["published"] for a in found] == ["2024-01-10", "2014-03-04"]
