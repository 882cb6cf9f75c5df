"""The destruction certificate's counts in words: "1 attached document, 2 chart keys", not table names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vault_app.gui.i18n import QT_TRANSLATE_NOOP

# What the certificate counts, per table, in words (singular, plural): the tables are found by
# schema discovery (storage/destruction_delete.py), so a table added later falls back to its
# name in count_phrase. Two sources per table rather than one "%n item(s)": English has no
# translator installed to turn "(s)" into a plural (gui/i18n.py), and both of our languages
# have the same one/other split; each form still goes through tr with %n for the number.
_CTX = "CertificatePage"  # the page that shows them; QT_TRANSLATE_NOOP needs it spelled out for lupdate
COUNT_PHRASES: dict[str, tuple[str, str]] = {
    "accounting_suspensions": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n suspension of disclosure accounting"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n suspensions of disclosure accounting"),
    ),
    "appointments": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n appointment"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n appointments"),
    ),
    "attachment_changes": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n earlier title or date of a document"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n earlier titles or dates of documents"),
    ),
    "attachment_texts": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n document text"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n document texts"),
    ),
    "attachments": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n attached document"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n attached documents"),
    ),
    "authorizations": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n authorization"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n authorizations"),
    ),
    "billing_shares": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n billing share"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n billing shares"),
    ),
    "carried_notes": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n carried-forward note"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n carried-forward notes"),
    ),
    "case_members": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n case member"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n case members"),
    ),
    "chart_keys": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n chart key"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n chart keys"),
    ),
    "chart_key_generations": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n earlier chart key"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n earlier chart keys"),
    ),
    "client_requests": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n client request"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n client requests"),
    ),
    "clients": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n client"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n clients"),
    ),
    "confidentiality_decision_addenda": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n addendum to a confidentiality decision"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n addenda to confidentiality decisions"),
    ),
    "confidentiality_decisions": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n confidentiality decision"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n confidentiality decisions"),
    ),
    "disclosure_evidence": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n piece of disclosure evidence"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n pieces of disclosure evidence"),
    ),
    "disclosures": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n disclosure"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n disclosures"),
    ),
    "guardians": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n guardian"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n guardians"),
    ),
    "import_map": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n import link"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n import links"),
    ),
    "joint_held_notes": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n note held in confidence for a member"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n notes held in confidence for a member"),
    ),
    "legal_holds": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n legal hold"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n legal holds"),
    ),
    "measures": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n measure score"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n measure scores"),
    ),
    "note_amendments": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n note amendment"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n note amendments"),
    ),
    "note_provenance": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n note provenance record"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n note provenance records"),
    ),
    "payments": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n payment"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n payments"),
    ),
    "progress_notes": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n progress note"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n progress notes"),
    ),
    "psychotherapy_amendments": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n psychotherapy note amendment"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n psychotherapy note amendments"),
    ),
    "psychotherapy_notes": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n psychotherapy note"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n psychotherapy notes"),
    ),
    "psychotherapy_provenance": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n psychotherapy note provenance record"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n psychotherapy note provenance records"),
    ),
    "psychotherapy_kept_originals": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n original PDF kept from a discarded psychotherapy draft"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n original PDFs kept from discarded psychotherapy drafts"),
    ),
    "request_letters": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n request letter"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n request letters"),
    ),
    "closure_letters": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n notice of closure sent"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n notices of closure sent"),
    ),
    "closure_letters_writing": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n notice of closure being written"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n notices of closure being written"),
    ),
    "request_reviews": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n request review"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n request reviews"),
    ),
    "restrictions": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n restriction"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n restrictions"),
    ),
    "session_addon_fees": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n add-on code fee"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n add-on code fees"),
    ),
    "session_fees": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n session fee"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n session fees"),
    ),
    "sessions": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n session"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n sessions"),
    ),
    "treatment_goals": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n treatment goal"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n treatment goals"),
    ),
    "treatment_plans": (
        QT_TRANSLATE_NOOP("CertificatePage", "%n treatment plan"),
        QT_TRANSLATE_NOOP("CertificatePage", "%n treatment plans"),
    ),
}

_FALLBACK = (
    QT_TRANSLATE_NOOP("CertificatePage", "%n record ({0})"),
    QT_TRANSLATE_NOOP("CertificatePage", "%n records ({0})"),
)


def count_phrase(table: str, n: int) -> str:
    """The count in words, as "1 attached document" or "2 chart keys"; a table without a phrase
    reads "3 records (future table)"."""
    forms = COUNT_PHRASES.get(table)
    if forms is None:
        return QCoreApplication.translate(_CTX, _FALLBACK[0] if n == 1 else _FALLBACK[1], "", n) \
            .format(table.replace("_", " "))
    return QCoreApplication.translate(_CTX, forms[0] if n == 1 else forms[1], "", n)


__all__ = ["COUNT_PHRASES", "count_phrase"]
