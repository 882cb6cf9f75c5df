"""Every form built with forms.action_buttons: its action, Cancel and the labels of its fields
each have an Alt letter, and no two of one window's letters are the same, in English and in
Spanish. Found walking the real app by keyboard: Save and Cancel had none, nor New client's
field labels (Tab after Tab, or the mouse). The forms are found in the source (every class that
calls action_buttons), so a new one is walked too or this test says it was left out."""

from __future__ import annotations

import ast
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMainWindow, QMessageBox, QPushButton, QTabWidget, QWidget

import vault_app.gui
from tests.gui.conftest import unlock, wait_ops
from tests.gui.test_window_mnemonics import language  # noqa: F401  (the fixture: the app's language)
from vault_app.gui.controller import AppController
from vault_app.gui.widgets import FAINT, form_letters, mnemonic_of, underlined

pytestmark = pytest.mark.gui

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 32


def _classes_with_action_buttons() -> set[str]:
    found = set()
    for path in Path(vault_app.gui.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                    isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "action_buttons"
                    for n in ast.walk(node)):
                found.add(node.name)
    return found


def _classes_with_a_form_and_no_action_buttons() -> set[str]:
    """Dialogs that lay out fields (a QFormLayout) without action_buttons: the Account window was
    one, walked by nobody, with no Alt letter at all (found by a walker: Make the PDF took many Tabs)."""
    found = set()
    for path in Path(vault_app.gui.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            # GuardedDialog too (a QDialog whose Escape asks): Settings was one, walked by nobody
            # (a walker's Alt+C, Cancel's letter, closed it with the practice typed).
            if not (isinstance(node, ast.ClassDef) and any(
                    isinstance(b, ast.Name) and b.id in ("QDialog", "GuardedDialog") for b in node.bases)):
                continue
            called = {n.func.id for n in ast.walk(node) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)}
            if "QFormLayout" in called and "action_buttons" not in called:
                found.add(node.name)
    return found


# Not walked yet, each said; a new one is not let in silently. (Recover with Emergency Kit,
# Record a revocation, Restore from a backup, Jurisdiction settings, Guardians and the request
# letter's Save were, until a walker found them letterless or walked by nobody.)
NOT_WALKED_YET: set[str] = set()


def _typed_in_one_stroke(name: str, text: str, letter: str, letters: list[str]) -> None:
    """An accented letter (Alt+ó, Alt+é: two strokes on a Spanish keyboard, so Alt never reaches
    them) only when every plain letter of the words is another's: a walker found "Tel&éfono",
    "correo electr&ónico" and "Direcci&ón" with plain letters of theirs free."""
    # Left: the Measure window gives its items letters as each measure is shown, greedily (the
    # PHQ-9's "energ&ía" there); and Restriction request's "pidi&ó" (letters re-given after); see the report.
    plain = {c.casefold() for c in text if c.isalpha() and c.isascii()}
    assert letter.isascii() or name in ("MeasureDialog", "RestrictionRequestDialog") or plain <= set(letters), \
        (name, text, letter)


