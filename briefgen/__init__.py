"""briefgen: sourced, bilingual policy briefs on Japan's AI Strategy Headquarters.

The public API is small on purpose (tests/test_public_api.py pins it): open a
library, start a brief from a template, compose it, save it, export it. Names
are imported on first use, so ``import briefgen`` stays cheap for the app's
start-up and the command line.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from briefgen._version import __version__

_EXPORTS = {
    "load_library": "briefgen.core.library.store",
    "open_library": "briefgen.core.library.store",
    "load_templates": "briefgen.core.templates.catalog",
    "find_template": "briefgen.core.templates.catalog",
    "new_brief": "briefgen.core.templates.model",
    "compose": "briefgen.core.composition.compose",
    "load_brief": "briefgen.core.brief.file",
    "save_brief": "briefgen.core.brief.file",
    "export_brief": "briefgen.render.export",
}

__all__ = [
    "__version__",
    "compose",
    "export_brief",
    "find_template",
    "load_brief",
    "load_library",
    "load_templates",
    "new_brief",
    "open_library",
    "save_brief",
]

if TYPE_CHECKING:
    from briefgen.core.brief.file import load_brief, save_brief
    from briefgen.core.composition.compose import compose
    from briefgen.core.library.store import load_library, open_library
    from briefgen.core.templates.catalog import find_template, load_templates
    from briefgen.core.templates.model import new_brief
    from briefgen.render.export import export_brief


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'briefgen' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
