# Harmony — the two commands a fresh machine needs are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test test-reliability bench lint demo translations install clean package \
	packaging-check packaging-tools

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Installs the app and its dev tools, pinned by constraints.txt (the lock file).
$(STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP) translations

resources/translations/%.qm: resources/translations/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

run: install
	$(BIN)/harmony

demo: install
	$(BIN)/python -m tests.emulators.demo

test: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

test-reliability: install
	QT_QPA_PLATFORM=offscreen HARMONY_RELIABILITY_FULL=1 $(BIN)/python -m pytest -q \
		-p no:cacheprovider tests/reliability

bench: install
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m tests.benchmarks.run_all

# One-folder desktop build in dist/harmony/ (PyInstaller), with the Linux metadata beside it.
package: install
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[package]'
	$(BIN)/pyinstaller --noconfirm --distpath dist --workpath build/pyinstaller \
		packaging/pyinstaller/harmony.spec
	$(BIN)/python packaging/build_metadata.py dist/metadata

# desktop-file-validate and appstreamcli come from Debian's packages.
packaging-tools:
	@command -v desktop-file-validate >/dev/null && command -v appstreamcli >/dev/null || \
		{ apt-get update -qq && apt-get install -y -qq desktop-file-utils appstream; }

packaging-check: package packaging-tools
	$(BIN)/python packaging/smoke_test.py

lint: install
	$(BIN)/ruff check .
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) build dist *.egg-info $(QM) tests/screenshots bench-results.json \
		reliability-results.json
