"""A long session of Qt calls must not use up Python's None (briefgen.gui.none_guard)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

# More calls that return nothing than None has references when the program starts
# (a few thousand on Python 3.11): under PySide6 6.12.0 each call loses one, and
# without the guard the interpreter aborts ("deallocating None") before the end.
SESSION = textwrap.dedent(
    """
    import gc, sys
    calls = 3 * sys.getrefcount(None) + 10_000
    from briefgen.gui.app import create_application
    from PySide6.QtWidgets import QLabel
    app = create_application([])
    label = QLabel()
    for n in range(calls):
        label.setText("")  # returns nothing
        label.parentWidget()  # returns None
    gc.collect()
    print("alive after", 2 * calls, "calls")
    """
)


def test_a_session_of_qt_calls_outlives_nones_original_count() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SESSION], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "alive after" in done.stdout


def test_the_guard_acts_only_where_the_binding_loses_references() -> None:
    from briefgen.gui.none_guard import binding_loses_none, protect_none

    before = sys.getrefcount(None)
    protected = protect_none()
    if protected:
        assert sys.getrefcount(None) > before + 2**39
    assert protect_none() is False  # once is enough
    if sys.version_info >= (3, 12):
        assert not protected  # None is immortal there: nothing to do
    elif not binding_loses_none():
        assert not protected
