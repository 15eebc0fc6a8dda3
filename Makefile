# briefgen: `make run` starts the app on the bundled library; `make test` runs every check.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test check lint typecheck imports pytest setup system-deps run-deps translations bench samples screenshots clean

run: run-deps setup translations
	$(PY) -m briefgen

test: system-deps setup translations check

check: lint typecheck imports pytest

system-deps:
	@bash scripts/install-system-deps.sh test

run-deps:
	@bash scripts/install-system-deps.sh run

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

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
	$(PY) -m pytest

bench: setup
	$(PY) benchmarks/bench_library.py
	$(PY) benchmarks/bench_export.py
	xvfb-run -a -s "-screen 0 1400x900x24" $(PY) benchmarks/bench_gui.py

samples: setup
	$(PY) scripts/render_samples.py

screenshots: setup translations
	QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1400x900x24" $(PY) scripts/screenshots.py

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache build dist
