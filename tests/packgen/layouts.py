"""Agenda renderers, one per layout family (domain.md §3). Each appends pages to a document."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

import pymupdf

from tests.packgen.draw import LEFT, RIGHT, TOP, Flow, put, put_right, text_at, width_of, wrap
from tests.packgen.front import clock12
from tests.packgen.plan import ItemPlan, Plan
from tests.packgen.spec import PackSpec

Renderer = Callable[[pymupdf.Document, Plan, PackSpec], None]


def _rng(spec: PackSpec) -> random.Random:
    # Same choices on every re-render: the agenda is drawn again until its length settles.
    return random.Random(spec.seed * 101 + 17)


def glued_range(r: tuple[int, int], variant: int) -> str:
    a, b = r
    if a == b:
        return f"(Page {a})"
    if variant == 2:
        return f"(Pages {a} to {b})"
    if variant == 4:
        return f"(Pages {a} – {b})"
    return f"(Pages {a} - {b})"


def plain_range(r: tuple[int, int]) -> str:
    """'9 - 14' in a page column; a one-page paper prints just '9'."""
    return str(r[0]) if r[0] == r[1] else f"{r[0]} - {r[1]}"


def _people_lines(it: ItemPlan) -> list[str]:
    return [f"{role}: {name}" for role, name in it.people]


def render_glued(doc: pymupdf.Document, plan: Plan, spec: PackSpec) -> None:
    rng = _rng(spec)
    flow = Flow(doc)
    put(flow.page, LEFT, flow.y, spec.agenda_heading, "hebo", 14)
    flow.space(30)
    mixed = spec.layout == "mixed"
    if mixed:
        flow.para("PART A – ITEMS CONSIDERED IN PUBLIC", font="hebo", size=11, gap=12)
    x_title = LEFT + (50 if spec.number_style == "item" else 34)
    number_format = {"plain": "{}", "dot": "{}.", "item": "Item {}"}[spec.number_style]

    def item_line(it: ItemPlan, x_num: float, x: float, number: str) -> None:
        variant = rng.randrange(5) if spec.range_variants else 0
        title_font = "hebo" if rng.random() < 0.8 else "helv"
        rng_text = ""
        if it.note:
            rng_text = f"({it.note})"
        elif it.pack_pages:
            rng_text = glued_range(it.pack_pages, variant)
        lines = wrap(it.title, RIGHT - x, title_font, 11)
        flow.ensure(len(lines) * 15 + 40)
        put(flow.page, x_num, flow.y + 11, number, "hebo", 11)
        y = put(flow.page, x, flow.y + 11, lines, title_font, 11)
        last_w = width_of(lines[-1], title_font, 11)
        if rng_text:
            # Variant 1: bold closes before the range; 3: the range goes on the next line.
            font = "helv" if variant == 1 else title_font
            if variant == 3 and it.pack_pages:
                y = put(flow.page, x, y, rng_text.strip("()"), "helv", 11)
            elif x + last_w + 4 + width_of(rng_text, font, 11) <= RIGHT:
                put(flow.page, x + last_w + 3, y - 11 * 1.3, rng_text, font, 11)
            else:
                y = put(flow.page, x, y, rng_text, font, 11)
        flow.y = y - 11 + 8

    for it in plan.items:
        if mixed and it.exempt:
            flow.para("PART B – EXEMPT ITEMS", font="hebo", size=11, gap=12)
        item_line(it, LEFT, x_title, number_format.format(it.number))
        if it.purpose:
            flow.para(it.purpose, x=x_title)
        for line in _people_lines(it):
            flow.para(line, x=x_title, gap=2)
        for child in it.children:
            flow.space(4)
            letter = child.number[len(it.number) :]
            child.printed = spec.sub_style.replace("a", letter)
            item_line(child, x_title, x_title + 20, child.printed)
            if child.purpose:
                flow.para(child.purpose, x=x_title + 20)
            for line in _people_lines(child):
                flow.para(line, x=x_title + 20, gap=2)
        flow.space(10)


def render_table(doc: pymupdf.Document, plan: Plan, spec: PackSpec) -> None:
    issue = plan.meeting.date - dt.timedelta(days=7)
    footer = (
        f"Date of Issue: {issue.day} {issue:%B %Y}    Published by {plan.clerk}, "
        "Democratic Services"
    )

    def running_footer(page: pymupdf.Page) -> None:
        put(page, LEFT, 790, footer, "heit", 8)

    x1, x2 = LEFT + 50, RIGHT - 80
    rows: list[tuple[str, list[tuple[str, str]], str]] = []
    for it in plan.items:
        for node in [it, *it.children]:
            cell = [(line, "hebo") for line in wrap(node.title, x2 - x1 - 10, "hebo", 10)]
            if node.purpose:
                cell += [(line, "helv") for line in wrap(node.purpose, x2 - x1 - 10, "helv", 10)]
            for role, name in node.people[:1]:
                # An italic sub-heading inside the subject cell (not part of the title).
                cell.append((f"{role}: {name}", "heit"))
            pages = ""
            if node.pack_pages:
                pages = plain_range(node.pack_pages)
            elif node.note:
                pages = node.note
            rows.append((node.number, cell, pages))
    heights = [len(cell) * 13 + 12 for _, cell, _ in rows]
    page = doc.new_page()
    running_footer(page)
    y = put(page, LEFT, TOP, spec.agenda_heading, "hebo", 14) + 6
    y = (
        put(
            page,
            LEFT,
            y,
            wrap(
                "Part 1 – Items likely to be considered in public. Reports are "
                "attached in the order listed below.",
                RIGHT - LEFT,
            ),
        )
        + 10
    )
    # Split the table after about half of the rows so it always runs over two pages.
    limit = min(770.0, y + 20 + sum(heights[: max(1, len(rows) // 2)]))

    def header(page: pymupdf.Page, y: float) -> float:
        shape = page.new_shape()
        shape.draw_rect(pymupdf.Rect(LEFT, y, RIGHT, y + 20))
        shape.finish(color=(0, 0, 0), fill=(0.85, 0.85, 0.85), width=0.6)
        shape.commit()
        for x, text in ((LEFT + 4, "Item No"), (x1 + 4, "Subject"), (x2 + 4, "Page No")):
            text_at(page, x, y + 14, text, "hebo", 10)
        return y + 20

    y = header(page, y)
    for (number, cell, pages), h in zip(rows, heights, strict=True):
        if y + h > limit:
            page = doc.new_page()
            running_footer(page)
            y = header(page, TOP)
            limit = 770.0
        shape = page.new_shape()
        for xa, xb in ((LEFT, x1), (x1, x2), (x2, RIGHT)):
            shape.draw_rect(pymupdf.Rect(xa, y, xb, y + h))
        shape.finish(color=(0, 0, 0), width=0.6)
        shape.commit()
        text_at(page, LEFT + 4, y + 14, number, "helv", 10)
        yy = y + 14
        for text, font in cell:
            text_at(page, x1 + 4, yy, text, font, 10)
            yy += 13
        if pages:
            text_at(page, x2 + 4, y + 14, pages, "helv", 10)
        y += h


def render_colon(doc: pymupdf.Document, plan: Plan, spec: PackSpec) -> None:
    rng = _rng(spec)
    flow = Flow(doc)
    put(flow.page, LEFT, flow.y, spec.agenda_heading, "hebo", 14)
    flow.space(26)
    put(flow.page, LEFT + 20, flow.y + 10, "Reports attached", "hebo", 10)
    put_right(flow.page, RIGHT, flow.y + 10, "Pages", "hebo", 10)
    flow.space(26)
    reports = [it for it in plan.items if it.docs or it.children]
    group_at = {id(reports[1]): "FOR DECISION"} if len(reports) > 2 else {}
    if len(reports) > 4:
        group_at[id(reports[-2])] = "FOR INFORMATION"

    def entry(it: ItemPlan, number: str) -> None:
        if id(it) in group_at:
            flow.space(6)
            flow.para(group_at[id(it)], font="hebo", size=11, gap=10)
        head = f"{number}: {it.title}"
        pages = plain_range(it.pack_pages) if it.pack_pages else ""
        same_line = rng.random() < 0.5
        lines = wrap(head, RIGHT - LEFT - 70, "hebo", 11)
        flow.ensure(len(lines) * 15 + 30)
        y = put(flow.page, LEFT, flow.y + 11, lines, "hebo", 11)
        if pages and (same_line or spec.leaders):
            if spec.leaders:
                # Leader dots from the end of the title to the range, as Word agendas do.
                x0 = LEFT + width_of(lines[-1], "hebo", 11) + 6
                x1 = RIGHT - width_of(pages, "helv", 11) - 6
                dots = "." * max(3, int((x1 - x0) / width_of(".", "helv", 11)))
                put(flow.page, x0, y - 14.3, dots, "helv", 11)
            put_right(flow.page, RIGHT, y - 14.3, pages, "helv", 11)
        elif pages:
            put_right(flow.page, RIGHT, y, pages, "helv", 11)
            y += 14.3
        flow.y = y - 11 + 4
        if it.purpose:
            flow.para(it.purpose, x=LEFT + 20, width=RIGHT - LEFT - 90)
        for role, name in it.people[:1]:
            flow.para(
                f"Contact: {name}, {role}, Tel: 01632 960{rng.randint(100, 999)}",
                x=LEFT + 20,
                gap=2,
            )
        flow.space(10)

    for it in plan.items:
        entry(it, it.number)
        for child in it.children:
            entry(child, child.number)


def render_timed(doc: pymupdf.Document, plan: Plan, spec: PackSpec) -> None:
    x1, x2 = RIGHT - 120, RIGHT - 60
    page = doc.new_page()
    y = put(page, LEFT, TOP, spec.agenda_heading, "hebo", 14) + 8

    def header(page: pymupdf.Page, y: float) -> float:
        for x, text in ((LEFT, "Agenda Item"), (x1, "Time"), (x2, "Page No")):
            text_at(page, x, y + 14, text, "hebo", 10)
        page.draw_line((LEFT, y + 20), (RIGHT, y + 20), color=(0, 0, 0), width=0.8)
        return y + 28

    y = header(page, y)
    for it in plan.items:
        for node in [it, *it.children]:
            title = wrap(node.title, x1 - LEFT - 40, "hebo", 10)
            people = [f"Presenters: {name}, {role}" for role, name in node.people[:1]]
            # Description rows under the title, as in tab-encoded timed agendas.
            if node.purpose and node.docs:
                people = [node.purpose, *people]
            body = [(t, "hebo") for t in title] + [
                (t, "helv") for p in people for t in wrap(p, x1 - LEFT - 40, "helv", 9)
            ]
            h = len(body) * 13 + 10
            if y + h > 770:
                page = doc.new_page()
                y = header(page, TOP)
            text_at(page, LEFT, y + 10, node.number, "hebo", 10)
            yy = y + 10
            for text, font in body:
                text_at(page, LEFT + 30, yy, text, font, 10 if font == "hebo" else 9)
                yy += 13
            if node.time:
                hh, mm = map(int, node.time.split(":"))
                text_at(page, x1, y + 10, clock12(hh, mm, ampm=False), "hebo", 10)
            if node.pack_pages:
                a, b = node.pack_pages
                text_at(page, x2, y + 10, plain_range((a, b)), "hebo", 10)
            y += h


def render_papers(doc: pymupdf.Document, plan: Plan, spec: PackSpec) -> None:
    flow = Flow(doc)
    put(flow.page, LEFT, flow.y, spec.agenda_heading, "hebo", 14)
    flow.space(24)
    xp, xt = RIGHT - 150, RIGHT - 40
    put(flow.page, LEFT, flow.y + 10, "Item", "hebo", 10)
    put(flow.page, xp, flow.y + 10, "Paper", "hebo", 10)
    put(flow.page, xt, flow.y + 10, "Time", "hebo", 10)
    flow.space(24)
    for sec in plan.items:
        flow.ensure(60)
        flow.para(f"{sec.number}. {sec.title}", font="hebo", size=11, gap=8)
        for it in sec.children:
            lines = wrap(it.title, xp - LEFT - 50, "helv", 10)
            flow.ensure(len(lines) * 13 + 30)
            top = flow.y + 10
            put(flow.page, LEFT, top, it.number, "helv", 10)
            y = put(flow.page, LEFT + 34, top, lines, "helv", 10)
            if it.paper:
                put(flow.page, xp, top, it.paper.replace(" (confidential)", ""), "helv", 10)
                if "confidential" in it.paper:
                    y = put(
                        flow.page, LEFT + 34, y, "(Confidential – not for publication)", "heit", 9
                    )
            if it.time:
                put(flow.page, xt, top, it.time.replace(":", "."), "helv", 10)
            for role, name in it.people:
                y = put(flow.page, LEFT + 34, y, f"{role}: {name}", "heit", 9)
            flow.y = y - 10 + 6
        flow.space(8)


RENDERERS: dict[str, Renderer] = {
    "glued": render_glued,
    "mixed": render_glued,
    "table": render_table,
    "colon": render_colon,
    "timed": render_timed,
    "papers": render_papers,
}
