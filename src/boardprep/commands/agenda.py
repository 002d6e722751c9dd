"""``boardprep agenda PACK.pdf [--json] [--no-cache] [--engine]``: print the pack's agenda.

The agenda is the engine's with the member's corrections applied (``boardprep fix``, the
window's context menu), each corrected item or document saying so (``"corrected": true``);
``--engine`` prints the engine's own. Corrections that no longer apply become warnings.
"""

from __future__ import annotations

import argparse
import json
import sys

from boardprep.core.model import AgendaTree, Document, Item
from boardprep.core.venue import shown_venue


def _pages(r: tuple[int, int] | None) -> str:
    if r is None:
        return ""
    return str(r[0]) if r[0] == r[1] else f"{r[0]}–{r[1]}"


def _item_line(it: Item) -> str:
    parts = [f"{it.number}  {it.title}" + ("  (corrected)" if it.corrected else "")]
    where: list[str] = []
    if it.pack_pages:
        where.append(f"pages {_pages(it.pack_pages)}")
    if it.pdf_pages:
        where.append(f"(pdf {_pages(it.pdf_pages)})")
    elif it.pack_pages:
        where.append("(not in this file)")
    if where:
        parts.append(" ".join(where))
    if it.paper:
        parts.append(it.paper)
    if it.time:
        parts.append(it.time)
    if it.exempt:
        parts.append("exempt")
    return " — ".join(parts)


def render_text(tree: AgendaTree) -> str:
    """The indented human-readable tree: meeting header, items, documents, warnings."""
    m = tree.meeting
    out: list[str] = []
    head = " — ".join(x for x in (m.body, m.organisation) if x)
    if head:
        out.append(head)
    when = " ".join(x for x in (m.date, m.time) if x)
    venue = shown_venue(m.venue)  # the place, without the contact officer's phone (JSON: as found)
    if when or venue:
        out.append(", ".join(x for x in (when, venue) if x))
    out.append(f"{tree.pack.path}: {tree.pack.pages} pages")
    out.append("")

    def rec(items: list[Item], depth: int) -> None:
        pad = "  " * depth
        for it in items:
            out.append(pad + _item_line(it))
            for child in it.children:
                if isinstance(child, Document):
                    mark = "  (corrected)" if child.corrected else ""
                    out.append(f"{pad}    · {child.title} (pdf {_pages(child.pdf_pages)}){mark}")
            rec(it.sub_items, depth + 1)

    if tree.items:
        rec(tree.items, 0)
    else:
        out.append("(no agenda items found)")
    if tree.warnings:
        out.append("")
        out.append("Warnings:")
        out.extend(f"  - {w}" for w in tree.warnings)
    return "\n".join(out)


def run(args: argparse.Namespace) -> int:
    from boardprep.core.engine.analysis import analyze

    tree = analyze(
        args.pack,
        data_dir=getattr(args, "data_dir", None),
        use_cache=not getattr(args, "no_cache", False),
    )
    if not getattr(args, "engine", False):
        tree = _corrected(tree, getattr(args, "data_dir", None))
    if args.json:
        sys.stdout.write(json.dumps(tree.to_json(), ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(render_text(tree) + "\n")
    sys.stdout.flush()
    if _process_ends_here():
        # The interpreter's final collections would walk every object alive, PyMuPDF's
        # bindings above all (measured ~45 ms of teardown); frozen objects are skipped. Only
        # when this process is the command itself: a test calling run() goes on living.
        import gc

        gc.freeze()
    return 0


def _corrected(tree: AgendaTree, data_dir: str | None) -> AgendaTree:
    from boardprep.core.store.fixes import read_corrections

    ops = read_corrections(data_dir, tree.pack.sha256)
    if not ops:
        return tree
    from boardprep.core.corrections import apply_corrections, describe, marked_agenda_pages
    from boardprep.core.store.fixes import read_reread

    pages = marked_agenda_pages(ops)  # the agenda read again from the pages the member marked
    base = read_reread(data_dir, tree.pack.sha256, pages) if pages else None
    if base is not None:
        base.pack.path = tree.pack.path
    result = apply_corrections(base or tree, ops)
    if pages and base is None:
        result.tree.warnings.append(
            "you marked the agenda's pages, but it has not been read from them yet: run "
            "`boardprep fix PACK --agenda-page PAGES` again or open the pack in the window"
        )
    result.tree.warnings.extend(
        f"your correction no longer applies: {describe(op)} ({why})" for op, why in result.failed
    )
    return result.tree


def _process_ends_here() -> bool:
    """True when this process is the ``boardprep`` command (console script or ``-m``)."""
    import os

    argv0 = sys.argv[0] if sys.argv else ""
    name = os.path.basename(argv0)
    if name == "__main__.py":  # "python -m boardprep"; not "python -m pytest" in a folder
        return os.path.basename(os.path.dirname(argv0)) == "boardprep"  # named boardprep
    return name in ("boardprep", "boardprep.exe")
