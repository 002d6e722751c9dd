# Two commands do all set-up: `make run` and `make test` (see README).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEVSTAMP := $(VENV)/.installed-dev
DISTSTAMP := $(VENV)/.installed-dist

.PHONY: run test lint format bench sample clean accuracy variants dist smoke

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e .
	$(BIN)/python -m compileall -q src
	touch $@

$(DEVSTAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	touch $@ $(STAMP)

run: $(STAMP)
	@# Byte-compile once (quick when up to date): an editable install never does, and with
	@# PYTHONDONTWRITEBYTECODE set every start would recompile the package (~0.08 s).
	$(BIN)/python -m compileall -q src
	$(BIN)/boardprep $(if $(PACK),"$(PACK)",--sample)

test: $(DEVSTAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/python -m mypy src/boardprep

lint: $(DEVSTAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

format: $(DEVSTAMP)
	$(BIN)/ruff format src tests benchmarks
	$(BIN)/ruff check --fix src tests benchmarks

bench: $(DEVSTAMP)
	$(BIN)/python benchmarks/run_all.py

sample: $(DEVSTAMP)
	$(BIN)/python -m tests.packgen.sample src/boardprep/resources/sample/sample-pack.pdf

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info

# The one-folder desktop app (PyInstaller, packaging/boardprep.spec) in dist/boardprep, its
# Linux tarball and the wheel; `make smoke` checks the built binary (packaging/smoke.py).
$(DISTSTAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dist]'
	touch $@ $(STAMP)

dist: $(DISTSTAMP)
	rm -rf dist/boardprep dist/boardprep.app dist/*.whl dist/*.tar.gz build/pyinstaller
	QT_QPA_PLATFORM=offscreen $(BIN)/pyinstaller --noconfirm --log-level WARN \
	    --distpath dist --workpath build/pyinstaller packaging/boardprep.spec
	$(BIN)/python packaging/linux_tarball.py
	$(BIN)/pip wheel -q --no-deps -w dist .

smoke:
	$(BIN)/python packaging/smoke.py dist/boardprep

# The agenda engine on the real-pack corpus (benchmarks/realpacks; PDFs restored from snapshots).
accuracy: $(DEVSTAMP)
	-$(BIN)/python benchmarks/realpacks/restore.py
	$(BIN)/python benchmarks/realpacks/accuracy.py --markdown $(if $(V),-v,)

# The same packs without their outline, printed page ranges or page stamps (see variants.py).
variants: $(DEVSTAMP)
	-$(BIN)/python benchmarks/realpacks/restore.py
	for v in no-outline no-ranges no-stamps; do \
	    $(BIN)/python benchmarks/realpacks/variants.py $$v || exit 1; done
