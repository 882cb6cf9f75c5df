"""Search every progress note (and psychotherapy notes, when unlocked) and the text of attached
documents by words; a document hit opens its chart's attachments tab with it selected."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vault_app.domain.errors import InvalidInput
from vault_app.domain.list_names import ListName, list_names
from vault_app.domain.note_kinds import PROGRESS, note_kind
from vault_app.gui import search_index_words, search_rebuild_running, shortcuts
from vault_app.gui.client_words import list_words
from vault_app.gui.dates import show_date
from vault_app.gui.destruction_meanwhile import refuse
from vault_app.gui.name_cell import KEEP_ROLE, SURNAME_ROLE, KeepEndDelegate, destroyed_there
from vault_app.gui.privacy_notice import privacy_notice
from vault_app.gui.refusal_words import refusal_text
from vault_app.gui.widgets import MASK, add_row, make_tree, masked_name, on_open
from vault_app.services import clients_page, older_copy_known, search, search_rebuild
from vault_app.services.changes import Kind

if TYPE_CHECKING:
    from vault_app.domain.clinical import ClientSummary
    from vault_app.domain.search import SearchResults
    from vault_app.gui.seam import App
    from vault_app.services.changes import Changes
    from vault_app.services.vault import Vault


# Hits listed per kind (notes, psychotherapy notes, documents). One more is asked for, to know
# whether more match: the list said "50 matching note(s)" when hundreds did, and a therapist
# looking for every note that mentions a risk took the 50 for all.
SHOWN = 50


class Found(NamedTuple):
    """A search's answer: the hits, their charts (named as the client list names them), and which
    of those charts a newer copy of this vault destroyed (this one an older copy put back): marked
    as the client list marks them, and refused when opened as there (services/older_copy_destroyed.py)."""

    results: SearchResults
    charts: dict[str, ClientSummary]
    destroyed_there: frozenset[str] = frozenset()


def run_search(vault: Vault, query: str, psychotherapy: bool) -> Found:
    results = search.search(vault, query, psychotherapy=psychotherapy, limit=SHOWN + 1)
    # Names of the charts hit only: reading every chart per search grew with the vault (issue 21).
    hit = [h.client_id for h in (*results.notes, *(results.psychotherapy_notes or ()))]
    hit += [d.client_id for d in results.documents]
    known = older_copy_known.known(vault)
    charts = {chart.client_id: chart for chart in clients_page.charts_named(vault, hit)}
    return Found(results, charts, frozenset(c for c in hit if c in known))


class SearchDialog(QDialog):
    def __init__(self, controller: App, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle(self.tr("Search notes and documents"))
        self.query = QLineEdit()
        self.query.setAccessibleName(self.tr("Search words"))
        self.query.setPlaceholderText(self.tr("words to find in notes and documents, e.g. sleep anxiety"))
        self.query.setClearButtonEnabled(True)
        self.include_psy = QCheckBox(self.tr("Include &psychotherapy notes"))
        self.include_psy.setEnabled(controller.psychotherapy_open)
        # The results must always answer the question as now asked, ticked or not.
        self.include_psy.toggled.connect(lambda _on: self.search())
        controller.psychotherapy_changed.connect(self._psychotherapy_changed)
        # A destruction's notices (its start, its end): the hits of what it destroys leave the list.
        controller.changed.connect(self._records_changed)
        # Not modal: the hits (names, the words around a match) stay beside the main window while
        # privacy mode switches there; they are shown again as it now says.
        self._result: Found | None = None
        privacy_notice().changed.connect(self._privacy_switched)
        self.notes = make_tree([self.tr("Chart"), self.tr("Client"), self.tr("Date"), self.tr("Kind"),
                                self.tr("Match")], self.tr("Search results"))
        on_open(self.notes, self._open)
        # The name's end that tells it apart (a year, the legal name, a destroyed chart's mark) and
        # its surname kept in sight where the column cuts it, as in the client list.
        self.notes.setItemDelegateForColumn(1, KeepEndDelegate(self.notes))
        self.status = QLabel(" ")
        self.status.setObjectName("calmNote")
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.search)
        self.query.textChanged.connect(lambda _t: self._debounce.start())
        # Enter searches now and hands the keyboard to the results (arrows, then Enter opens);
        # it did nothing before, and a keyboard user could not reach a hit.
        self._to_results = False
        self._waiting = False  # for the search index's rebuild (search_rebuild_running.notice)
        self.query.returnPressed.connect(self._search_then_results)
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.include_psy)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.status)
        # Here too: the main window's Ctrl+Shift+F does not reach this window.
        QShortcut(QKeySequence(shortcuts.DEFAULTS["search_notes"]), self, self.ask_again)
        self.resize(820, 520)

    def ask_again(self) -> None:
        """Search notes again (Ctrl+Shift+F, the menu) with this window already made: it comes
        forward with the keyboard in the search words, all selected, so what is typed is the
        new search. A second window used to open over the first, with the keyboard in neither's
        search box, and the first one's results stayed behind it."""
        if not self.isVisible():
            self.search()  # closed before: its results as they are now, not as they were
        self.show()
        self.raise_()
        self.activateWindow()
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    def search(self) -> None:
        # Searching now (Enter, the button) makes a pending typed-text search moot: it would
        # only refill the list a moment later, under the user's cursor.
        self._debounce.stop()
        query = self.query.text().strip()
        if not query:
            self.notes.clear()
            self._result = None
            self.status.setText(" ")
            return
        psy = self.include_psy.isChecked() and self.controller.psychotherapy_open
        self.controller.query(self, lambda v: run_search(v, query, psy)).success(self._show) \
            .failure(self._failed).run()

    def _search_then_results(self) -> None:
        self._to_results = True
        self.search()

    def _kind_word(self, kind: str) -> str:
        # The stored key ("progress") showed as such among Spanish words (found in the real app).
        return {"progress": self.tr("progress"), "psychotherapy": self.tr("psychotherapy")}.get(kind, kind)

    def _privacy_switched(self, _on: bool) -> None:
        if self._result is not None:
            self._show(self._result)

    def _client(self, item: QTreeWidgetItem, client_id: str, named: dict[str, ListName]) -> None:
        """The Client cell, named as the client list names the chart (domain/list_names.py): the
        legal name beside a different preferred one, the year where two read the same; it showed
        the preferred name alone, and two clients called "Sam" read alike (found in the real app).
        Its end that tells it apart and its surname stay in sight where the column cuts it; a chart
        a newer copy of this vault destroyed says so, as in the client list (walk M)."""
        parts = named.get(client_id)
        if parts is None:
            return
        shown, end = parts.said(list_words())
        if self._result is not None and client_id in self._result.destroyed_there:
            shown, mark = destroyed_there(shown)
            end += mark
        item.setText(1, shown)
        item.setData(1, KEEP_ROLE, end)
        item.setData(1, SURNAME_ROLE, parts.surname)

    def _show(self, result: Found) -> None:
        self._result = result
        results, charts, _destroyed = result
        to_results, self._to_results = self._to_results, False
        privacy = bool(getattr(self.parent(), "privacy_mode", False))
        named = list_names(charts.values(), list_words(), mask=MASK if privacy else None)
        self.notes.clear()
        kinds = (results.notes, results.psychotherapy_notes or (), results.documents)
        more = any(len(found) > SHOWN for found in kinds)
        hits = [h for h in list(results.notes[:SHOWN]) + list((results.psychotherapy_notes or ())[:SHOWN])
                if not self._going(h.client_id, h.note_id)]
        documents = [d for d in results.documents[:SHOWN] if not self._going(d.client_id)]
        for h in hits:
            known = charts.get(h.client_id)
            item = add_row(self.notes, [known.chart_number if known else "?", "?", show_date(h.note_date),
                                        self._kind_word(h.kind), masked_name(h.snippet.replace("\n", " "), privacy)],
                           h.client_id)
            self._client(item, h.client_id, named)
            item.setData(1, Qt.ItemDataRole.UserRole, h.note_id)
            item.setData(2, Qt.ItemDataRole.UserRole, h.kind)
        for d in documents:
            # Labelled as a document: its title, what kind, then the matched words.
            match = masked_name(f"{d.title}: {d.snippet}", privacy)
            item = add_row(self.notes, [d.chart_number, "?", show_date(d.document_date),
                                        self.tr("document ({kind})").format(kind=d.kind.replace("_", " ")), match],
                           d.client_id)
            self._client(item, d.client_id, named)
            item.setData(3, Qt.ItemDataRole.UserRole, d.attachment_id)
        # One source per form ("(s)" showed as typed: English has no translator to pick a form).
        found = [self.tr("%n matching note", "", 1) if len(hits) == 1
                 else self.tr("%n matching notes", "", len(hits))] if hits else []
        if documents:
            docs = len(documents)
            found.append(self.tr("%n matching document", "", 1) if docs == 1
                         else self.tr("%n matching documents", "", docs))
        # A chart number or a name typed here found nothing and said no more (found in the real
        # app): notes are searched by their words, clients in the client list.
        text = ", ".join(found) if found else self.tr(
            "Nothing found in the notes. To find a client by name or chart number, use Find client (Ctrl+F).")
        if more:
            text += self.tr(" listed; more match: add words to narrow the search.")
        elif results.recent_only:
            text += self.tr(" (a very common word: ranked among the most recent matching notes)")
        self.status.setText(text)
        first = self.notes.topLevelItem(0)
        if to_results and first is not None:
            self.notes.setCurrentItem(first)
            self.notes.setFocus()

    def _failed(self, exc: BaseException) -> bool:
        # The hits listed answered the search before: left there under the refusal, they read
        # as this search's (found in the real app with '"'), and Enter opened one.
        self.notes.clear()
        self._result = None  # privacy mode switched later brings back no hits of before
        self._to_results = False
        if isinstance(exc, InvalidInput):
            self.status.setText(refusal_text(exc))
            return True
        if isinstance(exc, search_rebuild.SearchNotReady):
            self._not_ready(exc)
            return True
        return False

    def _not_ready(self, exc: search_rebuild.SearchNotReady) -> None:
        """The index is not in step (rebuilt beside the unlock after a restore, or damaged):
        said plainly, and the search is asked again once it is ready, never answered from it."""
        if exc.message == search_rebuild.DAMAGED:
            self.status.setText(search_index_words.damaged())
        elif exc.rebuilding:
            self.status.setText(search_index_words.rebuilding())
        else:
            self.status.setText(search_index_words.failed())
            return
        if not self._waiting:
            self._waiting = True
            said = search_rebuild_running.notice()
            said.ready.connect(self._index_ready)
            # Every end, not only a swap-in: a rebuild that failed said "being rebuilt" for good.
            said.running.connect(self._index_running)
        # A damaged file's rebuild starts with this refusal: the status bar says so too.
        search_rebuild_running.recheck(self.controller)

    def _index_running(self, running: bool) -> None:
        if not running:
            self._index_ready()

    def _index_ready(self) -> None:
        """Either compartment's rebuilt index swapped in (or no rebuild left): the search the
        window shows is asked again, so its words are answered without being typed again."""
        if self._waiting:
            self._waiting = False
            said = search_rebuild_running.notice()
            said.ready.disconnect(self._index_ready)
            said.running.disconnect(self._index_running)
            self.search()

    def _going(self, client_id: str, note_id: str | None = None) -> bool:
        """Whether a hit is of what a running destruction deletes: the whole chart, or one of
        the psychotherapy notes chosen (the core leaves out a chart closed on its connection;
        a destruction finished from Records > Destructions is known here only)."""
        return client_id == self.controller.chart_being_destroyed or (
            note_id is not None and note_id in self.controller.notes_being_destroyed)

    def _records_changed(self, changes: Changes) -> None:
        """A destruction began or ended: its hits leave the list at once (a snippet is the
        client's own words; found: they stayed listed during and after it, and a double-click
        opened a half-deleted chart's refusal), then the search is asked again."""
        if not changes.touches(Kind.DESTRUCTION):
            return
        dropped = False
        for i in reversed(range(self.notes.topLevelItemCount())):
            item = self.notes.topLevelItem(i)
            if item is None:
                continue
            note_id = item.data(1, Qt.ItemDataRole.UserRole)
            if self._going(str(item.data(0, Qt.ItemDataRole.UserRole)), str(note_id) if note_id else None):
                self.notes.takeTopLevelItem(i)
                dropped = True
        # Asked again while shown (a hidden window searches again when it comes back, ask_again):
        # the counts below the list were of the rows before, and at a destruction's end its
        # chart is no longer known here as running, so only the core's answer leaves it out.
        if self.isVisible() and (dropped or self.notes.topLevelItemCount()):
            self.search()

    def _open(self, item: QTreeWidgetItem, _col: int = 0) -> None:
        client_id = str(item.data(0, Qt.ItemDataRole.UserRole))
        note_id_data = item.data(1, Qt.ItemDataRole.UserRole)
        if self._going(client_id, str(note_id_data) if note_id_data else None):
            # Listed before the destruction's notice came: refused here, in this window, with why.
            self.notes.takeTopLevelItem(self.notes.indexOfTopLevelItem(item))
            refuse(self, "open" if client_id == self.controller.chart_being_destroyed else "open_note")
            return
        attachment_id = str(item.data(3, Qt.ItemDataRole.UserRole) or "")
        note_id = str(note_id_data or "")
        kind = note_kind(str(item.data(2, Qt.ItemDataRole.UserRole) or PROGRESS.key))
        if self._result is not None and client_id in self._result.destroyed_there:
            # Refused as the client list refuses it (the core's own check, its words and hint),
            # said here in this window, where the double-click was.
            # Lazy (start-up): the refusal reads the backup folder once per session.
            from vault_app.services import older_copy_destroyed

            self.controller.query(self, lambda v: older_copy_destroyed.refuse_destroyed_there(v, client_id)) \
                .success(lambda _none: self._open_hit(client_id, note_id, kind.own_unlock, attachment_id)).run()
            return
        self._open_hit(client_id, note_id, kind.own_unlock, attachment_id)

    def _open_hit(self, client_id: str, note_id: str, psychotherapy: bool, attachment_id: str) -> None:
        if attachment_id:
            self.controller.open_chart(client_id, attachment_id=attachment_id)
            self._step_aside()
            return
        self.controller.open_chart(client_id, note_id or None, psychotherapy=psychotherapy)
        if psychotherapy:
            self._step_aside()

    def _step_aside(self) -> None:
        """A psychotherapy note or a document opens in the chart, under this window (a progress
        note has a window of its own, which comes on top): found in the real app, the hit opened
        out of sight with the keyboard left in the results. This window goes, the chart takes
        the keyboard; Ctrl+Shift+F brings the search back."""
        self.hide()
        parent = self.parentWidget()
        if parent is not None:
            parent.activateWindow()

    def _psychotherapy_changed(self, unlocked: bool) -> None:
        self.include_psy.setEnabled(unlocked)
        if not unlocked and self.include_psy.isChecked():
            self.search()  # psychotherapy hits leave the list with the lock
