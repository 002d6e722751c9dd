"""``boardprep fix PACK ...``: correct the agenda the engine found (kept per pack, by content).

``--item N [--title T] [--number M] [--start PAGE] [--end PAGE] [--exempt yes|no]``,
``--add-item N --title T --start PAGE [--end PAGE] [--parent P]``, ``--delete-item N``,
``--item N --merge-into M``, ``--item N --split-at PAGE --number M --title T``,
``--merge-item N`` (item N and the next one become one: N), ``--split-item N --at PAGE --title T
[--number M]`` (a new item M from PAGE to N's end; M defaults to 7a for 7),
``--item N --document TITLE [--title T] [--start PAGE] [--end PAGE] [--delete]``,
``--agenda-page PAGES`` (the agenda is on these pages, "2-3" or "#2-#3, #5": it is read again
from them); with none of them, the corrections stored for the pack are listed.
``--undo`` takes the latest correction back. PAGE is the printed page ("37", "p37") or the
physical one ("#41"), as in the window's Go to page.
"""

from __future__ import annotations

import argparse
import json
from typing import Any

from boardprep.core.agenda_reread import reread_agenda
from boardprep.core.corrections import (
    CorrectionError,
    agenda_page_ops,
    describe,
    merge_with_next,
    new_op,
    split_at,
)
from boardprep.core.errors import UsageError
from boardprep.core.model import AgendaTree
from boardprep.core.pageref import PageNames, parse_page_list, parse_page_ref
from boardprep.core.store.packref import open_registered

# The options that ask for a change (without any, the corrections are listed).
_CHANGES = ("item", "add_item", "delete_item", "merge_item", "split_item", "agenda_page")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("pack", metavar="PACK.pdf")
    p.add_argument("--item", metavar="N", help="the item to correct")
    p.add_argument("--title", metavar="T", help="its new title (or the added item's)")
    p.add_argument("--number", metavar="M", help="its new number (or the split-off item's)")
    p.add_argument("--start", metavar="PAGE", help="where it starts: 37, p37, or #41 (physical)")
    p.add_argument("--end", metavar="PAGE", help="where it ends")
    p.add_argument("--exempt", choices=["yes", "no"], help="exempt (Part II) or not")
    p.add_argument("--document", metavar="TITLE", help="correct this document of the item")
    p.add_argument("--delete", action="store_true", help="with --document: delete it")
    p.add_argument("--add-item", metavar="N", help="add item N (needs --title and --start)")
    p.add_argument("--add-document", metavar="TITLE", help="add a document to --item at --start")
    p.add_argument("--parent", metavar="P", help="with --add-item: as a sub-item of P")
    p.add_argument("--delete-item", metavar="N", help="delete item N from the agenda")
    p.add_argument("--merge-into", metavar="M", help="merge --item into item M")
    p.add_argument("--split-at", metavar="PAGE", help="split --item at PAGE (--number, --title)")
    p.add_argument("--merge-item", metavar="N", help="merge item N with the item after it")
    p.add_argument("--split-item", metavar="N", help="split item N (needs --at and --title)")
    p.add_argument("--at", metavar="PAGE", help="with --split-item: where the second part starts")
    p.add_argument(
        "--agenda-page",
        metavar="PAGES",
        help="the agenda is on these pages (2-3, #2-#3, #5): read it again from them",
    )
    p.add_argument("--undo", action="store_true", help="take the latest correction back")
    p.add_argument("--json", action="store_true", help="print the result as JSON")


def _page(text: str | None, tree: AgendaTree, what: str) -> int | None:
    if text is None:
        return None
    page = parse_page_ref(text, tree, tree.pack.pages)
    if page is None:
        raise UsageError(
            f"{what} {text!r} names no page of this pack (give the printed page, e.g. 37 or p37, "
            f"or the physical page as #N, 1 to {tree.pack.pages})"
        )
    return page


