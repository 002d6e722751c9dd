from __future__ import annotations

from pathlib import Path

import pytest

from boardprep.core.model import AgendaTree, Meeting
from boardprep.core.store import Store
from boardprep.core.store.carryover import match_item
from tests.store.fixtures import ISSUE_2, PARKING_QUOTE, RIVERSIDE_QUOTE, build_pack

FAKE_QUAD = (1.0, 1.0, 2.0, 1.0, 1.0, 2.0, 2.0, 2.0)


def _fill_first_issue(store: Store, sha: str) -> dict[str, int]:
    ids = {
        "quoted_note": store.add_note(sha, "4", "phasing risk", page=6, quote=RIVERSIDE_QUOTE).id,
        "lost_quote_note": store.add_note(
            sha, "4", "ask about towpath", page=5, quote="a sentence the new issue dropped"
        ).id,
        "stamp_note": store.add_note(sha, "6", "opening hours table", page=10).id,
        "item_note": store.set_item_note(sha, "3", "minutes look right").id,
        "question": store.add_question(sha, "6", "How many branches close?").id,
        "riverside_q": store.add_question(sha, "4", "Who maintains the footbridge?").id,
        "parking_decl": store.add_declaration(
            sha, "5", interest="pecuniary", nature="I rent a town-centre garage", withdraw=True
        ).id,
        "parking_hl": store.add_highlight(sha, 8, [FAKE_QUAD], PARKING_QUOTE).id,
        "riverside_hl": store.add_highlight(sha, 6, [FAKE_QUAD], RIVERSIDE_QUOTE).id,
        "bookmark": store.add_bookmark(sha, 7, "cost table").id,
    }
    return ids


def test_reissued_pack_carries_records(
    registered: tuple[Store, str, AgendaTree], tmp_path: Path
) -> None:
    store, old_sha, _ = registered
    _fill_first_issue(store, old_sha)
    path2 = tmp_path / "cabinet-pack-reissued.pdf"
    tree2 = build_pack(path2, ISSUE_2)
    new_sha = tree2.pack.sha256
    assert new_sha != old_sha

    res = store.register_pack(tree2, str(path2))

    assert res.is_new and res.carried_from == old_sha
    moves = {(m.kind, m.text): m for m in res.carried + res.unplaced}
    assert len(moves) == 10  # every record accounted for
    quoted = moves[("note", "phasing risk")]
    assert (quoted.new_item, quoted.new_page, quoted.how) == ("5", 9, "quote")
    lost = moves[("note", "ask about towpath")]
    assert (lost.new_item, lost.new_page, lost.how) == ("5", 7, "item-start")
    stamp = moves[("note", "opening hours table")]
    assert (stamp.new_item, stamp.new_page, stamp.how) == ("6", 10, "pack-page")
    assert moves[("question", "Who maintains the footbridge?")].how == "renumbered"
    assert moves[("question", "How many branches close?")].new_item == "6"
    assert moves[("note", "minutes look right")].new_item == "3"
    hl = moves[("highlight", RIVERSIDE_QUOTE)]
    assert (hl.new_item, hl.new_page) == ("5", 9)
    assert {(m.kind, m.text) for m in res.unplaced} == {
        ("declaration", "I rent a town-centre garage"),
        ("highlight", PARKING_QUOTE),
    }

    # The new pack's records: marked as carried, unplaced ones kept with no item.
    notes = {n.text: n for n in store.notes(new_sha)}
    assert all(n.carried_from == old_sha for n in notes.values())
    assert notes["phasing risk"].pack_page == 7 and notes["phasing risk"].quote == RIVERSIDE_QUOTE
    assert store.item_note_text(new_sha, "3") == "minutes look right"
    assert {r.kind for r in store.unplaced(new_sha)} == {"declaration", "highlight"}
    decl = store.declarations(new_sha)[0]
    assert decl.item is None and decl.item_title == "Car Parking Charges Review"
    highlights = {h.quote: h for h in store.highlights(new_sha)}
    assert highlights[PARKING_QUOTE].page is None
    new_quads = highlights[RIVERSIDE_QUOTE].quads
    assert new_quads and new_quads[0] != FAKE_QUAD  # re-measured on the new page
    assert store.bookmarks(new_sha)[0].page == 7
    assert [q.text for q in store.questions(new_sha, "5")] == ["Who maintains the footbridge?"]
    # The first issue keeps its own records.
    assert len(store.notes(old_sha)) == 4

    again = store.register_pack(tree2, str(path2))
    assert not again.is_new and again.carried == [] and len(store.notes(new_sha)) == 4


