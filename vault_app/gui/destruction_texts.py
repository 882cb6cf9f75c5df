"""The sentences a destruction leaves on screen: the certificate page, the status bar, and
the unlock window after a lock that waited for it (destruction_wizard.py shows them)."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication

from vault_app.domain.errors import VaultError
from vault_app.gui.certificate_words import count_phrase
from vault_app.gui.dates import show_date, show_moment
from vault_app.gui.i18n import QT_TRANSLATE_NOOP
from vault_app.gui.refusal_words import SAYS, refusal_words
from vault_app.services.destruction_left import COPY_BESIDE, RESTORED_FROM
from vault_app.services.destruction_progress import Step


def result_word(result: str) -> str:
    """The verification's result ("passed"/"failed" in the certificate, which stays in
    English for good) in the screen's language."""
    words = {"passed": QCoreApplication.translate("CertificatePage", "passed"),
             "failed": QCoreApplication.translate("CertificatePage", "failed")}
    return words.get(result, result)


def outcome_text(cert: dict[str, Any]) -> str:
    """The status bar's sentence once the wizard has destroyed a chart (or notes of one)."""
    records = cert.get("records") or {}
    chart = records.get("chart_number", cert.get("chart_number", ""))
    result = str((cert.get("verification") or {}).get("result", ""))
    notes, kept = _notes_destroyed(cert), _kept_destroyed(cert)
    if notes or kept:
        what = destroyed_words(notes, kept)
        if result == "passed":
            return QCoreApplication.translate("DestructionWizard", "Chart {0}: {1} destroyed and verified.").format(
                chart, what)
        return QCoreApplication.translate("DestructionWizard", "Chart {0}: {1} destroyed. Verification: {2}.").format(
            chart, what, result_word(result))
    if result == "passed":
        return QCoreApplication.translate("DestructionWizard", "Chart {0} destroyed and verified.").format(chart)
    return QCoreApplication.translate("DestructionWizard", "Chart {0} destroyed. Verification: {1}.").format(
        chart, result_word(result))


def lock_outcome_text(cert: dict[str, Any] | None, *, failed: bool) -> str:
    """What the unlock window says of a destruction a lock waited for. It is shown on the locked
    screen, so it names no chart: the certificate is in the ledger, the chart gone either way."""
    if cert is not None:
        if str((cert.get("verification") or {}).get("result", "")) == "passed":
            return QCoreApplication.translate("DestructionWizard", "The destruction finished and verified before the "
                                              "lock.")
        return QCoreApplication.translate("DestructionWizard", "The destruction finished before the lock; see its "
                                          "verification in Records > Destructions and certificates.")
    if failed:
        return QCoreApplication.translate("DestructionWizard", "The destruction did not complete before the lock; "
                                          "Records > Destructions and certificates says why.")
    return ""


def step_words(step: Step) -> str:
    """The step a running destruction is on (the wizard's page, Records > Destructions' Finish now)."""
    if step.phase == "backup":
        return QCoreApplication.translate("ConfirmPage", "Purging backup {0} of {1}…").format(step.backup,
                                                                                           step.backups)
    words = {
        "retain": QCoreApplication.translate("ConfirmPage", "Keeping the records the law requires after a "
                                                            "destruction…"),
        "delete": QCoreApplication.translate("ConfirmPage", "Deleting the chart's records…"),
        "compact": QCoreApplication.translate("ConfirmPage", "Compacting the vault files…"),
        "rekey": QCoreApplication.translate("ConfirmPage", "Re-encrypting the vault under fresh keys…"),
        "crypto_erase": QCoreApplication.translate("ConfirmPage", "Crypto-erasing the attachments…"),
        "search": QCoreApplication.translate("ConfirmPage", "Searching the vault for any trace of the chart…"),
        "structural": QCoreApplication.translate("ConfirmPage", "Checking the vault's structure and keys…"),
        "sign": QCoreApplication.translate("ConfirmPage", "Signing the certificate…"),
        "new_backup": QCoreApplication.translate("ConfirmPage", "Making a new backup, so that an older copy of "
                                                                "the vault put back knows of this destruction…"),
    }
    said = words.get(step.phase, QCoreApplication.translate("ConfirmPage", "Destroying the chart…"))
    if step.parts > 1:  # one step per compartment: which one (the same line twice read as a repeat)
        said = QCoreApplication.translate("ConfirmPage", "{0} (part {1} of {2})").format(
            said.removesuffix("…"), step.part, step.parts) + "…"
    return said


