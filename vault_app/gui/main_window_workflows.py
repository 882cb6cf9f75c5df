"""The main window's part that opens the workflows' windows (search, backups, settings, the
records' dialogs, help): held apart from the window (main_window.py), which was past the ~500
lines a file keeps to. Its words keep the main window's translations (context MainWindow)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from vault_app.gui.chart_binding import bind_to_chart

if TYPE_CHECKING:
    from vault_app.gui.chart_view import ChartView
    from vault_app.gui.seam import App
    from vault_app.gui.status_line import StatusLine


class WorkflowWindows(QMainWindow):
    """The main window's base (MainWindow sets the state read here): the menus' "open a
    window" slots (main_menus.MenuHost)."""

    controller: App
    _chart: ChartView | None
    privacy_mode: bool
    status_line: StatusLine

    # --- windows of the workflows ----------------------------------------------------
    # The windows below import their module when first opened: together they cost about
    # 50 ms to import, which would otherwise land on the warm-up after the first paint
    # (main_window is one of its modules). Each import is written out so tools see it.
    def _open_dialog(self, dialog_cls: Callable[..., QDialog], *args: object) -> QDialog:
        dialog = dialog_cls(self.controller, *args, parent=self)
        dialog.open()
        return dialog

    def open_search(self) -> QDialog:
        from vault_app.gui.search_dialog import SearchDialog  # Lazy (start-up): see _open_dialog

        made = self.findChildren(SearchDialog)
        if made:  # one search window: asked again, it comes forward ready for new words
            made[0].ask_again()
            return made[0]
        dialog = SearchDialog(self.controller, parent=self)
        dialog.show()
        return dialog

    def open_backups(self) -> QDialog | None:
        if self._refused_meanwhile("backups"):
            return None
        from vault_app.gui.backups import BackupsDialog  # Lazy (start-up): see _open_dialog

        made = [shown for shown in self.findChildren(BackupsDialog) if shown.isVisible()]
        if made:  # one window, brought forward
            made[0].raise_()
            made[0].activateWindow()
            return made[0]
        # Not modal: Back up now runs beside the work (its "Please wait" blocks no window), and
        # a walker's open note was blocked, window-modal, for the whole backup of a big vault.
        dialog = BackupsDialog(self.controller, parent=self)
        dialog.show()
        return dialog

    def _refused_meanwhile(self, what: str) -> bool:
        """While a destruction runs beside the worker (its wizard not modal), what would write
        where it is purging or deleting is refused with its reason (destruction_meanwhile.py)."""
        if not self.controller.destruction_running:
            return False
        from vault_app.gui.destruction_meanwhile import refuse  # Lazy (start-up): see _open_dialog

        refuse(self, what)
        return True

    def open_open_export(self) -> QDialog | None:
        # The chart on screen, never one still loading: the whole chart leaves the practice, and
        # the dialog said nowhere whose (found on Xvfb; the export wizard always named it).
        client = self._chart.shown_client() if self._chart is not None else None
        if client is None:
            QMessageBox.information(self, QCoreApplication.translate("MainWindow", "Complete open export"),
                                    QCoreApplication.translate("MainWindow", "Open a chart first."))
            return None
        from vault_app.gui.open_export_dialog import OpenExportDialog  # Lazy (start-up): see _open_dialog

        # Bound before it is opened: the header put in once it was shown resized it on the screen.
        dialog = OpenExportDialog(self.controller, client.client_id, parent=self)
        title = QCoreApplication.translate("MainWindow", "Complete open export")
        bind_to_chart(dialog, client, title, self.privacy_mode)
        dialog.open()
        return dialog

    def open_import(self) -> QDialog | None:
        if self._refused_meanwhile("import"):
            return None
        from vault_app.gui.import_wizard import ImportWizard  # Lazy (start-up): see _open_dialog

        return self._open_dialog(ImportWizard, self._current_client())

    def open_settings(self) -> QDialog:
        from vault_app.gui.settings_dialog import SettingsDialog  # Lazy (start-up): see _open_dialog

        return self._open_dialog(SettingsDialog)

    def open_fees(self) -> QDialog:
        from vault_app.gui.fees_dialog import FeesDialog  # Lazy (start-up): see _open_dialog

        return self._open_dialog(FeesDialog)

    def open_change_passphrase(self) -> QDialog:
        from vault_app.gui.vault_keys_dialogs import ChangePassphraseDialog  # Lazy (start-up): see _open_dialog

        return self._open_dialog(ChangePassphraseDialog)

    def open_rekey(self) -> QDialog:
        from vault_app.gui.vault_keys_dialogs import RekeyDialog  # Lazy (start-up): see _open_dialog

        return self._open_dialog(RekeyDialog)

    def open_kit_check(self) -> QDialog:
        from vault_app.gui.kit_check import KitCheckDialog  # Lazy (start-up): see _open_dialog

        return self._open_dialog(KitCheckDialog)

    def open_another_vault(self) -> None:
        from vault_app.gui.vault_keys_dialogs import open_another_vault  # Lazy (start-up): see _open_dialog

        open_another_vault(self.controller, self)

    def open_accounting(self) -> QDialog | None:
        from vault_app.gui.accounting_dialog import AccountingDialog  # Lazy (start-up): see _open_dialog

        # The chart on screen only: with another still loading, the accounting was for that one
        # and the dialog named none.
        client = self._chart.shown_client() if self._chart is not None else None
        if client is None:
            # Said before any form, as the chart's other commands say it (main_window.act_on_chart): the
            # whole form opened, password and all, to say "Open a client's chart first." (a walker).
            self.status_line.passing(QCoreApplication.translate(
                "MainWindow", "Open a client's chart first (Ctrl+F finds a client)."))
            return None
        dialog = self._open_dialog(AccountingDialog, client.client_id)
        # It is produced for the chart on screen: the dialog says whose, as every chart's form
        # does (it said only "Accounting of disclosures", whichever chart was open).
        title = QCoreApplication.translate("MainWindow", "Accounting of disclosures")
        bind_to_chart(dialog, client, title, self.privacy_mode)
        return dialog

    def open_requests(self) -> QDialog:
        from vault_app.gui.open_requests_dialog import RequestsDialog  # Lazy (start-up): see _open_dialog

        return self._open_dialog(RequestsDialog, self._current_client())

    def open_holds(self) -> QDialog:
        from vault_app.gui.holds_dialog import HoldsDialog  # Lazy (start-up): see _open_dialog

        return self._open_dialog(HoldsDialog, self._current_client())

    def open_complaints(self) -> QDialog:
        from vault_app.gui.complaints_dialog import ComplaintsDialog  # Lazy (start-up): see _open_dialog

        return self._open_dialog(ComplaintsDialog)

    def open_decisions(self) -> QDialog:
        from vault_app.gui.disclosure_tabs import DecisionsDialog  # Lazy (start-up): see _open_dialog

        return self._open_dialog(DecisionsDialog)

    def open_destructions(self) -> QDialog:
        from vault_app.gui.destructions_dialog import DestructionsDialog  # Lazy (start-up): see _open_dialog

        made = [shown for shown in self.findChildren(DestructionsDialog) if shown.isVisible()]
        if made:  # not modal (a purge beside the worker leaves the notes open to typing): one window
            made[0].raise_()
            made[0].activateWindow()
            return made[0]
        return self._open_dialog(DestructionsDialog)

    def open_eligible(self) -> QDialog:
        from vault_app.gui.eligible_charts import EligibleDialog  # Lazy (start-up): see _open_dialog

        return self._open_dialog(EligibleDialog)

    def _current_client(self) -> str | None:
        return self._chart.client_id if self._chart is not None else None

    def show_shortcuts(self) -> None:
        from vault_app.gui.about import ShortcutsDialog  # Lazy (start-up): see _open_dialog

        ShortcutsDialog(self).open()

    def show_about(self) -> None:
        from vault_app.gui.about import AboutDialog  # Lazy (start-up): see _open_dialog

        AboutDialog(self).open()


__all__ = ["WorkflowWindows"]
