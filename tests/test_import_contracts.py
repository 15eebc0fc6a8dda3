"""The import contracts hold, and a forbidden import in a copy of the package breaks them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"

# One forbidden import for each contract, and what the contract reports for it.
BREACHES = {
    "render/export.py": ("import docx", "briefgen.render.export -> docx"),
    "render/docx/wordml.py": ("import reportlab", "briefgen.render.docx.wordml -> reportlab"),
    "cli_export.py": ("import PySide6", "briefgen.cli_export -> PySide6"),
    "gui/jobs.py": ("import briefgen.cli_common", "briefgen.gui.jobs -> briefgen.cli_common"),
    "core/library/model.py": (
        "import briefgen.licences",
        "briefgen.core.library.model -> briefgen.licences",
    ),
    "core/brief/model.py": (
        "import briefgen.core.templates.page",
        "briefgen.core.brief.model -> briefgen.core.templates.page",
    ),
    "render/pdf/cmap.py": (
        "import briefgen.render.docx.reference",
        "briefgen.render.pdf.cmap -> briefgen.render.docx.reference",
    ),
}


def _lint(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"], cwd=folder, capture_output=True, text=True, check=False
    )


def test_every_forbidden_import_breaks_its_contract(tmp_path: Path) -> None:
    shutil.copytree(
        ROOT / "briefgen", tmp_path / "briefgen", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    for module, (line, _) in BREACHES.items():
        path = tmp_path / "briefgen" / module
        path.write_text(path.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")
    result = _lint(tmp_path)
    assert result.returncode != 0
    contracts = (ROOT / "pyproject.toml").read_text().count("[[tool.importlinter.contracts]]")
    assert f"Contracts: 0 kept, {contracts} broken." in result.stdout, result.stdout
    for _, reported in BREACHES.values():
        assert reported in result.stdout, result.stdout


def test_the_package_keeps_every_contract() -> None:
    result = _lint(ROOT)
    assert result.returncode == 0, result.stdout
