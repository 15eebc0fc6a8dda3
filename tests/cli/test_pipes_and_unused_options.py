"""The command line in a pipeline, and options that would do nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefgen.cli import main


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    # `head -1` reads one line and closes the pipe while briefgen is still writing
    # (280 KB of JSON, more than a pipe holds).
    pipeline = subprocess.run(
        f"{sys.executable} -m briefgen.cli library search AI --json | head -1",
        shell=True,
        capture_output=True,
        text=True,
        check=True,
    )
    assert pipeline.stdout.count("\n") == 1
    assert "Traceback" not in pipeline.stderr
    assert "BrokenPipeError" not in pipeline.stderr


@pytest.mark.parametrize(
    ("options", "warning"),
    [
        (["--lang", "en", "--era"], "--era has no effect on an English brief"),
        (["--lang", "ja", "--layout", "stacked"], "--layout has no effect on a brief in one"),
        (["--lang", "en", "--author-ja", "山田"], "--author-ja has no effect on an English brief"),
        (["--lang", "ja", "--organisation", "X"], "--organisation has no effect on a Japanese"),
    ],
)
def test_an_option_with_no_effect_is_warned_about(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], options: list[str], warning: str
) -> None:
    out = tmp_path / "brief.docx"
    assert main(["export", "--template", "executive-one-pager", *options, "-o", str(out)]) == 0
    assert f"warning: {warning}" in capsys.readouterr().err
    assert out.exists()


def test_options_that_apply_are_not_warned_about(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "brief.docx"
    options = ["--lang", "bilingual", "--layout", "stacked", "--era", "--author-ja", "山田"]
    assert main(["export", "--template", "executive-one-pager", *options, "-o", str(out)]) == 0
    assert "has no effect" not in capsys.readouterr().err
