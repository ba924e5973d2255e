#!/bin/sh
# Runs accessibility_tree.py with a Python that has pyatspi (Debian's, also where another python3 comes first
# in PATH), on a private session bus. Exit 77 (CTest's skip) only when pyatspi, Xvfb or dbus-run-session is
# missing.
# Usage: accessibility-tree.sh CHARTHOUSE CHARTHOUSE_CLI
here=${0%/*}
for python in /usr/bin/python3 python3; do
    if "$python" -c 'import pyatspi' 2>/dev/null; then
        command -v Xvfb >/dev/null || { echo "SKIP: Xvfb is not installed"; exit 77; }
        command -v dbus-run-session >/dev/null || { echo "SKIP: dbus-run-session is not installed"; exit 77; }
        [ -x /usr/libexec/at-spi-bus-launcher ] || { echo "SKIP: at-spi2-core is not installed"; exit 77; }
        exec dbus-run-session -- "$python" "$here/accessibility_tree.py" "$@"
    fi
done
echo "SKIP: python3-pyatspi is not installed"
exit 77
