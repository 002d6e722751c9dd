"""``boardprep add note|question|declaration PACK --item N --text T``: store one record."""

from __future__ import annotations

import argparse
import json
from typing import Any

from boardprep.core.errors import UsageError
from boardprep.core.identity import user_name
from boardprep.core.store.packref import open_registered
from boardprep.core.store.records import QUESTION_STATUSES, Declaration, Note, Question

_MEETING_KINDS = ("outcome", "attendance", "action")
_OWN_OPTIONS = {
    "decision": "outcome", "votes_for": "outcome", "votes_against": "outcome",
    "votes_abstain": "outcome", "name": "attendance", "role": "attendance", "who": "action",
    "by": "action",
}  # fmt: skip


def run(args: argparse.Namespace) -> int:
    kind = args.kind
    if kind == "declaration" and args.name is not None:
        return _declared_at_meeting(args)
    for opt, owner in _OWN_OPTIONS.items():
        if getattr(args, opt, None) is not None and kind != owner:
            flag = {"votes_for": "for", "votes_against": "against",
                    "votes_abstain": "abstain"}.get(opt, opt)  # fmt: skip
            raise UsageError(f"--{flag} applies to {owner}s only")
    if kind in _MEETING_KINDS:
        return _meeting(args)
    if args.item is None:
        raise UsageError(f"a {kind} needs --item NUMBER")
    if args.text is None:
        raise UsageError(f"a {kind} needs --text TEXT")
    if kind == "question" and args.status is not None and args.status not in QUESTION_STATUSES:
        raise UsageError(f"--status must be one of: {', '.join(QUESTION_STATUSES)}")
    if kind != "declaration" and (args.interest or args.withdraw):
        raise UsageError("--interest and --withdraw apply to declarations only")
    if kind != "question" and (args.status or args.asker):
        raise UsageError("--status and --asker apply to questions only")
    if kind == "declaration" and not args.interest:
        raise UsageError(
            "a declaration needs --interest pecuniary|other-registrable|non-registrable|other"
        )
    if not args.text.strip():
        raise UsageError("--text is empty")
    pack = open_registered(args.pack, getattr(args, "data_dir", None))
    store, sha = pack.store, pack.sha
    record: Note | Question | Declaration
    try:
        if args.page is not None and not 1 <= args.page <= pack.tree.pack.pages:
            raise UsageError(f"--page must be between 1 and {pack.tree.pack.pages}")
        if kind == "note":
            record = store.add_note(sha, args.item, args.text, page=args.page)
        elif kind == "question":
            record = store.add_question(
                sha, args.item, args.text, status=args.status or "draft",
                asker=args.asker or user_name(store), page=args.page,
            )  # fmt: skip
        else:
            record = store.add_declaration(
                sha, args.item, interest=args.interest, nature=args.text,
                withdraw=args.withdraw == "yes",
            )  # fmt: skip
        print(json.dumps(record.to_json(), ensure_ascii=False))
    finally:
        store.close()
    return 0


def _meeting(args: argparse.Namespace) -> int:
    """``add outcome|attendance|action``: the meeting as it happens."""
    from boardprep.core import meeting_record as mr

    kind = args.kind
    if args.page is not None or args.interest or args.withdraw or args.asker:
        raise UsageError("--page, --interest, --withdraw and --asker do not apply to a " + kind)
    if kind == "outcome":
        if not args.item or not args.decision:
            raise UsageError(
                "an outcome needs --item NUMBER and --decision " + "|".join(mr.DECISIONS)
            )
        if args.status is not None:
            raise UsageError("--status does not apply to an outcome")
    elif kind == "attendance":
        if not args.name:
            raise UsageError("attendance needs --name NAME and --status present|apologies|absent")
        if args.status not in mr.ATTENDANCE:
            raise UsageError(f"attendance --status must be one of: {', '.join(mr.ATTENDANCE)}")
        if args.text is not None or args.item is not None:
            raise UsageError("--text and --item do not apply to attendance")
    else:
        if not (args.text or "").strip():
            raise UsageError("an action needs --text TEXT (and --item N, --who W, --by DATE)")
        if args.status is not None:
            raise UsageError("--status does not apply to an action")
    pack = open_registered(args.pack, getattr(args, "data_dir", None))
    store, sha = pack.store, pack.sha
    try:
        if kind == "outcome":
            text = (args.text or "").strip()
            if args.text is None and args.decision in ("agreed", "agreed-as-amended", "noted"):
                text = _recommended(store, sha, args.item)  # pre-filled from the report
            record: Any = mr.add_outcome(
                store, sha, args.item, args.decision, text,
                votes_for=args.votes_for, votes_against=args.votes_against,
                votes_abstain=args.votes_abstain,
            )  # fmt: skip
        elif kind == "attendance":
            record = mr.set_attendance(store, sha, args.name, args.status, args.role)
        else:
            record = mr.add_action(store, sha, args.item, args.text.strip(), args.who, args.by)
        print(json.dumps(record.to_json(), ensure_ascii=False))
    finally:
        store.close()
    return 0


def _recommended(store: Any, sha: str, item: str) -> str:
    """The recommendations printed in the item's report, as the decision's text."""
    from boardprep.core.recommendations import find_recommendations

    found = store.resolve_item(sha, item)
    parts = find_recommendations(store.page_texts(sha), found) if found else []
    return "; ".join(parts)


def _declared_at_meeting(args: argparse.Namespace) -> int:
    """``add declaration --name NAME``: a member's declaration made at the meeting, recorded
    for the minutes (not the user's own declaration)."""
    from boardprep.core import meeting_record as mr

    if not args.item or not (args.text or "").strip() or not args.interest:
        raise UsageError(
            "a declaration made at the meeting needs --item N --text T --interest "
            "pecuniary|other-registrable|non-registrable|other (and --withdraw yes|no)"
        )
    pack = open_registered(args.pack, getattr(args, "data_dir", None))
    try:
        record = mr.add_declaration(
            pack.store, pack.sha, args.item, args.name, args.interest, args.text.strip(),
            args.withdraw == "yes",
        )  # fmt: skip
        print(json.dumps(record.to_json(), ensure_ascii=False))
    finally:
        pack.store.close()
    return 0
