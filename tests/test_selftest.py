"""`briefgen self-test`: every export checked, failures reported one line each, exit status."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefgen import selftest
from briefgen.core.library.store import load_library
from briefgen.core.system.paths import default_library_dir
from briefgen.selftest import CheckFailedError, SelfTest, read_docx, read_pdf


def test_self_test_without_the_app_checks_every_template_in_every_mode(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert selftest.main(["--no-gui", "--keep", str(tmp_path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    exports = [line for line in lines if line.startswith("ok    export ")]
    assert len(exports) == 3 * 4 * 2  # three templates, four language modes, two formats
    assert lines[-1].startswith("self-test: 26 of 26 checks passed")
    assert len(list(tmp_path.glob("*.pdf"))) == 12 and len(list(tmp_path.glob("*.docx"))) == 12


def test_self_test_leaves_the_users_cache_and_settings_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("BRIEFGEN_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("BRIEFGEN_DATA_DIR", str(tmp_path / "data"))
    assert selftest.main(["--no-gui"]) == 0
    assert not (tmp_path / "cache").exists() and not (tmp_path / "data").exists()


def test_a_pdf_with_a_font_that_is_not_embedded_fails(tmp_path: Path) -> None:
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "helvetica.pdf"
    canvas = Canvas(str(path))
    canvas.setFont("Helvetica", 12)
    for line in range(50):
        canvas.drawString(72, 800 - 14 * line, "This text is set in a font the PDF does not carry.")
    canvas.save()
    with pytest.raises(CheckFailedError, match="fonts not embedded: /Helvetica"):
        read_pdf(path, "en")


def test_an_english_document_fails_as_a_japanese_brief(tmp_path: Path) -> None:
    selftest.main(["--no-gui", "--keep", str(tmp_path)])
    japanese_title = "年表:AI推進法と人工知能戦略本部"
    for path, reader in (
        (tmp_path / "chronology-en.pdf", read_pdf),
        (tmp_path / "chronology-en.docx", read_docx),
    ):
        with pytest.raises(CheckFailedError, match=f"'{japanese_title}' is not in the text"):
            reader(path, "ja", [japanese_title])


def test_a_failing_check_is_reported_and_the_run_fails() -> None:
    lines: list[str] = []
    test = SelfTest(lines.append)

    def broken() -> str:
        raise OSError("disk on fire")

    assert test.check("fine", lambda: "detail")
    assert not test.check("broken", broken)
    assert lines == ["ok    fine: detail", "FAIL  broken: OSError: disk on fire"]
    assert test.failed == 1


def test_the_whole_self_test_starts_the_app_offscreen_and_passes(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "briefgen", "self-test"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    bundled = len(load_library(default_library_dir()).facts)
    for check in (
        "app window opens",
        f"app loads the library: {bundled} facts",
        "Japanese interface translations load: 2 of 2",
        "interface fonts are bundled",
        "Japanese sorting (ICU collation)",
        "app closes",
    ):
        assert f"ok    {check}" in done.stdout
    assert "self-test: 32 of 32 checks passed" in done.stdout
