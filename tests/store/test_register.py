"""Issue 10 through the real CLI: who I am, the clerk's register (merging loses nobody), the
round trip of the clerk's bundle, and the meeting record (outcomes, votes, attendance, actions,
draft minutes, action log, calendar file)."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from pathlib import Path

import docx
import pytest

from boardprep.core.deadlines import find_deadlines
from boardprep.core.model import AgendaTree
from boardprep.core.register import Grouper
from tests.store.test_cli import Cli


@pytest.fixture
def cli(tmp_path: Path, pack1: tuple[Path, AgendaTree]) -> Cli:
    return Cli(tmp_path, *pack1)


@pytest.fixture
def people(tmp_path: Path, pack1: tuple[Path, AgendaTree]) -> dict[str, Cli]:
    out = {who: Cli(tmp_path / who, *pack1) for who in ("ng", "patel", "okafor", "clerk")}
    for c in out.values():
        c.tree_args = pack1  # type: ignore[attr-defined]
    return out


def _ok(r):  # type: ignore[no-untyped-def]
    assert r.returncode == 0, r.stderr
    return r


def _bundle(cli: Cli, name: str, questions: list[tuple[str, str]], out: Path) -> Path:
    for item, text in questions:
        q = json.loads(_ok(cli("--as", name, "add", "question", cli.pack, "--item", item,
                               "--text", text)).stdout)  # fmt: skip
        assert q["asker"] == name  # every question written carries its asker
    _ok(cli("--as", name, "export", cli.pack, "--what", "questions", "--format", "json",
            "-o", str(out)))  # fmt: skip
    assert json.loads(out.read_text())["member"] == name  # the bundle carries it
    return out


def _three_bundles(people: dict[str, Cli], tmp_path: Path) -> list[Path]:
    return [
        _bundle(people["ng"], "Cllr Ng", [("4", "Who maintains the footbridge?"),
                                          ("6", "Are Saturday hours protected?")],
                tmp_path / "ng.json"),
        _bundle(people["patel"], "Cllr Patel", [("4", "who maintains the footbridge")],
                tmp_path / "patel.json"),
        _bundle(people["okafor"], "Cllr Okafor", [("5", "What will evening parking cost?")],
                tmp_path / "okafor.json"),
    ]  # fmt: skip


def test_merging_three_bundles_keeps_both_askers_of_the_same_question(
    people: dict[str, Cli], tmp_path: Path
) -> None:
    clerk = people["clerk"]
    bundles = _three_bundles(people, tmp_path)
    r = _ok(clerk("--as", "Ms Clerk", "import", *map(str, bundles)))
    assert "grouped" in r.stdout
    out = tmp_path / "register.csv"
    _ok(clerk("export", clerk.pack, "--what", "question-register", "--format", "csv",
              "-o", str(out)))  # fmt: skip
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [r["item"] for r in rows] == ["4", "5", "6"]  # agenda order, one line per question
    assert set(rows[0]["askers"].split("; ")) == {"Cllr Ng", "Cllr Patel"}
    assert rows[1]["askers"] == "Cllr Okafor" and rows[2]["askers"] == "Cllr Ng"
    # Every question is still stored: grouping never drops one.
    listed = json.loads(_ok(clerk("list", clerk.pack, "--json")).stdout)
    item4 = next(i for i in listed["items"] if i["number"] == "4")["questions"]
    assert sorted(q["asker"] for q in item4) == ["Cllr Ng", "Cllr Patel"]
    # Re-importing adds nothing.
    again = _ok(clerk("import", str(bundles[0])))
    assert "nothing new" in again.stdout
    for fmt in ("md", "docx", "pdf"):
        path = tmp_path / f"register.{fmt}"
        _ok(clerk("export", clerk.pack, "--what", "question-register", "--format", fmt,
                  "-o", str(path)))  # fmt: skip
        assert path.stat().st_size > 0
    md = (tmp_path / "register.md").read_text()
    assert "Questions put and answers given" in md and "Cllr Patel" in md
    text = "\n".join(p.text for p in docx.Document(str(tmp_path / "register.docx")).paragraphs)
    assert "Cllr Ng; Cllr Patel" in text or "Cllr Patel; Cllr Ng" in text


def test_round_trip_the_clerks_answer_arrives_on_the_members_own_question(
    people: dict[str, Cli], tmp_path: Path
) -> None:
    clerk, ng = people["clerk"], people["ng"]
    _ok(clerk("me", "--name", "Ms Clerk", "--role", "clerk"))
    _ok(clerk("import", *map(str, _three_bundles(people, tmp_path))))
    listed = json.loads(_ok(clerk("list", clerk.pack, "--json")).stdout)
    item4 = next(i for i in listed["items"] if i["number"] == "4")["questions"]
    # The clerk answers the group once (here on Cllr Patel's copy only): every asker gets it.
    patels = str(next(q["id"] for q in item4 if q["asker"] == "Cllr Patel"))
    answer = ["--answer", "The council maintains it.", "--answered-by", "Cllr Lead"]
    r = _ok(clerk("update", "question", clerk.pack, patels, "--status", "answered", *answer,
                  "--only-this"))  # fmt: skip
    assert json.loads(r.stdout)["status"] == "answered"
    back = tmp_path / "clerk.json"
    _ok(clerk("export", clerk.pack, "--what", "question-register", "--format", "json",
              "-o", str(back)))  # fmt: skip
    assert json.loads(back.read_text())["role"] == "clerk"

    r = _ok(ng("--as", "Cllr Ng", "import", str(back)))
    assert "1 of your questions updated" in r.stdout or "updated" in r.stdout
    mine = json.loads(_ok(ng("list", ng.pack, "--json")).stdout)
    item4 = next(i for i in mine["items"] if i["number"] == "4")
    assert [q["text"] for q in item4["questions"]] == ["Who maintains the footbridge?"]
    own = item4["questions"][0]
    assert (own["status"], own["answer"], own["answered_by"]) == (
        "answered", "The council maintains it.", "Cllr Lead")  # fmt: skip
    assert own["source"] is None  # still the member's own
    # Cllr Patel's copy of the question and Cllr Okafor's are kept apart, marked with origin.
    others = [q for i in mine["items"] for q in i["others"]]
    assert {q["asker"] for q in others} == {"Cllr Patel", "Cllr Okafor"}
    assert all(q["apart"] and q["source"] for q in others)
    # ... and the member's own bundle does not send them back as theirs.
    out = ng.data.parent / "ng-again.json"
    _ok(ng("--as", "Cllr Ng", "export", ng.pack, "--what", "questions", "--format", "json",
           "-o", str(out)))  # fmt: skip
    sent = json.loads(out.read_text())["records"]["questions"]
    assert {q["asker"] for q in sent} == {"Cllr Ng"}


def test_meeting_record_by_the_cli_and_the_draft_minutes(cli: Cli, tmp_path: Path) -> None:
    for name, status in (("Cllr Ng", "present"), ("Cllr Patel", "present"),
                         ("Cllr Okafor", "apologies")):  # fmt: skip
        _ok(cli("add", "attendance", cli.pack, "--name", name, "--status", status))
    o = json.loads(_ok(cli("add", "outcome", cli.pack, "--item", "5", "--decision",
                           "agreed-as-amended", "--text", "Charges rise to £1.50",
                           "--for", "7", "--against", "2", "--abstain", "1")).stdout)  # fmt: skip
    assert (o["decision"], o["votes_for"], o["votes_against"]) == ("agreed-as-amended", 7, 2)
    _ok(cli("add", "outcome", cli.pack, "--item", "4", "--decision", "noted", "--text",
            "The update was noted"))  # fmt: skip
    a = json.loads(_ok(cli("add", "action", cli.pack, "--item", "4", "--text",
                           "Report footbridge costs", "--who", "Director of Place",
                           "--by", "2026-04-30")).stdout)  # fmt: skip
    assert a["due"] == "2026-04-30"
    _ok(cli("add", "declaration", cli.pack, "--item", "5", "--text", "I rent a garage",
            "--interest", "pecuniary", "--withdraw", "yes"))  # fmt: skip
    d = json.loads(_ok(cli("add", "declaration", cli.pack, "--item", "4", "--name", "Cllr Patel",
                           "--text", "I live by the bridge", "--interest", "non-registrable",
                           "--withdraw", "no")).stdout)  # fmt: skip
    assert (d["kind"], d["name"], d["left_room"]) == ("meeting-declaration", "Cllr Patel", False)
    # Bad usage: exit 2 naming the valid values.
    bad = cli("add", "attendance", cli.pack, "--name", "X", "--status", "late")
    assert bad.returncode == 2 and "present, apologies, absent" in bad.stderr
    bad = cli("add", "action", cli.pack, "--item", "4", "--text", "x", "--by", "soon")
    assert bad.returncode == 2 and "2026-04-30" in bad.stderr
    a = json.loads(_ok(cli("add", "action", cli.pack, "--text", "Circulate the minutes",
                           "--by", "7/5/2026")).stdout)  # fmt: skip
    assert (a["due"], a["item"]) == ("2026-05-07", None)
    bad = cli("add", "outcome", cli.pack, "--item", "4", "--decision", "maybe")
    assert bad.returncode == 2 and "agreed-as-amended" in bad.stderr

    record = json.loads(_ok(cli("list", cli.pack, "--json")).stdout)["record"]
    who = [(a["name"], a["status"]) for a in record["attendance"]]
    assert who == [("Cllr Ng", "present"), ("Cllr Patel", "present"), ("Cllr Okafor", "apologies")]
    assert [(o["item"], o["decision"]) for o in record["outcomes"]] == [
        ("5", "agreed-as-amended"),
        ("4", "noted"),
    ]
    human = _ok(cli("list", cli.pack)).stdout
    assert "item 5 agreed-as-amended (for 7, against 2, abstain 1)" in human

    out = tmp_path / "minutes.docx"
    _ok(cli("--as", "Cllr Ng", "export", cli.pack, "--what", "minutes", "--format", "docx",
            "-o", str(out)))  # fmt: skip
    paras = [p.text for p in docx.Document(str(out)).paragraphs]
    text = "\n".join(paras)
    order = ["Present", "Apologies", "Declarations of interest", "4. Riverside",
             "5. Car Parking"]  # fmt: skip
    where = [next(i for i, p in enumerate(paras) if p.startswith(h)) for h in order]
    assert where == sorted(where)
    assert "Cllr Ng" in paras[where[0] + 1 : where[1]] and "Cllr Okafor" in paras[where[1] :]
    assert "RESOLVED: Agreed as amended — Charges rise to £1.50" in text
    assert "Vote: For 7, against 2, abstentions 1." in text
    assert "RESOLVED: Noted — The update was noted" in text
    assert "Action: Report footbridge costs — Director of Place — by 2026-04-30" in text
    assert "Cllr Ng declared a disclosable pecuniary interest in item 5" in text
    assert ("Cllr Patel declared a non-registrable interest in item 4 (I live by the bridge) "
            "and remained in the meeting.") in text  # fmt: skip

    md = tmp_path / "minutes.md"
    _ok(cli("export", cli.pack, "--what", "minutes", "--format", "md", "-o", str(md)))
    assert "## Apologies" in md.read_text() and "Cllr Okafor" in md.read_text()

    log = tmp_path / "actions.csv"
    _ok(cli("export", cli.pack, "--what", "actions", "--format", "csv", "-o", str(log)))
    rows = list(csv.DictReader(log.open(encoding="utf-8")))
    assert rows[0] == {"item": "4", "item_title": "Riverside Regeneration Scheme",
                       "action": "Report footbridge costs", "who": "Director of Place",
                       "by": "2026-04-30", "done": "no"}  # fmt: skip
    assert rows[1]["action"] == "Circulate the minutes" and len(rows) == 2

    ics = tmp_path / "meeting.ics"
    _ok(cli("export", cli.pack, "--what", "ics", "--format", "ics", "-o", str(ics)))
    from icalendar import Calendar

    events = list(Calendar.from_ical(ics.read_bytes()).walk("VEVENT"))
    starts = {str(e["summary"]): e.decoded("dtstart") for e in events}
    assert starts["Wexcombe Borough Council — Cabinet"] == datetime(2026, 3, 12, 18, 30)
    assert starts["Action: Report footbridge costs (Director of Place)"] == date(2026, 4, 30)
    bad = cli("export", cli.pack, "--what", "minutes", "--format", "csv", "-o", str(log))
    assert bad.returncode == 2 and "docx, md" in bad.stderr


def test_me_stores_name_and_role_and_as_overrides(cli: Cli) -> None:
    assert json.loads(_ok(cli("me")).stdout) == {"name": None, "role": "member"}
    _ok(cli("me", "--name", "Cllr  Ng", "--role", "chair"))
    assert json.loads(_ok(cli("me")).stdout) == {"name": "Cllr Ng", "role": "chair"}
    q = json.loads(_ok(cli("add", "question", cli.pack, "--item", "4", "--text", "x?")).stdout)
    assert q["asker"] == "Cllr Ng"
    q = json.loads(_ok(cli("--as", "Cllr Patel", "add", "question", cli.pack, "--item", "4",
                           "--text", "y?")).stdout)  # fmt: skip
    assert q["asker"] == "Cllr Patel"


def test_grouper_near_same_and_different_questions() -> None:
    g = Grouper()
    g.add("4", "Who maintains the footbridge?", "a")
    g.add("4", "When will the bridge reopen?", "b")
    g.add("4", "Question 1", "c")
    assert g.find("4", "WHO maintains the foot-bridge") == "a"
    assert g.find("4", "Who will maintain the footbridge?") == "a"
    assert g.find("4", "When will the bridge close?") is None
    assert g.find("4", "Question 10") is None
    assert g.find("5", "Who maintains the footbridge?") is None  # another item


def test_deadlines_printed_in_the_pack() -> None:
    pages = [
        "Public questions must be received by 12 noon on Monday 9 March 2026. Next sentence.",
        "Deadline for deputations: 5pm, 10 March 2026.",
        "The meeting will be held on 12 March 2026.",
        # an agenda page read as one run of text: the date after the cue, not the first one
        "3 Minutes (Pages 4 to 7) To confirm the minutes of the meeting held on 4 May 2026.\n"
        "4 Public Questions\nQuestions from members of the public must be received no later\n"
        "than 5pm on Tuesday 9 June 2026.\n5 Review of the Parks Strategy",
    ]
    found = find_deadlines(pages)
    assert [(d.what, d.when, d.pdf_page) for d in found] == [
        ("Public questions", datetime(2026, 3, 9, 12, 0), 1),
        ("Deputations", datetime(2026, 3, 10, 17, 0), 2),
        ("Public questions", datetime(2026, 6, 9, 17, 0), 4),
    ]
    assert found[2].text.endswith("no later than 5pm on Tuesday 9 June 2026.")


def test_round_trip_with_an_answer_written_into_the_bundle_by_hand(
    people: dict[str, Cli], tmp_path: Path
) -> None:
    """A clerk's bundle edited outside boardprep (answer typed in, 'updated' untouched)."""
    clerk, ng = people["clerk"], people["ng"]
    _ok(clerk("import", *map(str, _three_bundles(people, tmp_path))))
    back = tmp_path / "clerk.json"
    _ok(clerk("--as", "Ms Clerk", "export", clerk.pack, "--what", "questions", "--format",
              "json", "-o", str(back)))  # fmt: skip
    data = json.loads(back.read_text())
    for q in data["records"]["questions"]:
        if q["text"] == "Are Saturday hours protected?":
            q.update(status="answered", answer="Yes, until 2027.")
    back.write_text(json.dumps(data))
    _ok(ng("--as", "Cllr Ng", "import", str(back)))
    mine = json.loads(_ok(ng("list", ng.pack, "--json")).stdout)
    item6 = next(i for i in mine["items"] if i["number"] == "6")
    assert [(q["status"], q["answer"]) for q in item6["questions"]] == [
        ("answered", "Yes, until 2027.")
    ]
    # Importing the same bundle again changes nothing more.
    again = _ok(ng("import", str(back)))
    assert "updated" not in again.stdout