def _other_forms(app: AppController) -> dict[str, Callable[[], QDialog]]:
    from vault_app.gui.account_dialog import AccountDialog
    from vault_app.gui.accounting_dialog import AccountingDialog
    from vault_app.gui.appointment_dialog import AppointmentDialog
    from vault_app.gui.backups import BackupsDialog
    from vault_app.gui.closure_notice_dialog import ClosureNoticeDialog
    from vault_app.gui.decision_settings import JurisdictionDialog
    from vault_app.gui.fees_dialog import FeesDialog
    from vault_app.gui.guardians_dialog import GuardiansDialog
    from vault_app.gui.holds_dialog import HoldsDialog
    from vault_app.gui.kit_check import KitCheckDialog
    from vault_app.gui.open_export_dialog import OpenExportDialog
    from vault_app.gui.recover_dialog import RecoverDialog
    from vault_app.gui.request_denial_dialog import DenialDialog
    from vault_app.gui.request_letter_save import LetterSaveDialog
    from vault_app.gui.requests_dialog import denial_choices
    from vault_app.gui.restore_dialog import RestoreFromBackupDialog
    from vault_app.gui.revocation_dialog import RevocationDialog
    from vault_app.gui.settings_dialog import SettingsDialog
    from vault_app.gui.snippets_dialog import SnippetsDialog
    from vault_app.services import clients, practice, requests

    window = app.main_window
    vault = app.vault
    assert vault is not None
    jurisdiction = practice.load(vault).jurisdiction
    minor = clients.create_client(vault, "Gwen Guardianed", date_of_birth="2014-02-03")
    practice.update(vault, practice_name="Oakes Therapy", phone="555-0100")  # a letter names them
    denied = requests.add_request(vault, minor.client_id, kind="access", received_on=date(2026, 12, 1))
    requests.deny_request(vault, denied.id, grounds=["harm_to_other_person"], denied="the notes naming the brother")
    client = clients.create_client(vault, "Otto Account", chart_number="OA-1", date_of_birth="1980-02-03")
    return {
        "AccountDialog": lambda: AccountDialog(app, client.client_id, chart_number="OA-1", parent=window),
        "AccountingDialog": lambda: AccountingDialog(app, client.client_id, parent=window),
        "BackupsDialog": lambda: BackupsDialog(app, parent=window),
        "ClosureNoticeDialog": lambda: ClosureNoticeDialog(app, parent=window),
        "DenialDialog": lambda: DenialDialog(denial_choices("access"), parent=window),
        "KitCheckDialog": lambda: KitCheckDialog(app, parent=window),
        "RecoverDialog": lambda: RecoverDialog(app.folder, parent=window),
        "RevocationDialog": lambda: RevocationDialog(app, "no-authorization", "Otto Account, 2026", parent=window),
        "RestoreFromBackupDialog": lambda: RestoreFromBackupDialog(app.folder, may_replace=False, parent=window),
        "SettingsDialog": lambda: SettingsDialog(app, parent=window),
        "HoldsDialog": lambda: HoldsDialog(app, client.client_id, parent=window),
        "FeesDialog": lambda: FeesDialog(app, parent=window),
        "SnippetsDialog": lambda: SnippetsDialog(app, parent=window),
        "OpenExportDialog": lambda: OpenExportDialog(app, client.client_id, parent=window),
        "AppointmentDialog": lambda: AppointmentDialog(app, day=date(2026, 12, 7), parent=window),
        # Its state's minors' rule offered (a row shown for some states only), as in the chart's decision
        "JurisdictionDialog": lambda: JurisdictionDialog(app, jurisdiction, parent=window, license_state="CA"),
        "GuardiansDialog": lambda: GuardiansDialog(app, clients.read_chart(vault, minor.client_id), parent=window),
        "LetterSaveDialog": lambda: LetterSaveDialog(app, denied.id, [
            (str(k["letter_id"]), str(k["kind"])) for k in requests.letters(vault, denied.id)], parent=window),
    }


def test_every_other_form_has_letters_of_its_own(language: str, locked_app: AppController, qtbot) -> None:  # noqa: F811
    """Each field label (with its field) and button an Alt letter, none twice in a window, none
    under a faint letter (I, i, l, J, j: widgets.FAINT), in English and in Spanish."""
    unlock(locked_app, qtbot)
    forms = _other_forms(locked_app)
    assert set(forms) | NOT_WALKED_YET == _classes_with_a_form_and_no_action_buttons(), \
        "a dialog with a form is not walked here"
    for name, make in forms.items():
        dialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        wait_ops(qtbot)
        # A dialog of pages (Settings): each page with the buttons beneath it, one at a time as seen.
        tabs = dialog.findChildren(QTabWidget)
        for page in range(tabs[0].count() if tabs else 1):
            if tabs:
                tabs[0].setCurrentIndex(page)
            found = [(w.text(), letter) for w, letter in form_letters(dialog) if w.isVisibleTo(dialog)]
            letters = [letter for _text, letter in found if letter]
            assert len(set(letters)) == len(letters), (name, page, sorted(found, key=lambda f: f[1]))
            for text, letter in found:
                assert letter or {c.casefold() for c in text if c.isalpha()} <= set(letters), (name, text, found)
                assert underlined(text) not in FAINT or not letter, (name, text, found)
                _typed_in_one_stroke(name, text, letter, letters)
        dialog.reject()
        dialog.deleteLater()
        wait_ops(qtbot)


