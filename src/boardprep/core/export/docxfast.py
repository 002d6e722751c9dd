"""Word documents in linear time, with text made safe for XML.

python-docx's ``add_paragraph`` finds the section properties by scanning the body on every
call, and a table's ``add_row().cells`` rebuilds the whole cell grid: both are quadratic (40,000
questions took minutes). :class:`DocxWriter` inserts each paragraph just before the section
properties (one lxml call), resolves each style once, and fills table rows from their own
cells. Text is cleaned of characters XML cannot hold (NUL, other controls), which python-docx
would otherwise refuse with an error half-way through an export.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph

_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: object) -> str:
    s = "" if text is None else str(text)
    return _XML_BAD.sub("", s) if _XML_BAD.search(s) else s


class DocxWriter:
    def __init__(self) -> None:
        self.doc = docx.Document()
        body = self.doc.element.body
        self._body = body
        self._sect = body.find(qn("w:sectPr"))
        self._styles: dict[str, str] = {}

    def _style_id(self, name: str) -> str:
        sid = self._styles.get(name)
        if sid is None:
            sid = self._styles[name] = self.doc.styles[name].style_id
        return sid

    def _place(self, element: Any) -> None:
        if self._sect is not None:
            self._sect.addprevious(element)
        else:
            self._body.append(element)

    def paragraph(self, text: str = "", style: str | None = None) -> Paragraph:
        p = OxmlElement("w:p")
        self._place(p)
        para = Paragraph(p, self.doc._body)
        if style:
            p.get_or_add_pPr().style = self._style_id(style)
        if text:
            para.add_run(xml_safe(text))
        return para

    def heading(self, text: str, level: int = 1) -> Paragraph:
        return self.paragraph(text, "Title" if level == 0 else f"Heading {level}")

    def table(self, header: list[str], style: str | None = "Table Grid") -> FastTable:
        table = self.doc.add_table(rows=1, cols=len(header))  # the one table: at the end
        if style:
            table.style = style
        for cell, name in zip(table.rows[0].cells, header, strict=True):
            cell.text = xml_safe(name)
        return FastTable(table)

    def save(self, out: str | Path) -> None:
        self.doc.save(str(out))


class FastTable:
    def __init__(self, table: Table) -> None:
        self.table = table
        self._tbl = table._tbl
        self._widths = [g.w for g in self._tbl.tblGrid.gridCol_lst]

    def row(self, values: list[str]) -> None:
        tr = self._tbl.add_tr()
        for w, value in zip(self._widths, values, strict=True):
            tc = tr.add_tc()
            if w is not None:
                tc.width = w
            _Cell(tc, self.table).text = xml_safe(value)
