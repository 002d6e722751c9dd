"""The membership list read from a pack's front pages (three printed styles), the quorum,
and the clerk's editable roll that the attendance window and `boardprep add attendance` share."""

from __future__ import annotations

from pathlib import Path

from boardprep.core import meeting_record, membership
from boardprep.core.membership import Member, members_in_text, printed_quorum
from boardprep.core.model import AgendaTree
from boardprep.core.store import Store
from tests.store.test_cli import Cli

INLINE = """Brackenwood Parish Council
Notice of meeting
Councillors: A Smith, B Jones and Dr C Patel-Ruiz
Quorum: 3
Please direct enquiries to Jo Bloggs, Clerk, Tel 01632 960004
"""
COLUMN = """PLANNING COMMITTEE
Date: Monday 15 June 2026
Membership:
Councillor Wilfred Yardley (Chair)
Cllr Orla Stanyard (Vice-Chair)
Cllr Dev Varley
Councillor Imogen O'Shea
Please direct any enquiries on this agenda to
Tamsin Winterbourne, Democratic Services Officer, Tel: 01632 960004
"""
TABLE = """Cabinet
Membership:
Chair
Cllr Ann Ford
Labour
Vice-Chair
Cllr Bo Lee
Conservative
Members
Cllr Cy McNab
Independent
Cllr Di Roe
Green
Quorum
The quorum is three members.
"""


def test_inline_list() -> None:
    assert members_in_text(INLINE) == [
        Member("A Smith"), Member("B Jones"), Member("Dr C Patel-Ruiz")
    ]  # fmt: skip
    assert printed_quorum(INLINE) == 3


def test_column_list_stops_at_the_first_line_that_is_no_member() -> None:
    got = members_in_text(COLUMN)
    assert got == [
        Member("Wilfred Yardley", "Chair"),
        Member("Orla Stanyard", "Vice-Chair"),
        Member("Dev Varley"),
        Member("Imogen O'Shea"),
    ]
    assert printed_quorum(COLUMN) is None


def test_table_cells_with_role_headings_and_party_column() -> None:
    assert members_in_text(TABLE) == [
        Member("Ann Ford", "Chair"), Member("Bo Lee", "Vice-Chair"),
        Member("Cy McNab"), Member("Di Roe"),
    ]  # fmt: skip
    assert printed_quorum(TABLE) == 3


def test_role_rows_and_a_page_without_a_list() -> None:
    text = (
        "Membership:\nChair: Cllr Ann Ford\nVice-Chair: Councillor Bo Lee\n"
        "Cllr Cy Ng, Cllr Di Roe\nContact: Jo"
    )
    assert [(m.name, m.role) for m in members_in_text(text)] == [
        ("Ann Ford", "Chair"), ("Bo Lee", "Vice-Chair"), ("Cy Ng", None), ("Di Roe", None)
    ]  # fmt: skip
    assert members_in_text("Information for members of the public\nParking\nFire evacuation") == []


def _registered(store: Store, pack1: tuple[Path, AgendaTree], front: str) -> str:
    path, tree = pack1
    texts = [front] + ["page"] * (tree.pack.pages - 1)
    store.register_pack(tree, str(path), page_texts=texts)
    return tree.pack.sha256


