#!/usr/bin/python3
"""What a screen reader finds: the app runs on Xvfb with Qt's AT-SPI bridge on, and this walks the tree of the
main window and of each dialog (opened through their menu items' actions, as an AT-SPI client would), failing
on any interactive element without a name, any progress a screen reader cannot read, a text view exposed as
a plain label, and status messages that are not announced.

Run by tests/ui/accessibility-tree.sh inside a private session bus; exits 77 (CTest's skip) when pyatspi or
Xvfb is missing. The Save dialog is opened by naming a chart on the app's command line; the table's focus is
checked by pressing Tab (through the X server) from the filter.

Usage: accessibility_tree.py CHARTHOUSE CHARTHOUSE_CLI
"""

import ctypes
import ctypes.util
import faulthandler
import os
import shutil
import subprocess
import sys
import tempfile
import time

SKIP = 77
try:
    import pyatspi
    from gi.repository import GLib
except ImportError as missing:
    print(f"SKIP: python3-pyatspi is not installed ({missing})")
    sys.exit(SKIP)

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON: "push button",
    pyatspi.ROLE_TOGGLE_BUTTON: "toggle button",
    pyatspi.ROLE_COMBO_BOX: "combo box",
    pyatspi.ROLE_CHECK_BOX: "check box",
    pyatspi.ROLE_RADIO_BUTTON: "radio button",
    pyatspi.ROLE_TEXT: "text",
    pyatspi.ROLE_ENTRY: "entry",
    pyatspi.ROLE_PASSWORD_TEXT: "password text",
    pyatspi.ROLE_SPIN_BUTTON: "spin button",
    pyatspi.ROLE_MENU_ITEM: "menu item",
    pyatspi.ROLE_CHECK_MENU_ITEM: "check menu item",
    pyatspi.ROLE_RADIO_MENU_ITEM: "radio menu item",
    pyatspi.ROLE_MENU: "menu",
    pyatspi.ROLE_PAGE_TAB: "tab",
    pyatspi.ROLE_SLIDER: "slider",
}

problems = []


def pump(seconds=0.0):
    """Runs the GLib main context (AT-SPI events) for a while."""
    context = GLib.MainContext.default()
    end = time.monotonic() + seconds
    while True:
        while context.pending():
            context.iteration(False)
        if time.monotonic() >= end:
            return
        time.sleep(0.02)


class Timeout(Exception):
    pass


def section(label, body):
    """Runs one window's checks; a window that does not come is a problem, and the others are still checked."""
    try:
        body()
    except Timeout as timeout:
        problems.append(f"{label}: {timeout}")
    except Exception as error:  # an AT-SPI call that failed: report it and go on with the next window
        problems.append(f"{label}: {type(error).__name__}: {error}")


def wait_for(what, probe, timeout=15.0):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            found = probe()
        except Exception:  # an object that went away while we looked
            found = None
        if found:
            return found
        pump(0.1)
    raise Timeout(f"timed out waiting for {what}")


def children(node):
    try:
        return [c for c in node if c is not None]
    except Exception:
        return []


def descendants(node, depth=0):
    yield node, depth
    if depth > 40:
        return
    for child in children(node):
        yield from descendants(child, depth + 1)


def find(root, role=None, name=None):
    for node, _ in descendants(root):
        try:
            if (role is None or node.getRole() == role) and (name is None or node.name == name):
                return node
        except Exception:
            continue
    return None


def path_of(node):
    parts = []
    while node is not None and len(parts) < 6:
        try:
            parts.append(f"{node.getRoleName()} '{node.name}'")
            node = node.parent
        except Exception:
            break
    return " < ".join(parts)


def column_headers(table):
    try:
        t = table.queryTable()
    except NotImplementedError:
        return None, []
    headers = []
    if t.nRows == 0:
        return t, headers
    for c in range(t.nColumns):
        header = t.getColumnHeader(c)
        headers.append(header.name if header is not None else t.getColumnDescription(c))
    return t, headers


