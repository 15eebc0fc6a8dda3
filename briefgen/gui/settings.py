"""The app's persistent settings: one ini file in the per-user data folder.

An ini file in :func:`briefgen.core.system.paths.data_dir` (rather than the platform
registry) keeps every test's settings in its own temporary folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings

from briefgen.core.system import paths

MAX_RECENT = 8
UI_LANGUAGES = ("en", "ja")


class Settings:
    """Read and write the settings the app keeps between runs."""

    def __init__(self, path: Path | None = None) -> None:
        """Open the settings file at ``path`` (default: ``settings.ini`` in the data folder)."""
        self.path = path or paths.data_dir() / "settings.ini"
        self._store = QSettings(str(self.path), QSettings.Format.IniFormat)

    def recent_files(self) -> list[Path]:
        """Return the recently opened or saved briefs, newest first."""
        value = self._store.value("recent/files", [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            return []
        return [Path(str(v)) for v in value if str(v)][:MAX_RECENT]

    def add_recent_file(self, path: Path) -> None:
        """Put ``path`` first in the recent files, keeping at most eight."""
        files = [p for p in self.recent_files() if p != path]
        files.insert(0, path)
        self._store.setValue("recent/files", [str(p) for p in files[:MAX_RECENT]])
        self._store.sync()

    def remove_recent_file(self, path: Path) -> None:
        """Forget ``path`` (it no longer exists)."""
        files = [p for p in self.recent_files() if p != path]
        self._store.setValue("recent/files", [str(p) for p in files])
        self._store.sync()

    def ui_language_choice(self) -> str:
        """Return the interface language the user chose ("en", "ja"), or "" for the system's."""
        value = str(self._store.value("ui/language", ""))
        return value if value in UI_LANGUAGES else ""

    def set_ui_language_choice(self, language: str) -> None:
        """Remember the interface language for the next start."""
        self._store.setValue("ui/language", language if language in UI_LANGUAGES else "")
        self._store.sync()

    def ui_language(self) -> str:
        """Return the interface language to use: environment, then setting, then system."""
        forced = os.environ.get("BRIEFGEN_UI_LANG", "")
        if forced in UI_LANGUAGES:
            return forced
        chosen = self.ui_language_choice()
        if chosen:
            return chosen
        return "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"

    def last(self, key: str) -> str:
        """Return the last choice remembered under ``key`` ("template", "language", "folder")."""
        return str(self._store.value(f"last/{key}", ""))

    def remember(self, key: str, value: str) -> None:
        """Remember ``value`` as the last choice under ``key``, for the next brief or run."""
        if self.last(key) != value:
            self._store.setValue(f"last/{key}", value)
            self._store.sync()

    def window_geometry(self) -> QByteArray | None:
        """Return the saved main window geometry, if any."""
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def set_window_geometry(self, geometry: QByteArray) -> None:
        """Save the main window geometry."""
        self._store.setValue("window/geometry", geometry)
        self._store.sync()

    def library_folder(self) -> Path | None:
        """Return the library folder chosen with File → Open library…, if any."""
        value = str(self._store.value("library/folder", "") or "")
        return Path(value) if value else None

    def set_library_folder(self, folder: Path | None) -> None:
        """Remember the library folder to open at the next start (None: the bundled one)."""
        self._store.setValue("library/folder", str(folder) if folder else "")
        self._store.sync()

    def library_to_open(self) -> Path:
        """Return the library folder to open: the remembered one if it exists, else the bundled."""
        remembered = self.library_folder()
        if remembered is not None and remembered.is_dir():
            return remembered
        return paths.default_library_dir()

    def reviewer_name(self) -> str:
        """Return the name "Mark reviewed" records (empty until the curator gives one)."""
        return str(self._store.value("library/reviewer", "") or "")

    def set_reviewer_name(self, name: str) -> None:
        """Remember the curator's name for "Mark reviewed"."""
        self._store.setValue("library/reviewer", name.strip())
        self._store.sync()
