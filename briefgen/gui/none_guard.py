"""Keep Python's ``None`` alive under a Qt binding that returns it uncounted.

PySide6 6.12.0 hands ``None`` back to Python without counting a reference to
it: every call of a method that returns nothing (``setText``, ``save``, a
paint) and every empty answer (``parent()``, an empty ``QModelIndex.data()``)
takes one reference away. Python 3.12 and later do not count ``None``'s
references (it is immortal), so nothing happens there. On Python 3.11 the
count runs down as the app is used, a few thousand calls a minute, and when
it reaches zero the interpreter aborts ("deallocating None") at a random
moment, taking unsaved work with it.

Releases without the defect (6.11 and earlier) cannot be asked for instead:
QtPdf, which the preview needs, is published on its own only from 6.12. So
:func:`protect_none` probes the binding in use, and only when a call loses a
reference does what Python 3.12 does: it gives ``None`` a count no session
can run down (2**40 references: a billion calls a second would take twenty
minutes to lose one thousandth of it). It writes the count in place, which
is the first field of every object on CPython (``ob_refcnt``); on a binding
without the defect, or another Python, it does nothing.
tests/gui/test_none_guard.py shows a session of Qt calls outliving ``None``'s
original count.
"""

from __future__ import annotations

import ctypes
import platform
import sys
from typing import Final

from PySide6.QtCore import QObject

_PROBES: Final = 8
_ADDED: Final = 2**40


def binding_loses_none() -> bool:
    """Return True if calling a Qt method that returns nothing loses a reference to ``None``."""
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBES):
        probe.setObjectName("")
    return before - sys.getrefcount(None) >= _PROBES


def protect_none() -> bool:
    """Make ``None``'s reference count unreachable to zero if the binding loses references.

    Return True if it had to. Call it once, before the app makes Qt calls;
    calling it again does nothing more.
    """
    if platform.python_implementation() != "CPython" or sys.version_info >= (3, 12):
        return False
    if sys.getrefcount(None) > _ADDED or not binding_loses_none():
        return False
    count = ctypes.c_ssize_t.from_address(id(None))
    count.value += _ADDED
    return True