def check_window(label, window):
    """Every interactive element named, every progress readable, text views exposed as text."""
    checked = 0
    for node, _ in descendants(window):
        try:
            role = node.getRole()
            name = (node.name or "").strip()
        except Exception:
            continue
        if role in INTERACTIVE:
            checked += 1
            if not name:
                problems.append(f"{label}: unnamed {INTERACTIVE[role]}: {path_of(node)}")
        elif role == pyatspi.ROLE_PROGRESS_BAR:
            try:
                node.queryValue()
            except NotImplementedError:
                problems.append(f"{label}: progress bar without a value: {path_of(node)}")
        elif role in (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE):
            t, headers = column_headers(node)
            for c, header in enumerate(headers):
                if header != "Progress":
                    continue
                for r in range(t.nRows):
                    cell = t.getAccessibleAt(r, c)
                    if cell is None or not (cell.name or "").strip():
                        problems.append(f"{label}: progress of row {r} not exposed (empty cell): {path_of(node)}")
    return checked


def status_of(dialog):
    for node, _ in descendants(dialog):
        if node.getRole() in (pyatspi.ROLE_STATUS_BAR, pyatspi.ROLE_NOTIFICATION, pyatspi.ROLE_ALERT):
            return node
    return None


announced = []


def on_event(event):
    try:
        announced.append((event.type, event.source.getRole(), event.source.name, str(event.any_data)))
    except Exception:
        pass


def check_announced(label, dialog, trigger):
    """After trigger() the dialog's message must be an accessible status element that says it (and tell)."""
    del announced[:]
    trigger()
    status = wait_for(f"{label}: a status element with a message",
                      lambda: (s := status_of(dialog)) and (s.name or "").strip() and s, timeout=10)
    message = status.name
    # A name change (or a text change) carrying the message: what a screen reader hears without moving there.
    wait_for(f"{label}: an event announcing '{message}'",
             lambda: any(message in (name or "") or message in data for _, _, name, data in announced), timeout=5)
    print(f"  {label}: announced '{message}' ({status.getRoleName()})")


def click(node, what):
    action = node.queryAction()
    for i in range(action.nActions):
        if action.getName(i) in ("Press", "press", "click", "Click", "Toggle", "toggle"):
            action.doAction(i)
            return
    action.doAction(0)


def menu_item(app_window, text):
    bar = wait_for("the menu bar", lambda: find(app_window, pyatspi.ROLE_MENU_BAR))
    for node, _ in descendants(bar):
        if node.getRole() == pyatspi.ROLE_MENU_ITEM and node.name.replace("&", "") == text:
            return node
    return None


def top_windows(app):
    return {(w.getRoleName(), w.name): w for w in children(app)}


def open_dialog(app, main, item_text, title_part, label):
    before = set(top_windows(app))
    item = wait_for(f"menu item '{item_text}'", lambda: menu_item(main, item_text))
    click(item, item_text)
    return wait_for(f"the {label} window",
                    lambda: next((w for key, w in top_windows(app).items()
                                  if key not in before and title_part in (w.name or "")), None))


def close_dialog(dialog):
    # A dialog closes by its Close/Cancel/OK button, as a keyboard user would.
    for name in ("Close", "Cancel", "OK"):
        button = find(dialog, pyatspi.ROLE_PUSH_BUTTON, name)
        if button is not None:
            click(button, name)
            pump(0.3)
            return


def save_dialog(ctx):
    # The chart given on the command line is offered for saving.
    save = wait_for("the Save dialog", lambda: next(
        (w for w in children(ctx["app"]) if w.getRole() == pyatspi.ROLE_DIALOG and "Save" in w.name), None))
    print(f"Save dialog: {check_window('Save dialog', save)} interactive elements")
    close_dialog(save)


def clean_up(ctx):
    # A job in Transfers (a look for unused files), so its progress must be readable; and its message box.
    click(wait_for("Clean up", lambda: menu_item(ctx["main"], "Clean up the cache…")), "Clean up")
    told = wait_for("the clean-up message", lambda: next(
        (w for w in children(ctx["app"]) if w.getRole() in (pyatspi.ROLE_DIALOG, pyatspi.ROLE_ALERT)
         and "Clean up" in (w.name or "")), None))
    print(f"Clean-up message: {check_window('Clean-up message', told)} interactive elements")
    close_dialog(told)


