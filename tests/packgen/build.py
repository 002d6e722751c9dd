"""build_pack: plan -> papers -> agenda (re-drawn until its length settles) -> stamps -> truth."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pymupdf

from tests.packgen.draw import RIGHT, flush, put_centre, put_right, set_serif, text_at, width_of
from tests.packgen.front import write_front
from tests.packgen.layouts import RENDERERS
from tests.packgen.papers import PaperWriter
from tests.packgen.plan import ItemPlan, Plan, make_plan
from tests.packgen.spec import PackSpec

UNSTAMPED_KINDS = {"blank", "scanned"}


def _pad_to_target(plan: Plan, spec: PackSpec) -> None:
    """Add body pages to reports, round robin, until the pack is about target_pages long."""
    if not spec.target_pages:
        return
    docs = [
        d
        for it in plan.walk()
        for d in it.docs
        if d.kind in ("report", "paper") and d.topic is not None
    ]
    if not docs:
        return
    total = spec.front_pages + 2 + sum(d.n_pages for it in plan.walk() for d in it.docs)
    k = 0
    while total < spec.target_pages:
        docs[k % len(docs)].n_pages += 1
        total += 1
        k += 1


class _Numbering:
    """Pack page numbers of physical pages, given the front and agenda lengths."""

    def __init__(self, spec: PackSpec, n_front: int, n_agenda: int) -> None:
        self.spec = spec
        self.first_papers = n_front + n_agenda + 1
        if spec.stamp_start is None:
            self.origin, self.start = 1, 1
        elif spec.stamp_agenda:
            self.origin, self.start = n_front + 1, spec.stamp_start
        else:
            self.origin, self.start = self.first_papers, spec.stamp_start

    def pack(self, physical: int) -> int | None:
        if physical < self.origin:
            return None
        return self.start + physical - self.origin


def _assign_ranges(
    plan: Plan, spec: PackSpec, numbering: _Numbering, virtual: dict[int, tuple[int, int]]
) -> None:
    base = numbering.first_papers - 1
    with_papers = 0
    for it in plan.walk():
        it.pack_pages = None
        span = it.pdf_pages if it.in_file else virtual.get(id(it))
        if spec.layout in ("papers", "no_agenda") or span is None or it.children:
            continue
        with_papers += 1
        if spec.missing_ranges and with_papers % 3 == 2:
            continue  # "Report attached" with no range: found by its title and stamps
        a, b = numbering.pack(span[0] + base), numbering.pack(span[1] + base)
        if a is not None and b is not None:
            it.pack_pages = (a + spec.stale_offset, b + spec.stale_offset)


def _agenda_pages(plan: Plan, spec: PackSpec) -> int:
    scratch = pymupdf.open()
    RENDERERS[spec.layout](scratch, plan, spec)
    flush(scratch)  # drops the pending text
    n = scratch.page_count
    scratch.close()
    return n


def _stamp_text(spec: PackSpec, n: int, total: int) -> str:
    return spec.stamp_style.format(n=n, total=total)


def _stamp(page: pymupdf.Page, text: str, where: str, align: str, broken: bool = False) -> None:
    y = 30 if where == "header" else page.rect.height - 24
    if align == "left":
        x = 40.0
    elif align == "right" or where == "header":
        x = page.rect.width - 40 - width_of(text, "helv", 9)
    else:
        x = (page.rect.width - width_of(text, "helv", 9)) / 2
    _broken_text(page, x, y, text, "helv", 9, broken)


def _broken_text(
    page: pymupdf.Page, x: float, y: float, text: str, font: str, size: float, broken: bool
) -> None:
    """Write text; broken: its first letter sits a little higher, as in stamps that
    extraction splits into 'P' / 'age 5' (domain.md §2)."""
    if not broken or len(text) < 3:
        text_at(page, x, y, text, font, size)
        return
    text_at(page, x, y - size * 1.1, text[0], font, size)
    text_at(page, x + width_of(text[0], font, size), y, text[1:], font, size)


def build_pack(spec: PackSpec, path: str | Path) -> dict[str, Any]:
    """Write the pack described by ``spec`` to ``path``; return its ground truth (agenda JSON)."""
    pymupdf.TOOLS.mupdf_display_errors(False)
    set_serif(spec.font == "tiro")
    try:
        return _build(spec, path)
    finally:
        set_serif(False)


def _build(spec: PackSpec, path: str | Path) -> dict[str, Any]:
    plan = make_plan(spec)
    _pad_to_target(plan, spec)
    papers = pymupdf.open()
    writer = PaperWriter(papers, plan, spec)
    writer.write_all()
    kinds = writer.kinds
    # Papers missing from this file still occupy pack pages after its end (supplements).
    virtual: dict[int, tuple[int, int]] = {}
    cursor = len(kinds)
    for it in plan.walk():
        if not it.in_file and it.docs:
            n = sum(d.n_pages for d in it.docs)
            if spec.blank_separators and n % 2:
                n += 1
            virtual[id(it)] = (cursor + 1, cursor + n)
            cursor += n
        elif not it.in_file and it.shares is not None and id(it.shares) in virtual:
            virtual[id(it)] = virtual[id(it.shares)]

    has_agenda = spec.layout != "no_agenda"
    n_front = spec.front_pages if has_agenda else 0
    n_agenda = 1
    if has_agenda:
        for _ in range(5):
            numbering = _Numbering(spec, n_front, n_agenda)
            _assign_ranges(plan, spec, numbering, virtual)
            got = _agenda_pages(plan, spec)
            if got == n_agenda:
                break
            n_agenda = got
    else:
        n_agenda = 0
    if spec.layout == "no_agenda":
        spec_start = spec.stamp_start if spec.stamp_start is not None else 200 + spec.seed % 50
        numbering = _Numbering(PackSpec(**{**spec.__dict__, "stamp_start": spec_start}), 0, 0)
    else:
        numbering = _Numbering(spec, n_front, n_agenda)
    _assign_ranges(plan, spec, numbering, virtual)

    doc = pymupdf.open()
    if has_agenda:
        write_front(doc, plan, spec)
        RENDERERS[spec.layout](doc, plan, spec)
        assert doc.page_count == n_front + n_agenda, (doc.page_count, n_front, n_agenda)
    base = doc.page_count
    if papers.page_count:
        doc.insert_pdf(papers)
    papers.close()
    all_kinds = ["front"] * n_front + ["agenda"] * n_agenda + kinds
    labels = _apply_stamps(doc, plan, spec, numbering, all_kinds, base)
    _apply_item_marks(doc, plan, spec, base)
    if spec.page_labels and spec.layout != "papers" and numbering.origin <= doc.page_count:
        doc.set_page_labels(
            [
                {
                    "startpage": numbering.origin - 1,
                    "prefix": "",
                    "style": "D",
                    "firstpagenum": numbering.start,
                }
            ]
        )
    flush(doc)
    m = plan.meeting
    doc.set_metadata(
        {
            "title": f"{m.body}, {m.date.day} {m.date:%B %Y}",
            "author": m.organisation,
            "creator": "boardprep tests.packgen",
        }
    )
    if spec.outline:
        doc.set_toc(_outline(plan, spec, base, n_front))
    doc.save(str(path), garbage=1, deflate=True)
    doc.close()
    return _truth(plan, spec, base, len(all_kinds), labels)


def _apply_stamps(
    doc: pymupdf.Document,
    plan: Plan,
    spec: PackSpec,
    numbering: _Numbering,
    kinds: list[str],
    base: int,
) -> list[int | None]:
    labels: list[int | None] = []
    if spec.layout == "papers":
        for it in plan.walk():
            for d in it.docs:
                assert d.first is not None and d.last is not None
                n = d.last - d.first + 1
                for k in range(n):
                    page = doc[base + d.first - 1 + k]
                    put_centre(page, page.rect.height - 24, f"Page {k + 1} of {n}", "helv", 9)
                page = doc[base + d.first - 1]
                put_right(page, RIGHT, 40, it.paper or "", "hebo", 12)
        return [None] * len(kinds)
    total = numbering.pack(len(kinds)) or 0
    stampable = []
    for p in range(1, len(kinds) + 1):
        n = numbering.pack(p)
        labels.append(n)
        kind = kinds[p - 1]
        unstamped = kind in UNSTAMPED_KINDS and not (kind == "blank" and spec.stamp_blanks)
        if n is None or spec.stamps == "none" or unstamped or kind == "front":
            continue
        if kind == "agenda" and not spec.stamp_agenda:
            continue
        stampable.append((p, n, kind))
    glitch: dict[int, str | None] = {}
    if spec.glitches:
        body = [(p, n) for p, n, kind in stampable if kind == "body"]
        if len(body) >= 9:
            third = len(body) // 3
            p1, n1 = body[third // 2]
            p2, n2 = body[third + third // 2]
            p3, _ = body[2 * third + third // 2]
            glitch[p1] = _stamp_text(spec, max(1, n1 - 37), total)  # out of sequence
            glitch[p2] = _stamp_text(spec, n2, total).replace(str(n2), "0" + str(n2)[-1])
            glitch[p3] = None  # missing
    for p, n, _kind in stampable:
        text = glitch.get(p, _stamp_text(spec, n, total))
        if text:
            broken = spec.broken_stamps and n % 5 == 0 and text[:1].isalpha()
            _stamp(doc[p - 1], text, spec.stamps, spec.stamp_align, broken)
    return labels


def _apply_item_marks(doc: pymupdf.Document, plan: Plan, spec: PackSpec, base: int) -> None:
    if spec.layout == "papers" or not (spec.agenda_item_stamps or spec.layout == "no_agenda"):
        return
    stamped = [it for it in plan.walk() if it.in_file and it.docs and it.docs[0].first]
    for k, it in enumerate(stamped):
        number = it.number
        if spec.wrong_item_stamp and k == 2 and len(stamped) > 3:
            number = stamped[k + 1].number  # a clerk's slip: weigh stamps, don't obey them
        page = doc[base + (it.docs[0].first or 1) - 1]
        label = spec.item_stamp_style.format(n=number)
        broken = spec.broken_stamps and k % 2 == 1
        _broken_text(page, RIGHT - width_of(label, "hebo", 12), 44, label, "hebo", 12, broken)


def _outline(plan: Plan, spec: PackSpec, base: int, n_front: int) -> list[list[Any]]:
    if spec.outline == "junk":
        return [
            [1, "Microsoft Word - Front sheet template.docx", 1],
            [1, "Document1", 1],
            [1, "Untitled", min(3, base + 1)],
        ]
    toc: list[list[Any]] = []
    if n_front:
        toc += [[1, "Front sheet", 1], [1, "Agenda", n_front + 1]]
    for it in plan.walk():
        level = 1 if "." not in it.number and not it.number[-1:].isalpha() else 2
        if it.in_file and it.pdf_pages:
            toc.append([level, f"{it.number} {it.title}", base + it.pdf_pages[0]])
    if toc and toc[0][0] != 1:
        toc[0][0] = 1
    return toc


def _item_truth(it: ItemPlan, base: int) -> dict[str, Any]:
    """The item as the engine must report it; a sub-item's number is its label as printed:
    "(a)" under item 5 where the layout printed "(a)", "5a" where it printed "5a"."""
    pdf = [base + it.pdf_pages[0], base + it.pdf_pages[1]] if it.in_file and it.pdf_pages else None
    children: list[dict[str, Any]] = [_item_truth(c, base) for c in it.children]
    if it.in_file:
        for d in it.docs or (it.shares.docs if it.shares else []):
            assert d.first is not None and d.last is not None
            children.append(
                {"kind": "document", "title": d.title, "pdf_pages": [base + d.first, base + d.last]}
            )
    return {
        "number": it.printed or it.number,
        "title": it.title,
        "pack_pages": list(it.pack_pages) if it.pack_pages else None,
        "pdf_pages": pdf,
        "time": it.time,
        "people": [{"role": r, "name": n} for r, n in it.people],
        "purpose": it.purpose,
        "exempt": it.exempt,
        "children": children,
        "paper": it.paper.replace(" (confidential)", "") if it.paper else None,
    }


def _truth(
    plan: Plan, spec: PackSpec, base: int, pages: int, labels: list[int | None]
) -> dict[str, Any]:
    m = plan.meeting
    no_agenda = spec.layout == "no_agenda"
    absent = any(not it.in_file and (it.docs or it.paper) for it in plan.walk())
    return {
        "pack": {"pages": pages},
        "meeting": {
            "organisation": m.organisation,
            "body": m.body,
            "date": m.date.isoformat(),
            "time": None if no_agenda else m.time,
            "venue": None if no_agenda else m.venue,
        },
        "items": [_item_truth(it, base) for it in plan.items],
        "page_labels": labels,
        "expect_warnings": no_agenda or absent or spec.agenda_only,
        "spec": {k: v for k, v in spec.__dict__.items()},
    }


def write_truth(truth: dict[str, Any], path: str | Path) -> None:
    Path(path).write_text(json.dumps(truth, indent=1), encoding="utf-8")


__all__ = ["build_pack", "write_truth"]