def destroyed_words(notes: int, pdfs: int) -> str:
    """"2 psychotherapy notes, 1 original PDF kept …": what a notes-only destruction takes, as
    the Confirm page asks it (destruction_notes.NotesPage.what) and the outcome says it."""
    return ", ".join([*([count_phrase("psychotherapy_notes", notes)] if notes else []),
                      *([count_phrase("psychotherapy_kept_originals", pdfs)] if pdfs else [])])


def _notes_destroyed(cert: dict[str, Any]) -> int:
    records = cert.get("records") or {}
    return len(records.get("note_ids") or cert.get("note_ids") or [])


def _kept_destroyed(cert: dict[str, Any]) -> int:
    """The kept original PDFs that went (services/destruction.py names them in extra)."""
    return len(((cert.get("extra") or {}).get("kept_original_pdfs") or {}).get("destroyed") or [])


def opening_text(cert: dict[str, Any]) -> str:
    """What went, as the certificate's PDF opens (its signed sentence stays in English): "the
    psychotherapy notes" was said of a kept original PDF that went alone."""
    records = cert.get("records") or {}
    if records.get("scope", cert.get("scope")) == "chart":
        return QCoreApplication.translate("CertificatePage", "The chart described below was destroyed.")
    notes, pdfs = _notes_destroyed(cert), _kept_destroyed(cert)
    # (notes, PDFs), each none, one or more: Spanish agrees its articles and words with each number.
    sentence = {
        ("one", "none"): _OPENINGS[0], ("many", "none"): _OPENINGS[1], ("none", "none"): _OPENINGS[1],
        ("none", "one"): _OPENINGS[2], ("none", "many"): _OPENINGS[3],
        ("one", "one"): _OPENINGS[4], ("one", "many"): _OPENINGS[5],
        ("many", "one"): _OPENINGS[6], ("many", "many"): _OPENINGS[7],
    }[(_how_many(notes), _how_many(pdfs))]
    return QCoreApplication.translate("CertificatePage", sentence)


def _how_many(n: int) -> str:
    return "none" if n == 0 else "one" if n == 1 else "many"


_OPENINGS = (
    QT_TRANSLATE_NOOP("CertificatePage", "The psychotherapy note described below was destroyed."),
    QT_TRANSLATE_NOOP("CertificatePage", "The psychotherapy notes described below were destroyed."),
    QT_TRANSLATE_NOOP("CertificatePage", "The kept original PDF described below was destroyed."),
    QT_TRANSLATE_NOOP("CertificatePage", "The kept original PDFs described below were destroyed."),
    QT_TRANSLATE_NOOP("CertificatePage", "The psychotherapy note and kept original PDF "
                                         "described below were destroyed."),
    QT_TRANSLATE_NOOP("CertificatePage", "The psychotherapy note and kept original PDFs "
                                         "described below were destroyed."),
    QT_TRANSLATE_NOOP("CertificatePage", "The psychotherapy notes and kept original PDF "
                                         "described below were destroyed."),
    QT_TRANSLATE_NOOP("CertificatePage", "The psychotherapy notes and kept original PDFs "
                                         "described below were destroyed."),
)


