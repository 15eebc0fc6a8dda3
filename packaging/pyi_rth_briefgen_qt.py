"""Runtime hook for the frozen app: point Qt at the bundle's plugins without loading Qt.

PyInstaller's own PySide6 hook imports PySide6.QtCore when the program starts,
to give Qt an embedded qt.conf; the PyPI wheels of PySide6 make their own when
imported, so that import only costs time, and it made every command-line run
(`briefgen export`, `templates`, `--version`) load Qt, which the command line
never needs. The spec replaces that hook with this one: it only sets where Qt
finds its plugins, and Qt loads when the app is started.
"""

import os
import sys
from pathlib import Path

_qt = Path(sys._MEIPASS) / "PySide6"  # type: ignore[attr-defined]
os.environ["QT_PLUGIN_PATH"] = str(
    (_qt if sys.platform.startswith("win") else _qt / "Qt") / "plugins"
)
