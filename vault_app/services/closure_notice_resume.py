"""A notice of closure recorded as being written before its file, so that a run killed between the file
and its keeping is finished by the next run, by itself (migration 0123).

Found by the round's brief: a letter's file written, the process killed before it was kept, left that
file in the next run's way ("already exists") and the guide told the therapist to delete it: a letter
made and perhaps printed was then made again, and nothing in the vault said the first existed.

Now each letter is recorded first (`begin`: its words, its file's path, the size and SHA-256 of the
bytes about to go there), then written, then recorded on the History and kept (`finish`: the ledger
first, then the kept letter and the "being written" row's removal in one transaction). The next run
(`settle`) looks at each row left:

- a file at that path holding exactly those bytes (read without following a link, no more than the
  size recorded, its digest checked against the one kept in the encrypted vault, never against
  anything the file says) is that letter: it is kept and recorded as sent (no second is made) and the
  run says it was written;
- no file there: the letter never appeared whole (new_file.write_new links it in place only once it
  is all written): nothing was sent, the row goes and the letter is made again (the hidden copy a
  kill left whole beside it, known by the same digest, is taken away);
- any other file there (other bytes, a link, a folder): another program's, left as it is; the row
  goes, the letter was not kept, and the run stops on that name as it always did.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from vault_app.domain import closure_notice as rules
from vault_app.domain.closure_notice import ClosureNotice
from vault_app.services.clinical_common import audit, now_iso
from vault_app.services.fault_injection import crash_point
from vault_app.services.vault import Vault
from vault_app.storage import closure_letters as store
from vault_app.storage.closure_letters import KeptClosureLetter, WritingClosureLetter
from vault_app.storage.files import read_small_regular


@dataclass(frozen=True)
class Settled:
    """A letter a killed run wrote and did not keep, found whole and kept now."""

    client_id: str
    closes_on: date
    path: Path
    to: str
    language: str


def begin(vault: Vault, client_id: str, notice: ClosureNotice, *, closes_on: date, delivery: str, path: Path,
          data: bytes, ledger: dict[str, Any]) -> WritingClosureLetter:
    """The letter recorded as being written to `path`, before a byte of it is: its words, and the size
    and digest of `data`, by which the next run knows the file as this letter."""
    import secrets

    letter = notice.letter
    kept = KeptClosureLetter("CL-" + secrets.token_hex(6), client_id, closes_on, letter.day, letter.language,
                             delivery, notice.address, letter.text(), hashlib.sha256(data).hexdigest(), now_iso())
    row = WritingClosureLetter(kept, len(data), str(path), json.dumps(ledger, sort_keys=True))
    with vault.records.transaction():
        store.insert_writing(vault.records, row)
    return row


def _recorded(vault: Vault, row: WritingClosureLetter) -> bool:
    return any(e.payload.get("letter_id") == row.letter.letter_id
               for e in vault.ledger.client_entries(row.letter.client_id, (rules.LEDGER_KIND,)))


def finish(vault: Vault, row: WritingClosureLetter, *, settling: bool = False) -> str:
    """The letter whose file is written recorded on its History, then kept in the chart (the "being
    written" row gone in the same transaction); its id. Settling a killed run's letter, the History's
    entry is written only when the kill came before it."""
    letter = row.letter
    if not (settling and _recorded(vault, row)):
        audit(vault, rules.LEDGER_KIND, **json.loads(row.ledger), letter_id=letter.letter_id, sha256=letter.sha256)
        crash_point("closure_letter_logged")
    with vault.records.transaction():
        store.insert(vault.records, letter)
        store.drop_writing(vault.records, letter.letter_id)
    return letter.letter_id


def _holds(path: Path, size: int, sha256: str) -> bool | None:
    """Whether the file at `path` holds exactly the bytes of that size and digest: None when nothing is
    there; False for anything else (a link, a folder, other bytes, a file that cannot be read, one
    grown meanwhile)."""
    data, _info = read_small_regular(path, size)
    if data is None:
        return None if not os.path.lexists(path) else False
    return len(data) == size and hashlib.sha256(data).hexdigest() == sha256


def settle(vault: Vault) -> list[Settled]:
    """Every letter a killed run left recorded as being written: kept and recorded when its file is
    there whole, forgotten otherwise (see the module's words); those kept, for the run to say."""
    settled: list[Settled] = []
    for row in store.writing(vault.records):
        letter = row.letter
        held = _holds(Path(row.path), row.size, letter.sha256)
        if held:
            finish(vault, row, settling=True)
            to = str(json.loads(row.ledger).get("to", rules.TO_CLIENT))
            settled.append(Settled(letter.client_id, letter.closes_on, Path(row.path), to, letter.language))
        else:
            if held is None:
                _clear_unlinked(Path(row.path), row.size, letter.sha256)
            with vault.records.transaction():
                store.drop_writing(vault.records, letter.letter_id)
    return settled


def _clear_unlinked(path: Path, size: int, sha256: str) -> None:
    """The hidden copy new_file.write_new makes first (`.<name>.new-<process>`), left whole by a run
    killed before it took the letter's name: taken away only when it holds exactly the letter's bytes
    (a part-written one cannot be told from another program's file, and stays)."""
    try:
        found = [p for p in path.parent.iterdir() if p.name.startswith(f".{path.name}.new-")]
    except OSError:
        return
    for tmp in found:
        if _holds(tmp, size, sha256):
            with contextlib.suppress(OSError):
                tmp.unlink()


__all__ = ["Settled", "begin", "finish", "settle"]
