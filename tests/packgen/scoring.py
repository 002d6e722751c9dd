"""Compare an engine result with a generated pack's truth; the golden-test matrix.

``python -m tests.packgen.scoring [--only NAME]`` builds every matrix case in a temp dir, runs
``boardprep.core.engine.analysis.analyze`` on it and prints F1 / page accuracy per case.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections import Counter
from typing import Any

# (case name, PackSpec knobs). Small packs: the golden tests run all of them.
MATRIX: list[tuple[str, dict[str, Any]]] = [
    ("glued", {"layout": "glued"}),
    ("glued-stale", {"layout": "glued", "stale_offset": 2, "seed": 2}),
    ("glued-nostamps", {"layout": "glued", "stamps": "none", "seed": 3}),
    (
        "glued-blank-scan-slides",
        {"layout": "glued", "blank_separators": True, "scanned": True, "slides": True, "seed": 4},
    ),
    (
        "glued-glitch-outline",
        {"layout": "glued", "glitches": True, "outline": "good", "target_pages": 120, "seed": 5},
    ),
    (
        "glued-letter-header",
        {
            "layout": "glued",
            "meta_style": "letter",
            "stamps": "header",
            "stamp_style": "- {n} -",
            "stamp_start": 1,
            "seed": 6,
        },
    ),
    (
        "glued-subparen-comma-date",
        {
            "layout": "glued",
            "sub_style": "(a)",
            "date_style": "comma",
            "clock_style": "compact",
            "number_style": "dot",
            "seed": 24,
        },
    ),
    (
        "colon-leaders-ordinal",
        {
            "layout": "colon",
            "leaders": True,
            "date_style": "ordinal",
            "clock_style": "short",
            "seed": 23,
        },
    ),
    (
        "glued-no-org-on-front",
        {
            "layout": "glued",
            "org_on_front": False,
            "item_stamp_style": "Agenda item: {n}",
            "seed": 25,
        },
    ),
    ("glued-shared-doc", {"layout": "glued", "shared_doc": True, "seed": 26}),
    (
        "glued-official-footer-bare",
        {
            "layout": "glued",
            "footer_text": True,
            "stamp_style": "{n}",
            "doc_page_numbers": True,
            "seed": 27,
        },
    ),
    (
        "glued-missing-ranges-stamped-blanks",
        {
            "layout": "glued",
            "missing_ranges": True,
            "blank_separators": True,
            "stamp_blanks": True,
            "seed": 28,
        },
    ),
    (
        "table-missing-ranges-stale",
        {"layout": "table", "missing_ranges": True, "stale_offset": 2, "seed": 29},
    ),
    (
        "glued-400-pages",
        {
            "layout": "glued",
            "target_pages": 400,
            "n_items": 16,
            "slides": True,
            "contents_pages": True,
            "blank_separators": True,
            "glitches": True,
            "scanned": True,
            "seed": 30,
        },
    ),
    ("colon-broken-stamps", {"layout": "colon", "broken_stamps": True, "seed": 31}),
    ("glued-agenda-only", {"layout": "glued", "agenda_only": True, "seed": 7}),
    ("glued-supplement", {"layout": "glued", "supplement": True, "seed": 8}),
    (
        "glued-wrong-stamp-large",
        {
            "layout": "glued",
            "wrong_item_stamp": True,
            "stale_offset": 2,
            "blank_separators": True,
            "glitches": True,
            "slides": True,
            "contents_pages": True,
            "n_items": 14,
            "target_pages": 260,
            "seed": 17,
        },
    ),
    (
        "glued-times-itemno-two-numberings",
        {
            "layout": "glued",
            "font": "tiro",
            "number_style": "item",
            "stamp_align": "right",
            "doc_page_numbers": True,
            "running_heads": True,
            "meta_style": "datetime",
            "agenda_heading": "Order of Business",
            "seed": 21,
        },
    ),
    ("table", {"layout": "table", "seed": 18}),
    (
        "table-oneline-labels",
        {
            "layout": "table",
            "meta_style": "oneline",
            "page_labels": True,
            "stamp_style": "Page {n} of {total}",
            "seed": 9,
        },
    ),
    (
        "table-stale-blank",
        {"layout": "table", "stale_offset": 2, "blank_separators": True, "seed": 10},
    ),
    ("colon", {"layout": "colon", "seed": 19}),
    (
        "colon-pstamp-left-dotted",
        {
            "layout": "colon",
            "stamp_style": "p. {n}",
            "stamp_align": "left",
            "doc_page_numbers": True,
            "agenda_heading": "Agenda",
            "seed": 22,
        },
    ),
    (
        "colon-junk-glitch",
        {
            "layout": "colon",
            "outline": "junk",
            "glitches": True,
            "target_pages": 100,
            "stamp_style": "{n}",
            "seed": 11,
        },
    ),
    (
        "colon-nostamps-blank",
        {
            "layout": "colon",
            "stamps": "none",
            "blank_separators": True,
            "meta_style": "letter",
            "seed": 12,
        },
    ),
    ("timed", {"layout": "timed", "seed": 20}),
    (
        "timed-agenda-stamped",
        {
            "layout": "timed",
            "stamp_agenda": True,
            "stamp_start": 1,
            "stamp_style": "Pack Page {n}",
            "seed": 13,
        },
    ),
    ("papers", {"layout": "papers"}),
    (
        "papers-scan-outline",
        {"layout": "papers", "scanned": True, "outline": "good", "n_items": 12, "seed": 14},
    ),
    ("no_agenda", {"layout": "no_agenda"}),
    (
        "no_agenda-glitch",
        {"layout": "no_agenda", "glitches": True, "stamp_style": "{n} | Page", "seed": 15},
    ),
    ("mixed", {"layout": "mixed"}),
    (
        "mixed-contents-slides",
        {
            "layout": "mixed",
            "contents_pages": True,
            "slides": True,
            "blank_separators": True,
            "n_items": 12,
            "seed": 16,
        },
    ),
]

_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212"), "-")


def normalise_title(title: str) -> str:
    """Case, dashes, quotes, punctuation and spacing do not count as title differences."""
    t = unicodedata.normalize("NFKC", title).translate(_DASHES).lower()
    t = t.replace("\u2019", "'").replace("&", " and ")
    t = re.sub(r"[^\w' -]+", " ", t)
    return " ".join(t.replace("-", " ").split())


def normalise_number(number: str) -> str:
    s = number.strip().lower()
    for prefix in ("agenda item", "item"):
        if s.startswith(prefix):
            s = s[len(prefix) :].strip()
    return re.sub(r"^[(\s]+|[).:\s]+$", "", s).replace(" ", "")


def _flatten(items: list[dict[str, Any]], parent: str = "") -> list[tuple[str, dict[str, Any]]]:
    """(full number, item) for every item and sub-item; 'a' under '9' becomes '9a'."""
    out: list[tuple[str, dict[str, Any]]] = []
    for it in items:
        if it.get("kind") == "document":
            continue
        num = normalise_number(str(it.get("number", "")))
        if parent and not num.startswith(parent):
            # "i" under "xi" is "xi.i", never "xii" (another main item's number).
            sep = "." if parent[-1:].isalpha() and num[:1].isalpha() else ""
            num = parent + sep + num
        out.append((num, it))
        out += _flatten(it.get("children", []), num)
    return out


def _pages(v: Any) -> tuple[int, int] | None:
    return (int(v[0]), int(v[1])) if v else None


def score(result_json: dict[str, Any] | Any, truth: dict[str, Any]) -> dict[str, Any]:
    """Item F1 on (number, normalised title), pdf_pages accuracy, meeting facts, warnings."""
    if hasattr(result_json, "to_json"):
        result_json = result_json.to_json()
    want = _flatten(truth["items"])
    got = _flatten(result_json.get("items", []))
    want_keys = Counter((n, normalise_title(it["title"])) for n, it in want)
    got_keys = Counter((n, normalise_title(it.get("title", ""))) for n, it in got)
    tp = sum((want_keys & got_keys).values())
    precision = tp / len(got) if got else (1.0 if not want else 0.0)
    recall = tp / len(want) if want else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    # Numbers can repeat (unnumbered items are all "", a closed session's items restart at
    # 1): each truth item is paired with the unused found item of its number whose title is
    # most like its own.
    by_number: dict[str, list[dict[str, Any]]] = {}
    for n, it in got:
        by_number.setdefault(n, []).append(it)
    page_ok = 0
    problems: list[str] = []
    for n, it in want:
        pool = by_number.get(n, [])
        other = max(
            pool,
            key=lambda o: difflib.SequenceMatcher(
                None, normalise_title(o.get("title", "")), normalise_title(it["title"])
            ).ratio(),
            default=None,
        )
        if other is not None:
            pool.remove(other)
        if other is None:
            problems.append(f"missing item {n} {it['title'][:40]!r}")
            continue
        if normalise_title(other.get("title", "")) != normalise_title(it["title"]):
            problems.append(f"item {n} title {other.get('title')!r} != {it['title']!r}")
        if _pages(other.get("pdf_pages")) == _pages(it["pdf_pages"]):
            page_ok += 1
        else:
            problems.append(f"item {n} pdf_pages {other.get('pdf_pages')} != {it['pdf_pages']}")
    want_numbers = {n for n, _ in want}
    problems += [
        f"extra item {n} {it.get('title', '')[:40]!r}" for n, it in got if n not in want_numbers
    ]
    meeting = result_json.get("meeting") or {}
    tm = truth["meeting"]
    warnings = result_json.get("warnings") or []
    return {
        "items": len(want),
        "found": len(got),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "pages_ok": round(page_ok / len(want), 4) if want else 1.0,
        "date_ok": meeting.get("date") == tm["date"],
        "time_ok": meeting.get("time") == tm["time"],
        # Informational (not asserted by the golden tests): organisation and body.
        "organisation_ok": meeting.get("organisation") == tm["organisation"],
        "body_ok": normalise_title(meeting.get("body") or "") == normalise_title(tm["body"]),
        "warnings_ok": bool(warnings) or not truth.get("expect_warnings"),
        "problems": problems,
    }


def _main(argv: list[str] | None = None) -> int:
    import argparse
    import tempfile
    import time
    from pathlib import Path

    from tests.packgen.build import build_pack
    from tests.packgen.spec import PackSpec, random_spec

    parser = argparse.ArgumentParser(prog="python -m tests.packgen.scoring")
    parser.add_argument("--only", default="", help="run the cases whose name contains this")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each problem")
    parser.add_argument(
        "--random",
        type=int,
        default=0,
        metavar="N",
        help="instead of the matrix, N packs from random_spec(1..N)",
    )
    args = parser.parse_args(argv)
    try:
        from boardprep.core.engine.analysis import analyze
    except ImportError as exc:
        print(f"boardprep.core.engine.analysis is not importable: {exc}")
        return 1
    print(f"{'case':28} {'items':>5} {'found':>5} {'F1':>6} {'pages':>6} date time warn  secs")
    with tempfile.TemporaryDirectory() as tmp:
        cases = [(name, PackSpec(**knobs)) for name, knobs in MATRIX]
        if args.random:
            cases = [
                (f"random-{k}-{random_spec(k).layout}", random_spec(k))
                for k in range(1, args.random + 1)
            ]
        for name, spec in cases:
            if args.only not in name:
                continue
            path = Path(tmp) / f"{name}.pdf"
            truth = build_pack(spec, path)
            t0 = time.perf_counter()
            try:
                result = analyze(path, data_dir=Path(tmp) / "data", use_cache=False)
            except Exception as exc:  # report and go on: this is a diagnostic table
                print(f"{name:28} ERROR {type(exc).__name__}: {exc}")
                continue
            s = score(result, truth)
            secs = time.perf_counter() - t0
            print(
                f"{name:28} {s['items']:5} {s['found']:5} {s['f1']:6.3f} {s['pages_ok']:6.3f} "
                f"{'ok' if s['date_ok'] else 'NO':>4} {'ok' if s['time_ok'] else 'NO':>4} "
                f"{'ok' if s['warnings_ok'] else 'NO':>4} {secs:5.2f}"
            )
            if args.verbose:
                for p in s["problems"]:
                    print(f"    {p}")
    return 0


if __name__ == "__main__":
    raise SystemExit(_main())