def certificate_text(cert: dict[str, Any]) -> str:
    records = cert.get("records") or {}
    verification = cert.get("verification") or {}
    counts = records.get("counts") or cert.get("counts") or {}
    dates = records.get("inclusive_dates") or cert.get("inclusive_dates") or {}
    count_text = ", ".join(count_phrase(str(k), int(v)) for k, v in counts.items())
    chart = records.get("chart_number", cert.get("chart_number", ""))
    # On this computer's clock, its zone always named (as the PDF printed here says it): the signed
    # certificate keeps UTC, and a practice's clock elsewhere is never read into it.
    completed = show_moment(str(cert.get("completed_at", "")), zone=True)
    # A chart with nothing dated (documents only) has no range to show: "from  to" read as broken.
    span = QCoreApplication.translate("CertificatePage", "records from {0} to {1}").format(
        show_date(dates.get("from")), show_date(dates.get("to"))) if dates.get("from") and dates.get("to") \
        else QCoreApplication.translate("CertificatePage", "records")
    return html.escape(opening_text(cert)) + "<br><br>" + QCoreApplication.translate(
        "CertificatePage",
        "Certificate <b>{0}</b><br>Chart {1}, {2}: {3}.<br>Completed {4}.<br>"
        "Verification: <b>{5}</b>.<br><br>The certificate is kept in the ledger for good and is signed with this "
        "vault's key. Copies disclosed earlier, and copies outside this app, are listed in it as not reachable.",
    ).format(cert.get("certificate_id", ""), chart, span, count_text, completed,
             result_word(str(verification.get("result", "")))) + _kept_text(cert) + _backups_text(verification) \
        + _backup_after_text(cert.get("backup_after"))


def _backup_after_text(after: Any) -> str:
    """The last page's words of the new backup (backup_after_said), the failure in bold."""
    said = backup_after_said(after)
    if not said:
        return ""
    made = isinstance(after, dict) and after.get("made")
    return "<br><br>" + (html.escape(said) if made else f"<b>{html.escape(said)}</b>")


def backup_after_said(after: Any) -> str:
    """The new backup the destruction made once it purged the backups (services/destruction_new_backup.py),
    or, plainly, that none could be made: an older copy put back would not know of the destruction.
    The wizard's last page and Finish now's line (destructions_jobs.py) alike; "" where none was due."""
    if not isinstance(after, dict):
        return ""
    if after.get("made"):
        return QCoreApplication.translate(
            "CertificatePage", "A new backup was made so that an older copy of this vault, put back, knows of "
            "this destruction.")
    return QCoreApplication.translate(
        "CertificatePage", "No new backup could be made ({0}): an older copy of this vault put back would not "
        "know of this destruction and would still show what it destroyed. Make a backup now (Vault > Backups… > "
        "Back up now)."
    ).format(_why_no_backup(after))


def _why_no_backup(after: dict[str, Any]) -> str:
    """Why, in the screen's language by its code and params where the refusal words know it; else as
    the core said it (an older result kept no params)."""
    code, params, error = str(after.get("code") or ""), after.get("params"), str(after.get("error", ""))
    source = SAYS.get(code)
    if source is None or not isinstance(params, dict):
        return error
    try:
        english = source.format(**params)
    except (KeyError, IndexError, ValueError):
        return error
    return refusal_words(VaultError(english, code=code, params=params))[0].rstrip(".")


def _kept_text(cert: dict[str, Any]) -> str:
    """Notes destroyed without a kept original PDF: said, not left to guess (the counts name those destroyed)."""
    kept = (cert.get("extra") or {}).get("kept_original_pdfs")
    if kept is None or kept.get("destroyed"):
        return ""
    return "<br><br>" + QCoreApplication.translate("CertificatePage", "No original PDF kept from a discarded "
                                                   "psychotherapy draft was destroyed with these notes.")


