#!/bin/sh
# Make dist/briefgen-VERSION-macos.dmg from dist/briefgen.app (macOS only).
#
# NOT RUN BY THE PROJECT'S OWN CI (a Linux machine): a maintainer runs it on a
# Mac, or .github/workflows/packaging.yml does on a hosted runner, after
# `python packaging/build.py` has made dist/briefgen.app (PyInstaller's BUNDLE
# step in packaging/briefgen.spec writes its Info.plist: identifier, version,
# English and Japanese localisations, the .brief document type).
#
# Signing and notarisation, when a Developer ID is at hand:
#   codesign --deep --force --options runtime --timestamp \
#     --entitlements packaging/macos/entitlements.plist \
#     --sign "Developer ID Application: NAME (TEAMID)" dist/briefgen.app
#   (then run this script, sign the .dmg the same way, and)
#   xcrun notarytool submit dist/briefgen-VERSION-macos.dmg --keychain-profile PROFILE --wait
#   xcrun stapler staple dist/briefgen-VERSION-macos.dmg
set -eu
cd "$(dirname "$0")/../.."
version=$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' briefgen/_version.py)
app=dist/briefgen.app
[ -d "$app" ] || { echo "no $app: run python packaging/build.py first" >&2; exit 1; }
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
out="dist/briefgen-$version-macos.dmg"
rm -f "$out"
hdiutil create -volname "briefgen $version" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$out"
echo "wrote $out"
