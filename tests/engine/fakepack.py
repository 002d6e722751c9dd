"""Tiny fictional PDFs for the engine's page-side tests, built with PyMuPDF."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

A4 = (595, 842)


@dataclass
class FakePage:
    body: list[str | tuple[str, bool]] = field(default_factory=list)  # (text, bold)
    footer: str | None = None  # text at the bottom centre
    header: str | None = None  # text at the top right
    extra: list[tuple[float, float, str]] = field(default_factory=list)  # (x, y, text)
    landscape: bool = False


def make_doc(pages: list[FakePage]) -> pymupdf.Document:
    doc = pymupdf.open()
    for spec in pages:
        w, h = (A4[1], A4[0]) if spec.landscape else A4
        page = doc.new_page(width=w, height=h)
        y = 120.0
        for entry in spec.body:
            text, bold = (entry, False) if isinstance(entry, str) else entry
            page.insert_text((60, y), text, fontname="hebo" if bold else "helv", fontsize=11)
            y += 18
        if spec.footer:
            page.insert_text((w / 2 - 20, h - 30), spec.footer, fontsize=9)
        if spec.header:
            page.insert_text((w - 160, 40), spec.header, fontsize=9)
        for x, yy, text in spec.extra:
            page.insert_text((x, yy), text, fontsize=9)
    return doc


def save(pages: list[FakePage], path: Path) -> Path:
    make_doc(pages).save(path)
    return path


def stamped_run(first_label: int, count: int, fmt: str = "Page {n}") -> list[FakePage]:
    return [
        FakePage(body=[f"Fictional paper text line {k}"], footer=fmt.format(n=first_label + k))
        for k in range(count)
    ]
