"""An authorization form filled in as the therapist fills it: every element of a valid one."""

from __future__ import annotations

from pathlib import Path

from vault_app.gui.auth_dialog import AuthorizationDialog


def fill_authorization(dialog: AuthorizationDialog, scan: Path | None = None, *,
                       description: str = "Progress notes from March 2024",
                       recipient: str = "Dr. Receiving Psychiatrist", purpose: str = "continuity of care",
                       signer: str = "Ada Testperson", describes: tuple[str, ...] = ("progress_notes",)) -> None:
    """Every element of a valid authorization; the signed form's scan when one is given. `describes`:
    the kinds the description names, ticked as the therapist reads them (the default's words name
    progress notes); () leaves them unticked, as an authorization recorded before they were asked."""
    dialog.description.setText(description)
    for kind in describes:
        dialog.described.ticks[kind].setChecked(True)
    dialog.cover_progress.setChecked(True)
    dialog.discloser.setText("The practice")
    dialog.recipient.setText(recipient)
    dialog.purpose.setText(purpose)
    dialog.signer_name.setText(signer)
    for box in (dialog.statement_revoke, dialog.statement_conditioning, dialog.statement_redisclosure):
        box.setChecked(True)
    if scan is not None:
        dialog.set_scan(scan)


def signed_scan(folder: Path, name: str = "signed-form.pdf") -> Path:
    """A scan of the signed form, as the therapist attaches it (a small PDF)."""
    scan = folder / name
    scan.write_bytes(b"%PDF-1.4\n% signed form\n")
    return scan

