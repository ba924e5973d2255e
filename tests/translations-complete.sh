#!/bin/sh
# Every tr() string of ui/, core/ and app/gui/ has its English and Korean translation: lupdate rescans the sources
# into copies of the catalogues, and no message may be left unfinished (new ones come in unfinished).
# Usage: tests/translations-complete.sh LUPDATE SOURCE_ROOT
set -eu
lupdate=$1
root=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$root/translations/charthouse_en.ts" "$root/translations/charthouse_ko.ts" "$work/"
cd "$root"
"$lupdate" -silent -I . -no-obsolete -locations none ui core app/gui -ts "$work/charthouse_ko.ts" "$work/charthouse_en.ts"
if grep -n -B3 'type="unfinished"' "$work"/*.ts; then
  echo "Untranslated messages above: run lupdate, then scripts/fill-translations.py (see its header)." >&2
  exit 1
fi
