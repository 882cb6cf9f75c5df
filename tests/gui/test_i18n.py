"""Translations through Qt's machinery, read from Qt Linguist .ts files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from vault_app.gui.i18n import TsTranslator

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context><name>UnlockWindow</name>
  <message><source>Unlock</source><translation>Desbloquear</translation></message>
  <message><source>Quit</source><translation type="unfinished">Salir</translation></message>
</context>
</TS>"""


def test_finished_translations_answer_and_the_rest_falls_back_to_english(qtbot: object) -> None:
    translator = TsTranslator.from_ts(TS)
    app = QCoreApplication.instance()
    assert app is not None and len(translator) == 1
    app.installTranslator(translator)
    try:
        assert QCoreApplication.translate("UnlockWindow", "Unlock") == "Desbloquear"
        assert QCoreApplication.translate("UnlockWindow", "Quit") == "Quit"
        assert QCoreApplication.translate("MainWindow", "Unlock") == "Unlock"
    finally:
        app.removeTranslator(translator)


def test_the_unlock_main_window_and_note_editor_speak_spanish(unlocked_app: object, qtbot: object) -> None:
    from PySide6.QtWidgets import QMenu

    from tests.gui.test_chart import add_client
    from vault_app.gui import i18n
    from vault_app.gui.controller import AppController
    from vault_app.gui.unlock import UnlockWindow

    assert isinstance(unlocked_app, AppController)
    assert i18n.install("es") == "es"
    try:
        unlock = UnlockWindow(unlocked_app.folder)
        qtbot.addWidget(unlock)  # type: ignore[attr-defined]
        assert unlock.windowTitle() == "Desbloquear la bóveda"
        assert unlock.unlock_button.text() == "Desbloquear"

        window = unlocked_app.main_window
        assert window is not None
        add_client(unlocked_app, qtbot)
        editor = window.chart.new_note()
        assert editor is not None
        assert editor.windowTitle().startswith("Nota de evolución")
        assert editor.sign_button.text() == "Firmar y cerrar"
        editor.close()
        # Menus are built with the window: a second one, built with the translator installed,
        # is looked at and dropped (never closed: closing the main window means Quit).
        fresh = type(window)(unlocked_app)
        titles = [m.title() for m in fresh.menuBar().findChildren(QMenu)]
        assert "&Bóveda" in titles and "&Clientes" in titles
        fresh.deleteLater()
    finally:
        assert i18n.install("en") == "en"
    assert QCoreApplication.translate("UnlockWindow", "Unlock") == "Unlock"


def test_every_spanish_translation_is_finished() -> None:
    from importlib import resources

    text = resources.files("vault_app.gui.translations").joinpath("es.ts").read_text("utf-8")
    assert 'type="unfinished"' not in text
    assert len(TsTranslator.from_ts(text)) >= 80


# -- every screen that speaks Spanish says every one of its words in Spanish ----------------

# The contexts (Qt's name for a screen's strings: the class that calls tr, or the context given
# to translate) that must be in Spanish. Any other context es.ts translates at all is checked
# the same way: a context is translated whole or not at all, as a screen half in Spanish reads
# as broken. Other screens stay English for now (tests/gui/test_spanish_start.py).
SPANISH_CONTEXTS = frozenset({
    "MainWindow", "UnlockWindow", "QuickUnlockRow", "RecoverDialog", "NoteEditor", "NoteForm", "NoteGoalsBox",
    "ProgressFields", "AppController", "OpRunner", "PassphraseField",
    # the destruction (wizard, progress, the lock or quit that waits for it, the certificate)
    "DestructionWizard", "EligibilityPage", "BasisPage", "ConfirmPage", "CertificatePage", "EligibleDialog",
    "DestructionsDialog", "NotesPage", "ComplianceBox",
    # the progress-note templates' names and headings, and the editors' "name · chart" header
    "NoteTemplates", "ChartBinding",
    # the day's work: Today, the worklist, the agenda and its appointments, a client's account
    "DashboardPage", "WorklistPage", "AgendaPage", "AppointmentDialog", "AccountDialog",
    # the client list, the chart's heading and tab names, the fees
    "ClientListPanel", "ClientWords", "ChartView", "FeesDialog",
    # what is inside the chart's tabs, the stored words they show, the History tab's entries
    "OverviewTab", "SessionsTab", "AuthorizationsTab", "RevocationDialog", "DisclosuresTab", "RequestsTab",
    "RestrictionsPanel", "AttachmentsTab", "HistoryTab", "MeasuresTab", "TrendChart", "ChartWords", "HistoryWords",
    # the chart's dialogs: a new client, details, guardians, plan, a session's correction, the entry forms
    "ClientDialog", "ClientDetailsDialog", "GuardiansDialog", "PlanDialog", "SessionDialog", "AuthorizationDialog",
    "NewRequestDialog", "RestrictionRequestDialog", "RestrictionAnswerDialog", "RestrictionAnswerRow",
    "EndRestrictionDialog", "MeasureDialog", "OptionalDateField", "held", "RequestDetailDialog", "RequestsDialog",
    "GuardedDialog",
    # the disclosure gate's reasons, warnings and hints (gui/refusal_words_gate.py)
    "GateWords",
    # the Psychotherapy tab (its lock page, a draft's discard) and the Decisions tab; a signed note's
    # addendum or amendment, a note's session link
    "PsychotherapyTab", "NoteLockPage", "NoteDiscard", "DecisionList", "DecisionRecordDialog", "DecisionsDialog",
    "DecisionWords", "AmendDialog", "NoteSessionDialog", "SpellingMenu",
    # the status bar's reminders (a verified backup due, a security gap)
    "StatusWords",
    # Settings (its boxes: quick unlock, retention) and the first-run wizard's pages
    "SettingsDialog", "QuickUnlockBox", "RetentionBox", "CreateVaultWizard", "LocationPage", "AboutYouPage",
    "PassphrasePage", "StrengthMeter", "KeyringPage", "BackupPage", "CreatePage", "KitPage", "KitCheckPage",
    # the Backups screen (Vault > Backups…), its folder's warnings and the restore it opens
    "BackupsDialog", "RestoreDialog", "BackupWarnings",
    # the search window's word while its index is rebuilt beside the unlock
    "SearchIndexWords",
    "RefusalWordsRecords",  # the records side's refusals (gui/refusal_words_records.py)
    # the core's refusals of the legal side (requests, authorizations, restrictions, disclosures, export)
    "RefusalWordsLegal",
    # the export wizard (its pages, the legal basis and its evidence) and the confidentiality decision's
    # trigger, review and signed pages
    "ExportWizard", "WhatPage", "SavePage", "ReceiptPage", "BasisForm", "BasisWords", "DecisionDialog",
    "TriggerPage", "DecisionReviewPage", "DonePage",
    # the Legal holds window and a hold's reason wherever it is named
    "HoldsDialog", "HoldWords",
    # the import wizard's pages, the restore from a backup, Change passphrase, Replace every key and its new kit
    "ImportWizard", "SourcePage", "ReviewPage", "RunPage", "ReportPage", "RestoreFromBackupDialog", "RekeyDialog",
    "ChangePassphraseDialog", "NewPassphraseFields", "ZxcvbnMeter", "EmergencyKitDialog",
    # the access copy, the accounting, a disclosure made outside, the open export, a document (viewer, rename),
    # the file choosers, Help's windows, Open another vault and the warm-up's never-shown words
    "AccessCopyDialog", "AccountingDialog", "ManualDisclosureDialog", "OpenExportDialog", "AttachmentEditDialog",
    "AttachmentViewer", "FileDialogs", "ShortcutsDialog", "LicencesDialog", "AboutDialog", "tabs", "window",
    "VaultKeys",
    # the confidentiality decision's step pages, their guided prompts and the jurisdiction settings
    "StepPage", "DutyPage", "ExceptionPage", "AskPage", "LawPage", "ReasoningPage", "OutcomePage", "ClientPage",
    "decision_pages", "DecisionPromptWords", "JurisdictionDialog",
})


