"""reportlab's private API: used in one module only, for the pinned version, checked."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from reportlab import rl_config
from reportlab.pdfgen.textobject import PDFTextObject

from briefgen.render.pdf import reportlab_private
from briefgen.render.pdf.reportlab_private import WRITTEN_FOR, binary_streams, problems

ROOT = Path(__file__).resolve().parents[3]
PRIVATE_NAMES = re.compile(
    r"_textOut|\._code\b|\._doc\b|_timeStamp|makeToUnicodeCMap|rl_config"
    r"|__new__|_ttf_data|_pdfScale|TTFontFace|TTFNameBytes"
)


def test_the_installed_reportlab_still_has_what_the_pdf_engine_uses() -> None:
    found = problems()
    assert not found, (
        "reportlab changed under the PDF engine; adapt briefgen/render/pdf/reportlab_private.py "
        "and its pin in pyproject.toml:\n" + "\n".join(found)
    )


def test_a_reportlab_without_a_private_method_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(PDFTextObject, "_textOut")
    monkeypatch.setattr("reportlab.Version", "6.0.0")
    assert problems() == [
        f"reportlab 6.0.0 is installed; this module is written for {WRITTEN_FOR}",
        "PDFTextObject._textOut(text) is gone or takes other arguments",
    ]


def test_pyproject_pins_the_reportlab_this_module_is_written_for() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = [d for d in project["dependencies"] if d.startswith("reportlab")]
    assert pins == [f"reportlab=={WRITTEN_FOR}"]


def test_no_other_module_reaches_into_reportlab() -> None:
    private = Path(reportlab_private.__file__)
    offenders = [
        f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
        for path in sorted((ROOT / "briefgen").rglob("*.py"))
        if path != private
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if PRIVATE_NAMES.search(line) and not line.lstrip().startswith("#")
    ]
    assert offenders == []


def test_importing_the_pdf_renderer_leaves_reportlab_configured_as_it_was() -> None:
    code = (
        "from reportlab import rl_config\n"
        "before = rl_config.useA85\n"
        "import briefgen.render.pdf.renderer\n"
        "print(before, rl_config.useA85)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["1", "1"]


def test_binary_streams_hold_while_any_render_runs_and_end_with_the_last() -> None:
    before = rl_config.useA85
    with binary_streams():
        assert rl_config.useA85 == 0
        with binary_streams():  # a second render on another thread
            assert rl_config.useA85 == 0
        assert rl_config.useA85 == 0
    assert rl_config.useA85 == before
