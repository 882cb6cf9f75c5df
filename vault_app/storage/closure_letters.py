"""The notices of closure sent, kept in records.db (migration 0122): their text, inside address, how
each went, and the closing day they announced; and those being written (migration 0123), each
recorded before its file and taken away in the transaction that keeps it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from vault_app.storage.compartment import Compartment


@dataclass(frozen=True)
class KeptClosureLetter:
    letter_id: str
    client_id: str
    closes_on: date
    letter_date: date
    language: str
    delivery: str
    address: tuple[str, ...]
    body: str
    sha256: str
    created_at: str


_COLS = "letter_id, client_id, closes_on, letter_date, language, delivery, address, body, sha256, created_at"


def insert(db: Compartment, letter: KeptClosureLetter) -> None:
    db.execute(
        f"INSERT INTO closure_letters ({_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (letter.letter_id, letter.client_id, letter.closes_on.isoformat(), letter.letter_date.isoformat(),
         letter.language, letter.delivery, "\n".join(letter.address), letter.body, letter.sha256, letter.created_at),
    )


def for_client(db: Compartment, client_id: str) -> list[KeptClosureLetter]:
    """The client's notices, the oldest first."""
    rows = db.query(f"SELECT {_COLS} FROM closure_letters WHERE client_id = ? ORDER BY created_at, rowid",
                    (client_id,))
    return [KeptClosureLetter(str(r["letter_id"]), str(r["client_id"]), date.fromisoformat(str(r["closes_on"])),
                              date.fromisoformat(str(r["letter_date"])), str(r["language"]), str(r["delivery"]),
                              tuple(line for line in str(r["address"]).split("\n") if line), str(r["body"]),
                              str(r["sha256"]), str(r["created_at"])) for r in rows]


def sent_for(db: Compartment, closes_on: date) -> dict[str, date]:
    """The clients sent a notice of this closing day: their id and the day of the first letter."""
    rows = db.query("SELECT client_id, MIN(letter_date) AS first FROM closure_letters WHERE closes_on = ? "
                    "GROUP BY client_id", (closes_on.isoformat(),))
    return {str(r["client_id"]): date.fromisoformat(str(r["first"])) for r in rows}


@dataclass(frozen=True)
class WritingClosureLetter:
    """A letter recorded before its file is written: the letter as kept, the file's path, the size and
    digest of the bytes that go into it, and the ledger entry's fields (JSON) its recording will say."""

    letter: KeptClosureLetter
    size: int
    path: str
    ledger: str


def insert_writing(db: Compartment, writing: WritingClosureLetter) -> None:
    letter = writing.letter
    db.execute(
        f"INSERT INTO closure_letters_writing ({_COLS}, size, path, ledger) VALUES ({', '.join('?' * 13)})",
        (letter.letter_id, letter.client_id, letter.closes_on.isoformat(), letter.letter_date.isoformat(),
         letter.language, letter.delivery, "\n".join(letter.address), letter.body, letter.sha256, letter.created_at,
         writing.size, writing.path, writing.ledger),
    )


def writing(db: Compartment) -> list[WritingClosureLetter]:
    """The letters recorded as being written whose keeping never came (a run killed between), the oldest first."""
    rows = db.query(f"SELECT {_COLS}, size, path, ledger FROM closure_letters_writing ORDER BY created_at, rowid")
    return [WritingClosureLetter(
        KeptClosureLetter(str(r["letter_id"]), str(r["client_id"]), date.fromisoformat(str(r["closes_on"])),
                          date.fromisoformat(str(r["letter_date"])), str(r["language"]), str(r["delivery"]),
                          tuple(line for line in str(r["address"]).split("\n") if line), str(r["body"]),
                          str(r["sha256"]), str(r["created_at"])),
        int(r["size"]), str(r["path"]), str(r["ledger"])) for r in rows]


def drop_writing(db: Compartment, letter_id: str) -> None:
    db.execute("DELETE FROM closure_letters_writing WHERE letter_id = ?", (letter_id,))


__all__ = ["KeptClosureLetter", "WritingClosureLetter", "drop_writing", "for_client", "insert", "insert_writing",
           "sent_for", "writing"]
