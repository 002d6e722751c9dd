"""The agenda tree: the engine's output and every other layer's input.

Plain dataclasses with a JSON form that is exactly the ``boardprep agenda --json`` contract
(see README "Command line"). Page numbers: ``pdf_pages`` are 1-based physical pages,
``pack_pages`` are the numbers the agenda prints (stamped page numbers).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

PageRange = tuple[int, int]


def _range_json(r: PageRange | None) -> list[int] | None:
    return [r[0], r[1]] if r is not None else None


def _range_from(v: Any) -> PageRange | None:
    return (int(v[0]), int(v[1])) if v else None


@dataclass
class Person:
    role: str
    name: str

    def to_json(self) -> dict[str, Any]:
        return {"role": self.role, "name": self.name}


@dataclass
class Document:
    """A paper inside an item: the report, an appendix, minutes, slides."""

    title: str
    pdf_pages: PageRange | None = None
    # Changed by the member's own corrections (core/corrections.py); printed only when True.
    corrected: bool = False

    kind = "document"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "kind": "document",
            "title": self.title,
            "pdf_pages": _range_json(self.pdf_pages),
        }
        if self.corrected:
            out["corrected"] = True
        return out


@dataclass
class Item:
    """An agenda item (or sub-item)."""

    number: str
    title: str
    pack_pages: PageRange | None = None
    pdf_pages: PageRange | None = None
    time: str | None = None
    people: list[Person] = field(default_factory=list)
    purpose: str | None = None
    exempt: bool = False
    children: list[Item | Document] = field(default_factory=list)
    # The item's paper reference where boards name papers instead of pages ("Paper B",
    # "TB 24/057"): the engine finds the paper by it. Extends the CLI JSON compatibly.
    paper: str | None = None
    # A sub-item's label as printed ("(i)", "a)") when ``number`` qualifies it with its
    # parent's ("Di", "4a") so that every item's number is unique in the pack (notes,
    # questions and ``--item`` refer to items by number). The JSON prints the label.
    printed: str | None = None
    # Minutes the agenda allots to the item ("Convener's Communications – 15 minutes"): the
    # chair's clock. Extends the CLI JSON compatibly.
    duration: int | None = None
    # Changed by the member's own corrections (core/corrections.py); printed only when True.
    corrected: bool = False
    # The parent's display number when this sub-item's own label does not carry it ("7"
    # under VIII(A), "7" again under VIII(B)): headings outside the tree then say
    # "VIII(A).7" where the label alone would say "7" or "7[2]". Set by
    # number_items_uniquely; never stored.
    parent_display: str | None = field(default=None, compare=False, repr=False)
    # The physical page (1-based) where the agenda lists the item: where the reader goes for
    # an item with no papers in the file (an agenda-only file). Stored with the agenda, not
    # printed by ``agenda --json``.
    agenda_page: int | None = field(default=None, compare=False, repr=False)
    # The agenda says the item's papers are not in this file ("(to follow)", "verbal"): it
    # does not share its parent's paper. Set by the agenda reader for the analysis; never
    # stored.
    no_papers: bool = field(default=False, compare=False, repr=False)

    kind = "item"

    @property
    def label(self) -> str:
        """The number as printed on the agenda ("(i)" under item D; "7" otherwise)."""
        return self.number if self.printed is None else self.printed

    @property
    def heading(self) -> str:
        """ "Item 7" over the item's title in a panel; "" for an item the agenda printed no
        number for ("• Call to Order"), whose "[3]" is only the app's key."""
        if self.printed == "" and self.number.startswith("["):
            return ""
        return f"Item {self.display_number}"

    @property
    def display_number(self) -> str:
        """The number in full for headings outside the tree: "D(i)" for "(i)" under item D,
        "VIII(A).7" for "7" under VIII(A)."""
        if self.parent_display is not None:
            label = self.label.strip().rstrip(".")
            if label.endswith(")") and "(" not in label:
                label = label[:-1]  # "5)" under "H)": "H.5", not "H.5)"
            return f"{self.parent_display}.{label}"
        inner = (self.printed or "").strip("().")
        if not inner or "(" in self.number or not self.number.lower().endswith(inner.lower()):
            return self.number
        return f"{self.number[: -len(inner)]}({inner})"

    @property
    def sub_items(self) -> list[Item]:
        return [c for c in self.children if isinstance(c, Item)]

    @property
    def documents(self) -> list[Document]:
        return [c for c in self.children if isinstance(c, Document)]

    def to_json(self, *, stored: bool = False) -> dict[str, Any]:
        """The CLI's JSON; ``stored`` adds what only the app keeps (the agenda page)."""
        out: dict[str, Any] = {
            "number": self.label,
            "title": self.title,
            "pack_pages": _range_json(self.pack_pages),
            "pdf_pages": _range_json(self.pdf_pages),
            "time": self.time,
            "people": [p.to_json() for p in self.people],
            "purpose": self.purpose,
            "exempt": self.exempt,
            "children": [
                c.to_json(stored=stored) if isinstance(c, Item) else c.to_json()
                for c in self.children
            ],
            "paper": self.paper,
            "duration": self.duration,
        }
        if self.corrected:
            out["corrected"] = True
        if stored and self.agenda_page is not None:
            out["agenda_page"] = self.agenda_page
        return out