def _backups_text(verification: dict[str, Any]) -> str:
    """The backups the destruction purged, and those it could not reach, which still hold the
    chart: the page said nothing of them (found on Xvfb), only the certificate's PDF did."""
    purged = sum(1 for b in verification.get("backups") or [] if b.get("status") == "purged")
    away = [str(b.get("path", "")) for b in verification.get("backups_not_reachable") or []]
    n_away = len(away)  # a call as translate's count hid the string from lupdate
    said = []
    if purged:
        said.append(QCoreApplication.translate("CertificatePage", "%n backup was purged too.", "", purged)
                    if purged == 1 else
                    QCoreApplication.translate("CertificatePage", "%n backups were purged too.", "", purged))
    if away:
        listed = "<br>".join(html.escape(path) for path in away)
        still = (QCoreApplication.translate("CertificatePage", "%n registered backup was not reachable and still "
                                            "holds the chart:", "", n_away) if n_away == 1 else
                 QCoreApplication.translate("CertificatePage", "%n registered backups were not reachable and still "
                                            "hold the chart:", "", n_away))
        then = QCoreApplication.translate("CertificatePage", "Connect their drive, then choose Records > Destructions "
                                                             "and certificates > Purge the backups now.")
        said.append(f"{still}<br>{listed}<br>{then}")
    beyond = [str(c.get("path", "")) for c in verification.get("unfinished_copies_beyond_reach") or []]
    if beyond:  # a killed backup's or purge's unpacked copy on a drive away (found: in the JSON alone)
        n_beyond = len(beyond)  # a call as translate's count hid the string from lupdate
        head = (QCoreApplication.translate("CertificatePage", "%n unfinished copy of the vault, left by an "
                                           "interrupted backup or purge, may still hold the chart, in a folder "
                                           "that was not reachable:", "", n_beyond) if n_beyond == 1 else
                QCoreApplication.translate("CertificatePage", "%n unfinished copies of the vault, left by "
                                           "interrupted backups or purges, may still hold the chart, in folders "
                                           "that were not reachable:", "", n_beyond))
        then = QCoreApplication.translate("CertificatePage", "To remove them, connect that drive and start the app "
                                                             "again.")
        said.append(f"{head}<br>{'<br>'.join(html.escape(path) for path in beyond)}<br>{then}")
    kept = [c for c in verification.get("app_copies_not_purged") or [] if isinstance(c, dict)]
    if kept:
        said.append(app_copies_text(kept, done=True))
    gone = [str(p) for p in verification.get("app_copies_not_found") or []]
    if gone:
        said.append(QCoreApplication.translate(
            "CertificatePage", "A copy of the vault restored beside it was not found where it was made (moved or "
            "deleted since); if it was moved, it may still hold the chart: destroy the chart there too:")
            + "<br>" + "<br>".join(html.escape(p) for p in gone))
    return "".join("<br><br>" + part for part in said)


def app_copies_text(copies: list[dict[str, Any]], *, done: bool) -> str:
    """The copies of the vault the app made itself (a restore's safety copy) that the
    destruction leaves as they are (services/destruction_app_copies.py): before it (`done`
    False, the wizard) and on the certificate. Found in the real app: neither said a word of
    them, though each still holds the vault as it was before a restore."""
    paths = [str(c.get("path", "")) for c in copies]
    n = len(paths)  # a call as translate's count hid the string from lupdate
    if done:
        head = (QCoreApplication.translate("CertificatePage", "%n copy of the vault the app made itself was not "
                                           "purged and may still hold the chart:", "", n) if n == 1 else
                QCoreApplication.translate("CertificatePage", "%n copies of the vault the app made itself were not "
                                           "purged and may still hold the chart:", "", n))
    else:
        head = (QCoreApplication.translate("CertificatePage", "%n copy of the vault the app made itself is not "
                                           "purged by this destruction and may still hold the chart:", "", n)
                if n == 1 else
                QCoreApplication.translate("CertificatePage", "%n copies of the vault the app made itself are not "
                                           "purged by this destruction and may still hold the chart:", "", n))
    then = " ".join(
        ([QCoreApplication.translate("CertificatePage", "A restore keeps the vault as it was before it (a safety "
                                                        "copy). Once the restored vault is known to be right, "
                                                        "delete that folder.")]
         if any(c.get("kind") not in (COPY_BESIDE, RESTORED_FROM) for c in copies) else [])
        + ([QCoreApplication.translate("CertificatePage", "A backup restored beside the vault, in another folder, "
                                                          "holds the charts the backup held, and the vault such a "
                                                          "restore was made beside holds its own: open it (Vault > "
                                                          "Open another vault…) and destroy the chart there too, or "
                                                          "delete that folder.")]
           if any(c.get("kind") == COPY_BESIDE for c in copies) else [])
        + ([QCoreApplication.translate("CertificatePage", "A backup this vault was restored from that is not one of "
                                                          "its own backups is not purged: it holds the chart if it "
                                                          "is still there. Delete that file once it is no longer "
                                                          "needed.")]
           if any(c.get("kind") == RESTORED_FROM for c in copies) else []))
    return f"{head}<br>{'<br>'.join(html.escape(p) for p in paths)}<br>{then}"


__all__ = ["app_copies_text", "certificate_text", "lock_outcome_text", "outcome_text", "result_word", "step_words"]
