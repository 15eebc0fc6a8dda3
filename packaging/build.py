"""Build briefgen's standalone bundle and its Linux artefacts into dist/.

    python packaging/build.py            # what `make dist` runs

1. ``dist/briefgen/``: the one-folder bundle (PyInstaller, ``packaging/briefgen.spec``),
   with Qt's ICU data trimmed (``packaging/trim_icu.py``) and a generated
   ``THIRD-PARTY-LICENSES``;
2. ``dist/briefgen-VERSION-linux-ARCH.tar.gz``: the bundle for users without
   root, with ``install.sh`` to add it to their menu and PATH;
3. ``dist/briefgen_VERSION_ARCH.deb``: the bundle under /opt/briefgen, a
   ``briefgen`` launcher on the PATH, a desktop entry and hicolor icons.

Nothing here uses the network. docs/packaging.md explains each artefact.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefgen._version import __version__  # noqa: E402
from briefgen.licences import FILE_NAME, Component, environment_components, render  # noqa: E402

PACKAGE = "briefgen"
MAINTAINER = "briefgen maintainers <maintainers@briefgen.invalid>"
SUMMARY = "sourced, bilingual policy briefs on Japan's AI Strategy Headquarters"
DESCRIPTION = (
    "briefgen builds policy briefs on Japan's AI Strategy Headquarters and the AI Promotion\n"
    "Act from a curated library of bilingual (Japanese and English), dated, sourced facts,\n"
    "and exports them to Word (DOCX) and PDF. A wizard and a command line."
)
# The system libraries the bundle takes from the system (see SYSTEM_LIBRARIES in
# briefgen.spec), and what Qt's xcb platform loads from it (OpenGL, EGL).
DEB_DEPENDS = (
    "libc6 (>= 2.28), libstdc++6, libgcc-s1, libdbus-1-3, libfontconfig1, libfreetype6, "
    "libglib2.0-0 | libglib2.0-0t64, libx11-6, libx11-xcb1, libxcb1, libxkbcommon0, "
    "libxkbcommon-x11-0, libgssapi-krb5-2, libgl1, libegl1"
)
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def run(*command: str | Path) -> None:
    """Run a build step, echoing it; stop the build if it fails."""
    print("+", " ".join(str(c) for c in command), flush=True)
    subprocess.run([str(c) for c in command], check=True)


def build_bundle(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; return the bundle folder."""
    run(
        sys.executable,
        "-m",
        "PyInstaller",
        ROOT / "packaging" / "briefgen.spec",
        "--distpath",
        dist,
        "--workpath",
        work,
        "--noconfirm",
        "--log-level",
        "WARN",
    )
    return dist / PACKAGE


def system_library_components(internal: Path) -> list[Component]:
    """Return the Debian packages whose libraries the bundle carries, with their copyright files."""
    if shutil.which("dpkg-query") is None:
        return []
    skip = re.compile(r"^lib(python|pyside6|shiboken6|Qt6|icu)")
    packages: dict[str, list[str]] = {}
    for library in sorted(internal.glob("*.so*")):
        if library.is_symlink() or skip.match(library.name):
            continue
        for folder in ("/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib"):
            found = subprocess.run(
                ["dpkg-query", "-S", f"{folder}/{library.name}"],
                capture_output=True,
                text=True,
                check=False,
            )
            if found.returncode == 0:
                package = found.stdout.split(":")[0]
                packages.setdefault(package, []).append(library.name)
                break
    components = []
    for package, libraries in sorted(packages.items()):
        version = subprocess.run(
            ["dpkg-query", "-W", "-f=${Version}", package],
            capture_output=True,
            text=True,
            check=False,
        ).stdout
        copyright_file = Path("/usr/share/doc") / package / "copyright"
        text = (
            copyright_file.read_text(encoding="utf-8", errors="replace")
            if copyright_file.is_file()
            else ""
        )
        components.append(
            Component(
                f"{package} (Debian package: {', '.join(libraries)})",
                version,
                "see the copyright file below",
                f"https://packages.debian.org/source/{package}",
                text.strip(),
            )
        )
    return components


def write_licences(bundle: Path) -> Path:
    """Write THIRD-PARTY-LICENSES into the bundle, beside its resources."""
    internal = bundle / "_internal"
    components = environment_components() + system_library_components(internal)
    target = internal / FILE_NAME
    target.write_text(render(components), encoding="utf-8")
    print(f"wrote {target.relative_to(ROOT)}: {len(components)} components")
    return target


def machine() -> tuple[str, str]:
    """Return (the tar.gz's architecture name, the .deb's)."""
    name = platform.machine().lower()
    return {
        "x86_64": ("x86_64", "amd64"),
        "amd64": ("x86_64", "amd64"),
        "aarch64": ("aarch64", "arm64"),
    }.get(name, (name, name))


