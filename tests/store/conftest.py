from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from boardprep.core.model import AgendaTree
from boardprep.core.store import Store
from tests.store.fixtures import ISSUE_1, build_pack


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(data_dir: Path) -> Iterator[Store]:
    s = Store(data_dir)
    yield s
    s.close()


@pytest.fixture
def pack1(tmp_path: Path) -> tuple[Path, AgendaTree]:
    path = tmp_path / "cabinet-pack.pdf"
    return path, build_pack(path, ISSUE_1)


@pytest.fixture
def registered(store: Store, pack1: tuple[Path, AgendaTree]) -> tuple[Store, str, AgendaTree]:
    path, tree = pack1
    store.register_pack(tree, str(path))
    return store, tree.pack.sha256, tree
