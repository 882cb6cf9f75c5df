"""The Emergency Kit as a one-page PDF the therapist prints or files away.

It carries the recovery key (the only way back in without the passphrase), the vault id
so the right kit is used, and plain instructions. It never carries the passphrase or
any client information. Written atomically with owner-only permissions.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from vault_app.domain.errors import InvalidInput
from vault_app.domain.locale_format import DEFAULT_LOCALE, datetime_text, paper_format
from vault_app.domain.names import printable_name
from vault_app.storage.files import atomic_write

INSTRUCTIONS = (
    "Keep this page somewhere safe and private, away from your computer: a locked drawer, "
    "a safe, or with your practice's professional will. Anyone holding it together with a copy "
    "of your vault can open your records.",
    "If you forget your passphrase, or this computer's keyring loses the vault's device secret, "
    "open the app, choose 'Recover with Emergency Kit' on the unlock screen, type the recovery "
    "key above, and choose a new passphrase.",
    "The recovery key does not change when you change your passphrase; only 'Replace every key' "
    "(vault-app rekey) replaces it, with a new kit. Do not store it in the same place as your backups.",
)


def build_pdf(
    *, recovery_key: str, vault_id: str, folder: str, created: datetime | None = None, key_fingerprint: str = "",
    locale: str = DEFAULT_LOCALE,
) -> bytes:
    from fpdf import FPDF

    if not recovery_key.strip():
        raise InvalidInput("There is no recovery key to put in the Emergency Kit.")
    created = created or datetime.now()
    pdf = FPDF(format=paper_format(locale))
    pdf.set_title("Emergency Kit")
    pdf.set_creator("vault-app")
    pdf.add_page()
    pdf.set_margins(20, 20, 20)
    pdf.set_font("Helvetica", "B", 22)
    pdf.cell(0, 14, "Emergency Kit", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 7, f"Created {datetime_text(created, locale)}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 8, "Recovery key", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Courier", "B", 14)
    pdf.set_fill_color(240, 240, 240)
    groups = recovery_key.split("-")
    # Two lines of groups keep the key readable when copied by hand.
    half = (len(groups) + 1) // 2
    for line in ("-".join(groups[:half]), "-".join(groups[half:])):
        if line:
            pdf.cell(0, 10, line, fill=True, new_x="LMARGIN", new_y="NEXT", align="C")
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 11)
    for paragraph in INSTRUCTIONS:
        pdf.multi_cell(0, 6, paragraph, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 7, "Which vault this kit opens", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 6, f"Vault id: {vault_id}\nFolder when created: {printable_name(folder)}",
                   new_x="LMARGIN", new_y="NEXT")
    if key_fingerprint:
        # What an offline checker of destruction certificates compares the key with.
        pdf.multi_cell(0, 6, f"Signing key fingerprint (for checking certificates): {key_fingerprint}",
                       new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 6, "Passphrase hint (optional, never the passphrase itself): ____________________________")
    return bytes(pdf.output())


def save_pdf(
    path: Path, *, recovery_key: str, vault_id: str, folder: str, created: datetime | None = None,
    key_fingerprint: str = "",
) -> Path:
    path = Path(path)
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(".pdf")
    data = build_pdf(recovery_key=recovery_key, vault_id=vault_id, folder=folder, created=created,
                     key_fingerprint=key_fingerprint)
    atomic_write(path, data, what="saving the Emergency Kit")
    return path


__all__ = ["build_pdf", "save_pdf"]
