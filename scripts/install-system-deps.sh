#!/usr/bin/env bash
# Install the Debian packages briefgen needs, when missing:
#   install-system-deps.sh run    what the app needs to open a window (Qt's libraries)
#   install-system-deps.sh dist   what `make dist` uses to build the bundle and the .deb
#   install-system-deps.sh test   all of that, plus what the tests and tools use
# As root it installs them; otherwise it prints the exact command and fails.
set -euo pipefail
mode=${1:-test}

packages=(
  # Qt (PySide6) on a bare Debian machine, and its X11 (xcb) platform
  libgl1 libegl1 libfontconfig1 libxkbcommon0 libglib2.0-0 libdbus-1-3
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
  libxcb-shape0 libxkbcommon-x11-0
)
if [[ "$mode" == dist || "$mode" == test ]]; then
  packages+=(
    # trimming Qt's ICU data (objcopy, readelf, nm, icupkg, the assembler)
    binutils gcc icu-devtools
    # building and checking the .deb and its desktop entry
    dpkg desktop-file-utils
  )
fi
if [[ "$mode" == test ]]; then
  packages+=(
    # a real X window for screenshots and the GUI benchmark
    xvfb xauth
    # reading PDFs back (pdftotext, pdffonts, pdfinfo, pdftoppm) with Japanese
    poppler-utils poppler-data
    # LibreOffice converts exported DOCX to PDF: our stand-in for Word
    libreoffice-writer-nogui
    # a Japanese system font, so LibreOffice can show the DOCX's Japanese
    fonts-ipaexfont-gothic fonts-ipaexfont-mincho
  )
fi
if ! python3 -m venv --help >/dev/null 2>&1; then
  packages+=(python3-venv)
fi

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

if [[ $(id -u) -ne 0 ]]; then
  echo "briefgen needs these Debian packages; install them with:" >&2
  echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
apt-get install -y -q --no-install-recommends "${missing[@]}"
