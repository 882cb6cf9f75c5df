"""The DESIGN's canary: unique strings written through every feature, then every byte the
app wrote (vault folder, backups, exports, reports, the temp dir, HOME with its settings,
caches and logs) is scanned for them. Zero hits, in any common encoding."""

from __future__ import annotations

import base64
import tempfile
import uuid
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE, reopen
from tests.core import decision_helpers
from tests.core import disclosure_fixtures as fx
from tests.core.payable_practice import payable
from vault_app.services import (
    accounting,
    attachments,
    backup,
    clients,
    decisions,
    export,
    notes,
    psychotherapy_notes,
    search,
    sessions,
)
from vault_app.services.vault import create_vault


def _forms(value: str) -> list[bytes]:
    raw = value.encode()
    return [raw, value.encode("utf-16-le"), value.encode("utf-16-be"), base64.b64encode(raw), raw.hex().encode()]


def _hits(roots: list[Path], needles: dict[str, list[bytes]]) -> list[str]:
    found = []
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                found.extend(
                    f"{what} in {path.relative_to(root)}"
                    for what, forms in needles.items()
                    if any(f in data for f in forms)
                )
    return found


def test_nothing_written_outside_the_compartments_holds_plaintext(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, kdf_params: object
) -> None:
    import os

    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    tag = uuid.uuid4().hex
    canary = {
        "client name": f"Zephyrine Canarywood{tag[:8]}",
        "progress note": f"progress-canary-{tag}",
        "psychotherapy note": f"psychotherapy-canary-{tag}",
        "amendment": f"amendment-canary-{tag}",
        "attachment": f"attachment-canary-{tag}",
        "decision reasoning": f"decision-canary-{tag}",
        "payment reference": f"payment-canary-{tag}",
    }
    folder = tmp_path / "vault"
    backups = tmp_path / "backups"
    outbox = tmp_path / "outbox"
    backups.mkdir()
    outbox.mkdir()
    create_vault(folder, PASSPHRASE, params=kdf_params).vault.lock()  # type: ignore[arg-type]

    with reopen(folder, psychotherapy=True) as vault:
        fx.set_practice(vault)
        client = clients.create_client(vault, canary["client name"], date_of_birth="1979-09-09")
        payable(vault)
        cid = client.client_id
        day = date.today()
        session = sessions.add_session(vault, cid, date=day, duration_minutes=53, icd10_codes=["F41.1"])
        note = notes.create_progress_note(
            vault,
            cid,
            template="soap",
            session_id=session.session_id,
            sections={"subjective": canary["progress note"], "plan": "Weekly."},
        )
        notes.save_draft(vault, note.note_id, {"subjective": canary["progress note"] + " edited", "plan": "Weekly."})
        notes.sign_note(vault, note.note_id)
        notes.amend_note(vault, note.note_id, canary["amendment"], reason="late entry")
        saved = psychotherapy_notes.create_psychotherapy_note(vault, cid, canary["psychotherapy note"])
        psychotherapy_notes.sign_psychotherapy_note(vault, saved.note.note_id)
        scan = b"%PDF-1.4\n% " + canary["attachment"].encode() + b"\n%%EOF\n"
        attachments.add_attachment(vault, cid, scan, kind="consent", filename="consent.pdf")
        found = search.search(vault, canary["progress note"].split("-")[-1], psychotherapy=True)
        assert [h.note_id for h in found.notes] == [note.note_id]  # the index is in the compartment

        auth = fx.add_auth(vault, cid, signer_name=canary["client name"])
        export.export(
            vault,
            fx.request(cid, note_ids=(note.note_id,), authorization_id=auth.id),
            out=outbox / "disclosure.pdf",
            password=fx.PASSWORD,
        )
        accounting.produce(vault, cid, out=outbox / "accounting.pdf", password=fx.PASSWORD)

        chart = decision_helpers.Chart(
            cid, session.session_id, note.note_id, attachments.list_attachments(vault, cid)[0].attachment_id, day
        )
        answers = decision_helpers.complete("child_abuse", chart)
        answers["reasoning"] = canary["decision reasoning"]
        draft = decisions.start(vault, cid, "child_abuse", session_id=session.session_id)
        decisions.update(vault, draft.decision_id, answers)
        decisions.sign(vault, draft.decision_id)

        # appointments, an attended one (its session and draft note), fees, a payment, a superbill
        from vault_app.services import appointments, billing, superbill

        billing.set_scheduled_fee(vault, "90837", "180")
        # The day before: an appointment attended on a day whose session has its note already is
        # that visit (services/appointments.attend, one visit, one session), with no new draft.
        before = day - timedelta(days=1)
        (appt,) = appointments.schedule(vault, cid, date=before, start="09:00", duration_minutes=53)
        attended = appointments.attend(vault, appt.appointment_id)
        # the visit's diagnosis (a superbill line carries one: domain/superbill_diagnosis)
        sessions.update_session(vault, attended.session_id, icd10_codes=["F41.1"])
        notes.save_draft(vault, attended.note_id, {"subjective": canary["progress note"] + " again"})
        notes.sign_note(vault, attended.note_id)
        billing.record_payment(vault, cid, paid_on=day, amount="90", method="check",
                               reference=canary["payment reference"])
        superbill.issue(vault, cid, first=before, last=day, out=outbox / "superbill.pdf", password=fx.PASSWORD)

        backup.create_backup(vault, backups, verify=True)

    assert (outbox / "disclosure.pdf").exists() and (outbox / "accounting.pdf").exists()
    assert (outbox / "superbill.pdf").exists()
    assert list(backups.glob("*.vaultbackup"))
    needles = {what: _forms(value) for what, value in canary.items()}
    roots = [folder, backups, outbox, temp, Path(os.environ["HOME"])]
    assert _hits(roots, needles) == []
