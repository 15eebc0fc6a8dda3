"""SIGTERM while the app exports in the background: work autosaved, no temporary file left."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from briefgen.core.brief.autosave import find_autosave
from briefgen.core.library.model import Bilingual
from briefgen.gui.shutdown import SignalWatcher, stop_tidily
from briefgen.gui.wizard import PageId
from tests.faults.conftest import ROOT, TIMEOUT, leftovers
from tests.gui.conftest import ScriptedPrompter, WindowFactory
from tests.gui.test_wizard_flow import start_policy_brief

PREVIOUS = b"%PDF the previous export"


def test_sigterm_during_a_background_export_keeps_the_previous_file_and_the_work(
    make_window: WindowFactory,
    qtbot: QtBot,
    prompter: ScriptedPrompter,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("briefgen.core.system.atomic._aborted", False)  # put back after the test
    out = tmp_path / "out"
    out.mkdir()
    target = out / "brief.pdf"
    target.write_bytes(PREVIOUS)
    # The export's flush waits until the test lets it go: the signal comes mid-write.
    writing, release = threading.Event(), threading.Event()
    real_fsync = os.fsync

    def held_fsync(fd: int) -> None:
        if str(Path(f"/proc/self/fd/{fd}").readlink()).startswith(str(out) + "/"):
            writing.set()
            release.wait(30)
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", held_fsync)
    window = make_window()
    start_policy_brief(window)
    window.session.edit(
        lambda b: replace(b, title=Bilingual("Work in progress", b.title.ja)), "retitle"
    )
    window.wizard.go_to(PageId.EXPORT)
    export = window.wizard.export_page
    export.docx.setChecked(False)
    export.pdf_path.setText(str(target))

    watcher = SignalWatcher()
    codes: list[int] = []
    watcher.received.connect(lambda signum: codes.append(stop_tidily(window.session, signum)))
    try:
        export.export_button.click()
        qtbot.waitUntil(writing.is_set, timeout=20_000)
        assert len(leftovers(out)) == 1
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: bool(codes), timeout=10_000)
    finally:
        release.set()
        watcher.restore()
    assert codes == [128 + signal.SIGTERM]
    qtbot.waitUntil(lambda: bool(prompter.errors), timeout=20_000)
    assert "briefgen is stopping" in prompter.errors[0][1]
    assert leftovers(out) == []
    assert target.read_bytes() == PREVIOUS
    recovered = find_autosave()
    assert recovered is not None and recovered.brief.title.en == "Work in progress"


def test_the_watcher_puts_back_the_handlers_it_found(qtbot: QtBot) -> None:
    before = signal.getsignal(signal.SIGTERM)
    watcher = SignalWatcher()
    assert signal.getsignal(signal.SIGTERM) is not before
    watcher.restore()
    assert signal.getsignal(signal.SIGTERM) is before


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_the_running_app_quits_on_a_signal_with_its_status(
    signum: signal.Signals, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "BRIEFGEN_DATA_DIR": str(data),
        "BRIEFGEN_CACHE_DIR": str(tmp_path / "cache"),
    }
    with subprocess.Popen(
        [sys.executable, "-m", "briefgen", "gui"],
        cwd=ROOT,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    ) as app:
        deadline = time.monotonic() + TIMEOUT
        # The session takes its autosave lock when the window is built, after
        # the app started watching for signals.
        while not list((data / "autosave").glob("*.lock")):
            assert app.poll() is None, app.communicate()[1]
            assert time.monotonic() < deadline, "the app did not start"
            time.sleep(0.1)
        app.send_signal(signum)
        _, err = app.communicate(timeout=TIMEOUT)
    assert app.returncode == 128 + signum, err
    assert "Traceback" not in err
    assert not list((data / "autosave").glob("*.lock"))
