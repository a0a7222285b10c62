"""The records: built by models._record, they must behave as frozen, slotted dataclasses."""

import dataclasses
import pickle

import pytest

from nkjp.models import Article, Event, Mention, _record


def test_records_keep_dataclass_behaviour():
    m = Mention(3, 8, "Abe's", "Shinzo Abe", "person")
    assert m.rule == ""  # default filled
    assert m == Mention(3, 8, "Abe's", "Shinzo Abe", "person", rule="")
    assert hash(m) == hash(Mention(3, 8, "Abe's", "Shinzo Abe", "person"))
    assert pickle.loads(pickle.dumps(m)) == m
    assert not hasattr(m, "__dict__")  # slotted
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.start = 4  # type: ignore[misc]
    with pytest.raises(TypeError, match="missing"):
        Mention(3, 8)  # type: ignore[call-arg]
    a = Article(id="x", text="Seoul, Oct. 2 (Yonhap) --", published=None)
    assert (a.title, a.source, a.path) == (None, None, None)
    e = Event("e1", "x", None, None, None, "day", "", (), "met", "", (0, 1))
    assert (e.date_span, e.anchor, e.in_quote) == ((0, 0), "absolute", False)


def test_record_refuses_what_its_init_cannot_honour():
    with pytest.raises(TypeError, match="plain fields"):

        @_record
        class WithFactory:
            names: list = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError, match="plain fields"):

        @_record
        class WithPostInit:
            start: int

            def __post_init__(self) -> None:
                pass