def test_the_meeting_record_is_in_the_backup_and_comes_back(
    people: dict[str, Cli], tmp_path: Path
) -> None:
    clerk, other = people["clerk"], people["ng"]
    _ok(clerk("me", "--name", "Ms Clerk"))
    _ok(clerk("add", "attendance", clerk.pack, "--name", "Cllr Ng", "--status", "present"))
    _ok(clerk("add", "outcome", clerk.pack, "--item", "4", "--decision", "agreed", "--for", "3"))
    _ok(clerk("add", "action", clerk.pack, "--item", "4", "--text", "Write", "--by", "2026-05-01"))
    _ok(clerk("add", "declaration", clerk.pack, "--item", "4", "--name", "Cllr Ng", "--text",
              "Neighbour", "--interest", "other", "--withdraw", "yes"))  # fmt: skip
    backup = tmp_path / "backup.json"
    _ok(clerk("export", clerk.pack, "--what", "everything", "--format", "json", "-o", str(backup)))
    # Someone else's backup: their meeting record is not imported, and they are told.
    r = _ok(other("--as", "Cllr Ng", "import", str(backup)))
    assert "meeting record in Ms Clerk's backup" in r.stdout
    assert not any(json.loads(_ok(other("list", other.pack, "--json")).stdout)["record"].values())
    # One's own backup on a new computer: all of it comes back, once.
    laptop = Cli(tmp_path / "laptop", *people["clerk"].tree_args)
    r = _ok(laptop("--as", "Ms Clerk", "import", str(backup)))
    assert "4 meeting records" in r.stdout
    record = json.loads(_ok(laptop("list", laptop.pack, "--json")).stdout)["record"]
    assert record["outcomes"][0]["votes_for"] == 3 and record["actions"][0]["due"] == "2026-05-01"
    assert record["declarations"][0]["left_room"] is True
    assert "nothing new" in _ok(laptop("--as", "Ms Clerk", "import", str(backup))).stdout
    # A hostile meeting record refuses the whole bundle before anything is written.
    data = json.loads(backup.read_text())
    data["meeting_record"]["outcomes"][0]["decision"] = "=HYPERLINK()"
    bad_file = tmp_path / "bad.json"
    bad_file.write_text(json.dumps(data))
    fresh = Cli(tmp_path / "fresh", *people["clerk"].tree_args)
    bad = fresh("--as", "Ms Clerk", "import", str(bad_file))
    assert bad.returncode == 1 and "its decision must be one of" in bad.stderr
    assert "nothing was imported" in bad.stderr


