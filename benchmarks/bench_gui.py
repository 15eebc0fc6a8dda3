"""Benchmark the desktop app: start-up against a bare QWizard, search as you type, memory.

    xvfb-run -a -s "-screen 0 1400x900x24" python benchmarks/bench_gui.py [--runs 10]

Run it on a real (virtual) X display with QT_QPA_PLATFORM=xcb, the platform a
user's window uses.

* Start-up: the parent takes ``time.monotonic()`` and starts a child Python
  process; the child shows its window and, from the first turn of the event
  loop after ``show()``, prints ``time.monotonic()`` and exits. The difference
  is "process start to window shown". The two children, alternated ``--runs``
  times each: ``bare`` (a PySide6 script that shows an empty QWizard) and
  ``app`` (briefgen's main window with the wizard, as ``briefgen`` starts it).
  As an installed app runs, briefgen's bytecode is compiled first: a checkout
  run with PYTHONDONTWRITEBYTECODE=1 would otherwise compile every one of its
  modules on every start (the bare script's PySide6 is compiled already).
* Search as you type: one child opens the app on a synthetic library of
  100,000 facts (its cache built beforehand), waits until the library has
  loaded and the app's background work is done (the start page's thumbnails
  and the one-letter searches it makes ahead; work that shares the
  interpreter lock), goes to the facts page and types queries one character
  at a time.
  For each keystroke it times the page's search-and-filter step plus the
  event processing that repaints the table (the typing debounce is bypassed).
* Peak memory: the child's peak resident set size after the searches.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ["minist", "deepfake", "本部", "ディープフェイク", "AI 学校", "Economy"]


def child_bare() -> None:
    """Show an empty QWizard and report when it is on screen."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWizard

    app = QApplication(sys.argv[:1])
    wizard = QWizard()
    wizard.show()
    QTimer.singleShot(0, lambda: (print(time.monotonic(), flush=True), app.quit()))
    app.exec()


def child_app() -> None:
    """Start briefgen's window as `briefgen` does and report when it is on screen."""
    from PySide6.QtCore import QTimer

    from briefgen.gui.app import create_application, open_main_window
    from briefgen.gui.settings import Settings

    app = create_application([])
    window = open_main_window(app, Settings())
    QTimer.singleShot(0, lambda: (print(time.monotonic(), flush=True), app.quit()))
    app.exec()
    window.library.setParent(None)


def child_search(library_root: str) -> None:
    """Type queries into the facts page over a large library and print timings as JSON."""
    import resource

    from PySide6.QtCore import QCoreApplication

    from briefgen.gui.app import create_application, open_main_window
    from briefgen.gui.jobs import wait_for_background_jobs
    from briefgen.gui.settings import Settings
    from briefgen.gui.wizard import PageId

    app = create_application([])
    window = open_main_window(app, Settings(), Path(library_root))
    deadline = time.monotonic() + 600
    while not window.library.is_loaded and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)
    # Let the start page's thumbnails finish rendering (they share the GIL), then type.
    wait_for_background_jobs(120_000)
    app.processEvents()
    window.wizard.start_page.select_template(window.library.templates[0].template_id)
    window.wizard.next()  # to the setup page, starting a brief
    window.wizard.go_to(PageId.FACTS)
    page = window.wizard.facts_page
    results: dict[str, list[float]] = {}
    for query in QUERIES:
        times: list[float] = []
        for n in range(1, len(query) + 1):
            page.search.blockSignals(True)
            page.search.setText(query[:n])
            page.search.blockSignals(False)
            started = time.perf_counter()
            page.apply_filters()
            QCoreApplication.processEvents()
            times.append((time.perf_counter() - started) * 1000)
        results[query] = times
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    facts = len(window.library.library.facts)
    print(json.dumps({"keystrokes": results, "peak_rss_mb": peak, "facts": facts}))
    app.quit()


def time_start(kind: str, env: dict[str, str]) -> float:
    """Return seconds from starting a child of ``kind`` to its window being shown."""
    started = time.monotonic()
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind],
        capture_output=True, text=True, check=True, env=env, cwd=ROOT,
    ).stdout  # fmt: skip
    return float(out.strip().splitlines()[-1]) - started


def main() -> None:
    """Run the benchmark and print a Markdown report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--child", choices=["bare", "app", "search"])
    parser.add_argument("--library")
    args = parser.parse_args()
    if args.child == "search":
        child_search(args.library)
        return
    if args.child is not None:
        {"bare": child_bare, "app": child_app}[args.child]()
        return

    sys.path.insert(0, str(ROOT / "scripts"))
    from make_synthetic_library import write_library

    compileall.compile_dir(ROOT / "briefgen", quiet=1)
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "xcb")
        env["BRIEFGEN_CACHE_DIR"] = str(Path(tmp) / "cache")
        env["BRIEFGEN_DATA_DIR"] = str(Path(tmp) / "data")
        env["BRIEFGEN_UI_LANG"] = "en"
        time_start("app", env)  # warm-up: builds the bundled library's cache and thumbnails
        bare, app = [], []
        for _ in range(args.runs):
            bare.append(time_start("bare", env))
            app.append(time_start("app", env))
        print("# GUI benchmark\n")
        print("| process start to window shown | median | min | max |\n|---|---|---|---|")
        for label, values in (("bare PySide6 QWizard", bare), ("briefgen", app)):
            print(f"| {label} | {statistics.median(values) * 1000:.0f} ms | "
                  f"{min(values) * 1000:.0f} ms | {max(values) * 1000:.0f} ms |")  # fmt: skip
        ratio = statistics.median(app) / statistics.median(bare)
        print(f"\nbriefgen / bare QWizard = {ratio:.2f} (target ≤ 1.5)\n")

        library = Path(tmp) / "synthetic"
        write_library(library, 100_000, per_file=1000)
        from briefgen.core.library.store import open_library

        os.environ["BRIEFGEN_CACHE_DIR"] = env["BRIEFGEN_CACHE_DIR"]
        open_library(library).index.close()  # build the cache once
        out = subprocess.run(
            [sys.executable, __file__, "--child", "search", "--library", str(library)],
            capture_output=True, text=True, check=True, env=env, cwd=ROOT,
        ).stdout  # fmt: skip
        result = json.loads(out.strip().splitlines()[-1])
        print(f"Search as you type over {result['facts']:,} facts (ms per keystroke):\n")
        print("| query | per keystroke | median | max |\n|---|---|---|---|")
        worst = 0.0
        for query, times in result["keystrokes"].items():
            worst = max(worst, *times)
            steps = ", ".join(f"{t:.0f}" for t in times)
            print(f"| `{query}` | {steps} | {statistics.median(times):.0f} | {max(times):.0f} |")
        print(f"\nSlowest keystroke: {worst:.0f} ms (target < 50)")
        print(f"Peak memory with the 100,000-fact library: {result['peak_rss_mb']:.0f} MB")


if __name__ == "__main__":
    main()
