#!/usr/bin/env python3
"""Fills the unfinished messages lupdate leaves in the catalogues: Korean from a JSON file mapping each new
English source text to its translation, English with the source text itself. Keeps lupdate's file format (only
the <translation type="unfinished"></translation> lines are rewritten) and refuses a translation whose %1/%n
placeholders differ from the source's. Plural (numerus) messages are edited by hand.

  /usr/lib/qt6/bin/lupdate -I . -no-obsolete -locations none ui core app/gui \
      -ts translations/charthouse_ko.ts translations/charthouse_en.ts
  scripts/fill-translations.py new-ko.json
"""
import html
import json
import re
import sys


def protect(text):
    # What lupdate writes for text nodes.
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&apos;'))


PLACEHOLDER = re.compile(r'%(?:\d+|n)')


def fill(path, translate):
    lines = open(path, encoding='utf-8').read().split('\n')
    source = None
    filled = missing = 0
    for i, line in enumerate(lines):
        m = re.fullmatch(r'\s*<source>(.*)</source>', line)
        if m:
            source = html.unescape(m.group(1))
            continue
        if '<source>' in line:
            source = None  # multi-line source: never one of ours
        m = re.fullmatch(r'(\s*)<translation type="unfinished">', line)
        if m and i + 1 < len(lines) and '<numerusform>' in lines[i + 1] and '></numerusform>' not in lines[i + 1]:
            lines[i] = f'{m.group(1)}<translation>'  # a plural lupdate filled from the same source elsewhere
            filled += 1
            continue
        m = re.fullmatch(r'(\s*)<translation type="unfinished">(.+)</translation>', line)
        if m:  # lupdate's same-text guess (the same source in another context): take it
            lines[i] = f'{m.group(1)}<translation>{m.group(2)}</translation>'
            filled += 1
            continue
        m = re.fullmatch(r'(\s*)<translation type="unfinished"></translation>', line)
        if not m:
            continue
        if source is None:
            sys.exit(f'{path}:{i + 1}: unfinished message with a multi-line source')
        text = translate(source)
        if text is None:
            print(f'{path}: no translation for {source!r}', file=sys.stderr)
            missing += 1
            continue
        if sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
            sys.exit(f'placeholders differ: {source!r} -> {text!r}')
        lines[i] = f'{m.group(1)}<translation>{protect(text)}</translation>'
        filled += 1
    open(path, 'w', encoding='utf-8').write('\n'.join(lines))
    print(f'{path}: {filled} filled, {missing} missing')
    return missing


if __name__ == '__main__':
    if len(sys.argv) != 2:
        sys.exit('usage: scripts/fill-translations.py NEW_KO.json   (run from the source root, after lupdate)')
    korean = json.load(open(sys.argv[1], encoding='utf-8'))
    missing = fill('translations/charthouse_ko.ts', korean.get)
    missing += fill('translations/charthouse_en.ts', lambda s: s)
    sys.exit(1 if missing else 0)
