"""The export wizard's first page, its worker side: what a chart holds that can be chosen to
leave the practice (notes, sessions, authorizations, attachments), read on the worker thread
(gui/export_what_page.WhatPage.reload) and handed to the page as one dictionary."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from vault_app.domain import disclosure_clock
from vault_app.gui.basis_form import access_request_choices, attachment_choices
from vault_app.gui.chart_words import AUTHORIZATION_STATE, INFO_KIND, shown, shown_all
from vault_app.gui.dates import show_date
from vault_app.gui.export_checks import described, shared_notes
from vault_app.services import (
    authorizations,
    care_confidentiality,
    clients,
    clock_behind,
    joint_held,
    practice,
    sessions,
)
from vault_app.services import psychotherapy_notes as psy
from vault_app.services import psychotherapy_originals as originals

if TYPE_CHECKING:
    from vault_app.domain.authorization import Authorization
    from vault_app.services.vault import Vault


def gather(vault: Vault, client_id: str, kind: str) -> dict[str, Any]:
    """Worker side: what can be selected, the authorizations and attachments on file. Unsigned
    drafts are not offered, only counted: a draft is never disclosed (domain/disclosure_scope.py).
    Nor are the original PDFs kept from discarded imported drafts: what is left of a draft never
    signed here, which the gate refuses as one (services/disclosure_gate._refuse_kept_originals)."""
    # (id, day shown, words, who told it in confidence or "", the note's own words, day): the
    # day itself for the summary's first and last (SavePage); the member's name and the note's
    # words apart, as privacy mode masks them (WhatPage._line)
    items: list[tuple[str, str, str, str, str, date]] = []
    drafts = kept = held = 0
    told_by: dict[str, str] = {}
    if kind == "progress":
        notes = clients.read_chart(vault, client_id).notes
        drafts = sum(not n.signed for n in notes)
        # What one member of a couple or family told in confidence stays out of a release of the
        # joint record (domain/joint_held.py): not offered, only counted with the reason; unless
        # a release may carry it (the member alone authorizes it), which the services say, so
        # that the rule is decided in one place. Offered then, saying whose it is.
        marked = joint_held.marks(vault, client_id)
        may_go = joint_held.offered(vault, client_id, date.today())
        held = sum(n.signed and n.note_id in marked and n.note_id not in may_go for n in notes)
        names = {m.member_id: clients.get_client(vault, m.member_id).display_name for m in may_go.values()}
        told_by = {n: names[m.member_id] for n, m in may_go.items()}
        items = [(n.note_id, show_date(n.note_date), _signed_or_draft(n.signed), told_by.get(n.note_id, ""),
                  n.preview[:60], n.note_date)
                 for n in notes if n.signed and (n.note_id not in marked or n.note_id in told_by)]
    elif kind == "psychotherapy":
        psy_notes = psy.list_psychotherapy_notes(vault, client_id)
        drafts = sum(not n.signed for n in psy_notes)
        items = [(n.note_id, show_date(n.note_date), _signed_or_draft(n.signed), "", "", n.note_date)
                 for n in psy_notes if n.signed]
        kept = len(originals.kept_for_client(vault, client_id))
    else:
        items = [(s.session_id, show_date(s.date), f"{s.cpt_code} {', '.join(s.icd10_codes)}", "", "", s.date)
                 for s in sessions.list_sessions(vault, client_id)]
    # Thread-safe (Qt's documentation of QCoreApplication::translate): gather runs on a worker.
    line = QCoreApplication.translate("ExportWizard", "{covers} to {recipient}, signed {signed} ({state})")
    if clients.get_client(vault, client_id).is_case:
        # On a joint chart whose authorization it is matters: a held note goes only with its
        # member's own, and a release needs every adult's.
        line = QCoreApplication.translate("ExportWizard",
                                          "{covers} to {recipient}, signed by {signer} {signed} ({state})")
    # A form whose signer the chart, changed since, no longer lets stand (a minor's own after "a
    # parent consented", a parent's after a confidentiality agreement): "(valid)" on it read as
    # usable, and the gate refuses it (found by a walker). The choice itself says so.
    stale = {a.id for a in care_confidentiality.signers_no_longer_valid(vault, client_id)}
    no_longer = QCoreApplication.translate("ExportWizard", "{state}; its signer no longer stands, refused")
    # With this computer's clock behind the vault's last record, a form valid by the clock and expired by
    # the record read "(valid)" while Check refused it (found by a walker): said by the gate's own rule.
    later = disclosure_clock.judged_again_on(date.today(), clock_behind.recorded_day(vault), manual=False)
    by_record = QCoreApplication.translate("ExportWizard", "{state} by the vault's last record: check the clock")
    auths = [(a.id, line.format(covers=shown_all(INFO_KIND, sorted(a.covers)), recipient=a.recipient_name,
                                signed=show_date(a.signed_on), signer=a.signer.name,
                                state=_state(a, stale, no_longer, later, by_record)) + _period(a))
             for a in authorizations.list_authorizations(vault, client_id)]
    atts = attachment_choices(vault, client_id)  # as the basis page lists them again after attaching
    return {"items": items, "drafts": drafts, "kept_originals": kept, "held": held, "told_by": told_by,
            "authorizations": auths, "described": described(vault, client_id),
            # The notes that may hold what other people said, marked in the list (gui/export_checks.py)
            "shared": shared_notes(vault, client_id) if kind == "progress" else {},
            "attachments": atts, "access_requests": access_request_choices(vault, client_id),
            "part2": clients.get_client(vault, client_id).part2, "license_state": practice.load(vault).license_state,
            # The file's name is in the client's letter language (domain/export_file_names)
            "letters_in": clients.get_client(vault, client_id).letters_in}


def _state(auth: Authorization, stale: set[str], no_longer: str, later: date | None, by_record: str) -> str:
    now = authorizations.status(auth).state
    then = authorizations.status(auth, later).state if later is not None and now == "valid" else now
    if then != now:  # valid by the clock, not on the vault's last record's day (domain/disclosure_clock.py)
        return by_record.format(state=shown(AUTHORIZATION_STATE, then))
    state = shown(AUTHORIZATION_STATE, now)
    return no_longer.format(state=state) if auth.id in stale else state


def _period(auth: Authorization) -> str:
    """The period of information the authorization describes, after its line: the therapist sees
    it before ticking notes, not only in a refusal."""
    start, end = auth.notes_from, auth.notes_to
    if start is not None and end is not None:
        return QCoreApplication.translate("ExportWizard", "; dated {start} to {end}").format(
            start=show_date(start), end=show_date(end))
    if start is not None:
        return QCoreApplication.translate("ExportWizard", "; dated from {start} on").format(
            start=show_date(start))
    if end is not None:
        return QCoreApplication.translate("ExportWizard", "; dated up to {end}").format(end=show_date(end))
    return ""


def _signed_or_draft(signed: bool) -> str:
    # Literal strings, so that pyside6-lupdate finds them for es.ts.
    return QCoreApplication.translate("ExportWizard", "signed") if signed else \
        QCoreApplication.translate("ExportWizard", "draft")


__all__ = ["gather"]