def test_roll_quorum_and_edits(store: Store, pack1: tuple[Path, AgendaTree]) -> None:
    sha = _registered(store, pack1, COLUMN)
    names = [e.name for e in membership.roll(store, sha)]
    assert names == ["Wilfred Yardley", "Orla Stanyard", "Dev Varley", "Imogen O'Shea"]
    assert membership.quorum(store, sha) == (2, "a third")  # 4 members, none printed
    meeting_record.set_attendance(store, sha, "Dev Varley", "present")
    membership.add_member(store, sha, "  Sam   Okafor ")
    membership.remove_member(store, sha, "Imogen O'Shea")
    roll = membership.roll(store, sha)
    assert [(e.name, e.status) for e in roll] == [
        ("Wilfred Yardley", None), ("Orla Stanyard", None), ("Dev Varley", "present"),
        ("Sam Okafor", None),
    ]  # fmt: skip
    assert roll[0].role == "Chair"
    assert (
        membership.quorum_line(store, sha)
    ) == "1 present of 4 · quorum 2 (a third): not quorate (1 more needed)"
    membership.set_quorum(store, sha, 1)
    assert membership.quorum(store, sha) == (1, "set")
    assert membership.quorum_line(store, sha).endswith(": quorate")
    membership.set_quorum(store, sha, None)
    assert membership.quorum(store, sha)[1] == "a third"
    # Removing a member takes their attendance too; it does not come back from the record.
    membership.remove_member(store, sha, "Dev Varley")
    assert "Dev Varley" not in [e.name for e in membership.roll(store, sha)]
    assert meeting_record.attendance(store, sha) == []


def test_printed_quorum_wins_over_a_third(store: Store, pack1: tuple[Path, AgendaTree]) -> None:
    sha = _registered(store, pack1, INLINE)
    assert membership.quorum(store, sha) == (3, "printed")


def test_the_command_line_and_the_roll_agree(
    tmp_path: Path, pack1: tuple[Path, AgendaTree]
) -> None:
    cli = Cli(tmp_path, *pack1)
    r = cli("add", "attendance", cli.pack, "--name", "Cllr Patel", "--status", "apologies")
    assert r.returncode == 0, r.stderr
    with Store(cli.data) as store:
        sha = pack1[1].pack.sha256
        roll = membership.roll(store, sha)
        assert [(e.name, e.status) for e in roll if e.name == "Cllr Patel"] == [
            ("Cllr Patel", "apologies")
        ]
        meeting_record.set_attendance(store, sha, "Cllr Patel", "present")
    listed = cli("list", cli.pack, "--json")
    assert '"present"' in listed.stdout


def test_us_council_styles() -> None:
    names_then_office = (
        "THE CITY COUNCIL CHAMBER IS NOW OPEN TO THE PUBLIC\nDrew Boyles, Mayor\n"
        "Chris Pimentel, Mayor Pro Tem\nCarol Pirsztuk, Councilmember\n\n"
        "Tracy Weaver, City Clerk\nExecutive Team\n"
    )
    assert [(m.name, m.role) for m in members_in_text(names_then_office)] == [
        ("Drew Boyles", "Mayor"), ("Chris Pimentel", "Mayor pro tem"), ("Carol Pirsztuk", None)
    ]  # fmt: skip
    offices_first = (
        "Council:\nMayor Laura McCorkindale\nMayor Pro Tem Steve Freedland\n"
        "Council Member Eniko Gold\nCouncil Member Stuart E. Siegel\nStaff:\nCity Manager K Lee"
    )
    assert [m.name for m in members_in_text(offices_first)] == [
        "Laura McCorkindale", "Steve Freedland", "Eniko Gold", "Stuart E. Siegel"
    ]  # fmt: skip
    slashes = "Emmanuel J. Estrada - Mayor/Chair\nAlejandra Avila - Councilmember/Member\nPLEASE"
    assert [(m.name, m.role) for m in members_in_text(slashes)] == [
        ("Emmanuel J. Estrada", "Mayor"), ("Alejandra Avila", None)
    ]  # fmt: skip


def test_sentences_and_headings_are_no_members() -> None:
    for text in (
        "2549. Accounts for payment:-\nMerlin Waste\nCllr Richards Travelling Expenses\nROSPA",
        "PUBLIC NOTICE OF SPECIAL MEETING OF THE CONDUIT FINANCING\n"
        "COMMITTEE MEMBERS OF THE ILLINOIS FINANCE AUTHORITY\n______\nThe Authority will",
        "Members of the public who attend the meeting\nJo Bloggs\nParking",
        "NOTICE\nCouncil:\nRegular City Council Meeting\nhttps://example.org",
    ):
        assert members_in_text(text) == [], text