def operations(args: argparse.Namespace, tree: AgendaTree) -> list[dict[str, Any]]:
    """The operations the options ask for, in the order they apply (renumbering last)."""
    start = _page(args.start, tree, "--start")
    end = _page(args.end, tree, "--end")
    if args.delete_item:
        return [new_op("delete", item=args.delete_item)]
    try:
        if args.merge_item:
            return [merge_with_next(tree, args.merge_item)]
        if args.split_item:
            if not args.at or not args.title:
                raise UsageError("--split-item N needs --at PAGE and --title T for the new item")
            page = _page(args.at, tree, "--at")
            assert page is not None
            return [split_at(tree, args.split_item, page, args.title, args.number)]
    except CorrectionError as err:
        raise UsageError(f"cannot correct the agenda: {err}") from None
    if args.add_item:
        if not args.title or start is None:
            raise UsageError("--add-item needs --title T and --start PAGE")
        return [new_op("add_item", number=args.add_item, title=args.title, page=start, end=end,
                       parent=args.parent)]  # fmt: skip
    if not args.item:
        raise UsageError(
            "say what to correct: --item N (with --title, --number, --start, --end, --exempt), "
            "--add-item N, --delete-item N, --merge-item N, --split-item N"
        )
    item = args.item
    if args.add_document:
        if start is None:
            raise UsageError("--add-document needs --start PAGE")
        return [new_op("add_document", item=item, title=args.add_document, page=start, end=end)]
    if args.merge_into:
        return [new_op("merge", item=item, into=args.merge_into)]
    if args.split_at:
        if not args.number or not args.title:
            raise UsageError("--split-at needs --number M and --title T for the new item")
        page = _page(args.split_at, tree, "--split-at")
        return [new_op("split", item=item, page=page, number=args.number, title=args.title)]
    doc = args.document
    ops: list[dict[str, Any]] = []
    if doc and args.delete:
        return [new_op("delete", item=item, document=doc)]
    if args.title:
        ops.append(new_op("rename", item=item, document=doc, title=args.title))
    if start is not None:
        ops.append(new_op("start", item=item, document=doc, page=start))
    if end is not None:
        ops.append(new_op("end", item=item, document=doc, page=end))
    if args.exempt and not doc:
        ops.append(new_op("exempt", item=item, exempt=args.exempt == "yes"))
    if args.number and not doc:
        ops.append(new_op("renumber", item=item, number=args.number))
    if not ops:
        raise UsageError("--item N needs a change: --title, --number, --start, --end or --exempt")
    return ops


def _agenda_pages(text: str, path: str, store: Any, sha: str, names: PageNames) -> str:
    """Mark the agenda's pages: the agenda is read again from them (the engine's stages, see
    core.agenda_reread), kept, and the marks stored as corrections (undoable)."""
    engine = store.engine_tree(sha)
    pages = parse_page_list(text, engine, engine.pack.pages)
    if pages is None:
        raise UsageError(
            f"--agenda-page {text!r} names no pages of this pack (give printed pages, 2-3, or the "
            f"physical ones, #2-#3, 1 to {engine.pack.pages})"
        )
    words = names.range_words((pages[0], pages[-1])) if len(pages) > 1 else names.words(pages[0])
    if store.reread_tree(sha, pages) is None:
        tree = reread_agenda(path, pages, engine)
        if not tree.items:
            raise UsageError(f"no agenda items could be read on {words}; nothing was changed")
        store.keep_reread(sha, pages, tree)
    ops = agenda_page_ops(store.corrections(sha), pages)
    for op in ops:
        store.add_correction(sha, op)
    n = len(store.tree(sha).items)
    return f"corrected: the agenda is read from {words} ({n} item{'s' if n != 1 else ''})"


def run(args: argparse.Namespace) -> int:
    pack = open_registered(args.pack, getattr(args, "data_dir", None))
    store, sha = pack.store, pack.sha
    names = PageNames.of(pack.tree)  # pages in the member's words: "page 37 (#41)"
    try:
        done: list[str] = []
        if args.undo:
            ops = store.corrections(sha)
            if not ops:
                raise UsageError("there is no correction to take back")
            store.remove_correction(sha, ops[-1]["uid"])
            done.append(f"taken back: {describe(ops[-1], names)}")
        elif args.agenda_page:
            done.append(_agenda_pages(args.agenda_page, pack.path, store, sha, names))
        elif any(getattr(args, k) for k in _CHANGES):
            for op in operations(args, store.tree(sha)):
                fix = store.add_correction(sha, op)
                moved = f" ({len(fix.moved)} records follow it)" if fix.moved else ""
                done.append(f"corrected: {describe(fix.op, names)}{moved}")
        result = store.corrected(sha)
        if args.json:
            out = {
                "sha256": sha,
                "done": done,
                "corrections": store.corrections(sha),
                "not_applied": [{"correction": o, "reason": r} for o, r in result.failed],
            }
            print(json.dumps(out, ensure_ascii=False, indent=2))
            return 0
        for line in done:
            print(line)
        if not done:
            ops = store.corrections(sha)
            print(f"{len(ops)} correction{'s' if len(ops) != 1 else ''} of this pack's agenda"
                  + (":" if ops else ""))  # fmt: skip
            for op in ops:
                print(f"  {describe(op, names)}")
        for op, reason in result.failed:
            print(f"does not apply: {describe(op, names)}: {reason}")
    finally:
        store.close()
    return 0