def focus_x_window(title):
    """Gives the keyboard focus to the top-level X window with this title, as a window manager would on a click
    (Xvfb runs without one, so a closed dialog leaves the focus nowhere)."""
    x11 = ctypes.cdll.LoadLibrary(ctypes.util.find_library("X11"))
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_ulong),
                               ctypes.POINTER(ctypes.c_ulong), ctypes.POINTER(ctypes.POINTER(ctypes.c_ulong)),
                               ctypes.POINTER(ctypes.c_uint)]
    x11.XFetchName.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.POINTER(ctypes.c_char_p)]
    x11.XSetInputFocus.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_ulong]
    x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    display = x11.XOpenDisplay(None)
    if not display:
        return False
    try:
        root_return, parent = ctypes.c_ulong(), ctypes.c_ulong()
        windows, count = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
        x11.XQueryTree(display, x11.XDefaultRootWindow(display), ctypes.byref(root_return), ctypes.byref(parent),
                       ctypes.byref(windows), ctypes.byref(count))
        for i in range(count.value):
            name = ctypes.c_char_p()
            if x11.XFetchName(display, windows[i], ctypes.byref(name)) and name.value == title.encode():
                x11.XSetInputFocus(display, windows[i], 2, 0)  # RevertToParent, CurrentTime
                x11.XSync(display, 0)
                return True
        return False
    finally:
        x11.XCloseDisplay(display)


def main_window(ctx):
    # The table takes the keyboard focus: the current row is selected, so the row actions work.
    print(f"Main window: {check_window('Main window', ctx['main'])} interactive elements")
    table = ctx["table"]
    if not ctx["main"].getState().contains(pyatspi.STATE_ACTIVE):
        focus_x_window(ctx["main"].name)
        wait_for("the main window to be active", lambda: ctx["main"].getState().contains(pyatspi.STATE_ACTIVE),
                 timeout=5)
    # Tab from the filter (a key pressed through the X server) reaches the table next, and selects its row.
    table_filter = find(ctx["main"], pyatspi.ROLE_TEXT, "Filter") or find(ctx["main"], pyatspi.ROLE_ENTRY, "Filter")
    table_filter.queryComponent().grabFocus()
    wait_for("the focus in the filter", lambda: table_filter.getState().contains(pyatspi.STATE_FOCUSED), timeout=5)
    pyatspi.Registry.generateKeyboardEvent(0xFF09, None, pyatspi.KEY_SYM)  # XK_Tab
    wait_for("the focus in the table after Tab", lambda: table.getState().contains(pyatspi.STATE_FOCUSED), timeout=5)
    wait_for("a selected row after Tab reached the table", lambda: table.queryTable().nSelectedRows > 0, timeout=5)


def details_dialog(ctx):
    details = open_dialog(ctx["app"], ctx["main"], "Details", "reader", "Details")
    wait_for("the chart's details", lambda: find(details, pyatspi.ROLE_PAGE_TAB, "README"))
    for view in ("Overview", "README"):
        click(find(details, pyatspi.ROLE_PAGE_TAB, view), view)
        pump(0.3)
        shown = wait_for(f"the {view} view", lambda: next(
            (n for n, _ in descendants(details) if n.name == view and n.getRole() != pyatspi.ROLE_PAGE_TAB), None))
        if shown.getRole() not in (pyatspi.ROLE_TEXT, pyatspi.ROLE_DOCUMENT_TEXT, pyatspi.ROLE_DOCUMENT_FRAME):
            problems.append(f"Details: {view} is exposed as '{shown.getRoleName()}', not as text")
            continue
        try:
            text = shown.queryText()
            if "reader" not in text.getText(0, text.characterCount):
                problems.append(f"Details: the {view} text does not read the chart")
        except NotImplementedError:
            problems.append(f"Details: {view} has no text interface")
    print(f"Details: {check_window('Details', details)} interactive elements")
    close_dialog(details)


def pull_dialog(ctx):
    pull = open_dialog(ctx["app"], ctx["main"], "Pull…", "Pull", "Pull")
    print(f"Pull: {check_window('Pull', pull)} interactive elements")

    def list_bad_repository():
        entry = find(pull, pyatspi.ROLE_TEXT, "Repository") or find(pull, pyatspi.ROLE_ENTRY, "Repository")
        entry.queryEditableText().setTextContents("no such repository")
        click(find(pull, pyatspi.ROLE_PUSH_BUTTON, "List tags"), "List tags")

    check_announced("Pull", pull, list_bad_repository)
    close_dialog(pull)