def test_other_meeting_is_not_a_reissue(
    registered: tuple[Store, str, AgendaTree], tmp_path: Path
) -> None:
    store, old_sha, _ = registered
    store.add_note(old_sha, "4", "stays put")
    path2 = tmp_path / "april.pdf"
    tree2 = build_pack(path2, ISSUE_2)
    tree2.meeting = Meeting("Wexcombe Borough Council", "Cabinet", "2026-04-09")
    res = store.register_pack(tree2, str(path2))
    assert res.is_new and res.carried == [] and res.carried_from is None
    assert store.notes(tree2.pack.sha256) == []


def test_match_item_rules(tmp_path: Path) -> None:
    tree2 = build_pack(tmp_path / "x.pdf", ISSUE_2)
    assert match_item("6", "Library Service Review", tree2)[1] == "item"
    assert match_item("6", "Library service review.", tree2)[1] == "item"
    it, how = match_item("4", "Riverside Regeneration Scheme", tree2)
    assert (it.number if it else None, how) == ("5", "renumbered")
    assert match_item("5", "Car Parking Charges Review", tree2) == (None, "unplaced")


def test_find_quote_ignores_line_breaks_and_refuses_ambiguity() -> None:
    from boardprep.core.store.carryover import find_quote, squash

    pages = [squash(t) for t in (
        "Front sheet. Budget.",
        "The foot-\nbridge contract will\nbe let in two phases. Budget.",
        "Appendix: budget.",
    )]  # fmt: skip
    assert find_quote("footbridge contract will be let", pages, None) == 2
    assert find_quote("footbridge contract will be let", pages, (3, 3)) == 2  # outside the item
    assert find_quote("Budget", pages, None) is None  # short and on every page: ambiguous
    assert find_quote("Budget", pages, (3, 3)) == 3  # but unique inside the item's pages
    assert find_quote("not there at all", pages, None) is None


def test_reissue_opens_the_new_pdf_once_for_all_its_records(
    registered: tuple[Store, str, AgendaTree], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The page text and every quoted record's new geometry come from one opened Document."""
    from boardprep.core import pdfopen

    store, old_sha, _ = registered
    _fill_first_issue(store, old_sha)
    for n in range(5):  # more quoted records: still one open
        store.add_note(old_sha, "4", f"more on phasing {n}", page=6, quote=RIVERSIDE_QUOTE)
    opened: list[str] = []
    real = pdfopen.open_pack

    def counting(path: str, *a: object, **kw: object) -> object:
        opened.append(str(path))
        return real(path, *a, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(pdfopen, "open_pack", counting)
    path2 = tmp_path / "cabinet-pack-reissued.pdf"
    res = store.register_pack(build_pack(path2, ISSUE_2), str(path2))
    placed = [m for m in res.carried if m.how == "quote"]
    assert len(placed) >= 7  # the quoted notes and a highlight, each measured on its new page
    assert opened == [str(path2)]
    assert store.page_texts(res.sha256)  # the text read on that one open is indexed


def test_reissue_with_its_text_indexed_still_opens_once_for_geometry(
    registered: tuple[Store, str, AgendaTree], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from boardprep.core import pdfopen
    from tests.store.fixtures import page_texts

    store, old_sha, _ = registered
    _fill_first_issue(store, old_sha)
    opened: list[str] = []
    real = pdfopen.open_pack
    monkeypatch.setattr(pdfopen, "open_pack", lambda p, *a: opened.append(p) or real(p, *a))
    path2 = tmp_path / "cabinet-pack-reissued.pdf"
    tree2 = build_pack(path2, ISSUE_2)
    texts = page_texts(path2)
    opened.clear()
    store.register_pack(tree2, str(path2), page_texts=texts)
    assert opened == [str(path2)]
