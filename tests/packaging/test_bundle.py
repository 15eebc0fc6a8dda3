"""The standalone bundle and its installers, used as a user would (`make dist-check`).

These tests run what `make dist` built into dist/: the bundled program with a
clean environment (`env -i`: no virtualenv, no Python on PATH), the .tar.gz
with its install script, and the .deb, installed and removed where the tests
run as root.
"""

from __future__ import annotations

import os
import subprocess
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document

from briefgen._version import __version__

ROOT = Path(__file__).resolve().parents[2]
DIST = Path(os.environ.get("BRIEFGEN_DIST", ROOT / "dist"))
BUNDLE = DIST / "briefgen"
JAPANESE_TITLE = "人工知能戦略本部とAI推進法"  # the policy brief's Japanese title
MAX_BUNDLE_MIB = 120


def _artefact(pattern: str) -> Path:
    found = sorted(DIST.glob(pattern))
    if not found:
        pytest.fail(f"no {pattern} in {DIST}: run `make dist` first")
    return found[-1]


@pytest.fixture(scope="module")
def program() -> Path:
    """Return the bundled program (built by `make dist`)."""
    program = BUNDLE / "briefgen"
    if not program.is_file():
        pytest.fail(f"no bundle at {BUNDLE}: run `make dist` first")
    return program


@pytest.fixture
def home(tmp_path: Path) -> Path:
    """Return an empty home folder for a run."""
    folder = tmp_path / "home"
    folder.mkdir()
    return folder


def run_clean(
    command: list[str | Path], home: Path, *, cwd: Path | None = None, timeout: float = 300
) -> subprocess.CompletedProcess[str]:
    """Run ``command`` under `env -i`: no PATH, no virtualenv, no Python variables; only HOME."""
    return subprocess.run(
        ["env", "-i", f"HOME={home}", *(str(part) for part in command)],
        capture_output=True,
        text=True,
        cwd=cwd or home,
        timeout=timeout,
        check=False,
    )


def test_the_bundled_program_reports_the_version(program: Path, home: Path) -> None:
    done = run_clean([program, "--version"], home)
    assert (done.returncode, done.stdout.strip()) == (0, f"briefgen {__version__}")