def registries_dialog(ctx):
    registries = open_dialog(ctx["app"], ctx["main"], "Registries…", "Registries", "Registries")
    print(f"Registries: {check_window('Registries', registries)} interactive elements")
    # Log in with no registry typed: the dialog says what is wrong.
    check_announced("Registries", registries,
                    lambda: click(find(registries, pyatspi.ROLE_PUSH_BUTTON, "Log in"), "Log in"))
    close_dialog(registries)


def settings_dialog(ctx):
    settings = open_dialog(ctx["app"], ctx["main"], "Settings…", "Settings", "Settings")
    print(f"Settings: {check_window('Settings', settings)} interactive elements")
    combos = [n.name for n, _ in descendants(settings) if n.getRole() == pyatspi.ROLE_COMBO_BOX]
    if "Language" not in combos:
        problems.append(f"Settings: no combo box named 'Language' (combo boxes: {combos})")
    close_dialog(settings)


def about_dialog(ctx):
    about = open_dialog(ctx["app"], ctx["main"], "About Charthouse", "About", "About")
    print(f"About: {check_window('About', about)} interactive elements")
    close_dialog(about)


def local_registry_dialog(ctx):
    if menu_item(ctx["main"], "Start a local test registry…") is None:
        if os.environ.get("CHARTHOUSE_REQUIRE_LOCAL_REGISTRY"):
            problems.append("Local registry: no menu item (docker-registry missing?)")
        else:
            print("Local registry: docker-registry is not installed, dialog not checked")
        return
    local = open_dialog(ctx["app"], ctx["main"], "Start a local test registry…", "registry", "Local registry")
    print(f"Local registry: {check_window('Local registry', local)} interactive elements")
    close_dialog(local)


def registry_browser(ctx):
    # View ▸ Registry browser (a check menu item) shows the sidebar of registries beside the chart table.
    bar = wait_for("the menu bar", lambda: find(ctx["main"], pyatspi.ROLE_MENU_BAR))
    item = wait_for("menu item 'Registry browser'", lambda: next(
        (n for n, _ in descendants(bar) if n.getRole() in (pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM)
         and n.name.replace("&", "") == "Registry browser"), None))
    click(item, "Registry browser")
    wait_for("the registries sidebar", lambda: next(
        (n for n, _ in descendants(ctx["main"]) if n.name == "Registries and repositories"), None))
    print(f"Registry browser: {check_window('Registry browser', ctx['main'])} interactive elements")
    click(item, "Registry browser")


def compare_window(ctx):
    # One row selected: Compare… asks for the other side; the chart's own directory answers, and the compare
    # window opens with it ("No differences").
    table = ctx["table"]
    if table.queryTable().nSelectedRows == 0:
        table.querySelection().selectChild(0)
    ask = open_dialog(ctx["app"], ctx["main"], "Compare…", "Compare with", "Compare with")
    print(f"Compare with: {check_window('Compare with', ask)} interactive elements")
    other = next((n for n, _ in descendants(ask)
                  if n.getRole() in (pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY) and n.getState().contains(pyatspi.STATE_EDITABLE)),
                 None)
    if other is None:
        problems.append("Compare with: no editable field for the other chart")
        close_dialog(ask)
        return
    before = set(top_windows(ctx["app"]))
    other.queryEditableText().setTextContents(ctx["chart"])
    pump(0.3)
    click(wait_for("the Compare button", lambda: find(ask, pyatspi.ROLE_PUSH_BUTTON, "Compare")), "Compare")
    window = wait_for("the compare window", lambda: next(
        (w for key, w in top_windows(ctx["app"]).items() if key not in before and "Compare" in (w.name or "")), None))
    wait_for("the comparison", lambda: find(window, pyatspi.ROLE_STATUS_BAR, "No differences"), timeout=20)
    print(f"Compare window: {check_window('Compare window', window)} interactive elements")


