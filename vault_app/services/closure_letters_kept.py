"""The notices of closure kept in the chart: each letter's text, its inside address and how it went,
as the request letters are kept (services/requests.keep_letter), so the therapist can show what a
client was sent and print it again (`closure-notice --reprint`, the window's Reprint), and a second
run knows who was sent a notice of that closing day already.

Found by a walker: only the ledger's digest of each PDF was kept; the words sent were nowhere in the
vault, and a letter lost in the mail could not be printed again as it was."""

from __future__ import annotations

import hashlib
import secrets
from datetime import date
from pathlib import Path

from vault_app.domain import closure_notice as rules
from vault_app.domain import letters as letter_rules
from vault_app.domain.closure_notice import ClosureNotice
from vault_app.domain.errors import NotFound
from vault_app.services import clients, practice
from vault_app.services.clinical_common import audit, now_iso
from vault_app.services.vault import Vault
from vault_app.storage import closure_letters as store
from vault_app.storage.closure_letters import KeptClosureLetter

REPRINT_KIND = "letter.closure_notice_reprinted"


def keep(vault: Vault, client_id: str, notice: ClosureNotice, *, closes_on: date, delivery: str,
         sha256: str) -> str:
    """The letter as written, kept in the chart; its id."""
    letter_id = "CL-" + secrets.token_hex(6)
    with vault.records.transaction():
        store.insert(vault.records, KeptClosureLetter(
            letter_id, client_id, closes_on, notice.letter.day, notice.letter.language, delivery, notice.address,
            notice.letter.text(), sha256, now_iso()))
    return letter_id


def letters(vault: Vault, ref: str) -> list[KeptClosureLetter]:
    """The notices the client `ref` (an id or chart number) was sent, the oldest first."""
    return store.for_client(vault.records, clients.find_client(vault, ref).client_id)


def sent_for(vault: Vault, closes_on: date) -> dict[str, date]:
    """The clients already sent a notice of this closing day, with the day of the first."""
    return store.sent_for(vault.records, closes_on)


def reprint(vault: Vault, ref: str, out: Path, *, password: str) -> Path:
    """The client's latest notice printed again to `out` (never over a file), its words as they were
    sent, never made again from today's details; the reprint recorded (which letter, the new file's
    digest: never its words)."""
    from vault_app.services.closure_notice_pdf import notice_pdf_bytes, write_pdf

    client = clients.find_client(vault, ref)
    kept = store.for_client(vault.records, client.client_id)
    if not kept:
        raise NotFound(f"Chart {client.chart_number} was sent no notice of closure.", code="closure.none_sent",
                       params={"chart": client.chart_number})
    last = kept[-1]
    letter = letter_rules.kept(last.body, kind=rules.KIND, day=last.letter_date, language=last.language,
                               locale=practice.printing_locale(vault), practice_name=practice.load(vault).practice_name)
    data = notice_pdf_bytes(letter, last.address, password=password)
    write_pdf(data, out)
    audit(vault, REPRINT_KIND, client_id=client.client_id, letter_id=last.letter_id,
          sha256=hashlib.sha256(data).hexdigest())
    return out


__all__ = ["REPRINT_KIND", "keep", "letters", "reprint", "sent_for"]
