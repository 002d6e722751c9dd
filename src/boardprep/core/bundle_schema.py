"""The bundle schema, version by version: strict typed parsing of a file from outside.

``read_bundle_file(path)`` reads the JSON with limits (file size, number of values, nesting:
no bomb exhausts memory or the stack); ``validate_bundle(raw, name)`` checks every field's type
and range and returns a :class:`ValidBundle` whose text is clean (NUL, control characters and
unpaired surrogates removed, line breaks normalised) and whose geometry is finite and on the
pack's pages. Problems are sentences a member understands; any problem refuses the bundle
(:class:`BundleError`), so nothing half-checked is ever written. Things boardprep does not know
(a newer kind of record, an extra field, an item the agenda does not have) are reported as
warnings, never imported silently.

Written by hand rather than with a validation library: the checks are few, must clean as they
go, and must word each problem for a member, not for a programmer.
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from boardprep.core.errors import BoardprepError
from boardprep.core.model import AgendaTree

FORMAT = "boardprep-bundle"
SUPPORTED_VERSIONS = (1,)
# "agenda" (issue 9): the member's corrections to the agenda; see core/bundle_fixes.py
BUNDLE_KINDS = ("questions", "notes", "backup", "agenda")
RECORD_KINDS = ("note", "question", "declaration", "highlight", "bookmark")

# Limits: far above anything a member makes (a backup of 100,000 records is ~60 MB), far
# below what would exhaust memory (the parsed file stays under ~1 GB) or time.
MAX_BYTES = 128 * 1024 * 1024
MAX_CONTAINERS = 2_500_000  # objects + arrays in the file ("{" and "[" counted before parsing)
MAX_VALUES = 7_000_000  # separators (",") in the file: bounds the number of parsed values
MAX_RECORDS = 250_000
MAX_ITEMS = 5_000
MAX_DEPTH = 8  # item nesting in the agenda tree
MAX_TEXT = 1_000_000  # characters in one note, question or answer
MAX_LINE = 2_000  # characters in a name, title, label
MAX_QUADS = 2_000
MAX_PAGES = 100_000
MAX_COORD = 1_000_000.0
MAX_PROBLEMS_SHOWN = 1

_INTEREST_KINDS = ("pecuniary", "other-registrable", "non-registrable", "other")
_QUESTION_STATUSES = ("draft", "ready", "submitted", "accepted", "asked", "answered",
                      "withdrawn", "ruled-out")  # fmt: skip
_SHA_RE = re.compile(r"^[0-9a-f]{64}$")
_COLOUR_RE = re.compile(r"^#[0-9a-fA-F]{6}$")
# Control characters (but tab and newline), DEL, C1 controls, non-characters: removed.
_CONTROL_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff]")
_SURROGATE_RE = re.compile("[\ud800-\udfff]")
_SPACE_RE = re.compile(r"[\t\n]+")


class BundleError(BoardprepError):
    """The file is not a bundle boardprep can import; ``problems`` lists every reason."""

    def __init__(self, name: str, problems: list[str], total: int | None = None) -> None:
        self.name = name
        self.problems = problems or ["it is not a boardprep bundle"]
        self.total = max(total or 0, len(self.problems))
        first = self.problems[0]
        more = self.total - 1
        tail = f" (and {more:,} more problem{'s' if more != 1 else ''})" if more else ""
        super().__init__(f"cannot import {name}: {first}{tail}; nothing was imported")


@dataclass
class ValidBundle:
    version: int
    kind: str
    member: str | None
    sha256: str
    tree: AgendaTree
    records: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


# ---- text ------------------------------------------------------------------------------------
def clean_text(s: str) -> str:
    """Text as the app stores it: no NUL or control characters, no lone surrogates, \\n lines."""
    if "\r" in s:
        s = s.replace("\r\n", "\n").replace("\r", "\n")
    s = _CONTROL_RE.sub("", s)
    if _SURROGATE_RE.search(s):
        s = _SURROGATE_RE.sub("\ufffd", s)
    return s


def clean_line(s: str) -> str:
    """One-line text (names, titles, labels): also no tabs or line breaks."""
    return _SPACE_RE.sub(" ", clean_text(s)).strip()


# ---- reading ---------------------------------------------------------------------------------
def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def read_bundle_file(path: str | Path) -> Any:
    """The parsed JSON, or BundleError saying in one sentence why it cannot be read."""
    p = Path(path)
    name = p.name or str(path)
    try:
        st = os.stat(p)
    except FileNotFoundError:
        raise BundleError(name, ["there is no such file"]) from None
    except OSError as err:
        raise BundleError(name, [f"it cannot be read ({err.strerror or err})"]) from None
    if stat.S_ISDIR(st.st_mode):
        raise BundleError(name, ["it is a folder, not a file"])
    if not stat.S_ISREG(st.st_mode):
        raise BundleError(name, ["it is not a regular file (a pipe, socket or device)"])
    if st.st_size > MAX_BYTES:
        mb = MAX_BYTES // (1024 * 1024)
        raise BundleError(
            name, [f"it is larger than {mb} MB, more than any bundle boardprep makes"]
        )
    try:
        with open(p, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as err:
        raise BundleError(name, [f"it cannot be read ({err.strerror or err})"]) from None
    if not data.strip():
        raise BundleError(name, ["the file is empty"])
    if data.count(b"{") + data.count(b"[") > MAX_CONTAINERS or data.count(b",") > MAX_VALUES:
        raise BundleError(name, ["it holds far more values than any bundle boardprep makes"])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BundleError(name, ["it is not text in UTF-8 (not a JSON bundle)"]) from None
    del data
    try:
        return json.loads(text, parse_constant=_no_constants)
    except RecursionError:
        raise BundleError(name, ["its JSON is nested too deeply"]) from None
    except json.JSONDecodeError as err:
        where = f"line {err.lineno}, column {err.colno}"
        raise BundleError(name, [f"it is not valid JSON ({err.msg} at {where})"]) from None
    except ValueError as err:  # NaN/Infinity, integers with thousands of digits
        msg = str(err)
        if "digits" in msg:
            msg = "it holds a number with thousands of digits"
        raise BundleError(name, [f"it is not a usable JSON bundle ({msg})"]) from None


# ---- typed checks ----------------------------------------------------------------------------
def _what(v: Any) -> str:
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true/false"
    if isinstance(v, int | float):
        return "a number"
    if isinstance(v, str):
        return "text"
    if isinstance(v, list):
        return "a list"
    if isinstance(v, dict):
        return "an object"
    return type(v).__name__


class _Checker:
    """Collects problems (refuse) and warnings (report) while cleaning values."""

    def __init__(self) -> None:
        self.problems: list[str] = []
        self.total = 0
        self._warn: dict[str, list[Any]] = {}

    def bad(self, where: str, msg: str) -> None:
        self.total += 1
        if len(self.problems) < 1000:
            self.problems.append(f"{where}: {msg}" if where else msg)

    def warn(self, key: str, example: Any = None) -> None:
        self._warn.setdefault(key, []).append(example)

    def warnings(self) -> list[str]:
        out = []
        for key, examples in self._warn.items():
            shown = [str(e) for e in examples if e is not None][:5]
            count = len(examples)
            ex = f" ({', '.join(shown)}{', …' if count > len(shown) else ''})" if shown else ""
            msg = key.replace("{n}", f"{count:,}").replace("{s}", "s" if count != 1 else "")
            out.append(msg + ex)
        return out

    # scalar parsers: return (ok, value)
    def text(self, where: str, key: str, v: Any, *, line: bool = False, optional: bool = True,
             limit: int | None = None) -> Any:  # fmt: skip
        if v is None and optional:
            return None
        if not isinstance(v, str):
            self.bad(where, f"its {key} must be text, not {_what(v)}")
            return None
        cap = limit or (MAX_LINE if line else MAX_TEXT)
        if len(v) > cap:
            self.bad(where, f"its {key} is longer than {cap:,} characters")
            return None
        return clean_line(v) if line else clean_text(v)

    def integer(self, where: str, key: str, v: Any, lo: int, hi: int, *,
                optional: bool = True) -> Any:  # fmt: skip
        if v is None and optional:
            return None
        if isinstance(v, bool) or not isinstance(v, int):
            self.bad(where, f"its {key} must be a whole number, not {_what(v)}")
            return None
        if not lo <= v <= hi:
            self.bad(where, f"its {key} is out of range ({lo} to {hi:,})")
            return None
        return v

    def boolean(self, where: str, key: str, v: Any, *, optional: bool = False) -> Any:
        if v is None and optional:
            return None
        if isinstance(v, bool):
            return v
        if isinstance(v, int) and v in (0, 1):
            return bool(v)
        self.bad(where, f"its {key} must be true or false, not {_what(v)}")
        return None

    def numbers(self, where: str, key: str, v: Any, n: int) -> Any:
        if not isinstance(v, list) or len(v) != n:
            self.bad(where, f"its {key} must be a list of {n} numbers")
            return None
        out = []
        for x in v:
            if isinstance(x, bool) or not isinstance(x, int | float):
                self.bad(where, f"its {key} must be a list of {n} numbers, not {_what(x)}")
                return None
            f = float(x)
            if not math.isfinite(f) or abs(f) > MAX_COORD:
                self.bad(where, f"its {key} has a coordinate outside the page")
                return None
            out.append(f)
        return out


# ---- the agenda tree -------------------------------------------------------------------------
def _page_range(ck: _Checker, where: str, key: str, v: Any, pages: int) -> Any:
    if v is None:
        return None
    if (
        not isinstance(v, list)
        or len(v) != 2
        or any(isinstance(x, bool) or not isinstance(x, int) for x in v)
    ):
        ck.bad(where, f"its {key} must be two page numbers")
        return None
    a, b = v
    if not (1 <= a <= b <= pages):
        ck.bad(where, f"its {key} are not pages of the pack (1 to {pages})")
        return None
    return [a, b]


def _printed_range(ck: _Checker, where: str, key: str, v: Any) -> Any:
    if v is None:
        return None
    if (
        not isinstance(v, list)
        or len(v) != 2
        or any(isinstance(x, bool) or not isinstance(x, int) for x in v)
        or not all(-MAX_PAGES <= x <= 10 * MAX_PAGES for x in v)
    ):
        ck.bad(where, f"its {key} must be two page numbers")
        return None
    return list(v)


class _TreeChecker:
    def __init__(self, ck: _Checker, pages: int) -> None:
        self.ck = ck
        self.pages = pages
        self.count = 0

    def items(self, where: str, v: Any, depth: int) -> list[dict[str, Any]]:
        ck = self.ck
        if v is None:
            return []
        if not isinstance(v, list):
            ck.bad(where, f"its items must be a list, not {_what(v)}")
            return []
        if depth > MAX_DEPTH:
            ck.bad(where, f"its items are nested more than {MAX_DEPTH} levels deep")
            return []
        out: list[Any] = []
        for i, d in enumerate(v, 1):
            w = f"{where} item {i}" if where else f"agenda item {i}"
            self.count += 1
            if self.count > MAX_ITEMS:
                ck.bad("the agenda", f"it has more than {MAX_ITEMS:,} items")
                return out
            if not isinstance(d, dict):
                ck.bad(w, f"it must be an object, not {_what(d)}")
                continue
            if d.get("kind") == "document":
                out.append(
                    {
                        "kind": "document",
                        "title": ck.text(w, "title", d.get("title"), line=True, optional=False)
                        or "",
                        "pdf_pages": _page_range(
                            ck, w, "pdf_pages", d.get("pdf_pages"), self.pages
                        ),
                    }
                )
                continue
            number = ck.text(w, "number", d.get("number"), line=True, optional=False, limit=40)
            if number == "":
                ck.bad(w, "its number is empty")
            people = []
            raw_people = d.get("people") or []
            if not isinstance(raw_people, list):
                ck.bad(w, "its people must be a list")
                raw_people = []
            for p in raw_people[:50]:
                if not isinstance(p, dict):
                    ck.bad(w, "each of its people must be an object with a role and a name")
                    continue
                people.append(
                    {
                        "role": ck.text(w, "role", p.get("role"), line=True) or "",
                        "name": ck.text(w, "name", p.get("name"), line=True) or "",
                    }
                )
            out.append(
                {
                    "number": number or "?",
                    "title": ck.text(w, "title", d.get("title"), line=True, optional=False) or "",
                    "pack_pages": _printed_range(ck, w, "pack_pages", d.get("pack_pages")),
                    "pdf_pages": _page_range(ck, w, "pdf_pages", d.get("pdf_pages"), self.pages),
                    "time": ck.text(w, "time", d.get("time"), line=True, limit=20),
                    "people": people,
                    "purpose": ck.text(w, "purpose", d.get("purpose")),
                    "exempt": bool(ck.boolean(w, "exempt", d.get("exempt"), optional=True)),
                    "children": self.items(w, d.get("children"), depth + 1),
                    "paper": ck.text(w, "paper", d.get("paper"), line=True, limit=100),
                }
            )
        return out


def _tree(ck: _Checker, v: Any, sha: str) -> AgendaTree | None:
    if not isinstance(v, dict):
        ck.bad("", f"the pack's agenda (pack.tree) must be an object, not {_what(v)}")
        return None
    pack = v.get("pack")
    if not isinstance(pack, dict):
        ck.bad("the pack's agenda", "it names no pack")
        return None
    if pack.get("sha256") != sha:
        ck.bad("", "the bundle's agenda belongs to another pack")
        return None
    pages = ck.integer("the pack", "page count", pack.get("pages"), 1, MAX_PAGES, optional=False)
    if pages is None:
        return None
    # Only the file name: a path from another computer (or a UNC path) is never used here.
    path = re.split(r"[\\/]", ck.text("the pack", "path", pack.get("path"), line=True) or "")[-1]
    meeting_in = v.get("meeting") or {}
    if not isinstance(meeting_in, dict):
        ck.bad("", f"the meeting must be an object, not {_what(meeting_in)}")
        meeting_in = {}
    meeting = {
        k: ck.text("the meeting", k, meeting_in.get(k), line=True, limit=500)
        for k in ("organisation", "body", "date", "time", "venue")
    }
    items = _TreeChecker(ck, pages).items("", v.get("items"), 1)
    warnings_in = v.get("warnings") or []
    warnings = (
        [clean_line(w)[:MAX_LINE] for w in warnings_in[:200] if isinstance(w, str)]
        if isinstance(warnings_in, list)
        else []
    )
    labels_in = v.get("page_labels") or []
    labels: list[int | None] = []
    if isinstance(labels_in, list) and len(labels_in) <= pages:
        for x in labels_in:
            ok = (
                isinstance(x, int) and not isinstance(x, bool) and -MAX_PAGES <= x <= 10 * MAX_PAGES
            )
            labels.append(x if ok else None)
    if ck.problems:
        return None
    return AgendaTree.from_json(
        {
            "pack": {"path": path, "sha256": sha, "pages": pages},
            "meeting": meeting,
            "items": items,
            "warnings": warnings,
            "page_labels": labels,
        }
    )


# ---- records ---------------------------------------------------------------------------------
# field -> check; "?" = may be null or missing. Every NOT NULL column gets a default.
_COMMON = ("uid", "item", "item_title", "created", "updated", "carried_from", "source")
_FIELDS: dict[str, dict[str, str]] = {
    "note": {"text": "text", "is_item_note": "bool", "page": "page?", "pack_page": "printed?",
             "rect": "rect?", "quote": "text?"},
    "question": {"text": "text", "status": "status", "answer": "text?", "asker": "line?",
                 "position": "int?", "page": "page?", "pack_page": "printed?", "quote": "text?",
                 "group_uid": "line?", "answered_by": "line?", "apart": "bool"},
    "declaration": {"interest": "interest", "nature": "text", "withdraw": "bool",
                    "dispensation": "text?", "sensitive": "bool", "action": "line?",
                    "declared": "bool?"},
    "highlight": {"page": "page?", "pack_page": "printed?", "quads": "quads", "quote": "text?",
                  "colour": "colour"},
    "bookmark": {"page": "page?", "pack_page": "printed?", "label": "line"},
}  # fmt: skip
_REQUIRED = {
    "note": ("text",),
    "question": ("text",),
    "declaration": ("interest", "nature"),
    # Unplaced records (carried from an earlier issue, no home found) have no page: kept.
    "highlight": ("quads",),
    "bookmark": (),
}
_DEFAULTS: dict[str, Any] = {
    "is_item_note": False,
    "withdraw": False,
    "sensitive": False,
    "status": "draft",
    "colour": "#ffd54f",
    "label": "",
    "position": 0,
    "apart": False,
}
_IGNORED = {"id", "kind", "sha256"}


def _record(
    ck: _Checker, kind: str, i: int, rec: Any, tree: AgendaTree, items: dict[str, Any]
) -> dict[str, Any] | None:
    where = f"{kind} {i}"
    if not isinstance(rec, dict):
        ck.bad(where, f"it must be an object, not {_what(rec)}")
        return None
    n_before = ck.total
    fields = _FIELDS[kind]
    for key in _REQUIRED[kind]:
        if rec.get(key) is None:
            ck.bad(where, f"it has no {key}")
    unknown = [k for k in rec if k not in fields and k not in _COMMON and k not in _IGNORED]
    for k in unknown[:3]:
        ck.warn("{n} field{s} boardprep does not know, ignored", clean_line(str(k))[:40])
    out: dict[str, Any] = {}
    uid = rec.get("uid")
    if uid is not None:
        uid = ck.text(where, "uid", uid, line=True, limit=100) or None
    out["uid"] = uid
    out["item_title"] = ck.text(where, "item_title", rec.get("item_title"), line=True)
    out["created"] = ck.text(where, "created", rec.get("created"), line=True, limit=40)
    out["updated"] = ck.text(where, "updated", rec.get("updated"), line=True, limit=40)
    out["carried_from"] = ck.text(where, "carried_from", rec.get("carried_from"), line=True,
                                  limit=100)  # fmt: skip
    out["source"] = ck.text(where, "source", rec.get("source"), line=True, limit=200) or None
    item = ck.text(where, "item", rec.get("item"), line=True, limit=40)
    if item:
        found = items.get(item)
        if found is None:
            it = tree.find_item(item)
            found = items[item] = (it.number, it.title) if it else ("", None)
        if found[0]:
            out["item"], out["item_title"] = found[0], found[1] or out["item_title"]
        else:
            ck.warn("{n} record{s} name items this pack's agenda does not have: kept as "
                    "unplaced", item)  # fmt: skip
            out["item"] = None
    else:
        out["item"] = None
    pages = tree.pack.pages
    for key, spec in fields.items():
        v = rec.get(key)
        optional = spec.endswith("?")
        kind_of = spec.rstrip("?")
        if v is None:
            out[key] = None if optional or key not in _DEFAULTS else _DEFAULTS[key]
            if kind_of == "quads":
                out[key] = []
            continue
        if kind_of == "text":
            out[key] = ck.text(where, key, v)
        elif kind_of == "line":
            out[key] = ck.text(where, key, v, line=True)
        elif kind_of == "bool":
            out[key] = ck.boolean(where, key, v)
        elif kind_of == "int":
            out[key] = ck.integer(where, key, v, -(10**9), 10**9)
        elif kind_of == "page":
            out[key] = ck.integer(where, key, v, 1, pages)
        elif kind_of == "printed":
            out[key] = ck.integer(where, key, v, -MAX_PAGES, 10 * MAX_PAGES)
        elif kind_of == "rect":
            r = ck.numbers(where, key, v, 4)
            if r is not None and (r[0] > r[2] or r[1] > r[3]):
                ck.bad(where, "its rect is upside down (x0 > x1 or y0 > y1)")
            out[key] = r
        elif kind_of == "quads":
            if not isinstance(v, list) or len(v) > MAX_QUADS:
                ck.bad(where, f"its quads must be a list of at most {MAX_QUADS} quads")
                out[key] = []
            else:
                out[key] = [ck.numbers(where, key, q, 8) for q in v]
        elif kind_of == "status":
            s = ck.text(where, key, v, line=True, limit=40)
            if s is not None and s not in _QUESTION_STATUSES:
                ck.warn("{n} question status{s} boardprep does not know, imported as draft", s)
                s = "draft"
            out[key] = s
        elif kind_of == "interest":
            s = ck.text(where, key, v, line=True, limit=60)
            if s is not None and s not in _INTEREST_KINDS:
                ck.warn("{n} kind{s} of interest boardprep does not know, imported as other", s)
                s = "other"
            out[key] = s
        elif kind_of == "colour":
            s = ck.text(where, key, v, line=True, limit=20)
            if s is not None and not _COLOUR_RE.match(s):
                ck.warn("{n} highlight colour{s} that are not #rrggbb, imported as yellow", s)
                s = _DEFAULTS["colour"]
            out[key] = s
    if ck.total > n_before:
        return None
    return out


def validate_bundle(raw: Any, name: str, *, local_tree: AgendaTree | None = None) -> ValidBundle:
    """Check a parsed bundle against the schema of its version; BundleError lists problems.

    ``local_tree``: the pack's agenda as already stored here (authoritative: items are checked
    against it, not against the bundle's copy).
    """
    ck = _Checker()
    if not isinstance(raw, dict):
        raise BundleError(name, [f"it is {_what(raw)}, not a boardprep bundle (a JSON object)"])
    if raw.get("format") != FORMAT:
        raise BundleError(name, ["it is not a boardprep bundle (made by boardprep export … json)"])
    version = raw.get("version", 1)
    if isinstance(version, bool) or not isinstance(version, int):
        raise BundleError(name, [f"its version must be a whole number, not {_what(version)}"])
    if version not in SUPPORTED_VERSIONS:
        newer = "a newer" if version > max(SUPPORTED_VERSIONS) else "an unknown"
        shown = str(version) if abs(version) < 10**6 else "out of range"
        raise BundleError(
            name,
            [f"it is bundle version {shown}, made by {newer} boardprep; this one reads version "
             f"{', '.join(map(str, SUPPORTED_VERSIONS))} (update boardprep)"],
        )  # fmt: skip
    kind = raw.get("kind", "questions")
    if kind not in BUNDLE_KINDS:
        shown = clean_line(kind)[:40] if isinstance(kind, str) else _what(kind)
        raise BundleError(name, [f"its kind {shown!r} is not one boardprep makes "
                                 f"({', '.join(BUNDLE_KINDS)})"])  # fmt: skip
    member = raw.get("member")
    member = ck.text("the bundle", "member", member, line=True, limit=200) or None
    pack = raw.get("pack")
    if not isinstance(pack, dict):
        raise BundleError(name, ["it names no pack (pack must be an object)"])
    sha = pack.get("sha256")
    if not isinstance(sha, str) or not _SHA_RE.match(sha):
        raise BundleError(name, ["its pack.sha256 is not a SHA-256 (64 hex digits)"])
    tree = _tree(ck, pack.get("tree"), sha)
    if tree is None:
        raise BundleError(name, ck.problems, ck.total)
    known = set(FORMAT_KEYS)
    for key in raw:
        if key not in known:
            ck.warn("{n} part{s} of the bundle boardprep does not know, ignored",
                    clean_line(str(key))[:40])  # fmt: skip
    records_in = raw.get("records") or {}
    if not isinstance(records_in, dict):
        raise BundleError(name, [f"its records must be an object, not {_what(records_in)}"])
    against = local_tree or tree
    records: dict[str, list[dict[str, Any]]] = {}
    total = 0
    items: dict[str, Any] = {}
    for key, recs in records_in.items():
        kind_name = key[:-1] if isinstance(key, str) and key.endswith("s") else key
        if kind_name not in RECORD_KINDS:
            n = len(recs) if isinstance(recs, list) else 1
            ck.warn("{n} kind{s} of record boardprep does not know, not imported: "
                    f"{n:,} record{'s' if n != 1 else ''} of "
                    + clean_line(str(key))[:40].replace("{", "(").replace("}", ")"))  # fmt: skip
            continue
        if not isinstance(recs, list):
            ck.bad("", f"records.{key} must be a list, not {_what(recs)}")
            continue
        total += len(recs)
        if total > MAX_RECORDS:
            raise BundleError(name, [f"it holds more than {MAX_RECORDS:,} records"])
        out = records.setdefault(kind_name, [])
        for i, rec in enumerate(recs, 1):
            good = _record(ck, kind_name, i, rec, against, items)
            if good is not None:
                out.append(good)
    if ck.problems:
        raise BundleError(name, ck.problems, ck.total)
    ordered = {k: records[k] for k in RECORD_KINDS if k in records}
    return ValidBundle(version, kind, member, sha, tree, ordered, ck.warnings())


FORMAT_KEYS = ("format", "version", "kind", "exported", "member", "role", "pack", "records",
               "meeting_record")  # fmt: skip