@dataclass
class Meeting:
    organisation: str | None = None
    body: str | None = None
    date: str | None = None  # ISO 8601 "2018-10-17"
    time: str | None = None  # 24-hour "HH:MM"
    venue: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "organisation": self.organisation,
            "body": self.body,
            "date": self.date,
            "time": self.time,
            "venue": self.venue,
        }


@dataclass
class PackInfo:
    path: str
    sha256: str
    pages: int

    def to_json(self) -> dict[str, Any]:
        return {"path": self.path, "sha256": self.sha256, "pages": self.pages}


@dataclass
class AgendaTree:
    pack: PackInfo
    meeting: Meeting = field(default_factory=Meeting)
    items: list[Item] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Printed page label per physical page (index 0 = page 1); None where unknown.
    # Not part of the CLI JSON contract but cached with it: the UI's status bar needs it.
    page_labels: list[int | None] = field(default_factory=list)
    # Each page's text as the analysis read it (for the search index, so the pack is read
    # once); only on a fresh analysis, never cached nor printed.
    page_texts: list[str] | None = field(default=None, repr=False, compare=False)
    # The engine version that produced this tree (``analysis.ANALYSIS_VERSION``), None for a
    # tree from elsewhere (a bundle, a test): the store keeps it with the agenda, and only a
    # stored agenda of the current version spares a new analysis. Never printed.
    analysis_version: int | None = field(default=None, repr=False, compare=False)

    def to_json(self, *, with_labels: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "pack": self.pack.to_json(),
            "meeting": self.meeting.to_json(),
            "items": [i.to_json(stored=with_labels) for i in self.items],
            "warnings": list(self.warnings),
        }
        if with_labels:
            out["page_labels"] = list(self.page_labels)
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AgendaTree:
        items = [_item_from(d, None) for d in data.get("items", [])]
        number_items_uniquely(items)
        return cls(
            pack=PackInfo(**data["pack"]),
            meeting=Meeting(**data.get("meeting") or {}),
            items=items,
            warnings=list(data.get("warnings", [])),
            page_labels=list(data.get("page_labels", [])),
        )

    def walk(self) -> list[Item]:
        """Every item and sub-item, in agenda order (depth first)."""
        return walk_items(self.items)

    def find_item(self, number: str) -> Item | None:
        """The item numbered ``number``, or headed so ("VIII(B).7", also typed "VIII.B.7");
        a bare printed sub-label ("(i)") when it is unique."""
        key = normalise_number(number)
        everything = self.walk()
        for it in everything:
            if normalise_number(it.number) == key:
                return it
        flat = key.replace(".", "")
        pathed = [
            it
            for it in everything
            if it.parent_display is not None
            and normalise_number(it.display_number).replace(".", "") == flat
        ]
        if len(pathed) == 1:
            return pathed[0]
        labelled = [it for it in everything if it.printed and normalise_number(it.printed) == key]
        return labelled[0] if len(labelled) == 1 else None

    def item_at_page(self, pdf_page: int) -> Item | None:
        """The deepest item whose papers contain physical page ``pdf_page`` (1-based)."""
        best: Item | None = None
        for it in self.walk():
            r = it.pdf_pages
            if r and r[0] <= pdf_page <= r[1]:
                best = it
        return best

    def label_for(self, pdf_page: int) -> int | None:
        if 1 <= pdf_page <= len(self.page_labels):
            return self.page_labels[pdf_page - 1]
        return None


