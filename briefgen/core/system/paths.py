"""Where briefgen finds its bundled resources and keeps its per-user files."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "briefgen"
_PACKAGE_DIR = Path(__file__).resolve().parents[2]


def data_root() -> Path:
    """Return the folder that holds ``resources/`` and ``templates/``.

    In a frozen build (PyInstaller) that is the bundle folder; in an installed
    wheel, the package's ``_data`` folder; in a source checkout, the repository.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    installed = _PACKAGE_DIR / "_data"
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent


def resources_dir() -> Path:
    """Return the bundled ``resources/`` folder."""
    return data_root() / "resources"


def templates_dir() -> Path:
    """Return the bundled ``templates/`` folder."""
    return data_root() / "templates"


def default_library_dir() -> Path:
    """Return the library shipped with briefgen."""
    return resources_dir() / "library"


def cache_dir() -> Path:
    """Return the per-user cache folder (``BRIEFGEN_CACHE_DIR`` overrides it)."""
    override = os.environ.get("BRIEFGEN_CACHE_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """Return the per-user data folder for autosaves (``BRIEFGEN_DATA_DIR`` overrides it)."""
    override = os.environ.get("BRIEFGEN_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
