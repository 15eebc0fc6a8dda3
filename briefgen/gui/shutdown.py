"""Stop the app tidily when the system asks it to: SIGTERM (a logout, a scheduler) or SIGINT.

Python runs a signal handler only between bytecodes of the main thread, and
the main thread sits in Qt's event loop: so the handler here does nothing but
let Python write the signal's number to a socket (``signal.set_wakeup_fd``),
and a :class:`QSocketNotifier` turns that into a Qt signal on the UI thread.
There :func:`stop_tidily` autosaves the brief (it is offered for recovery at
the next start) and removes the temporary files of exports running in the
background (their previous outputs stay as they were).
"""

from __future__ import annotations

import contextlib
import signal
import socket
import threading

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from briefgen.core.system.atomic import abort_writes
from briefgen.gui.session import Session

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


def _ignore(signum: int, frame: object) -> None:
    """Do nothing: the signal's number reaches the event loop through the wake-up socket."""


class SignalWatcher(QObject):
    """Emit :attr:`received` on the UI thread for every SIGTERM or SIGINT the process gets."""

    received = Signal(int)

    def __init__(self, parent: QObject | None = None) -> None:
        """Start watching; call :meth:`restore` to put the previous handlers back."""
        super().__init__(parent)
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError("signals can only be watched from the main thread")
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno(), warn_on_full_buffer=False)
        self._previous = {each: signal.signal(each, _ignore) for each in STOP_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        try:
            data = self._reader.recv(64)
        except OSError:
            return
        for signum in data:
            self.received.emit(signum)

    def restore(self) -> None:
        """Put back the signal handlers and wake-up descriptor that were there before."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for each, handler in self._previous.items():
            signal.signal(each, handler)
        for end in (self._reader, self._writer):
            with contextlib.suppress(OSError):
                end.close()


def stop_tidily(session: Session, signum: int) -> int:
    """Keep the analyst's work and leave no half-written file; return the exit status to use."""
    session.autosave()  # unsaved work is offered for recovery at the next start
    session.release_autosave_lock()
    abort_writes()  # background exports stop short of replacing their files
    return 128 + signum
