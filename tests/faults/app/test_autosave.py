"""Autosave under steady typing, and recovery after the app is killed (kill -9) mid-typing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

from pytestqt.qtbot import QtBot

from briefgen.core.brief.autosave import find_autosave
from briefgen.core.brief.model import Brief
from briefgen.core.library.model import Bilingual
from briefgen.gui import session as session_module
from tests.faults.conftest import ROOT, TIMEOUT
from tests.gui.conftest import WindowFactory

# A child app that types one character into the title every 200 ms, saying
# how many it has typed, until it is killed.
TYPIST = """\
import datetime as dt, sys
from dataclasses import replace
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from briefgen.core.brief.model import Brief
from briefgen.core.library.model import Bilingual
from briefgen.gui.prompts import Prompter
from briefgen.gui.session import Session
from briefgen.gui.settings import Settings

app = QApplication([])
session = Session(Settings(), Prompter(None))
session.start(Brief(template="policy-brief", title=Bilingual("", ""), date=dt.date(2026, 11, 1)))
typed = 0

def key():
    global typed
    typed += 1
    session.edit(lambda b: replace(b, title=Bilingual("x" * typed, "")), "type", "title")
    print(typed, flush=True)

timer = QTimer()
timer.timeout.connect(key)
timer.start(200)
app.exec()
"""


def test_steady_typing_is_autosaved_within_the_maximum_delay(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    window = make_window()
    window.wizard.next()
    session = window.session
    interval = session_module.AUTOSAVE_DEBOUNCE_MS // 3  # steadier than the debounce allows
    typed = 0
    started = time.monotonic()
    # Type for twice the maximum delay, never pausing long enough for the debounce.
    while time.monotonic() - started < 2 * session_module.AUTOSAVE_MAX_DELAY_MS / 1000:
        typed += 1
        author = "a" * typed

        def type_key(brief: Brief, author: str = author) -> Brief:
            return replace(brief, author=Bilingual(en=author))

        session.edit(type_key, "type", "author")
        qtbot.wait(interval)
    assert session.autosave_path.exists(), "nothing was autosaved while typing"


def test_a_killed_app_recovers_what_was_typed_up_to_a_few_seconds_before(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen(
        [sys.executable, "-c", TYPIST], cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True
    ) as child:
        assert child.stdout is not None
        typed = 0
        deadline = time.monotonic() + TIMEOUT
        while typed < 40:  # 8 seconds of steady typing
            line = child.stdout.readline()
            assert line, "the typing app stopped"
            typed = int(line)
            assert time.monotonic() < deadline
        os.kill(child.pid, signal.SIGKILL)
        child.wait(TIMEOUT)
    recovered = find_autosave()
    assert recovered is not None, "nothing was recovered"
    keys_per_delay = session_module.AUTOSAVE_MAX_DELAY_MS // 200
    assert len(recovered.brief.title.en) >= typed - keys_per_delay - 5
