"""Dispatch between the desktop app and the verbs, without starting Qt."""

from __future__ import annotations

import pytest

from boardprep import cli


@pytest.fixture
def app_calls(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    calls: list[list[str]] = []
    monkeypatch.setattr(cli, "_run_app", lambda argv: calls.append(list(argv)) or 0)
    return calls


@pytest.mark.parametrize(
    "argv",
    [[], ["pack.pdf"], ["--sample"], ["--data-dir", "d", "--sample"], ["gui", "pack.pdf"]],
)
def test_no_verb_starts_the_app(argv: list[str], app_calls: list[list[str]]) -> None:
    assert cli.main(argv) == 0
    assert app_calls and "gui" not in app_calls[0]


def test_verbs_do_not_start_the_app(app_calls: list[list[str]], tmp_path) -> None:
    missing = tmp_path / "missing.pdf"
    assert cli.main(["--data-dir", str(tmp_path), "agenda", str(missing)]) == 1
    assert app_calls == []


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["agenda"])
    assert exc.value.code == 2
    assert "PACK.pdf" in capsys.readouterr().err


def test_help_lists_every_verb(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    for verb in ("agenda", "add", "list", "export", "import", "search", "shot"):
        assert verb in out
