"""Shared fixtures: generated packs with their truth, an isolated data dir, the sample pack."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from boardprep.core.paths import ENV_DATA_DIR
from boardprep.core.paths import sample_pack as _sample_pack
from tests.packgen import PackSpec, build_pack

PackFactory = Callable[..., tuple[Path, dict[str, Any]]]


@pytest.fixture
def pack_factory(tmp_path: Path) -> PackFactory:
    """``pack_factory(**PackSpec knobs) -> (pdf path, truth)``, files under tmp_path."""
    counter = itertools.count(1)

    def make(**knobs: Any) -> tuple[Path, dict[str, Any]]:
        spec = PackSpec(**knobs)
        path = tmp_path / f"pack-{next(counter)}-{spec.layout}.pdf"
        return path, build_pack(spec, path)

    return make


@pytest.fixture
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private data dir; also exported as $BOARDPREP_DATA_DIR for code that reads it."""
    path = tmp_path / "data"
    path.mkdir()
    monkeypatch.setenv(ENV_DATA_DIR, str(path))
    return path


@pytest.fixture
def sample_pack() -> Path:
    """The bundled sample pack (resources/sample/sample-pack.pdf)."""
    path = _sample_pack()
    assert path.is_file(), f"missing {path}: run python -m tests.packgen.sample {path}"
    return path
