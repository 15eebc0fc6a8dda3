"""A wheel built from the checkout carries the compiled translations (hatch_build.py)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_a_wheel_built_from_the_checkout_carries_the_japanese_translation(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "-q", "-w", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    (wheel,) = tmp_path.glob("briefgen-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "briefgen/_data/translations/briefgen_ja.qm" in names
    assert "briefgen/_data/resources/fonts/ipaexm.ttf" in names
    assert "briefgen/_data/templates/policy-brief.yaml" in names
