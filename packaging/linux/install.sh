#!/bin/sh
# Add this unpacked briefgen to your menu and PATH, without root:
#   ./install.sh              a `briefgen` link in ~/.local/bin, a menu entry, the icons
#   ./install.sh --uninstall  remove them again (this folder itself stays)
# briefgen runs from this folder; keep it where it is (or run install.sh again after moving it).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin=$HOME/.local/bin
if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$bin/briefgen" "$data/applications/briefgen.desktop"
  rm -f "$data"/icons/hicolor/*/apps/briefgen.png "$data/icons/hicolor/scalable/apps/briefgen.svg"
  echo "briefgen's menu entry, icons and ~/.local/bin link are removed; delete $here to remove the app."
  exit 0
fi
mkdir -p "$bin" "$data/applications"
ln -sf "$here/briefgen" "$bin/briefgen"
for png in "$here"/_internal/resources/icons/briefgen-*.png; do
  size=$(basename "$png" .png); size=${size#briefgen-}
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$data/icons/hicolor/${size}x${size}/apps/briefgen.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps"
cp "$here/_internal/resources/icons/briefgen.svg" "$data/icons/hicolor/scalable/apps/briefgen.svg"
sed "s|@EXEC@|$here/briefgen|g" "$here/briefgen.desktop.in" > "$data/applications/briefgen.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
echo "briefgen is in your applications menu, and on your PATH as $bin/briefgen."
case ":$PATH:" in *":$bin:"*) ;; *) echo "Add $bin to your PATH to run briefgen from a terminal." ;; esac
