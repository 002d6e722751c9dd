"""The fixture generator's own tests: every layout builds and its truth matches the PDF."""

from __future__ import annotations

import itertools
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pymupdf
import pytest

from tests.conftest import PackFactory
from tests.packgen import (
    DAMAGE_KINDS,
    LAYOUTS,
    STAMP_STYLES,
    PackSpec,
    build_pack,
    make_damaged,
    random_spec,
)
from tests.packgen.papers import BLANK_TEXT
from tests.packgen.scoring import MATRIX, _flatten, score

ROOT = Path(__file__).resolve().parents[1]


def walk(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out = []
    for it in items:
        if it.get("kind") == "document":
            continue
        out.append(it)
        out += walk(it["children"])
    return out


def documents(truth: dict[str, Any]) -> list[dict[str, Any]]:
    return [c for it in walk(truth["items"]) for c in it["children"] if c.get("kind") == "document"]


def band(page: pymupdf.Page, where: str) -> str:
    r = page.rect
    clip = (
        pymupdf.Rect(0, 0, r.width, 50)
        if where == "header"
        else pymupdf.Rect(0, r.height - 45, r.width, r.height)
    )
    return page.get_text(clip=clip).strip()


def agenda_text(doc: pymupdf.Document, truth: dict[str, Any]) -> str:
    first = min(d["pdf_pages"][0] for d in documents(truth)) if documents(truth) else len(doc) + 1
    return "\n".join(doc[p].get_text() for p in range(first - 1))


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("shared", [False, True])
def test_every_layout_builds_with_consistent_truth(
    pack_factory: PackFactory, layout: str, shared: bool
) -> None:
    path, truth = pack_factory(layout=layout, shared_doc=shared)
    with pymupdf.open(path) as doc:
        assert doc.page_count == truth["pack"]["pages"]
        assert len(truth["page_labels"]) == doc.page_count
    items = walk(truth["items"])
    assert len(items) >= 6
    last_end = 0
    last_span = None
    for it in walk(truth["items"]):
        assert it["title"].strip() and it["number"]
        span = it["pdf_pages"]
        if span is None:
            continue
        assert 1 <= span[0] <= span[1] <= truth["pack"]["pages"]
        docs = [c["pdf_pages"] for c in it["children"] if c.get("kind") == "document"]
        subs = [c["pdf_pages"] for c in it["children"] if c.get("kind") != "document"]
        for a, b in docs + [s for s in subs if s]:
            assert span[0] <= a <= b <= span[1]
        if docs and span == last_span:
            continue  # a sub-item sharing the previous sub-item's report
        last_span = span
        if docs:
            assert docs[0][0] == span[0]
            assert all(d1[1] < d2[0] for d1, d2 in itertools.pairwise(docs))
            assert span[0] > last_end, "items' papers must not overlap"
            last_end = span[1]
    for key in ("organisation", "body", "date"):
        assert truth["meeting"][key]


def test_same_spec_same_truth(tmp_path: Path) -> None:
    a = build_pack(PackSpec(layout="table", seed=5, glitches=True), tmp_path / "a.pdf")
    b = build_pack(PackSpec(layout="table", seed=5, glitches=True), tmp_path / "b.pdf")
    c = build_pack(PackSpec(layout="table", seed=6, glitches=True), tmp_path / "c.pdf")
    assert a == b
    assert a != c


@pytest.mark.parametrize("style", STAMP_STYLES)
@pytest.mark.parametrize("where", ["footer", "header"])
def test_stamps_on_every_document_start(pack_factory: PackFactory, style: str, where: str) -> None:
    path, truth = pack_factory(layout="glued", stamps=where, stamp_style=style)
    total = max(n for n in truth["page_labels"] if n)
    with pymupdf.open(path) as doc:
        for d in documents(truth):
            p = d["pdf_pages"][0]
            n = truth["page_labels"][p - 1]
            assert style.format(n=n, total=total) in band(doc[p - 1], where)


def test_front_sheet_and_agenda_unstamped_by_default(pack_factory: PackFactory) -> None:
    path, truth = pack_factory(layout="glued")
    first_doc = documents(truth)[0]["pdf_pages"][0]
    with pymupdf.open(path) as doc:
        for p in range(first_doc - 1):
            assert not re.search(r"Page \d+", band(doc[p], "footer"))
        # Modern.gov style: numbering counts the unstamped front pages.
        assert band(doc[first_doc - 1], "footer") == f"Page {first_doc}"


def test_stamp_start_and_stamped_agenda(pack_factory: PackFactory) -> None:
    path, truth = pack_factory(layout="timed", stamp_agenda=True, stamp_start=1, front_pages=2)
    assert truth["page_labels"][:3] == [None, None, 1]
    with pymupdf.open(path) as doc:
        assert band(doc[2], "footer") == "Page 1"


def test_no_stamps(pack_factory: PackFactory) -> None:
    path, truth = pack_factory(layout="colon", stamps="none")
    with pymupdf.open(path) as doc:
        for page in doc:
            assert not re.fullmatch(r"Page \d+", band(page, "footer"))
    assert any(it["pack_pages"] for it in walk(truth["items"]))


def test_stale_ranges_run_higher_than_stamps(pack_factory: PackFactory) -> None:
    path, truth = pack_factory(layout="glued", stale_offset=2)
    checked = 0
    with pymupdf.open(path) as doc:
        text = agenda_text(doc, truth)
    for it in walk(truth["items"]):
        if it["pack_pages"] and it["pdf_pages"]:
            label = truth["page_labels"][it["pdf_pages"][0] - 1]
            assert it["pack_pages"][0] == label + 2
            assert str(it["pack_pages"][0]) in text
            checked += 1
    assert checked >= 4


@pytest.mark.parametrize("layout", ["glued", "table", "colon", "timed", "mixed"])
def test_agenda_prints_every_range(pack_factory: PackFactory, layout: str) -> None:
    path, truth = pack_factory(layout=layout, seed=3)
    with pymupdf.open(path) as doc:
        text = agenda_text(doc, truth)
    for it in walk(truth["items"]):
        assert it["title"].split()[0] in text
        if it["pack_pages"]:
            a, b = it["pack_pages"]
            pattern = rf"\b{a}\b" if a == b else rf"\b{a}\s*(-|–|to)\s*{b}\b"
            assert re.search(pattern, text), (it["number"], it["pack_pages"])


def test_blank_separators_are_unstamped_but_counted(pack_factory: PackFactory) -> None:
    path, truth = pack_factory(layout="glued", blank_separators=True)
    with pymupdf.open(path) as doc:
        blanks = [p for p in range(doc.page_count) if BLANK_TEXT in doc[p].get_text()]
        assert blanks
        for p in blanks:
            assert band(doc[p], "footer") == ""
            assert truth["page_labels"][p] is not None
            # A blank page closes its item's range.
            assert any(
                it["pdf_pages"] and it["pdf_pages"][1] == p + 1 for it in walk(truth["items"])
            )


def test_scanned_page_has_no_text(pack_factory: PackFactory) -> None:
    path, _truth = pack_factory(layout="glued", scanned=True)
    with pymupdf.open(path) as doc:
        scanned = [p for p in doc if not p.get_text().strip()]
        assert len(scanned) == 1
        assert scanned[0].get_images()


def test_glitches_break_exactly_three_stamps(pack_factory: PackFactory) -> None:
    path, truth = pack_factory(layout="glued", glitches=True, target_pages=90)
    first = documents(truth)[0]["pdf_pages"][0]
    wrong = 0
    with pymupdf.open(path) as doc:
        for p in range(first - 1, doc.page_count):
            text = band(doc[p], "footer")
            expected = f"Page {truth['page_labels'][p]}"
            # A wrong stamp, or a text page without one.
            wrong += (text != expected) if text else bool(doc[p].get_text().strip())
    assert wrong == 3


def test_agenda_item_stamps(pack_factory: PackFactory) -> None:
    path, truth = pack_factory(layout="glued")
    with pymupdf.open(path) as doc:
        # Stamps carry the full number ("5a") where the agenda prints "a)" under item 5.
        for number, it in _flatten(truth["items"]):
            docs = [c for c in it["children"] if c.get("kind") == "document"]
            if docs:
                page = doc[docs[0]["pdf_pages"][0] - 1]
                assert f"Agenda Item {number}" in band(page, "header")


def test_outline_and_page_labels(pack_factory: PackFactory) -> None:
    path, truth = pack_factory(layout="table", outline="good", page_labels=True)
    with pymupdf.open(path) as doc:
        toc = doc.get_toc()
        starts = {it["pdf_pages"][0] for it in walk(truth["items"]) if it["pdf_pages"]}
        assert starts <= {entry[2] for entry in toc}
        for p, label in enumerate(truth["page_labels"]):
            assert doc[p].get_label() == (str(label) if label else "")
    path, _ = pack_factory(layout="table", outline="junk")
    with pymupdf.open(path) as doc:
        assert any("Document1" in e[1] for e in doc.get_toc())


def test_agenda_only_has_no_papers(pack_factory: PackFactory) -> None:
    _path, truth = pack_factory(layout="glued", agenda_only=True)
    items = walk(truth["items"])
    assert all(it["pdf_pages"] is None for it in items)
    assert any(it["pack_pages"] for it in items)
    assert truth["expect_warnings"]
    assert truth["pack"]["pages"] <= 5


def test_supplement_ranges_point_outside_the_file(pack_factory: PackFactory) -> None:
    _path, truth = pack_factory(layout="glued", supplement=True)
    last_label = max(n for n in truth["page_labels"] if n)
    outside = [it for it in walk(truth["items"]) if it["pack_pages"] and not it["pdf_pages"]]
    inside = [it for it in walk(truth["items"]) if it["pack_pages"] and it["pdf_pages"]]
    assert outside and inside
    assert all(it["pack_pages"][0] > last_label for it in outside)
    assert truth["expect_warnings"]


def test_papers_layout(pack_factory: PackFactory) -> None:
    path, truth = pack_factory(layout="papers")
    items = walk(truth["items"])
    assert all(it["pack_pages"] is None for it in items)
    sections = [it for it in truth["items"] if it["children"]]
    assert len(sections) >= 4
    assert all("." in c["number"] for s in sections for c in s["children"])
    closed = [it for it in items if it["paper"] and it["pdf_pages"] is None]
    assert len(closed) == 1 and closed[0]["exempt"]
    with pymupdf.open(path) as doc:
        for it in items:
            docs = [c for c in it["children"] if c.get("kind") == "document"]
            if not docs:
                continue
            a, b = docs[0]["pdf_pages"]
            assert it["paper"] in band(doc[a - 1], "header")
            assert band(doc[a - 1], "footer") == f"Page 1 of {b - a + 1}"
            assert band(doc[b - 1], "footer") == f"Page {b - a + 1} of {b - a + 1}"


def test_timed_layout_prints_12_hour_times(pack_factory: PackFactory) -> None:
    path, truth = pack_factory(layout="timed")
    assert truth["meeting"]["time"] == "12:30"
    times = [it["time"] for it in truth["items"] if it["time"]]
    assert times == sorted(times) and any(t >= "13:00" for t in times)
    assert truth["items"][-1]["time"] is None
    with pymupdf.open(path) as doc:
        text = agenda_text(doc, truth)
        assert "pre-meeting at 12.15" in doc[0].get_text()
    for t in times:
        h, m = map(int, t.split(":"))
        assert re.search(rf"^{h % 12 or 12}\.{m:02d}$", text, re.M)
    assert all(it["title"] == it["title"].upper() for it in truth["items"])


def test_no_agenda_layout(pack_factory: PackFactory) -> None:
    path, truth = pack_factory(layout="no_agenda")
    assert truth["expect_warnings"]
    assert truth["meeting"]["time"] is None
    with pymupdf.open(path) as doc:
        assert "AGENDA" not in doc[0].get_text().upper().split("\n")[0]
        for it in truth["items"]:
            page = doc[it["pdf_pages"][0] - 1]
            assert f"Agenda Item {it['number']}" in band(page, "header")
            assert it["title"].split(":")[0] in " ".join(page.get_text().split())


def test_mixed_layout_part_b_and_verbal_updates(pack_factory: PackFactory) -> None:
    path, truth = pack_factory(layout="mixed")
    items = truth["items"]
    exempt = [it for it in items if it["exempt"]]
    assert exempt and exempt[-1] is items[-1] and exempt[0]["pdf_pages"] is None
    with pymupdf.open(path) as doc:
        text = agenda_text(doc, truth)
    assert "Schedule 12A" in text and "PART B" in text and "(Verbal update)" in text


@pytest.mark.parametrize(
    ("style", "needle"),
    [("labelled", "Date:"), ("oneline", ", 2.00 pm"), ("letter", "You are summoned to attend")],
)
def test_meeting_metadata_forms(tmp_path: Path, style: str, needle: str) -> None:
    for seed in range(1, 40):
        truth = build_pack(PackSpec(meta_style=style, seed=seed), tmp_path / "p.pdf")
        if style != "oneline" or truth["meeting"]["time"] == "14:00":
            break
    with pymupdf.open(tmp_path / "p.pdf") as doc:
        text = " ".join(doc[0].get_text().split())
    assert needle in text
    assert truth["meeting"]["venue"].split(",")[0] in text


def test_slides_contents_and_target_size(pack_factory: PackFactory) -> None:
    path, truth = pack_factory(
        layout="glued", slides=True, contents_pages=True, n_items=14, target_pages=400
    )
    assert 380 <= truth["pack"]["pages"] <= 420
    with pymupdf.open(path) as doc:
        landscape = [p for p in doc if p.rect.width > p.rect.height]
        assert landscape
        assert any("Foreword" in p.get_text() and "....." in p.get_text() for p in doc)


def test_damaged_files(tmp_path: Path) -> None:
    pymupdf.TOOLS.mupdf_display_errors(False)
    paths = {k: make_damaged(k, tmp_path / f"{k}.pdf") for k in DAMAGE_KINDS}
    assert paths["empty"].stat().st_size == 0
    assert not paths["not_pdf"].read_bytes().startswith(b"%PDF")
    assert not paths["html_named_pdf"].read_bytes().startswith(b"%PDF")
    with pytest.raises(pymupdf.FileDataError):
        pymupdf.open(paths["truncated"], filetype="pdf")
    with pymupdf.open(paths["encrypted"]) as doc:
        assert doc.needs_pass
    with pymupdf.open(paths["zero_pages"]) as doc:
        assert doc.page_count == 0
    with pymupdf.open(paths["scanned"]) as doc:
        assert doc.page_count == 3 and not "".join(p.get_text() for p in doc).strip()
    with pytest.raises(ValueError):
        make_damaged("nonsense", tmp_path / "x.pdf")


def test_bad_knobs_are_refused() -> None:
    with pytest.raises(ValueError):
        PackSpec(layout="nope")
    with pytest.raises(ValueError):
        PackSpec(stamp_style="p{n}")


def test_cli_writes_pack_and_truth_silently(tmp_path: Path) -> None:
    out = tmp_path / "bench.pdf"
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "tests.packgen",
            str(out),
            "--layout",
            "colon",
            "--pages",
            "60",
            "--set",
            "stale_offset=2",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert proc.stdout == "" and proc.stderr == ""
    assert out.is_file() and out.with_suffix(".truth.json").is_file()
    with pymupdf.open(out) as doc:
        assert 55 <= doc.page_count <= 65


def test_score_rewards_truth_and_punishes_errors(tmp_path: Path) -> None:
    truth = build_pack(PackSpec(layout="glued"), tmp_path / "p.pdf")
    perfect = score(truth, truth)
    assert perfect["f1"] == 1.0 and perfect["pages_ok"] == 1.0 and perfect["date_ok"]
    broken = {**truth, "items": [dict(it) for it in truth["items"]]}
    broken["items"][2]["pdf_pages"] = [1, 1]
    broken["items"][3]["title"] = "Something else"
    del broken["items"][4]
    s = score(broken, truth)
    assert s["f1"] < 0.9 and s["pages_ok"] < 0.9 and len(s["problems"]) >= 3
    # Sub-items printed "a)" score the same as their qualified number "9a".
    relabelled = {**truth, "items": [dict(it) for it in truth["items"]]}
    for it in relabelled["items"]:
        it["children"] = [
            {**c, "number": it["number"] + c["number"].strip("()")} if c.get("number") else c
            for c in it["children"]
        ]
    assert relabelled != truth
    assert score(relabelled, truth)["f1"] == 1.0


def test_matrix_names_are_unique_and_specs_valid() -> None:
    names = [n for n, _ in MATRIX]
    assert len(names) == len(set(names))
    for _, knobs in MATRIX:
        PackSpec(**knobs)
    assert {PackSpec(**k).layout for _, k in MATRIX} == set(LAYOUTS)


@pytest.mark.parametrize("seed", range(1, 13))
def test_random_knob_mixtures_stay_consistent(tmp_path: Path, seed: int) -> None:
    spec = random_spec(seed)
    path = tmp_path / "r.pdf"
    truth = build_pack(spec, path)
    assert score(truth, truth)["f1"] == 1.0
    labels = [n for n in truth["page_labels"] if n is not None]
    assert labels == sorted(labels) and len(labels) == len(set(labels))
    with pymupdf.open(path) as doc:
        assert doc.page_count == truth["pack"]["pages"] == len(truth["page_labels"])
        for d in documents(truth):
            a, b = d["pdf_pages"]
            assert 1 <= a <= b <= doc.page_count
            n = truth["page_labels"][a - 1]
            if spec.stamps != "none" and spec.layout != "papers" and n is not None:
                total = max(labels)
                want = "".join(spec.stamp_style.format(n=n, total=total).split())
                assert want in "".join(band(doc[a - 1], spec.stamps).split())


def test_shared_document_gives_two_items_one_range(pack_factory: PackFactory) -> None:
    path, truth = pack_factory(layout="glued", shared_doc=True, range_variants=False)
    parent = next(it for it in truth["items"] if it["children"] and "number" in it["children"][0])
    a, b = parent["children"]
    assert a["pdf_pages"] == b["pdf_pages"] and a["pack_pages"] == b["pack_pages"]
    assert a["children"] == b["children"] and a["children"]
    with pymupdf.open(path) as doc:
        text = agenda_text(doc, truth)
    x, y = a["pack_pages"]
    assert text.count(f"(Pages {x} - {y})") == 2


def test_missing_ranges_and_stamped_blanks(pack_factory: PackFactory) -> None:
    path, truth = pack_factory(
        layout="glued", missing_ranges=True, blank_separators=True, stamp_blanks=True
    )
    with_papers = [
        it
        for it in walk(truth["items"])
        if any(c.get("kind") == "document" for c in it["children"])
    ]
    assert any(it["pack_pages"] is None for it in with_papers)
    assert any(it["pack_pages"] for it in with_papers)
    with pymupdf.open(path) as doc:
        blanks = [p for p in range(doc.page_count) if BLANK_TEXT in doc[p].get_text()]
        assert blanks
        for p in blanks:
            assert band(doc[p], "footer") == f"Page {truth['page_labels'][p]}"


def test_broken_stamps_split_like_extraction_does(pack_factory: PackFactory) -> None:
    path, truth = pack_factory(layout="colon", broken_stamps=True)
    with pymupdf.open(path) as doc:
        footers = [band(p, "footer") for p in doc]
        heads = [band(p, "header") for p in doc]
    broken = [f for f in footers if f.startswith("P\nage ")]
    assert broken and all(int(f.split()[-1]) % 5 == 0 for f in broken)
    assert any(h.startswith("A\ngenda Item") for h in heads)
    assert score(truth, truth)["f1"] == 1.0


def test_bundled_sample_is_current(tmp_path: Path, sample_pack: Path) -> None:
    """Fails when generator changes alter the sample: run `make sample` and commit it."""
    import json

    from tests.packgen.sample import build_sample

    assert sample_pack.stat().st_size < 300_000
    fresh = build_sample(tmp_path / "sample-pack.pdf")
    committed = json.loads(sample_pack.with_suffix(".truth.json").read_text(encoding="utf-8"))
    assert fresh == committed
    with pymupdf.open(sample_pack) as doc:
        assert doc.page_count == committed["pack"]["pages"]
        assert "Brackenwood Vale District Council" in doc[0].get_text()
    items = walk(committed["items"])
    assert any("Declarations" in it["title"] for it in items)
    assert any("no later than" in (it["purpose"] or "") for it in items)
    assert items[-1]["exempt"] and items[-1]["pdf_pages"] is None
    appendix = re.compile(r"^(Appendix \d|Annex [A-Z]) – ")
    with_appendices = [
        it for it in items if any(appendix.match(c["title"]) for c in it["children"])
    ]
    assert len(with_appendices) >= 2
