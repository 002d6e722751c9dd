"""``boardprep list PACK [--json]``: everything stored for the pack, grouped by item."""

from __future__ import annotations

import argparse
import json
from typing import Any

from boardprep.core.export.common import interest_words, meeting_heading
from boardprep.core.model import AgendaTree
from boardprep.core.pageref import PageNames
from boardprep.core.reflow import quote_and_comment, reflow
from boardprep.core.store import Store
from boardprep.core.store.packref import open_registered

# "others": other members' questions a clerk's bundle brought, kept apart from the member's.
KINDS = ("notes", "questions", "declarations", "highlights", "bookmarks", "others")


def collect(store: Store, sha: str) -> dict[str, Any]:
    """The JSON form: items in agenda order (only those with records), then the unplaced."""
    tree = store.tree(sha)
    records: dict[str, list[Any]] = {
        "notes": [n for n in store.notes(sha) if n.text.strip()],
        "questions": store.questions(sha),
        "declarations": store.declarations(sha),
        "highlights": store.highlights(sha),
        "bookmarks": store.bookmarks(sha),
        "others": [q for q in store.questions(sha, include_apart=True) if q.apart],
    }
    by_item: dict[str | None, dict[str, list[Any]]] = {}
    for kind, recs in records.items():
        for r in recs:
            group = by_item.get(r.item)
            if group is None:
                group = by_item[r.item] = {k: [] for k in KINDS}
            group[kind].append(r.to_json())
    items: list[dict[str, Any]] = []
    for it in tree.walk():
        if it.number in by_item:
            items.append({"number": it.number, "title": it.title, **by_item.pop(it.number)})
    unplaced = by_item.pop(None, {k: [] for k in KINDS})
    for number, groups in by_item.items():  # items the current agenda no longer has
        title = next((r["item_title"] for v in groups.values() for r in v), None)
        items.append({"number": number, "title": title, **groups})
    from boardprep.core import meeting_record as mr

    return {
        "pack": {"sha256": sha, "paths": store.pack_paths(sha), "meeting": tree.meeting.to_json()},
        "items": items,
        "unplaced": unplaced,
        # the meeting as recorded (add outcome / attendance / action)
        "record": {
            "attendance": [a.to_json() for a in mr.attendance(store, sha)],
            "outcomes": [o.to_json() for o in mr.outcomes(store, sha)],
            "actions": [a.to_json() for a in mr.actions(store, sha)],
            "declarations": [d.to_json() for d in mr.declarations(store, sha)],
        },
    }


def render(data: dict[str, Any], tree: AgendaTree) -> str:
    lines = [f"{meeting_heading(tree.meeting)}  (pack {data['pack']['sha256'][:12]})"]
    names = PageNames.of(tree)

    def page(r: dict[str, Any]) -> str:
        return f" ({names.words(r['page'], r.get('pack_page'))})" if r.get("page") else ""

    groups = [(f"Item {i['number']}: {i['title']}", i) for i in data["items"]]
    if any(data["unplaced"][k] for k in KINDS):
        groups.append(("Unplaced (from an earlier issue; no item found)", data["unplaced"]))
    if not groups:
        lines.append("Nothing stored for this pack yet.")
    for head, recs in groups:
        lines += ["", head]
        for n in recs["notes"]:
            tag = "item note" if n["is_item_note"] else "note"
            quote, own = quote_and_comment(n.get("quote"), n["text"])
            said = " ".join(x for x in (f"“{quote}”" if quote else "", own) if x)
            lines.append(f"  {tag} #{n['id']}{page(n)}: {said}")
        for q in recs["questions"]:
            who = f", {q['asker']}" if q["asker"] else ""
            src = f", from {q['source']}" if q["source"] else ""
            lines.append(f"  question #{q['id']} [{q['status']}{who}{src}]: {q['text']}")
        for q in recs["others"]:
            who = q["asker"] or q["source"] or "another member"
            ans = f" — answer: {q['answer']}" if q["answer"] else ""
            lines.append(f"  others' question #{q['id']} [{q['status']}, {who}]: {q['text']}{ans}")
        for d in recs["declarations"]:
            act = "withdraw" if d["withdraw"] else "remain"
            words = interest_words(d["interest"], tree.meeting)
            lines.append(f"  declaration #{d['id']}: {words}: {d['nature']} ({act})")
        for h in recs["highlights"]:
            lines.append(f"  highlight #{h['id']}{page(h)}: {reflow(h['quote'])}")
        for b in recs["bookmarks"]:
            lines.append(f"  bookmark #{b['id']}{page(b)}: {b['label']}")
    record = data.get("record") or {}
    if any(record.values()):
        lines += ["", "The meeting as recorded"]
        for a in record["attendance"]:
            lines.append(f"  {a['status']}: {a['name']}" + (f" ({a['role']})" if a["role"] else ""))
        for o in record["outcomes"]:
            votes = ""
            if o["votes_for"] is not None or o["votes_against"] is not None:
                votes = (f" (for {o['votes_for'] or 0}, against {o['votes_against'] or 0}, "
                         f"abstain {o['votes_abstain'] or 0})")  # fmt: skip
            text = f": {o['text']}" if o["text"] else ""
            lines.append(f"  item {o['item']} {o['decision']}{votes}{text}")
        for d in record.get("declarations", []):
            left = "left the room" if d["left_room"] else "stayed"
            lines.append(f"  declaration (item {d['item'] or '-'}): {d['name']}: {d['nature']} "
                         f"({d['interest']}, {left})")  # fmt: skip
        for a in record["actions"]:
            who = f" — {a['who']}" if a["who"] else ""
            by = f" by {a['due']}" if a["due"] else ""
            lines.append(f"  action (item {a['item'] or '-'}): {a['text']}{who}{by}")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    pack = open_registered(args.pack, getattr(args, "data_dir", None))
    try:
        data = collect(pack.store, pack.sha)
        if args.json:
            print(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            print(render(data, pack.tree))
    finally:
        pack.store.close()
    return 0
