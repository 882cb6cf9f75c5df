"""The main window's menus and toolbar: every action with its default shortcut (shortcuts.py),
the Alt letters, and the three keys that work from every window of the app (Lock, Quit and
Privacy mode: EVERY_WINDOW).

The actions call the window's own slots (MenuHost). Their words keep the main window's
translations (context MainWindow): the status bar's reminders name these menus through it
(status_words.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolButton

from vault_app.gui import shortcuts, theme
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.status_line import show_whole
from vault_app.gui.toolbar_fit import ToolbarFit
from vault_app.gui.widgets import give_mnemonics

# View > Appearance: each theme by the word a screen says it in (found: "System", "Light", "Dark"
# in English on a Spanish screen; the check of every tr() string does not follow a loop's names).
THEME_WORDS = {
    "system": QT_TRANSLATE_NOOP("MainWindow", "System"),
    "light": QT_TRANSLATE_NOOP("MainWindow", "Light"),
    "dark": QT_TRANSLATE_NOOP("MainWindow", "Dark"),
}

if TYPE_CHECKING:
    from vault_app.gui.chart_view import ChartView
    from vault_app.gui.client_list import ClientListPanel
    from vault_app.gui.seam import App
    from vault_app.gui.status_line import StatusLine

# The actions the toolbar shows, in its order (keys of the menus' actions); where the window is
# too narrow for their words, the first ones lose them first (toolbar_fit.py): Lock now last.
TOOLBAR = ("dashboard", "agenda", "new_client", "new_note", "export", "privacy", "lock")

# The keys that work from every window of the app (a note editor, the search window, a dialog),
# as users of desktop apps expect; the rest stay with the main window. Privacy mode is one: found,
# Ctrl+Shift+H did nothing in a note editor, where a therapist is when someone walks in.
EVERY_WINDOW = ("lock", "quit", "privacy")

# The letters a menu's items got, by the items' words: give_mnemonics is a pure function of
# them, and choosing them again for every main window (each unlock builds one) was 4 of the
# menus' ~11 ms. Keyed by the words, so another language chooses its own the first time.
_LETTERED: dict[tuple[str, ...], tuple[str, ...]] = {}


def _give_mnemonics(menu: QMenu) -> None:
    actions = [a for a in menu.actions() if not a.isSeparator()]
    words = tuple(a.text() for a in actions)
    lettered = _LETTERED.get(words)
    if lettered is None:
        give_mnemonics(menu)
        _LETTERED[words] = tuple(a.text() for a in actions)
        return
    for action, text in zip(actions, lettered, strict=True):
        action.setText(text)


class MenuHost(Protocol):
    """What the menus call on the main window (which is one), so that this module does not
    import the window that imports it."""

    @property
    def controller(self) -> App: ...
    @property
    def client_list(self) -> ClientListPanel: ...
    @property
    def privacy_mode(self) -> bool: ...
    @property
    def status_line(self) -> StatusLine: ...

    def act_on_chart(self, act: Callable[[ChartView], object]) -> None: ...
    def close(self) -> bool: ...
    def show_dashboard(self) -> None: ...
    def show_agenda(self) -> None: ...
    def show_worklist(self, section: str = "") -> None: ...
    def toggle_privacy(self) -> None: ...
    def set_theme(self, name: str) -> None: ...
    def show_shortcuts(self) -> None: ...
    def show_about(self) -> None: ...
    def open_search(self) -> object: ...
    def open_backups(self) -> object: ...
    def open_open_export(self) -> object: ...
    def open_import(self) -> object: ...
    def open_settings(self) -> object: ...
    def open_fees(self) -> object: ...
    def open_change_passphrase(self) -> object: ...
    def open_rekey(self) -> object: ...
    def open_kit_check(self) -> object: ...
    def open_another_vault(self) -> None: ...
    def open_accounting(self) -> object: ...
    def open_requests(self) -> object: ...
    def open_holds(self) -> object: ...
    def open_complaints(self) -> object: ...
    def open_decisions(self) -> object: ...
    def open_destructions(self) -> object: ...
    def open_eligible(self) -> object: ...


class _PrivacyKeyEverywhere(QObject):
    """Privacy mode's key where Qt blocks the application-wide shortcut (a window-modal dialog: an
    addendum, a confirmation), taken by the idle watcher as it takes Lock's and Quit's (the
    controller answers those two). A child of the window: a lock builds another window, and the
    watcher stops reaching this one with it."""

    def __init__(self, window: QMainWindow, host: MenuHost) -> None:
        super().__init__(window)
        self.host = host
        idle = host.controller.idle
        idle.app_keys["privacy"] = QKeySequence(shortcuts.DEFAULTS["privacy"])
        idle.app_key.connect(self.pressed)

    def pressed(self, name: str) -> None:
        if name == "privacy":
            self.host.toggle_privacy()


def _unless_searched_away(host: MenuHost, chart: ChartView, act: Callable[[ChartView], object]) -> object:
    """A chart action (New note, Export, Destroy, Account) for the chart on screen, unless the
    keyboard is in a client search that left that chart out: the therapist then means one of the
    clients found (found by a walker: a minor's chart open, "Brooks" and Enter, then Ctrl+N opened
    a note in the minor's chart). Said by chart number only, as the status bar names charts."""
    if not host.client_list.search_left_out_chart():
        return act(chart)
    client = chart.shown_client()
    number = client.chart_number if client is not None else ""
    host.status_line.passing(QCoreApplication.translate(
        "MainWindow", "{chart}, the chart on screen, is not among the clients found: press Enter on one of them, "
                      "or clear the search.").format(chart=number))
    return None


def _open_snippets(window: QMainWindow, host: MenuHost) -> object:
    # Lazy (start-up): the window is opened long after the first paint.
    from vault_app.gui.snippets_dialog import open_snippets

    return open_snippets(host.controller, window)


def _open_closure_notices(window: QMainWindow, host: MenuHost) -> object:
    # Lazy (start-up), as the snippets' window.
    from vault_app.gui.closure_notice_dialog import open_closure_notices

    return open_closure_notices(host.controller, window)


def build_menus(window: QMainWindow, host: MenuHost) -> dict[str, QAction]:
    """The menu bar and the toolbar of `window`, calling `host` (the same window); the actions by key."""
    actions: dict[str, QAction] = {}

    def action(key: str, text: str, slot: Callable[..., object], icon: str = "",
               menu: QMenu | None = None) -> QAction:
        made = QAction(theme.icon(icon) if icon else QIcon(), text, window)
        seq = shortcuts.DEFAULTS.get(key)
        if seq:
            made.setShortcut(QKeySequence(seq))
            made.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        made.triggered.connect(slot)
        actions[key] = made
        window.addAction(made)
        if menu is not None:
            menu.addAction(made)
        return made

    bar = window.menuBar()
    vault_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Vault"))
    action("lock", QCoreApplication.translate("MainWindow", "Lock now"),
           lambda: host.controller.lock("Locked.", quick=True), "lock", vault_menu)
    vault_menu.addSeparator()
    # The vault's keys and which vault is open, side by side (as in the CLI: passphrase
    # change, rekey; "open another vault" for a restored copy).
    action("change_passphrase", QCoreApplication.translate("MainWindow", "Change passphrase…"),
           host.open_change_passphrase, "", vault_menu)
    action("rekey", QCoreApplication.translate("MainWindow", "Replace every key…"), host.open_rekey, "", vault_menu)
    action("check_kit", QCoreApplication.translate("MainWindow", "Check the Emergency Kit…"), host.open_kit_check, "",
           vault_menu)
    action("open_vault", QCoreApplication.translate("MainWindow", "Open another vault…"), host.open_another_vault, "",
           vault_menu)
    vault_menu.addSeparator()
    action("backups", QCoreApplication.translate("MainWindow", "Backups…"), host.open_backups, "backup", vault_menu)
    # Its letter given, not chosen: the I that give_mnemonics chose is underlined by one stroke
    # under a one-stroke letter, and a walk of the app read Import… as having no letter.
    action("import", QCoreApplication.translate("MainWindow", "I&mport…"), host.open_import, "", vault_menu)
    action("settings", QCoreApplication.translate("MainWindow", "Settings…"), host.open_settings, "", vault_menu)
    action("fees", QCoreApplication.translate("MainWindow", "Fees and missed-appointment policy…"), host.open_fees,
           "", vault_menu)
    # The therapist's own phrases and session templates (snippets_dialog.py): the command line's
    # `snippet add` refuses while this window has the vault open, so they are made here.
    action("snippets", QCoreApplication.translate("MainWindow", "Snippets…"), lambda: _open_snippets(window, host),
           "", vault_menu)
    vault_menu.addSeparator()
    # Its letter given, as Import's: chosen after Settings in Spanish, "Salir" found its S taken
    # once Ajustes' letter may not sit under the j's hook (widgets.seen_places), and got a faint l.
    action("quit", QCoreApplication.translate("MainWindow", "&Quit"), host.close, "", vault_menu)

    def on_chart(act: Callable[[ChartView], object]) -> None:
        host.act_on_chart(lambda chart: _unless_searched_away(host, chart, act))

    client_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Clients"))
    action("new_client", QCoreApplication.translate("MainWindow", "New client…"), host.client_list.new_client, "add",
           client_menu)
    # A couple's or a family's chart: made from its members' charts (case_dialog.py).
    action("new_case", QCoreApplication.translate("MainWindow", "New couple or family case…"),
           host.client_list.new_case, "", client_menu)
    action("find", QCoreApplication.translate("MainWindow", "Find client"), host.client_list.focus_search, "search",
           client_menu)
    action("search_notes", QCoreApplication.translate("MainWindow", "Search notes…"), host.open_search, "search",
           client_menu)
    action("new_note", QCoreApplication.translate("MainWindow", "New progress note"),
           lambda: on_chart(lambda c: c.new_note()), "note", client_menu)
    action("account", QCoreApplication.translate("MainWindow", "Account: fees, payments, superbill…"),
           lambda: on_chart(lambda c: c.open_account()), "", client_menu)
    action("restrictions", QCoreApplication.translate("MainWindow", "Restrictions and confidential communications"),
           lambda: on_chart(lambda c: c.requests.restrictions.bring_into_view()), "", client_menu)
    client_menu.addSeparator()
    action("export", QCoreApplication.translate("MainWindow", "Export or disclose…"),
           lambda: on_chart(lambda c: c.start_export()), "export", client_menu)
    action("open_export", QCoreApplication.translate("MainWindow", "Complete open export…"), host.open_open_export, "",
           client_menu)
    action("destroy", QCoreApplication.translate("MainWindow", "Destroy chart…"),
           lambda: on_chart(lambda c: c.start_destruction()), "destroy", client_menu)

    records_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Records"))
    action("dashboard", QCoreApplication.translate("MainWindow", "Dashboard"), host.show_dashboard, "dashboard",
           records_menu)
    action("agenda", QCoreApplication.translate("MainWindow", "Agenda (day and week)"), host.show_agenda, "agenda",
           records_menu)
    action("worklist", QCoreApplication.translate("MainWindow", "Worklist: what is owed"), host.show_worklist, "",
           records_menu)
    action("accounting", QCoreApplication.translate("MainWindow", "Accounting of disclosures…"), host.open_accounting,
           "", records_menu)
    action("requests", QCoreApplication.translate("MainWindow", "Access and amendment requests…"), host.open_requests,
           "", records_menu)
    action("holds", QCoreApplication.translate("MainWindow", "Legal holds…"), host.open_holds, "legal", records_menu)
    action("complaints", QCoreApplication.translate("MainWindow", "Complaints…"), host.open_complaints, "",
           records_menu)
    action("eligible", QCoreApplication.translate("MainWindow", "Charts eligible for destruction…"), host.open_eligible,
           "", records_menu)
    action("destructions", QCoreApplication.translate("MainWindow", "Destructions and certificates…"),
           host.open_destructions, "", records_menu)
    # Closing the practice (docs/closing-a-practice.md): every active client told, in one window.
    action("closure_notices", QCoreApplication.translate("MainWindow", "Notices of closure to clients…"),
           lambda: _open_closure_notices(window, host), "", records_menu)
    action("decisions", QCoreApplication.translate("MainWindow", "Confidentiality decisions…"), host.open_decisions,
           "shield", records_menu)

    view_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "Vie&w"))
    privacy = action("privacy", QCoreApplication.translate("MainWindow", "Privacy mode (hide names)"),
                     host.toggle_privacy, "privacy", view_menu)
    privacy.setCheckable(True)
    privacy.setChecked(host.privacy_mode)
    # A status line cut with "…" was shown whole only by a click on it: none for a therapist at
    # the keyboard, or a screen reader's user (status_line.OneLineLabel).
    action("status_message", QCoreApplication.translate("MainWindow", "Status message in full"),
           lambda: show_whole(host.status_line.label), "", view_menu)
    theme_menu = view_menu.addMenu(QCoreApplication.translate("MainWindow", "Appearance"))
    for name in theme.THEMES:
        act = QAction(QCoreApplication.translate("MainWindow", THEME_WORDS[name]), window)
        act.triggered.connect(lambda _=False, n=name: host.set_theme(n))
        theme_menu.addAction(act)

    for key in EVERY_WINDOW:
        actions[key].setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
    _PrivacyKeyEverywhere(window, host)

    help_menu = bar.addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    action("shortcuts", QCoreApplication.translate("MainWindow", "Keyboard shortcuts"), host.show_shortcuts, "",
           help_menu)
    action("about", QCoreApplication.translate("MainWindow", "About Therapy Vault"), host.show_about, "", help_menu)
    for menu in (vault_menu, client_menu, records_menu, view_menu, theme_menu, help_menu):
        _give_mnemonics(menu)

    toolbar = window.addToolBar(QCoreApplication.translate("MainWindow", "Main"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for key in TOOLBAR:
        toolbar.addAction(actions[key])
    buttons = [toolbar.widgetForAction(actions[key]) for key in TOOLBAR]
    ToolbarFit(toolbar, [b for b in buttons if isinstance(b, QToolButton)])  # Lock now's words go last
    # Where the toolbar is cut (a small screen, large fonts, Spanish), Lock now and Privacy mode
    # are behind its » button: Fusion draws it grey on grey in the dark theme, invisible (found
    # on Xvfb at 150 %). Ours, in the icons' blue, reads on either.
    more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    if more is not None:
        more.setIcon(theme.icon("more"))
    return actions


__all__ = ["TOOLBAR", "MenuHost", "build_menus"]