def start_xvfb(tmp):
    """An X server on a free display (Xvfb picks it and writes it to a pipe); a few tries, as another test may
    take the same display at the same moment."""
    for attempt in range(3):
        read_fd, write_fd = os.pipe()
        log = open(f"{tmp}/xvfb-{attempt}.log", "w")
        xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0", "1280x1024x24", "-nolisten",
                                 "tcp"], pass_fds=[write_fd], stdout=log, stderr=log)
        os.close(write_fd)
        # Xvfb writes the number, then a newline: the pipe stays open until both came (a closed pipe kills it).
        number = b""
        while not number.endswith(b"\n"):
            chunk = os.read(read_fd, 64)
            if not chunk:
                break
            number += chunk
        os.close(read_fd)
        number = number.decode().strip()
        time.sleep(0.2)
        if number and xvfb.poll() is None and os.path.exists(f"/tmp/.X11-unix/X{number}"):
            return xvfb, f":{number}"
        xvfb.kill()
        xvfb.wait()
    raise SystemExit("FAIL: Xvfb does not start: " + " / ".join(open(f"{tmp}/xvfb-{i}.log").read() for i in range(3)))


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    app_path, cli_path = sys.argv[1:]
    if not shutil.which("Xvfb"):
        print("SKIP: Xvfb is not installed")
        return SKIP
    started = time.monotonic()
    faulthandler.dump_traceback_later(100, exit=True)  # where it hangs, rather than CTest's bare timeout
    tmp = tempfile.mkdtemp(prefix="charthouse-a11y-")
    env = dict(os.environ)
    env.update({
        "XDG_CONFIG_HOME": f"{tmp}/config", "HELM_CACHE_HOME": f"{tmp}/helm-cache",
        "DOCKER_CONFIG": f"{tmp}/docker", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "QT_ACCESSIBILITY": "1", "QT_QPA_PLATFORM": "xcb",
    })
    env.pop("QT_QPA_PLATFORMTHEME", None)
    chart = f"{tmp}/src/reader"
    os.makedirs(f"{chart}/templates")
    with open(f"{chart}/Chart.yaml", "w") as f:
        f.write("apiVersion: v2\nname: reader\nversion: 1.0.0\ndescription: A chart to read\n")
    with open(f"{chart}/values.yaml", "w") as f:
        f.write("replicaCount: 1\n")
    with open(f"{chart}/README.md", "w") as f:
        f.write("# reader\n\nA chart for the screen reader test.\n")
    subprocess.run([cli_path, "chart", "save", chart, "localhost:5000/a11y/reader:1.0.0"], env=env, check=True,
                   stdout=subprocess.DEVNULL)

    xvfb, display = start_xvfb(tmp)
    env["DISPLAY"] = display
    os.environ["DISPLAY"] = display
    launcher = subprocess.Popen(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"], env=env,
                                stderr=subprocess.DEVNULL)
    app_proc = None
    try:
        time.sleep(0.5)
        pyatspi.Registry.registerEventListener(on_event, "object:property-change:accessible-name",
                                               "object:text-changed", "object:announcement")
        # The chart given on the command line is offered for saving: the Save dialog.
        app_proc = subprocess.Popen([app_path, chart], env=env)
        desktop = pyatspi.Registry.getDesktop(0)
        app = wait_for("the app on the accessibility bus",
                       lambda: next((a for a in children(desktop) if a.get_process_id() == app_proc.pid), None),
                       timeout=20)
        main = wait_for("the main window", lambda: next(
            (w for w in children(app) if w.getRole() == pyatspi.ROLE_FRAME and "Charthouse" in w.name), None))
        table = wait_for("the chart table with a row", lambda: (t := find(main, pyatspi.ROLE_TABLE, "Cached charts"))
                         and t.queryTable().nRows > 0 and t)

        ctx = {"app": app, "main": main, "table": table, "chart": chart}
        section("Save dialog", lambda: save_dialog(ctx))
        section("Clean-up", lambda: clean_up(ctx))
        section("Main window", lambda: main_window(ctx))
        section("Details", lambda: details_dialog(ctx))
        section("Pull", lambda: pull_dialog(ctx))
        section("Registries", lambda: registries_dialog(ctx))
        section("Settings", lambda: settings_dialog(ctx))
        section("About", lambda: about_dialog(ctx))
        section("Local registry", lambda: local_registry_dialog(ctx))
        section("Registry browser", lambda: registry_browser(ctx))
        section("Compare", lambda: compare_window(ctx))
    finally:
        if app_proc is not None:
            app_proc.terminate()
            app_proc.wait(10)
        launcher.terminate()
        xvfb.terminate()
        launcher.wait(10)
        xvfb.wait(10)
        shutil.rmtree(tmp, ignore_errors=True)

    for problem in problems:
        print("FAIL:", problem)
    print(f"{len(problems)} problem(s) in {time.monotonic() - started:.1f} s")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