def _forms(app: AppController, tmp_path: Path) -> dict[str, Callable[[], QDialog]]:
    from vault_app.gui.access_copy_dialog import AccessCopyDialog
    from vault_app.gui.accounting_suspensions import SuspensionAddDialog
    from vault_app.gui.amend_dialog import AmendDialog
    from vault_app.gui.attachment_edit_dialog import AttachmentEditDialog
    from vault_app.gui.auth_dialog import AuthorizationDialog
    from vault_app.gui.backups import RestoreDialog
    from vault_app.gui.case_dialog import CaseDialog
    from vault_app.gui.client_details import ClientDetailsDialog
    from vault_app.gui.client_dialog import ClientDialog
    from vault_app.gui.complaints_dialog import ComplaintDialog
    from vault_app.gui.joint_held_dialog import JointHeldDialog
    from vault_app.gui.manual_disclosure import ManualDisclosureDialog
    from vault_app.gui.measure_dialog import MeasureDialog
    from vault_app.gui.new_request_dialog import NewRequestDialog
    from vault_app.gui.note_session_dialog import NoteSessionDialog
    from vault_app.gui.plan_dialog import PlanDialog
    from vault_app.gui.request_disagreement import InclusionDialog, StatementDialog
    from vault_app.gui.request_inspection import InspectionDialog
    from vault_app.gui.request_review_row import ReviewDecideDialog, ReviewReferDialog
    from vault_app.gui.restriction_dialogs import (
        EndRestrictionDialog,
        RestrictionAnswerDialog,
        RestrictionRequestDialog,
    )
    from vault_app.gui.session_dialog import SessionDialog
    from vault_app.gui.vault_keys_dialogs import ChangePassphraseDialog, RekeyDialog
    from vault_app.services import attachments, clients, notes, requests, restrictions, sessions

    window = app.main_window
    vault = app.vault
    assert vault is not None
    client_id = clients.create_client(vault, "Mona Mnemonic", date_of_birth="1980-02-03").client_id
    day = date(2026, 11, 2)

    def held() -> JointHeldDialog:
        members = [clients.create_client(vault, name, date_of_birth="1980-01-01").client_id
                   for name in ("Ana Mnemonic", "Luis Mnemonic")]
        case = clients.create_case(vault, "Ana y Luis", members, kind="couple")
        note = notes.create_progress_note(vault, case.case_id, text="Seen together.", note_date=day)
        return JointHeldDialog(app, case.case_id, note.note_id, parent=window)

    def restriction() -> object:
        return restrictions.request_restriction(vault, client_id, kind="other", description="No calls at work",
                                                requested_on=day)

    return {
        "ClientDialog": lambda: ClientDialog(app, parent=window),
        "CaseDialog": lambda: CaseDialog(app, parent=window),
        "ClientDetailsDialog": lambda: ClientDetailsDialog(app, clients.get_client(vault, client_id), parent=window),
        "SessionDialog": lambda: SessionDialog(app, sessions.add_session(vault, client_id, date=day,
                                                                         duration_minutes=50), parent=window),
        "NoteSessionDialog": lambda: NoteSessionDialog(
            app, notes.create_progress_note(vault, client_id, text="Seen.", note_date=day).note_id, parent=window),
        "PlanDialog": lambda: PlanDialog(app, client_id, None, parent=window),
        "AuthorizationDialog": lambda: AuthorizationDialog(app, client_id, parent=window),
        "ManualDisclosureDialog": lambda: ManualDisclosureDialog(app, client_id, parent=window),
        "MeasureDialog": lambda: MeasureDialog(app, client_id, parent=window),
        "NewRequestDialog": lambda: NewRequestDialog(app, client_id, parent=window),
        "AccessCopyDialog": lambda: AccessCopyDialog(app, requests.add_request(
            vault, client_id, kind="access", received_on=day).id, parent=window),
        "RestrictionRequestDialog": lambda: RestrictionRequestDialog(app, client_id, parent=window),
        "RestrictionAnswerDialog": lambda: RestrictionAnswerDialog(app, restriction(), "No calls", parent=window),
        "EndRestrictionDialog": lambda: EndRestrictionDialog(app, restrictions.decide(
            vault, restriction().restriction_id, agree=True, decided_on=day), "No calls", parent=window),
        "AttachmentEditDialog": lambda: AttachmentEditDialog(app, attachments.add_attachment(
            vault, client_id, PNG, kind="consent", filename="c.png"), parent=window),
        "AmendDialog": lambda: AmendDialog(app, "no-note-yet", "progress", parent=window),
        "RestoreDialog": lambda: RestoreDialog(app, tmp_path / "vault-backup-1.vaultbackup"),
        "ChangePassphraseDialog": lambda: ChangePassphraseDialog(app, parent=window),
        "RekeyDialog": lambda: RekeyDialog(app, parent=window),
        "JointHeldDialog": held,
        "StatementDialog": lambda: StatementDialog(app, "no-request-yet", rebuttal=False, parent=window),
        "InclusionDialog": lambda: InclusionDialog(app, "no-request-yet", parent=window),
        "ReviewReferDialog": lambda: ReviewReferDialog(app, "no-request-yet", parent=window),
        "ReviewDecideDialog": lambda: ReviewDecideDialog(app, "no-request-yet", "Dr. Ines Calder", parent=window),
        "InspectionDialog": lambda: InspectionDialog(app, "no-request-yet", parent=window),
        "SuspensionAddDialog": lambda: SuspensionAddDialog(app, client_id, parent=window),
        "ComplaintDialog": lambda: ComplaintDialog(app, parent=window),
    }


