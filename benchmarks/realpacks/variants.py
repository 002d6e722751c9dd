"""Score the engine on real packs changed the way unseen packs differ (``make variants``).

    python benchmarks/realpacks/variants.py no-outline|no-ranges|no-stamps [--json F] [ID ...]

The corpus's packs are the engine's only real evidence, and most of them come with help many
published packs lack. Each variant takes that help away from a copy of every pack that has it,
keeps the same truth, and scores the engine as ``accuracy.py`` does:

- ``no-outline``: the PDF outline (bookmarks) removed;
- ``no-ranges``: the agenda's printed page ranges ("(Pages 9 - 14)", "(p. 1-13)") redacted
  from the first eight pages;
- ``no-stamps``: the pack's page stamps ("Page 37" in the header or footer band, a bare "37"
  in the footer band) redacted from every page; a paper's own "Page 2 of 5" stays.

A fall against the same packs' plain scores shows where the engine leans on that help; a rule
that helps the plain packs and the variants alike is more likely to hold on packs not seen.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from accuracy import load_split, score_pack  # noqa: E402

RANGE_RE = re.compile(r"\(?\b(?:pages?|pp?\.)\s*\d{1,4}(?:\s*[-–—]\s*\d{1,4})?\)?", re.I)
# The pack's own stamp; a paper's "Page 2 of 5" is the paper's, and stays.
STAMP_RE = re.compile(r"^\s*(?:page\s*)?\d{1,3}\s*$", re.I)
BAND = 0.12  # the share of the page's height at top and bottom where stamps are printed


def _items(items: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for it in items:
        yield it
        yield from _items(it.get("children", []))


def strip_outline(doc: Any, truth: dict[str, Any]) -> bool:
    if not doc.get_toc():
        return False
    doc.set_toc([])
    return True


def strip_ranges(doc: Any, truth: dict[str, Any]) -> bool:
    if sum(1 for it in _items(truth["items"]) if it.get("pack_pages")) < 2:
        return False
    hits = 0
    for page in doc.pages(0, min(8, doc.page_count)):
        for text in set(RANGE_RE.findall(page.get_text())):
            for quad in page.search_for(text):
                page.add_redact_annot(quad)
                hits += 1
        page.apply_redactions(images=0, graphics=0)
    return hits > 0


def strip_stamps(doc: Any, truth: dict[str, Any]) -> bool:
    import pymupdf

    hits = 0
    for page in doc:
        height = page.rect.height
        for block in page.get_text("dict")["blocks"]:
            for line in block.get("lines", []):
                y0, y1 = line["bbox"][1], line["bbox"][3]
                text = "".join(span["text"] for span in line["spans"])
                # A bare number at the top may be an item's (a slide's agenda): only the foot's.
                at_foot = y0 >= height * (1 - BAND)
                if not (at_foot or (y1 <= height * BAND and "page" in text.lower())):
                    continue
                if STAMP_RE.match(text):
                    # The line's middle only: its box overlaps the lines beside it.
                    x0, x1, h = line["bbox"][0], line["bbox"][2], y1 - y0
                    page.add_redact_annot(pymupdf.Rect(x0, y0 + h * 0.35, x1, y1 - h * 0.35))
                    hits += 1
        page.apply_redactions(images=0, graphics=0)
    return hits >= 3


VARIANTS = {"no-outline": strip_outline, "no-ranges": strip_ranges, "no-stamps": strip_stamps}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("variant", choices=sorted(VARIANTS))
    ap.add_argument("--json", metavar="FILE", help="also write the rows as JSON")
    ap.add_argument("--plain", metavar="FILE", help="accuracy.py --json rows to compare with")
    ap.add_argument("ids", nargs="*")
    args = ap.parse_args(argv)
    import pymupdf

    from boardprep.core.engine.analysis import analyze
    from boardprep.core.errors import PackError

    change = VARIANTS[args.variant]
    split = load_split()
    plain = {r["id"]: r for r in json.loads(Path(args.plain).read_text())} if args.plain else {}
    rows: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as tmp:
        for f in sorted((HERE / "truth").glob("*.json")):
            pid = f.stem
            pdf = HERE / "pdfs" / f"{pid}.pdf"
            if (args.ids and pid not in args.ids) or not pdf.exists():
                continue
            truth = json.loads(f.read_text())
            try:
                doc = pymupdf.open(pdf)
                changed = change(doc, truth)
            except Exception:  # a pack MuPDF cannot rewrite is no variant
                continue
            if not changed:
                continue
            copy = Path(tmp) / f"{pid}.pdf"
            doc.save(copy)
            doc.close()
            try:
                result = analyze(copy, data_dir=Path(tmp) / "data", use_cache=False).to_json()
            except PackError as exc:
                result = {"items": [], "meeting": {}, "warnings": [str(exc)]}
            s = score_pack(result, truth)
            s.update(id=pid, split=split.get(pid, "dev"))
            rows.append(s)
            was = plain.get(pid)
            versus = (
                f"  (plain {was['f1']:.3f} {was['pages']:.3f} {was['doc_f1']:.3f})" if was else ""
            )
            print(
                f"{pid[:44]:44} {s['split']:7} {s['f1']:6.3f} {s['pages']:6.3f} "
                f"{s['doc_f1']:6.3f}{versus}",
                flush=True,
            )
    if rows:
        mean = {k: sum(float(r[k]) for r in rows) / len(rows) for k in ("f1", "pages", "doc_f1")}
        line = f"\n{args.variant}: packs {len(rows)}  item F1 {mean['f1']:.3f}  pages "
        line += f"{mean['pages']:.3f}  doc F1 {mean['doc_f1']:.3f}"
        same = [plain[r["id"]] for r in rows if r["id"] in plain]
        if len(same) == len(rows):
            was = {k: sum(float(r[k]) for r in same) / len(same) for k in mean}
            line += f"  (plain: {was['f1']:.3f} / {was['pages']:.3f} / {was['doc_f1']:.3f})"
        print(line)
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
