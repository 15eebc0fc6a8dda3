"""Run slow work off the UI thread and hand the result back to it.

This is the one way the GUI calls slow work (loading the library, composing
and rendering the preview, exporting): the window never freezes, and success
and failure arrive as callbacks on the UI thread, owned by the widget that
asked, so a job whose widget is gone is simply dropped.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance

T = TypeVar("T")


class _Bridge(QObject):
    """Carry a job's outcome back to the thread its parent lives in."""

    succeeded = Signal(object)
    failed = Signal(object)


class _Job(QRunnable, Generic[T]):
    """Run one piece of work and emit its outcome through a bridge."""

    def __init__(self, work: Callable[[], T], bridge: _Bridge) -> None:
        super().__init__()
        self._work = work
        self._bridge = bridge

    def run(self) -> None:
        """Run the work, reporting the result or the exception."""
        try:
            result = self._work()
        except Exception as exc:  # every failure goes to the caller's callback
            self._report(self._bridge.failed, exc)
        else:
            self._report(self._bridge.succeeded, result)

    @staticmethod
    def _report(signal: SignalInstance, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the widget that asked is gone
            signal.emit(value)


_running: set[_Bridge] = set()


def run_in_background(
    parent: QObject,
    work: Callable[[], T],
    on_success: Callable[[T], Any],
    on_failure: Callable[[Exception], Any],
) -> None:
    """Run ``work`` on the thread pool; call back on ``parent``'s thread when it ends.

    ``parent`` owns the callbacks: if it is destroyed first, they never run.
    """
    bridge = _Bridge(parent)
    _running.add(bridge)

    def finish() -> None:
        _running.discard(bridge)
        bridge.deleteLater()

    def succeeded(result: object) -> None:
        finish()
        on_success(result)  # type: ignore[arg-type]

    def failed(error: object) -> None:
        finish()
        assert isinstance(error, Exception)
        on_failure(error)

    bridge.succeeded.connect(succeeded)
    bridge.failed.connect(failed)
    bridge.destroyed.connect(lambda: _running.discard(bridge))
    QThreadPool.globalInstance().start(_Job(work, bridge))


def wait_for_background_jobs(timeout_ms: int = 30_000) -> bool:
    """Wait until the thread pool is idle (for shutdown and tests); return True if it is."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
