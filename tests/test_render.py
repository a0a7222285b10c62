"""render.py: the writers, on hand-built records."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest

from nkjp import render
from nkjp.models import Actor, Article, Event, ParsedArticle, Quote, TimeExpr, as_dict
from nkjp.query import ArticleRow

TEXT = 'Seoul said on Tuesday that talks [with Tokyo] would resume. "We are ready," Park said.'
EVENT = Event(
    id="yna-3#e1", article="yna-3", date="2023-03-14", start="2023-03-14", end="2023-03-14",
    precision="day", date_text="on Tuesday", actors=("South Korea", "Japan"), action="said",
    sentence="Seoul said on Tuesday that talks [with Tokyo] would resume.", span=(0, 59),
)  # fmt: skip
QUOTE = Quote(
    id="yna-3#q1", article="yna-3", speaker="Park Jin", speaker_text="Park", named=True,
    text="We are ready", kind="direct", cue="said", date=None,
    sentence='"We are ready," Park said.', span=(61, 73),
)  # fmt: skip
TIME = TimeExpr(11, 21, "on Tuesday", "2023-03-14", date(2023, 3, 14), date(2023, 3, 14),
                "day", "publication")  # fmt: skip
PARSED = ParsedArticle(
    Article("yna-3", TEXT, title="Talks to resume", source="Yonhap", published=date(2023, 3, 16)),
    (), (TIME,), (), (EVENT,), (QUOTE,),
)  # fmt: skip


class Stdout:
    """The captured stdout of a test, read with getvalue()."""

    def __init__(self, capsys: pytest.CaptureFixture[str]) -> None:
        self.capsys = capsys

    def getvalue(self) -> str:
        return self.capsys.readouterr().out


@pytest.fixture
def out(capsys: pytest.CaptureFixture[str]) -> Stdout:
    return Stdout(capsys)


def test_json_is_an_array_of_as_dict_records(out):
    assert render.emit([EVENT, EVENT], "json", "events") == 2
    assert json.loads(out.getvalue()) == [as_dict(EVENT), as_dict(EVENT)]


def test_json_of_nothing_is_an_empty_array(out):
    render.emit([], "json", "events")
    assert out.getvalue() == "[]\n"


def test_jsonl_is_one_object_per_line_and_nothing_when_empty(out):
    render.emit([QUOTE, QUOTE], "jsonl", "quotes")
    lines = out.getvalue().splitlines()
    assert [json.loads(line) for line in lines] == [as_dict(QUOTE)] * 2
    render.emit([], "jsonl", "quotes")
    assert out.getvalue() == ""


def test_event_json_field_order_follows_the_contract(out):
    render.emit([EVENT], "jsonl", "events")
    keys = list(json.loads(out.getvalue()))
    assert keys[:12] == ["id", "article", "date", "start", "end", "precision", "date_text",
                         "actors", "action", "sentence", "span", "in_caption"]  # fmt: skip


def test_csv_has_a_header_and_flattens_lists(out):
    render.emit([EVENT], "csv", "events")
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert rows[0]["actors"] == "South Korea; Japan"
    assert rows[0]["span"] == "[0,59]"
    assert rows[0]["in_caption"] == "false"
    assert rows[0]["sentence"] == EVENT.sentence


def test_csv_of_nothing_is_the_header_alone(out):
    render.emit([], "csv", "quotes")
    assert out.getvalue() == (
        "id,article,speaker,speaker_text,named,text,kind,cue,date,sentence,span,rule\n"
    )


def test_table_keeps_square_brackets(out, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    render.emit([EVENT], "table", "events")
    text = out.getvalue()
    assert "[with Tokyo]" in text
    assert "\x1b[" not in text  # not a terminal: no colour codes


def test_table_fits_a_40_column_terminal(out, monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    render.emit([QUOTE], "table", "quotes")
    text = out.getvalue()
    assert all(len(line) <= 40 for line in text.splitlines())
    assert "ready" in text


def test_actor_and_article_tables(out, monkeypatch):
    monkeypatch.setenv("COLUMNS", "160")
    actor = Actor("Park Jin", "person", ("Park",), 2, ("yna-3",), ({"title": "Minister"},))
    render.emit([actor], "table", "actors")
    row = ArticleRow("yna-3", "Talks to resume", "Yonhap", None, date(2023, 3, 16), "a.json", 1, 1)
    render.emit([row], "table", "articles")
    text = out.getvalue()
    assert "Park Jin" in text and "Minister" in text and "2023-03-16" in text


def test_empty_table_prints_nothing_and_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    render.emit([], "table", "events")
    assert capsys.readouterr() == ("", "no events found\n")


def test_marked_text_wraps_quotes_and_times():
    assert render.marked_text(PARSED) == (
        'Seoul said [on Tuesday] that talks [with Tokyo] would resume. "«We are ready»," Park said.'
    )


def test_show_plain_lists_records(out):
    render.show_article(PARSED, styled=False)
    text = out.getvalue()
    assert text.startswith("Talks to resume\nYonhap · 2023-03-16 · yna-3\n\n")
    assert "  2023-03-14  [on Tuesday]  South Korea, Japan: said\n" in text
    assert "  Park Jin (direct): «We are ready»\n" in text


def test_show_styled_keeps_brackets(out, monkeypatch):
    monkeypatch.setenv("COLUMNS", "120")
    render.show_article(PARSED, styled=True)
    assert "[with Tokyo]" in out.getvalue()


def test_record_dict_is_as_dict():
    actor = Actor("Park Jin", "person", ("Park",), 2, ("yna-3",), ({"title": "minister"},))
    row = ArticleRow("yna-3", "T", "Yonhap", None, date(2023, 3, 16), "a.json", 1, 1)
    for record in (EVENT, QUOTE, TIME, actor, row, PARSED.article):
        assert render.record_dict(record) == as_dict(record)


def test_limit_applies_to_every_format(out):
    assert render.emit([EVENT] * 5, "jsonl", "events", limit=2) == 2
    assert len(out.getvalue().splitlines()) == 2
    assert render.emit([EVENT] * 5, "json", "events", limit=0) == 0
    assert out.getvalue() == "[]\n"


def test_table_stops_at_a_cap_and_says_so(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(render, "TABLE_MAX_ROWS", 2)
    assert render.emit([QUOTE] * 5, "table", "quotes") == 2
    captured = capsys.readouterr()
    assert captured.out.count("We are ready") == 2
    assert captured.err == (
        "showing the first 2 quotes; use --limit N, or --format jsonl or csv for all of them\n"
    )
    assert render.emit([QUOTE] * 5, "table", "quotes", limit=4) == 4


def test_no_progress_bar_off_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    assert render.progress_fits("table") is False
    with render.progress(None) as advance:
        advance(5)
    assert capsys.readouterr() == ("", "")


def test_narrow_terminal_gets_field_blocks(out, monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    render.emit([EVENT], "table", "events")
    text = out.getvalue()
    assert "Date: 2023-03-14\n" in text
    assert "Article: yna-3\n" in text
    assert "┃" not in text


def test_narrow_blocks_bold_only_the_label(out, monkeypatch):
    monkeypatch.setenv("COLUMNS", "40")
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.delenv("NO_COLOR", raising=False)
    render.emit([EVENT], "table", "events")
    assert "\x1b[1mDate: \x1b[0m2023-03-14" in out.getvalue()


def test_progress_bar_waits_before_it_appears(monkeypatch):
    import io
    import sys

    fake_tty = io.StringIO()
    monkeypatch.setattr(sys, "stderr", fake_tty)
    monkeypatch.setattr(render, "_isatty", lambda stream: True)
    with render.progress(None) as advance:  # a quick parse: no bar at all
        advance(3)
    assert fake_tty.getvalue() == ""
    monkeypatch.setattr(render, "PROGRESS_AFTER_S", 0.0)
    monkeypatch.setenv("FORCE_COLOR", "1")  # Rich draws live bars on terminals only
    with render.progress(None) as advance:  # a slow one: the bar starts, then clears
        advance(3)
        advance(2)
    assert "parsing" in fake_tty.getvalue()