def test_every_form_has_letters_of_its_own(language: str, locked_app: AppController, qtbot,  # noqa: F811
                                           tmp_path: Path) -> None:
    unlock(locked_app, qtbot)
    forms = _forms(locked_app, tmp_path)
    assert set(forms) == _classes_with_action_buttons(), "a form built with action_buttons is not walked here"
    for name, make in forms.items():
        dialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        wait_ops(qtbot)
        boxes = [b for b in dialog.findChildren(QDialogButtonBox) if b.standardButtons()
                 & QDialogButtonBox.StandardButton.Cancel]
        cancel = boxes[-1].button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None
        assert ("Cancelar" in cancel.text().replace("&", "")) == (language == "es"), (name, cancel.text())
        found = [(w.text(), letter) for w, letter in form_letters(dialog)]
        letters = [letter for _text, letter in found if letter]
        assert len(set(letters)) == len(letters), (name, sorted(found, key=lambda f: f[1]))
        action = next(b for b in boxes[-1].buttons() if b is not cancel)
        assert mnemonic_of(cancel.text()) and mnemonic_of(action.text()), (name, cancel.text(), action.text())
        # One without a letter only where every letter of its words is another's: a long form
        # (Edit details) has more buttons and fields than there are letters.
        for text, letter in found:
            assert letter or {c.casefold() for c in text if c.isalpha()} <= set(letters), (name, text, found)
            _typed_in_one_stroke(name, text, letter, letters)
        if name in ("ClientDialog", "CaseDialog"):
            assert all(letter for _text, letter in found), found
        dialog.reject()
        dialog.deleteLater()
        wait_ops(qtbot)


def _window_letters(window: QMainWindow) -> list[tuple[QWidget, str]]:
    """The menu bar's letters and those of the window's buttons and field labels one sees now."""
    found: list[tuple[QWidget, str]] = [(window.menuBar(), mnemonic_of(a.text())) for a in window.menuBar().actions()]
    return found + [(w, letter) for w, letter in form_letters(window) if w.isVisible()]


