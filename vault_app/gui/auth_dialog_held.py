"""The authorization form held over a lock or a quit (gui/held.py): what it holds of the form (every field,
the scan chosen, the representative proposed, the minor's warning read) and how it is put back. Split from
gui/auth_dialog.py, which holds the form itself, by what it holds; its words stay under the form's
"AuthorizationDialog" context."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPushButton

from vault_app.domain.errors import Problem

if TYPE_CHECKING:
    from typing import Protocol

    from vault_app.gui.auth_member import MemberChoice
    from vault_app.gui.auth_parts import DescribedParts
    from vault_app.gui.date_field import DateField
    from vault_app.gui.optional_date_field import OptionalDateField

    class AuthorizationDialog(Protocol):
        """What of gui/auth_dialog.AuthorizationDialog is held (named so: the form is the one
        implementation; a Protocol, as the form imports this module)."""

        description: QLineEdit
        discloser: QLineEdit
        recipient: QLineEdit
        recipient_address: QLineEdit
        purpose: QLineEdit
        expiration_event: QLineEdit
        signer_name: QLineEdit
        signer_authority: QLineEdit
        signer_role: QComboBox
        signed_on: DateField
        expires_on: DateField
        notes_from: OptionalDateField
        notes_to: OptionalDateField
        cover_progress: QCheckBox
        cover_psychotherapy: QCheckBox
        cover_billing: QCheckBox
        use_date: QCheckBox
        statement_revoke: QCheckBox
        statement_conditioning: QCheckBox
        statement_redisclosure: QCheckBox
        part2: QCheckBox
        described: DescribedParts
        members: MemberChoice
        save_button: QPushButton
        scan_path: Path | None
        proposed: tuple[str, str, str] | None
        _restored: bool
        _warned_for: tuple[str, str, bool] | None
        _warning_read: str

        def _restore_scan(self, path: Path) -> None: ...
        def _signature(self) -> tuple[str, str, bool]: ...


def _warning_held(read: dict[str, Any]) -> str:
    """The warning read, as held: its English, with its code and params when they were held (a
    form held before they were is said in the English it was read in)."""
    code, params = read.get("code"), read.get("params")
    if not isinstance(code, str) or not code or not isinstance(params, dict):
        return str(read["warning"])
    kept = {str(k): v for k, v in params.items() if isinstance(v, str | int) and not isinstance(v, bool)}
    return Problem(str(read["warning"]), code=code, params=kept)


# The held fields the therapist types (words, dates); the rest are ticks, choices and the scan.
TYPED_FIELDS = ("description", "discloser", "recipient", "recipient_address", "purpose", "signed_on",
                "notes_from", "notes_to", "signer_name", "signer_authority", "expires_on", "expiration_event")


def held_fields(d: AuthorizationDialog) -> dict[str, Any]:
    """Every field of the form as held (gui/held.py), the proposal and the warning read with them."""
    boxes = {key: box.isChecked() for key, box in held_boxes(d).items()}
    return {
        "description": d.description.text(), "discloser": d.discloser.text(),
        "recipient": d.recipient.text(), "recipient_address": d.recipient_address.text(),
        "purpose": d.purpose.text(), "signed_on": d.signed_on.date().toString("yyyy-MM-dd"),
        "notes_from": d.notes_from.text(), "notes_to": d.notes_to.text(),
        "signer_name": d.signer_name.text(), "signer_role": str(d.signer_role.currentData()),
        "signer_authority": d.signer_authority.text(), "signer_member": d.members.member_id(),
        "expires_on": d.expires_on.date().toString("yyyy-MM-dd"),
        "expiration_event": d.expiration_event.text(), **boxes,
        "scan": str(d.scan_path) if d.scan_path is not None else None,
        "proposed": list(d.proposed) if d.proposed is not None else None,
        # Held like the rest, inside the vault: the minor's warning read, and for which signature.
        # Its code and params too: it comes back said in the screen's language.
        "minor_warning_read": None if d._warned_for is None else
        {"signature": list(d._warned_for), "warning": str(d._warning_read),
         "code": getattr(d._warning_read, "code", ""), "params": getattr(d._warning_read, "params", {})},
    }


def held_boxes(d: AuthorizationDialog) -> dict[str, QCheckBox]:
    return {"cover_progress": d.cover_progress, "cover_psychotherapy": d.cover_psychotherapy,
            "cover_billing": d.cover_billing, "use_date": d.use_date,
            "statement_revoke": d.statement_revoke, "statement_conditioning": d.statement_conditioning,
            "statement_redisclosure": d.statement_redisclosure, "part2": d.part2,
            **d.described.boxes()}


def restore_fields(d: AuthorizationDialog, fields: dict[str, Any]) -> None:
    """The held form back (gui/held.restore_held): the fields, the scan if still there, the warning read."""
    d._restored = True
    proposed = fields.get("proposed")
    if isinstance(proposed, list) and len(proposed) == 3:
        d.proposed = (str(proposed[0]), str(proposed[1]), str(proposed[2]))
    for key, edit in (("description", d.description), ("discloser", d.discloser),
                      ("recipient", d.recipient), ("recipient_address", d.recipient_address),
                      ("purpose", d.purpose), ("expiration_event", d.expiration_event)):
        edit.setText(str(fields.get(key) or ""))
    for key, box in held_boxes(d).items():
        if key in fields:
            box.setChecked(bool(fields[key]))
    d.notes_from.setText(str(fields.get("notes_from") or ""))
    d.notes_to.setText(str(fields.get("notes_to") or ""))
    for key, field in (("signed_on", d.signed_on), ("expires_on", d.expires_on)):
        day = QDate.fromString(str(fields.get(key) or ""), "yyyy-MM-dd")
        if day.isValid():
            field.setDate(day)
    # The role before the authority: a role changed to the client clears a proposed authority.
    d.signer_role.setCurrentIndex(max(0, d.signer_role.findData(fields.get("signer_role"))))
    d.signer_name.setText(str(fields.get("signer_name") or ""))
    d.signer_authority.setText(str(fields.get("signer_authority") or ""))
    scan = fields.get("scan")
    if scan:
        d._restore_scan(Path(str(scan)))
    restore_warning_read(d, fields.get("minor_warning_read"))
    d.members.hold(fields.get("signer_member"))


def restore_warning_read(d: AuthorizationDialog, read: object) -> None:
    """The minor's warning read before the lock, kept (found in the real app: after the
    unlock Record asked again, as if it had never been read). Kept rather than asked again:
    Record works the warning out again from the vault and asks whenever it says anything
    else than what was read (save), so nothing unread is ever recorded past; the same words
    asked twice only teach a therapist to click through them. Last: restoring the signer's
    fields above would take it back (_signature_changed)."""
    if not isinstance(read, dict) or not isinstance(read.get("warning"), str) or not read["warning"]:
        return
    signature = read.get("signature")
    if not isinstance(signature, list) or len(signature) != 3:
        return
    held = (str(signature[0]), str(signature[1]), bool(signature[2]))
    if held != d._signature():
        return
    d._warned_for, d._warning_read = held, _warning_held(read)
    d.save_button.setText(QCoreApplication.translate("AuthorizationDialog", "Record anyway"))


__all__ = ["held_boxes", "held_fields", "restore_fields", "restore_warning_read"]
