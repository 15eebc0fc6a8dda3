"""Replace the bundle's ICU data library with one holding only what briefgen's Qt uses.

    python packaging/trim_icu.py dist/briefgen

Qt links ICU, whose data library (``libicudata.so.NN``) is 31 MB: a fifth of
the bundle. Most of it is locale data for some 800 locales, legacy character
set converters and transliterators. briefgen's interface is English or
Japanese, and Qt formats numbers and dates from its own CLDR tables, so the
trimmed library keeps:

- every item that is not per-locale (Unicode normalisation, names, collation
  root data, break rules and dictionaries, time zones, plurals, ...);
- the per-locale items (locales, collation, break iteration, names of
  languages, regions, currencies, units and zones) of the root locale, English
  and Japanese;

and drops the legacy converters (``*.cnv``: Qt reads and writes UTF-8; Python
decodes every file briefgen opens) and the transliterators (``translit/``),
which Qt does not use.

The data is taken out of the library with ``objcopy``, trimmed with ICU's own
``icupkg`` (Debian: icu-devtools), which refuses to leave an item whose
dependencies it removed, and put back into a shared library with the same
soname and data symbol by the C toolchain's assembler. `briefgen self-test`
checks Japanese collation in the bundle, so a trimmed library that Qt could
not use fails the packaging test. Linux only: on Windows and macOS the
bundle keeps Qt's ICU as it is.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tempfile
from pathlib import Path

LOCALE_NAME = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")
KEPT_LANGUAGES = ("en", "ja")


def kept(item: str) -> bool:
    """Return whether an ICU data item (``coll/ja.res``, ``ibm-943.cnv``) stays."""
    folder, _, name = item.rpartition("/")
    stem, _, extension = name.rpartition(".")
    if folder.endswith("translit") or extension == "cnv":
        return False
    if extension == "res" and LOCALE_NAME.match(stem):
        return any(stem == lang or stem.startswith(f"{lang}_") for lang in KEPT_LANGUAGES)
    return True


def trim(bundle: Path) -> tuple[int, int]:
    """Trim the ICU data library in ``bundle``; return its size before and after."""
    libraries = sorted(bundle.rglob("libicudata.so.*"))
    libraries = [lib for lib in libraries if not lib.is_symlink()]
    if len(libraries) != 1:
        raise SystemExit(f"expected one libicudata in {bundle}, found {len(libraries)}")
    library = libraries[0]
    major = library.name.rsplit(".", 1)[-1]
    symbol = f"icudt{major}_dat"
    package = f"icudt{major}l"
    before = library.stat().st_size
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        _check_symbol_starts_rodata(library, symbol)
        data = work / f"{package}.dat"
        _run("objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(data))
        items = _run("icupkg", "-l", str(data)).split()
        removed = [item for item in items if not kept(item)]
        (work / "remove.txt").write_text("\n".join(removed) + "\n", encoding="utf-8")
        _run("icupkg", "-r", str(work / "remove.txt"), data.name, cwd=work)
        source = work / "icudata.S"
        source.write_text(
            '    .section .note.GNU-stack,"",@progbits\n'
            "    .section .rodata\n"
            f"    .globl {symbol}\n"
            f"    .type {symbol}, @object\n"
            "    .balign 16\n"
            f"{symbol}:\n"
            f'    .incbin "{data.name}"\n'
            f"    .size {symbol}, . - {symbol}\n",
            encoding="utf-8",
        )
        output = work / library.name
        _run(
            "gcc",
            "-shared",
            "-nostdlib",
            f"-Wl,-soname,{library.name}",
            "-o",
            str(output),
            source.name,
            cwd=work,
        )
        library.write_bytes(output.read_bytes())
    print(f"ICU data: kept {len(items) - len(removed)} of {len(items)} items")
    return before, library.stat().st_size


def _check_symbol_starts_rodata(library: Path, symbol: str) -> None:
    """Fail unless the data symbol is all of .rodata (what objcopy takes out)."""
    symbols = _run("nm", "-D", str(library))
    match = re.search(rf"^([0-9a-f]+) R {symbol}$", symbols, re.MULTILINE)
    sections = _run("readelf", "-S", "-W", str(library))
    rodata = re.search(r"\.rodata\s+PROGBITS\s+([0-9a-f]+)", sections)
    if not match or not rodata or int(match.group(1), 16) != int(rodata.group(1), 16):
        raise SystemExit(f"{library}: {symbol} is not at the start of .rodata; not trimming")


def _run(*command: str, cwd: Path | None = None) -> str:
    try:
        done = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise SystemExit(f"{command[0]} not found (Debian: binutils, icu-devtools, gcc)") from None
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {done.stderr.strip()}")
    return done.stdout


def main(argv: list[str]) -> int:
    """Trim the ICU data of the bundle folder named on the command line."""
    if len(argv) != 1:
        raise SystemExit("usage: trim_icu.py BUNDLE_DIR")
    before, after = trim(Path(argv[0]))
    print(f"ICU data library: {before / 1e6:.1f} MB -> {after / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