def test_the_bundled_command_line_never_loads_qt(program: Path, home: Path) -> None:
    # The dynamic loader lists every library it initialises (LD_DEBUG=libs).
    done = subprocess.run(
        ["env", "-i", f"HOME={home}", "LD_DEBUG=libs", str(program), "templates"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert "libpython" in done.stderr  # the loader did report
    assert "libQt6Core" not in done.stderr and "shiboken" not in done.stderr


def test_the_bundled_program_lists_the_templates(program: Path, home: Path) -> None:
    done = run_clean([program, "templates"], home)
    assert done.returncode == 0, done.stderr
    ids = [line.split()[0] for line in done.stdout.splitlines()]
    assert ids == ["chronology", "executive-one-pager", "policy-brief"]


@pytest.mark.parametrize("suffix", [".pdf", ".docx"])
def test_the_bundled_program_exports_a_bilingual_brief(
    program: Path, home: Path, tmp_path: Path, suffix: str
) -> None:
    out = tmp_path / f"brief{suffix}"
    args: list[str | Path] = [
        "export",
        "--template",
        "policy-brief",
        "--lang",
        "bilingual",
        "-o",
        out,
    ]
    done = run_clean([program, *args], home)
    assert done.returncode == 0, done.stderr
    if suffix == ".pdf":
        fonts = subprocess.run(["pdffonts", out], capture_output=True, text=True, check=True)
        rows = fonts.stdout.splitlines()[2:]
        assert rows and all(row.split()[-5] == "yes" for row in rows), fonts.stdout  # emb column
        text = subprocess.run(["pdftotext", out, "-"], capture_output=True, text=True, check=True)
        assert JAPANESE_TITLE in "".join(text.stdout.split())
    else:
        document = Document(str(out))
        assert any(JAPANESE_TITLE in p.text for p in document.paragraphs)


def test_the_bundled_self_test_passes(program: Path, home: Path) -> None:
    done = run_clean([program, "self-test"], home)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "self-test: 32 of 32 checks passed" in done.stdout


def test_the_bundle_is_self_contained_and_small(program: Path) -> None:
    size = 0
    for path in BUNDLE.rglob("*"):
        if path.is_symlink():
            target = path.resolve()
            assert target.is_relative_to(BUNDLE.resolve()), f"{path} points out of the bundle"
        elif path.is_file():
            size += path.stat().st_size
    assert size <= MAX_BUNDLE_MIB * 2**20, f"bundle is {size / 2**20:.1f} MiB"
    internal = BUNDLE / "_internal"
    assert (internal / "THIRD-PARTY-LICENSES").stat().st_size > 100_000
    assert (internal / "translations" / "briefgen_ja.qm").is_file()
    assert (internal / "PySide6" / "Qt" / "translations" / "qtbase_ja.qm").is_file()
    plugins = {p.name for p in (internal / "PySide6" / "Qt" / "plugins").rglob("*.so")}
    assert "libqxcb.so" in plugins and "libqoffscreen.so" in plugins
    assert not plugins & {"libqgtk3.so", "libqwayland.so", "libqjpeg.so", "libqsvg.so"}


def test_the_bundles_caches_stop_growing_after_the_first_export(
    program: Path, home: Path, tmp_path: Path
) -> None:
    def cache_files() -> dict[str, int]:
        cache = home / ".cache" / "briefgen"
        return {
            str(p.relative_to(cache)): p.stat().st_size for p in cache.rglob("*") if p.is_file()
        }

    for turn in range(2):
        out = tmp_path / f"brief-{turn}.pdf"
        done = run_clean([program, "export", "--template", "chronology", "-o", out], home)
        assert done.returncode == 0, done.stderr
        if turn == 0:
            first = cache_files()
    assert set(cache_files()) == set(first)
    assert sum(first.values()) < 10 * 2**20


def test_the_tarball_unpacks_runs_and_installs_for_one_user(tmp_path: Path, home: Path) -> None:
    tarball = _artefact(f"briefgen-{__version__}-linux-*.tar.gz")
    with tarfile.open(tarball) as archive:
        names = archive.getnames()
        top = f"briefgen-{__version__}"
        assert {f"{top}/briefgen", f"{top}/install.sh", f"{top}/briefgen.desktop.in"} <= set(names)
        archive.extractall(tmp_path, filter="tar")
    unpacked = tmp_path / top
    assert (
        run_clean([unpacked / "briefgen", "--version"], home).stdout.strip().endswith(__version__)
    )
    installed = run_clean(["/bin/sh", unpacked / "install.sh"], home)
    assert installed.returncode == 0, installed.stderr
    link = home / ".local" / "bin" / "briefgen"
    entry = home / ".local" / "share" / "applications" / "briefgen.desktop"
    assert link.resolve() == (unpacked / "briefgen").resolve()
    assert f"Exec={unpacked}/briefgen gui %f" in entry.read_text(encoding="utf-8")
    valid = subprocess.run(["desktop-file-validate", entry], capture_output=True, text=True)
    assert valid.returncode == 0, valid.stdout + valid.stderr
    assert run_clean([link, "templates"], home).returncode == 0
    removed = run_clean(["/bin/sh", unpacked / "install.sh", "--uninstall"], home)
    assert removed.returncode == 0
    assert not link.exists() and not entry.exists()
    assert not list((home / ".local" / "share" / "icons").rglob("briefgen*"))


@pytest.fixture(scope="module")
def deb() -> Path:
    """Return the .deb that `make dist` built."""
    return _artefact(f"briefgen_{__version__}_*.deb")


def test_the_deb_carries_the_launcher_the_desktop_entry_icons_and_the_bundle(deb: Path) -> None:
    listing = subprocess.run(["dpkg-deb", "-c", deb], capture_output=True, text=True, check=True)
    assert "./usr/bin/briefgen -> /opt/briefgen/briefgen" in listing.stdout
    for path in (
        "./usr/share/applications/briefgen.desktop",
        "./opt/briefgen/briefgen",
        "./opt/briefgen/_internal/THIRD-PARTY-LICENSES",
        "./usr/share/icons/hicolor/48x48/apps/briefgen.png",
        "./usr/share/icons/hicolor/256x256/apps/briefgen.png",
        "./usr/share/icons/hicolor/scalable/apps/briefgen.svg",
    ):
        assert f" {path}\n" in listing.stdout, path
    version = subprocess.run(["dpkg-deb", "-f", deb, "Version"], capture_output=True, text=True)
    assert version.stdout.strip() == __version__


def test_the_debs_desktop_entry_is_valid(deb: Path, tmp_path: Path) -> None:
    subprocess.run(["dpkg-deb", "-x", deb, tmp_path], check=True)
    entry = tmp_path / "usr" / "share" / "applications" / "briefgen.desktop"
    valid = subprocess.run(["desktop-file-validate", entry], capture_output=True, text=True)
    assert valid.returncode == 0, valid.stdout + valid.stderr


@pytest.fixture
def installed(deb: Path) -> Iterator[list[str]]:
    """Install the .deb (root only); yield the paths it installed; remove it after."""
    if os.geteuid() != 0:
        pytest.skip("installing a .deb needs root; this test runs as a normal user")
    if subprocess.run(["dpkg", "-s", "briefgen"], capture_output=True).returncode == 0:
        pytest.skip("a briefgen package is already installed on this machine; not touching it")
    subprocess.run(["dpkg", "-i", deb], capture_output=True, text=True, check=True)
    listing = subprocess.run(["dpkg", "-L", "briefgen"], capture_output=True, text=True, check=True)
    try:
        yield listing.stdout.splitlines()
    finally:
        subprocess.run(["dpkg", "-r", "briefgen"], capture_output=True, check=False)


def test_the_deb_installs_runs_from_the_path_and_removes_cleanly(
    installed: list[str], home: Path
) -> None:
    done = run_clean(["sh", "-c", "PATH=/usr/bin:/bin briefgen templates"], home)
    assert done.returncode == 0, done.stderr
    assert "policy-brief" in done.stdout
    subprocess.run(["dpkg", "-r", "briefgen"], capture_output=True, check=True)
    ours = [p for p in installed if p.startswith(("/opt/briefgen", "/usr/bin/briefgen"))]
    ours += [p for p in installed if "briefgen" in Path(p).name]
    left = [p for p in ours if os.path.lexists(p)]
    assert not left, f"left behind after dpkg -r: {left[:5]}"
    assert not Path("/opt/briefgen").exists()
