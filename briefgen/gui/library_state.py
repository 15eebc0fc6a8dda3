"""The fact library and templates the GUI works with, loaded in the background."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from briefgen.gui.jobs import run_in_background

if TYPE_CHECKING:  # loading happens in the background, after the window is shown
    from briefgen.core.brief.model import Brief
    from briefgen.core.library.assembly import Library
    from briefgen.core.library.problems import Problem
    from briefgen.core.library.store import LibraryStore, StoreWarning
    from briefgen.core.templates.model import Template


@dataclass(frozen=True, slots=True)
class LoadedLibrary:
    """What loading produced: the indexed library, the templates and their problems."""

    store: LibraryStore
    templates: tuple[Template, ...]
    template_problems: tuple[Problem, ...]


FIRST_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789"


class LibraryState(QObject):
    """Hold the library once loaded and tell the pages when it is ready.

    Searches go through :meth:`search`, which serializes access to the index's
    SQLite connection (it may be used from background jobs too).
    """

    loaded = Signal()
    failed = Signal(str)

    def __init__(
        self, root: Path, templates_folder: Path | None = None, parent: QObject | None = None
    ) -> None:
        """Prepare to load the library in ``root`` and the templates in ``templates_folder``."""
        super().__init__(parent)
        self.root = root
        self._templates_folder = templates_folder
        self._content: LoadedLibrary | None = None
        self._lock = threading.Lock()
        self.error = ""

    def load(self) -> None:
        """Start loading in the background; ``loaded`` or ``failed`` follows."""
        root, folder = self.root, self._templates_folder

        def work() -> LoadedLibrary:
            from briefgen.core.library.store import open_library
            from briefgen.core.templates.catalog import load_templates

            store = open_library(root)
            templates, problems = load_templates(folder)
            return LoadedLibrary(store, tuple(templates), tuple(problems))

        run_in_background(self, work, self._on_loaded, self._on_failed)

    def _on_loaded(self, content: LoadedLibrary) -> None:
        previous, self._content = self._content, content
        if previous is not None:  # loaded again (a save in the library manager, another library)
            with self._lock:
                previous.store.close()
        self.loaded.emit()
        # A first keystroke is the slowest search (one letter matches much of a
        # large library): find every first letter now, in the background, so
        # that typing one shows its results at once.
        run_in_background(self, self._warm_first_letters, lambda _: None, lambda _: None)

    def _warm_first_letters(self) -> None:
        assert self._content is not None
        index = self._content.store.index
        for letter in FIRST_LETTERS:
            with self._lock:  # one letter at a time: a keystroke never waits long
                index.warm([letter])

    def _on_failed(self, error: Exception) -> None:
        from briefgen.core.library.loader import LibraryNotFoundError

        # Worded here, in the interface language: the core's messages are English.
        if isinstance(error, LibraryNotFoundError):
            text = self.tr("The library folder {path} does not exist or is not a folder.")
        elif isinstance(error, OSError):
            text = self.tr(
                "The fact library in {path} could not be read: check that the folder and its "
                "files can be read."
            )
        else:
            text = self.tr("The fact library in {path} could not be read.")
        self.error = text.format(path=self.root)
        self.failed.emit(self.error)

    @property
    def is_loaded(self) -> bool:
        """Return True once the library is ready."""
        return self._content is not None

    @property
    def library(self) -> Library:
        """Return the loaded library (only call once :attr:`is_loaded`)."""
        assert self._content is not None, "the library is not loaded yet"
        return self._content.store.library

    @property
    def templates(self) -> tuple[Template, ...]:
        """Return the loaded templates (empty until loaded)."""
        return self._content.templates if self._content else ()

    @property
    def store_warnings(self) -> tuple[StoreWarning, ...]:
        """Return what the user should know about opening the library (empty until loaded)."""
        return self._content.store.warnings if self._content else ()

    @property
    def template_problems(self) -> tuple[Problem, ...]:
        """Return the problems found in template files."""
        return self._content.template_problems if self._content else ()

    def template_for(self, brief: Brief) -> Template | None:
        """Return the template ``brief`` was made from, or None if it is not installed."""
        return next((t for t in self.templates if t.template_id == brief.template), None)

    def search(self, text: str) -> list[str]:
        """Return the ids of facts matching ``text`` in library order."""
        assert self._content is not None
        with self._lock:
            return self._content.store.index.search(text)
