"""The public API is exactly what briefgen/__init__.py promises, and it works end to end."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import briefgen


def test_public_api_is_pinned() -> None:
    assert briefgen.__all__ == [
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
    for name in briefgen.__all__:
        assert getattr(briefgen, name) is not None


def test_public_api_makes_a_brief_from_library_to_file(tmp_path: Path) -> None:
    from briefgen.core.system.paths import default_library_dir

    library = briefgen.load_library(default_library_dir())
    template = briefgen.find_template("executive-one-pager")
    brief = briefgen.new_brief(template, library, date=dt.date(2026, 11, 25))
    briefgen.save_brief(tmp_path / "b.brief", brief, expected=None)
    reopened, _ = briefgen.load_brief(tmp_path / "b.brief")
    result = briefgen.export_brief(reopened, library, template, tmp_path / "b.pdf")
    assert result.path.read_bytes().startswith(b"%PDF")
