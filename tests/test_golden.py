"""Golden tests: the engine on generated packs against their truth (see tests/packgen/scoring).

These fail (never skip) while ``boardprep.core.engine.analysis`` is missing or wrong. For a table of
every case while working on the engine: ``python -m tests.packgen.scoring -v``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from boardprep.core import errors
from tests.packgen import PackSpec, build_pack, make_damaged, random_spec
from tests.packgen.scoring import MATRIX, score

Analyze = Callable[..., Any]


@pytest.fixture(scope="module")
def analyze() -> Analyze:
    from boardprep.core.engine.analysis import analyze as fn

    return fn


def _run(analyze: Analyze, path: Path, tmp_path: Path) -> dict[str, Any]:
    tree = analyze(path, data_dir=tmp_path / "data", use_cache=False)
    return tree.to_json()


@pytest.mark.parametrize(("name", "knobs"), MATRIX, ids=[n for n, _ in MATRIX])
def test_golden_pack(analyze: Analyze, tmp_path: Path, name: str, knobs: dict[str, Any]) -> None:
    path = tmp_path / f"{name}.pdf"
    truth = build_pack(PackSpec(**knobs), path)
    result = _run(analyze, path, tmp_path)
    s = score(result, truth)
    detail = "\n  ".join(s["problems"][:15])
    assert result["pack"]["pages"] == truth["pack"]["pages"]
    assert s["f1"] >= 0.98, f"{name}: item F1 {s['f1']}\n  {detail}"
    assert s["pages_ok"] >= 0.98, f"{name}: pdf_pages right for {s['pages_ok']:.0%}\n  {detail}"
    assert s["date_ok"], f"{name}: date {result['meeting']['date']} != {truth['meeting']['date']}"
    assert s["time_ok"], f"{name}: time {result['meeting']['time']} != {truth['meeting']['time']}"
    assert s["warnings_ok"], f"{name}: expected a warning for the user, got none"


@pytest.mark.parametrize("seed", range(1, 17))
def test_golden_random_mixture(analyze: Analyze, tmp_path: Path, seed: int) -> None:
    """Knob mixtures nobody chose by hand (python -m tests.packgen.scoring --random 40 -v)."""
    spec = random_spec(seed)
    path = tmp_path / f"random-{seed}.pdf"
    truth = build_pack(spec, path)
    s = score(_run(analyze, path, tmp_path), truth)
    detail = "\n  ".join(s["problems"][:15])
    assert s["f1"] >= 0.98, f"{spec}\nitem F1 {s['f1']}\n  {detail}"
    assert s["pages_ok"] >= 0.98, f"{spec}\npdf_pages right for {s['pages_ok']:.0%}\n  {detail}"
    assert s["date_ok"] and s["time_ok"], f"{spec}\nmeeting date/time wrong"


def test_golden_sample_pack(analyze: Analyze, tmp_path: Path, sample_pack: Path) -> None:
    import json

    truth = json.loads(sample_pack.with_suffix(".truth.json").read_text(encoding="utf-8"))
    s = score(_run(analyze, sample_pack, tmp_path), truth)
    assert s["f1"] >= 0.98 and s["pages_ok"] >= 0.98, s["problems"]
    assert s["date_ok"] and s["time_ok"]


DAMAGE_ERRORS: dict[str, type[errors.PackError]] = {
    "not_pdf": errors.NotAPdfError,
    "empty": errors.EmptyFileError,
    "truncated": errors.DamagedPdfError,
    "encrypted": errors.EncryptedPdfError,
    "zero_pages": errors.NoPagesError,
    "html_named_pdf": errors.NotAPdfError,
}


@pytest.mark.parametrize("kind", sorted(DAMAGE_ERRORS))
def test_damaged_file_raises_its_error(analyze: Analyze, tmp_path: Path, kind: str) -> None:
    path = make_damaged(kind, tmp_path / f"{kind}.pdf")
    with pytest.raises(DAMAGE_ERRORS[kind]) as info:
        analyze(path, data_dir=tmp_path / "data", use_cache=False)
    assert str(info.value), "the user's message must not be empty"


def test_scanned_file_gives_a_tree_with_a_warning(analyze: Analyze, tmp_path: Path) -> None:
    path = make_damaged("scanned", tmp_path / "scanned.pdf")
    result = _run(analyze, path, tmp_path)
    assert result["pack"]["pages"] == 3
    assert result["warnings"], "a pack without a text layer must say so"
