# briefgen: `make run` starts the app on the bundled library; `make test` runs every check.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

NOQT_VENV ?= .venv-noqt
NOQT_STAMP := $(NOQT_VENV)/.installed

.PHONY: run test test-no-qt check lint typecheck imports pytest setup system-deps run-deps dist-deps translations dist dist-check bench bench-bundle samples screenshots clean

run: run-deps setup translations
	$(PY) -m briefgen

test: system-deps setup translations check test-no-qt dist-check

check: lint typecheck imports pytest

system-deps:
	@bash scripts/install-system-deps.sh test

run-deps:
	@bash scripts/install-system-deps.sh run

dist-deps:
	@bash scripts/install-system-deps.sh dist

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

PACKAGING_STAMP := $(VENV)/.packaging
$(PACKAGING_STAMP): $(STAMP)
	$(PY) -m pip install -q -e '.[dev,packaging]'
	touch $(PACKAGING_STAMP)

# The standalone bundle, the .tar.gz and the .deb, in dist/ (docs/packaging.md).
dist: dist-deps $(PACKAGING_STAMP) translations
	$(PY) packaging/build.py

# Run the bundled program as a user would, and install the .deb (tests/packaging).
dist-check: dist
	$(PY) -m pytest tests/packaging

# The core, renderer and command-line tests in a virtual environment without PySide6:
# proof that they need no Qt (STYLE.md, habit 1). briefgen is installed editable
# without its dependencies and without build isolation (whose build hook would
# fetch PySide6 to compile translations, which an editable install skips).
$(NOQT_STAMP): pyproject.toml scripts/requirements_without_qt.py
	test -x $(NOQT_VENV)/bin/python || $(PYTHON) -m venv $(NOQT_VENV)
	$(NOQT_VENV)/bin/python -m pip install -q --upgrade pip
	$(PYTHON) scripts/requirements_without_qt.py > $(NOQT_VENV)/requirements.txt
	$(NOQT_VENV)/bin/python -m pip install -q -r $(NOQT_VENV)/requirements.txt 'hatchling>=1.21' editables
	$(NOQT_VENV)/bin/python -m pip install -q --no-deps --no-build-isolation -e .
	touch $(NOQT_STAMP)

test-no-qt: $(NOQT_STAMP)
	@$(NOQT_VENV)/bin/python -c "import importlib.util as u, sys; sys.exit(u.find_spec('PySide6') is not None and 'PySide6 is installed in $(NOQT_VENV)')"
	$(NOQT_VENV)/bin/python -m pytest -q -p no:cacheprovider tests/core tests/render tests/cli

translations: setup
	$(PY) scripts/build_translations.py

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: setup
	$(VENV)/bin/mypy

imports: setup
	$(VENV)/bin/lint-imports

pytest: setup translations
	$(PY) -m pytest --ignore=tests/packaging

bench: setup
	$(PY) benchmarks/bench_library.py
	$(PY) benchmarks/bench_export.py
	$(PY) benchmarks/bench_input.py
	$(PY) benchmarks/bench_manager.py
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) benchmarks/bench_gui.py

# The bundle against the source install: sizes, cold start, first export (docs/benchmarks.md).
bench-bundle: dist
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) benchmarks/bench_bundle.py

samples: setup
	$(PY) scripts/render_samples.py

screenshots: setup translations
	QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" $(PY) scripts/screenshots.py
	QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" $(PY) scripts/screenshots_manager.py

clean:
	rm -rf $(VENV) $(NOQT_VENV) .mypy_cache .ruff_cache .pytest_cache build dist
