"""Score the agenda engine on the real-pack corpus (``make accuracy``).

    python benchmarks/realpacks/accuracy.py [--split dev|holdout|all] [-v] [ID ...]

Reads every truth file in ``truth/`` whose PDF has been restored into ``pdfs/`` (see
``restore.py``), analyses the PDF afresh (no cache) and prints one row per pack and the means
per split. The split of each pack (``dev``: tuned on; ``holdout``: looked at only to report)
is in ``manifest.json``.

Columns: items in the truth; item F1 on (number, title); exact physical page ranges of the
truth's items; meeting date and time; items wrongly marked exempt; document start pages F1 and
the share of found documents whose title is the paper's own.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "src"))

from tests.packgen.scoring import _flatten, normalise_title  # noqa: E402


def _docs(item: dict[str, Any], truth: bool) -> list[tuple[int, str]]:
    """(first page, title) of the documents directly inside an item."""
    if truth:
        return [(int(d["first_page"]), d["title"]) for d in item.get("documents", [])]
    return [
        (int(c["pdf_pages"][0]), c.get("title", ""))
        for c in item.get("children", [])
        if c.get("kind") == "document" and c.get("pdf_pages")
    ]


def titles_agree(a: str, b: str) -> bool:
    """A found title counts as the paper's own when it reads the same, give or take a little,
    or is the first three words or more of it (a heading without its subtitle or date)."""
    x, y = normalise_title(a), normalise_title(b)
    if not x or not y:
        return False
    short, long_ = sorted((x, y), key=len)
    if len(short.split()) >= 3 and long_.startswith(short):
        return True  # the heading's main line without its subtitle or date
    return x == y or difflib.SequenceMatcher(None, x, y).ratio() >= 0.85


def score_pack(result: dict[str, Any], truth: dict[str, Any]) -> dict[str, Any]:
    from tests.packgen.scoring import score

    tm = truth.get("meeting") or {}
    base = score(
        result,
        {
            "items": truth["items"],
            "meeting": {
                "date": tm.get("date"),
                "time": tm.get("time"),
                "organisation": None,
                "body": "",
            },
        },
    )
    want = dict(_flatten(truth["items"]))
    got = dict(_flatten(result.get("items", [])))
    wrongly_exempt = [
        n for n, it in got.items() if it.get("exempt") and not (n in want and want[n].get("exempt"))
    ]
    # Documents: (item, first page) pairs; titles judged on the pairs found at the right page.
    want_docs = {(n, p): t for n, it in want.items() for p, t in _docs(it, True)}
    got_docs = {(n, p): t for n, it in got.items() for p, t in _docs(it, False)}
    hits = want_docs.keys() & got_docs.keys()
    dp = len(hits) / len(got_docs) if got_docs else (1.0 if not want_docs else 0.0)
    dr = len(hits) / len(want_docs) if want_docs else 1.0
    doc_f1 = 2 * dp * dr / (dp + dr) if dp + dr else 0.0
    titles_ok = sum(titles_agree(got_docs[k], want_docs[k]) for k in hits)
    problems = list(base["problems"])
    problems += [f"wrongly exempt {n}" for n in wrongly_exempt]
    problems += [
        f"missing document {k} {want_docs[k][:40]!r}" for k in sorted(want_docs.keys() - hits)
    ]
    problems += [f"extra document {k} {got_docs[k][:40]!r}" for k in sorted(got_docs.keys() - hits)]
    problems += [
        f"document {k} title {got_docs[k][:40]!r} != {want_docs[k][:40]!r}"
        for k in sorted(hits)
        if not titles_agree(got_docs[k], want_docs[k])
    ]
    if not base["date_ok"]:
        problems.append(f"date {(result.get('meeting') or {}).get('date')} != {tm.get('date')}")
    if not base["time_ok"]:
        problems.append(f"time {(result.get('meeting') or {}).get('time')} != {tm.get('time')}")
    return {
        "items": base["items"],
        "f1": base["f1"],
        "pages": base["pages_ok"],
        "date": base["date_ok"],
        "time": base["time_ok"],
        "exempt_wrong": len(wrongly_exempt),
        "doc_f1": round(doc_f1, 4),
        "doc_titles": round(titles_ok / len(hits), 4) if hits else (1.0 if not want_docs else 0.0),
        "problems": problems,
    }


def markdown_means(rows: list[dict[str, Any]]) -> str:
    """The means per split as a Markdown table (for README.md and benchmarks/README.md)."""
    try:
        manifest = json.loads((HERE / "manifest.json").read_text())["packs"]
    except (OSError, ValueError, KeyError):
        manifest = []
    publisher = {p["id"]: p.get("publisher") for p in manifest}
    out = [
        "| part | packs | publishers | item F1 | exact pages | date | time | wrongly exempt "
        "| document F1 | own titles |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for name in ("dev", "holdout", "all"):
        sel = [r for r in rows if name in ("all", r["split"])]
        if not sel:
            continue
        pubs = len({publisher.get(r["id"], r["id"]) for r in sel})
        out.append(
            f"| {name} | {len(sel)} | {pubs} | {_mean(sel, 'f1'):.3f} | {_mean(sel, 'pages'):.3f} "
            f"| {_mean(sel, 'date'):.2f} | {_mean(sel, 'time'):.2f} | "
            f"{sum(r['exempt_wrong'] for r in sel)} | {_mean(sel, 'doc_f1'):.3f} | "
            f"{_mean(sel, 'doc_titles'):.2f} |"
        )
    return "\n".join(out)


STAGE_FAILED = "Part of the analysis failed"  # analysis._STAGE_FAILED, as the window shows it


def load_split() -> dict[str, str]:
    try:
        manifest = json.loads((HERE / "manifest.json").read_text())
    except (OSError, ValueError):
        return {}
    return {p["id"]: p.get("split", "dev") for p in manifest.get("packs", [])}


def _mean(rows: list[dict[str, Any]], key: str) -> float:
    return sum(float(r[key]) for r in rows) / len(rows) if rows else 0.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--split", choices=["dev", "holdout", "all"], default="all")
    ap.add_argument("-v", "--verbose", action="store_true", help="print each problem")
    ap.add_argument("--json", metavar="FILE", help="also write the rows as JSON")
    ap.add_argument("--markdown", action="store_true", help="end with the means as a table")
    ap.add_argument("ids", nargs="*")
    args = ap.parse_args(argv)
    from boardprep.core.engine.analysis import analyze
    from boardprep.core.errors import PackError

    split = load_split()
    rows: list[dict[str, Any]] = []
    missing: list[str] = []
    crashed: list[str] = []
    print(
        f"{'pack':44} {'split':7} {'items':>5} {'F1':>6} {'pages':>6} date time exm "
        f"{'docF1':>6} {'docT':>5} secs"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for f in sorted((HERE / "truth").glob("*.json")):
            pid = f.stem
            # A pack not yet in the manifest keeps the split its truth file names (a new
            # holdout pack must not be shown as dev before manifest.py has run).
            part = split.get(pid) or json.loads(f.read_text()).get("split", "dev")
            if (args.ids and pid not in args.ids) or args.split not in ("all", part):
                continue
            pdf = HERE / "pdfs" / f"{pid}.pdf"
            if not pdf.exists():
                missing.append(pid)
                continue
            truth = json.loads(f.read_text())
            t0 = time.perf_counter()
            try:
                result = analyze(pdf, data_dir=tmp, use_cache=False).to_json()
            except PackError as exc:
                result = {"items": [], "meeting": {}, "warnings": [str(exc)]}
            secs = time.perf_counter() - t0
            s = score_pack(result, truth)
            s.update(id=pid, split=part, secs=round(secs, 2))
            # A stage that raised (caught, reported as a warning) is an engine bug to look at.
            failed = [w for w in result.get("warnings", []) if w.startswith(STAGE_FAILED)]
            if failed:
                crashed.append(f"{pid}: {failed[0]}")
            rows.append(s)
            yn = {True: "ok", False: "NO"}
            print(
                f"{pid[:44]:44} {part:7} {s['items']:5} {s['f1']:6.3f} {s['pages']:6.3f} "
                f"{yn[s['date']]:>4} {yn[s['time']]:>4} {s['exempt_wrong']:3} "
                f"{s['doc_f1']:6.3f} {s['doc_titles']:5.2f} {secs:5.2f}",
                flush=True,
            )
            if args.verbose:
                for p in s["problems"]:
                    print(f"      {p}")
    print()
    for name in ("dev", "holdout", "all"):
        sel = [r for r in rows if name in ("all", r["split"])]
        if not sel:
            continue
        print(
            f"{name:8} packs {len(sel):3}  item F1 {_mean(sel, 'f1'):.3f}  pages "
            f"{_mean(sel, 'pages'):.3f}  date {_mean(sel, 'date'):.2f}  time "
            f"{_mean(sel, 'time'):.2f}  wrongly exempt {sum(r['exempt_wrong'] for r in sel)}  "
            f"doc F1 {_mean(sel, 'doc_f1'):.3f}  doc titles {_mean(sel, 'doc_titles'):.2f}"
        )
    if args.markdown:
        print("\n" + markdown_means(rows))
    if crashed:
        print(f"\n{len(crashed)} pack(s) where a stage of the analysis failed:")
        for line in crashed:
            print(f"  {line}")
    if missing:
        print(f"\n{len(missing)} pack(s) not restored (run restore.py): {', '.join(missing)}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