def desktop_entry(exec_path: str, icon: str) -> str:
    """Return the freedesktop.org desktop entry for briefgen."""
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Version=1.0\n"
        "Name=briefgen\n"
        "GenericName=Policy brief builder\n"
        "GenericName[ja]=政策ブリーフ作成\n"
        "Comment=Build sourced, bilingual policy briefs and export them to Word and PDF\n"
        "Comment[ja]=出典付きの日英政策ブリーフを作成し、WordとPDFに書き出す\n"
        f"Exec={exec_path} gui %f\n"
        f"TryExec={exec_path}\n"
        f"Icon={icon}\n"
        "Terminal=false\n"
        "Categories=Office;WordProcessor;\n"
        "Keywords=brief;policy;Japan;AI;DOCX;PDF;\n"
        "StartupWMClass=briefgen\n"
    )


def build_tarball(bundle: Path, dist: Path) -> Path:
    """Pack the bundle, with install.sh, as briefgen-VERSION-linux-ARCH.tar.gz."""
    arch, _ = machine()
    top = f"{PACKAGE}-{__version__}"
    target = dist / f"{top}-linux-{arch}.tar.gz"
    installer = ROOT / "packaging" / "linux" / "install.sh"
    entry = dist / "briefgen.desktop.in"
    entry.write_text(desktop_entry("@EXEC@", PACKAGE), encoding="utf-8")
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=top)
        tar.add(installer, arcname=f"{top}/install.sh")
        tar.add(entry, arcname=f"{top}/briefgen.desktop.in")
    entry.unlink()
    print(f"wrote {target.relative_to(ROOT)} ({target.stat().st_size / 1e6:.1f} MB)")
    return target


def build_deb(bundle: Path, dist: Path, work: Path) -> Path:
    """Stage /opt/briefgen, the launcher, desktop entry and icons; build the .deb with dpkg-deb."""
    _, arch = machine()
    stage = work / "deb" / f"{PACKAGE}_{__version__}_{arch}"
    if stage.exists():
        shutil.rmtree(stage)
    opt = stage / "opt" / PACKAGE
    shutil.copytree(bundle, opt, symlinks=True)
    (stage / "usr" / "bin").mkdir(parents=True)
    # The bootloader finds its _internal folder through /proc/self/exe, so a
    # symbolic link on the PATH is enough.
    (stage / "usr" / "bin" / PACKAGE).symlink_to(f"/opt/{PACKAGE}/{PACKAGE}")
    applications = stage / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    entry = applications / f"{PACKAGE}.desktop"
    entry.write_text(desktop_entry(f"/usr/bin/{PACKAGE}", PACKAGE), encoding="utf-8")
    icons = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        folder = stage / "usr" / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copyfile(icons / f"briefgen-{size}.png", folder / f"{PACKAGE}.png")
    scalable = stage / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copyfile(icons / "briefgen.svg", scalable / f"{PACKAGE}.svg")
    doc = stage / "usr" / "share" / "doc" / PACKAGE
    doc.mkdir(parents=True)
    (doc / "copyright").write_text(
        "briefgen\n\nThe licences of every component briefgen ships are in\n"
        f"/opt/{PACKAGE}/_internal/{FILE_NAME}\n"
        "and in the app (Help > About briefgen > Licences).\n",
        encoding="utf-8",
    )
    installed_kb = (
        sum(f.stat().st_size for f in stage.rglob("*") if f.is_file() and not f.is_symlink())
        // 1024
    )
    control = stage / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: {PACKAGE}\n"
        f"Version: {__version__}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kb}\n"
        f"Depends: {DEB_DEPENDS}\n"
        "Section: text\n"
        "Priority: optional\n"
        f"Description: {SUMMARY}\n"
        + "".join(f" {line}\n" if line else " .\n" for line in DESCRIPTION.splitlines()),
        encoding="utf-8",
    )
    for path in stage.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    target = dist / f"{PACKAGE}_{__version__}_{arch}.deb"
    run("dpkg-deb", "--root-owner-group", "-Zxz", "-z6", "--build", stage, target)
    print(f"wrote {target.relative_to(ROOT)} ({target.stat().st_size / 1e6:.1f} MB)")
    return target


def main(argv: list[str]) -> int:
    """Build the bundle, then the artefacts this platform can make."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", default=str(ROOT / "dist"), help="output folder (default: dist/)")
    parser.add_argument(
        "--work", default=str(ROOT / "build" / "pyinstaller"), help="scratch folder"
    )
    parser.add_argument("--bundle-only", action="store_true", help="stop after the bundle")
    args = parser.parse_args(argv)
    dist, work = Path(args.dist).resolve(), Path(args.work).resolve()
    bundle = build_bundle(dist, work)
    if sys.platform.startswith("linux"):
        run(sys.executable, ROOT / "packaging" / "trim_icu.py", bundle)
    write_licences(bundle)
    size = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"bundle: {bundle.relative_to(ROOT)} ({size / 1e6:.1f} MB, {size / 2**20:.1f} MiB)")
    if args.bundle_only or not sys.platform.startswith("linux"):
        return 0
    build_tarball(bundle, dist)
    if shutil.which("dpkg-deb"):
        build_deb(bundle, dist, work)
    else:
        print("dpkg-deb not found: no .deb built (Debian: dpkg)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