def walk_items(items: Sequence[Item]) -> list[Item]:
    """``items`` and all their sub-items, in agenda order (depth first)."""
    out: list[Item] = []
    for it in items:
        out.append(it)
        out.extend(walk_items(it.sub_items))
    return out


def number_items_uniquely(items: Sequence[Item]) -> None:
    """Give every item a number of its own: notes, questions, declarations and ``--item``
    find their item by number. An item printed with a number used before (numbering that
    restarts per section) or with none keeps what the agenda prints (``printed``, which the
    JSON and the tree show) and is told apart as "1[2]" (the second item printed "1") or
    "[3]" (the third unnumbered item). Deterministic, so a stored tree reads back the same."""
    seen: set[str] = set()
    repeats: dict[str, int] = {}
    for it in walk_items(items):
        key = normalise_number(it.number)
        if key and key not in seen:
            seen.add(key)
            continue
        base = it.label
        k = repeats.get(base, 1 if key else 0)
        while True:
            k += 1
            number = f"{base}[{k}]"
            if normalise_number(number) not in seen:
                break
        repeats[base] = k
        it.printed, it.number = base, number
        seen.add(normalise_number(number))
    _qualify_sub_items(items, None)


def _qualify_sub_items(items: Sequence[Item], parent: Item | None) -> None:
    for it in items:
        it.parent_display = None
        if parent is not None and parent.label.strip() and it.label.strip():
            own, parents = normalise_number(it.number), normalise_number(parent.label)
            parents = parents.removesuffix(".0")  # "8.2" under a section printed "8.0"
            if not own.startswith(parents):  # "4.1" under 4 and "Di" under D say it already
                it.parent_display = parent.display_number
        _qualify_sub_items(it.sub_items, it)


def normalise_number(number: str) -> str:
    """'Item 4a.' -> '4a'; used to match item numbers typed by users or printed in stamps.

    Brackets and spaces are dropped, so the qualified forms of a sub-item match each other:
    'D(i)', 'D (i)' and 'Di' -> 'di'; '4(a)' -> '4a'; a bare '(i)' -> 'i'.
    """
    s = number.strip().lower()
    for prefix in ("agenda item", "item"):
        if s.startswith(prefix):
            s = s[len(prefix) :].strip()
    s = s.replace("(", "").replace(")", "")
    return "".join(s.split()).rstrip(".:")


_SUB_LABEL_RE = re.compile(
    r"^\(?(?:[a-z]|a[a-z]|[ivx]{1,5})[.)]?\)?$|^\(\d{1,2}\)$", re.IGNORECASE
)  # "aa": Legistar letters on past "z"


def sub_item_number(parent: str, printed: str) -> tuple[str, str | None]:
    """(number, printed label) of a sub-item: "(i)" under "D" -> ("Di", "(i)"); "4.1" and
    "4a" are already unique and keep no separate label."""
    p = printed.strip().rstrip(".:")
    key, parent_key = normalise_number(p), normalise_number(parent)
    if not _SUB_LABEL_RE.match(p) or (key.startswith(parent_key) and key != parent_key):
        return p, None
    if p[1:2].isdigit():
        return f"{parent}({p[1:-1]})", p  # "(1)" under 6: "6(1)", never "61"
    return parent + normalise_number(p), p


def _item_from(d: dict[str, Any], parent: str | None) -> Item:
    number, printed = d["number"], None
    if parent is not None:
        number, printed = sub_item_number(parent, number)
    children: list[Item | Document] = []
    for c in d.get("children", []):
        if c.get("kind") == "document":
            children.append(
                Document(
                    title=c["title"],
                    pdf_pages=_range_from(c.get("pdf_pages")),
                    corrected=bool(c.get("corrected", False)),
                )
            )
        else:
            children.append(_item_from(c, number))
    return Item(
        printed=printed,
        number=number,
        title=d["title"],
        pack_pages=_range_from(d.get("pack_pages")),
        pdf_pages=_range_from(d.get("pdf_pages")),
        time=d.get("time"),
        people=[Person(**p) for p in d.get("people", [])],
        purpose=d.get("purpose"),
        exempt=bool(d.get("exempt", False)),
        children=children,
        paper=d.get("paper"),
        duration=d.get("duration"),
        corrected=bool(d.get("corrected", False)),
        agenda_page=d.get("agenda_page"),
    )