def test_each_chart_tab_s_letters_are_its_own(
        language: str, locked_app: AppController, qtbot) -> None:  # noqa: F811
    """With each tab of a chart shown, no letter twice among the menu bar, the client list, the
    chart's header buttons and that tab's buttons and labels; and Export or disclose not on the first
    letter of a tab's button where a letter of its own words was free. Found by a walker: "Export
    &or disclose" took the O, "O&pen" had the P, and Alt+O on the Requests tab opened the export
    rather than the selected request."""
    from tests.gui.test_chart import add_client

    window = unlock(locked_app, qtbot)
    add_client(locked_app, qtbot, name="Tabitha Letters")
    chart = window.chart
    outside = {mnemonic_of(a.text()) for a in window.menuBar().actions()} | {
        mnemonic_of(b.text()) for b in (window.client_list.new_button, window.client_list.more_button,
                                        chart.note_button)}
    for i in range(chart.tabs.count()):
        chart.tabs.setCurrentIndex(i)
        wait_ops(qtbot)
        page = chart.tabs.widget(i)
        qtbot.waitUntil(page.isVisible)
        found = _window_letters(window)
        letters = [letter for _w, letter in found if letter]
        assert len(set(letters)) == len(letters), (chart.tabs.tabText(i), sorted(
            ((getattr(w, "text", lambda: "menu")(), letter) for w, letter in found if letter), key=lambda f: f[1]))
        firsts = {b.text().replace("&", "")[0].casefold() for b in page.findChildren(QPushButton)
                  if b.isVisible() and b.text().replace("&", "")[:1].isalpha()}
        header = chart.export_button  # New note keeps its E: the Overview's labels need the rest
        mine = {c.casefold() for c in header.text() if c.isalpha()}
        assert mnemonic_of(header.text()) not in firsts or mine <= (outside | firsts), (
            chart.tabs.tabText(i), header.text(), sorted(firsts))
    if language == "en":
        open_button = chart.requests.open_button
        assert mnemonic_of(open_button.text()) == "o", open_button.text()


def test_a_confirmation_s_answer_is_not_the_letter_that_asked_it(
        language: str, locked_app: AppController, qtbot) -> None:  # noqa: F811
    """Withdrawn on an open request asks first; its answer on the same letter as Withdrawn made a
    double Alt+R (Spanish: "&Retirada", then "&Registrar como retirada") close the request and
    stop its deadline (found by a walker). The answer keeps off the window's letters beneath."""
    from vault_app.gui.requests_dialog import RequestDetailDialog
    from vault_app.services import clients, requests

    unlock(locked_app, qtbot)
    vault = locked_app.vault
    assert vault is not None
    client_id = clients.create_client(vault, "Rita Withdrawn", date_of_birth="1980-02-03").client_id
    request_id = requests.add_request(vault, client_id, kind="access", received_on=date(2026, 12, 1)).id
    dialog = RequestDetailDialog(locked_app, request_id, parent=locked_app.main_window)
    dialog.show()
    qtbot.waitExposed(dialog)
    wait_ops(qtbot)
    beneath = {letter for w, letter in form_letters(dialog) if letter and w.isVisible()}
    assert mnemonic_of(dialog.withdraw_button.text()) in beneath, dialog.withdraw_button.text()
    box = dialog.withdraw()
    qtbot.waitExposed(box)
    answers = [b.text() for b in box.buttons()]
    accept = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    assert mnemonic_of(accept.text()) and mnemonic_of(accept.text()) not in beneath, (
        answers, dialog.withdraw_button.text())
    box.reject()
    dialog.reject()
    wait_ops(qtbot)


def test_sign_and_lock_is_one_letter_in_the_note_window_and_on_the_psychotherapy_tab(
        language: str, locked_app: AppController, qtbot) -> None:  # noqa: F811
    """One action, one letter: in Spanish "Firmar y sellar" was Alt+Y in the progress note and
    Alt+F on the Psicoterapia tab (found by a walker)."""
    from tests.gui.test_chart import add_client
    from vault_app.gui.note_editor import NoteEditor

    window = unlock(locked_app, qtbot)
    add_client(locked_app, qtbot, name="Saul Signletter")
    editor = window.chart.new_note()
    assert isinstance(editor, NoteEditor)
    qtbot.waitExposed(editor)
    wait_ops(qtbot)
    in_note = editor.form.sign_button.text()
    on_tab = window.chart.psychotherapy.sign_button.text()
    assert in_note.replace("&", "") == on_tab.replace("&", "") and mnemonic_of(in_note) == mnemonic_of(on_tab), \
        (in_note, on_tab, sorted((letter, w.text()) for w, letter in form_letters(editor) if letter))
    editor.close()
    wait_ops(qtbot)