def test_meeting_record_is_salvaged_from_a_damaged_database(registered, tmp_path: Path) -> None:
    from boardprep.core import meeting_record as mr
    from boardprep.core.store import Store
    from boardprep.core.store.backup import salvage

    store, sha, _ = registered
    mr.set_attendance(store, sha, "Cllr Ng", "present")
    mr.add_outcome(store, sha, "4", "noted")
    mr.add_action(store, sha, "4", "Write", "Officer", "2026-05-01")
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    aside = tmp_path / "aside.db"
    aside.write_bytes(store.path.read_bytes())
    with Store(tmp_path / "fresh") as fresh:
        assert salvage(aside, fresh.conn) >= 3  # (the pack) and the three meeting records
        assert [a.name for a in mr.attendance(fresh, sha)] == ["Cllr Ng"]
        assert [o.decision for o in mr.outcomes(fresh, sha)] == ["noted"]
        assert [a.due for a in mr.actions(fresh, sha)] == ["2026-05-01"]


def test_a_bundle_copied_and_edited_by_hand_keeps_its_own_asker(
    people: dict[str, Cli], tmp_path: Path
) -> None:
    """Bundle B made from A's file (same uids), another member and other punctuation."""
    clerk = people["clerk"]
    a = _bundle(people["ng"], "Cllr Ng", [("4", "Who maintains the footbridge?")],
                tmp_path / "a.json")  # fmt: skip
    data = json.loads(a.read_text())
    data["member"] = "Cllr Patel"
    for q in data["records"]["questions"]:
        q.update(asker="Cllr Patel", text="who maintains the footbridge")
    b = tmp_path / "b.json"
    b.write_text(json.dumps(data))
    _ok(clerk("import", str(a), str(b)))
    out = tmp_path / "register.csv"
    _ok(clerk("export", clerk.pack, "--what", "question-register", "--format", "csv",
              "-o", str(out)))  # fmt: skip
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == 1 and rows[0]["askers"] == "Cllr Ng; Cllr Patel"
    assert "nothing new" in _ok(clerk("import", str(a))).stdout
    assert "nothing new" in _ok(clerk("import", str(b))).stdout