def _messages(ts_text: str, *, finished_only: bool) -> dict[str, set[str]]:
    import xml.etree.ElementTree as ET

    found: dict[str, set[str]] = {}
    for context in ET.fromstring(ts_text).iter("context"):  # noqa: S314 - our own files
        sources = found.setdefault(context.findtext("name", ""), set())
        for message in context.iter("message"):
            translation = message.find("translation")
            if finished_only and (translation is None or not translation.text
                                  or translation.get("type") in ("unfinished", "obsolete", "vanished")):
                continue
            sources.add(message.findtext("source") or "")
    return found


def _strings_in_the_code(tmp_path: Path) -> dict[str, set[str]]:
    """Every tr()/translate()/QT_TRANSLATE_NOOP string of the GUI, by context, as Qt's own
    extractor (pyside6-lupdate, shipped in the PySide6 wheel) finds it."""
    import subprocess

    import PySide6

    lupdate = Path(PySide6.__file__).parent / "lupdate"
    assert lupdate.exists(), f"{lupdate} is part of the PySide6 wheel"
    out = tmp_path / "code.ts"
    gui = Path(__file__).resolve().parents[2] / "vault_app" / "gui"
    subprocess.run([str(lupdate), *sorted(str(p) for p in gui.glob("*.py")), "-ts", str(out)],
                   check=True, capture_output=True, timeout=120)
    return _messages(out.read_text("utf-8"), finished_only=False)


def _spanish() -> dict[str, set[str]]:
    from importlib import resources

    return _messages(resources.files("vault_app.gui.translations").joinpath("es.ts").read_text("utf-8"),
                     finished_only=True)


def _missing(code: dict[str, set[str]], spanish: dict[str, set[str]], contexts: frozenset[str]) -> list[str]:
    return sorted(f"{context}: {source!r}" for context in contexts
                  for source in code.get(context, set()) - spanish.get(context, set()))


def test_every_string_of_a_spanish_screen_has_its_spanish(tmp_path: Path) -> None:
    """A new or reworded tr() string on a translated screen fails here until es.ts has it
    (otherwise it shows in English among Spanish, and a reworded one loses its translation)."""
    code, spanish = _strings_in_the_code(tmp_path), _spanish()
    assert not sorted(SPANISH_CONTEXTS - code.keys()), "a context listed here is gone from the code"
    checked = SPANISH_CONTEXTS | {context for context, sources in spanish.items() if sources}
    assert _missing(code, spanish, checked) == []
    # Nothing in es.ts that the code no longer says: a left-over hides a reworded string.
    stale = sorted(f"{c}: {s!r}" for c in spanish for s in spanish[c] - code.get(c, set()))
    assert stale == []


def test_the_completeness_check_sees_a_string_without_spanish() -> None:
    code = {"ConfirmPage": {"Confirm", "Destroy permanently"}, "Elsewhere": {"English only"}}
    spanish = {"ConfirmPage": {"Confirm"}}
    assert _missing(code, spanish, frozenset({"ConfirmPage"})) == ["ConfirmPage: 'Destroy permanently'"]
    assert _messages(TS, finished_only=True) == {"UnlockWindow": {"Unlock"}}
