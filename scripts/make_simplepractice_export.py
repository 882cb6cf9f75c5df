"""Generate a realistic, entirely FICTIONAL SimplePractice "Export - Complete" folder tree.

Used by the import tests, the import benchmark and for trying the importer out:

    python scripts/make_simplepractice_export.py OUT_DIR [--clients N] [--notes N] [--seed S]

The layout follows what public projects that read this export document:

    Contacts/<First Last - id>.vcf
    Medical Records/<First Last>/Progress Note YYYY-MM-DD HHMMSS <id>.pdf   (and Intake Note ...)
    Medical Records/<First Last>/Diagnosis and treatment plan - <id>.pdf
    Medical Records/<First Last>/Questionnaire - PHQ-9 - <id>.pdf
    Psychotherapy Notes/<First Last>/Psychotherapy Note YYYY-MM-DD HHMMSS <id>.pdf
    Billing Documents/<First Last>/Invoice <id>.pdf
    Secure messages/<First Last> - <thread id>.txt
    Stored documents/<First Last>/<name>.pdf

Every note PDF carries `Client:`, `DOB:` and `Provider:` lines; signed notes add
"Locked and Signed by <provider> on MM/DD/YYYY at H:MM AM ET". On top of the regular
clients the tree always holds the awkward cases an importer must survive: two clients
sharing a name (one folder, told apart only by DOB), a scanned-only PDF (an image, no
text layer), a malformed vCard and a password-protected PDF. Names are invented from
syllables; no real person is described.
"""

from __future__ import annotations

import argparse
import io
import random
import struct
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from fpdf import FPDF

PROVIDER = "Dr. Morgan Quill, PsyD"
_FIRST = ("Ada", "Bram", "Cleo", "Dario", "Esme", "Fenn", "Gala", "Hollis", "Ines", "Jory", "Kit", "Lumi",
          "Mavi", "Nico", "Orla", "Pim", "Quin", "Roux", "Saba", "Tove", "Ulla", "Vero", "Wren", "Yael")
_LAST = ("Ambervale", "Brisket", "Calloway", "Dunmore", "Eastwick", "Farrowby", "Glenhollow", "Harrowgate",
         "Inchcape", "Juniper", "Kestrelle", "Larkspur", "Moorcroft", "Nettlefield", "Oakhurst", "Pennywhistle")
_SENTENCES = (
    "Client reported improved sleep since the last session.",
    "We reviewed the thought record homework together.",
    "Client practiced paced breathing in session and rated anxiety 4/10 afterwards.",
    "Discussed the upcoming family visit and possible stressors.",
    "Mood described as steady; affect congruent and full range.",
    "Client denied suicidal ideation, intent or plan.",
    "Plan: continue weekly CBT; next session to address avoidance hierarchy.",
    "Explored values clarification exercise; client identified three core values.",
)
# Printable ASCII only: the fixture's PDFs use the core Helvetica font (Latin-1).
SHARED_NAME = ("Sam", "Rivers")


@dataclass
class FakeNote:
    kind: str  # "Progress Note", "Intake Note" or "Psychotherapy Note"
    sp_id: str
    when: datetime  # Eastern Time, as SimplePractice prints it
    text: str
    signed: bool
    path: Path = field(default_factory=Path)


@dataclass
class FakeClient:
    sp_id: str
    first: str
    last: str
    dob: date
    email: str
    phone: str
    notes: list[FakeNote] = field(default_factory=list)
    documents: list[Path] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


@dataclass
class FakeExport:
    root: Path
    clients: list[FakeClient]
    scanned_pdf: Path
    encrypted_pdf: Path
    malformed_vcard: Path
    shared_name: str = " ".join(SHARED_NAME)

    def client(self, sp_id: str) -> FakeClient:
        return next(c for c in self.clients if c.sp_id == sp_id)


def _pdf(lines: list[str]) -> bytes:
    pdf = FPDF()
    pdf.set_creation_date(datetime(2024, 1, 1))  # reproducible bytes for a given seed
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _png(width: int, height: int, rng: random.Random) -> bytes:
    """A grey 'scan' (noise), made without any imaging library."""
    raw = b"".join(b"\x00" + bytes(rng.randrange(180, 256) for _ in range(width)) for _ in range(height))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


def _scanned_pdf(rng: random.Random) -> bytes:
    pdf = FPDF()
    pdf.set_creation_date(datetime(2024, 1, 1))
    pdf.add_page()
    pdf.image(io.BytesIO(_png(120, 160, rng)), x=10, y=10, w=150)
    return bytes(pdf.output())


def _encrypted_pdf(lines: list[str]) -> bytes:
    pdf = FPDF()
    pdf.set_creation_date(datetime(2024, 1, 1))
    pdf.set_encryption(owner_password="owner-fixture", user_password="user-fixture")
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in lines:
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def signed_line(when: datetime) -> str:
    return f"Locked and Signed by {PROVIDER} on {when:%m/%d/%Y} at {when:%I:%M %p} ET"


def note_lines(client: FakeClient, note: FakeNote) -> list[str]:
    lines = [
        note.kind,
        f"Client: {client.name}",
        f"DOB: {client.dob:%m/%d/%Y}",
        f"Provider: {PROVIDER}",
        f"Date of service: {note.when:%m/%d/%Y} {note.when:%I:%M %p} ET",
        "",
        note.text,
    ]
    if note.signed:
        lines += ["", signed_line(note.when + timedelta(hours=3))]
    return lines


def vcard(client: FakeClient) -> str:
    return (
        "BEGIN:VCARD\r\nVERSION:3.0\r\n"
        f"N:{client.last};{client.first};;;\r\nFN:{client.name}\r\n"
        f"BDAY:{client.dob.isoformat()}\r\n"
        f"EMAIL;TYPE=INTERNET:{client.email}\r\nTEL;TYPE=CELL:{client.phone}\r\n"
        f"UID:simplepractice-{client.sp_id}\r\nEND:VCARD\r\n"
    )


def _write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8", newline="")
    else:
        path.write_bytes(data)
    return path


def _text(rng: random.Random) -> str:
    return " ".join(rng.sample(_SENTENCES, k=rng.randint(3, 6)))


def make_export(root: Path, *, clients: int = 4, notes_per_client: int = 3, seed: int = 7) -> FakeExport:
    """Write the tree under root (created) and return what it holds, for tests to compare."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    people: list[FakeClient] = []
    next_id = iter(range(100_001, 10_000_000))
    for i in range(max(clients, 0)):
        # Distinct names by construction (never the shared one): syllable pairs, then numbered.
        first, last = _FIRST[i % len(_FIRST)], _LAST[(i // len(_FIRST)) % len(_LAST)]
        if i >= len(_FIRST) * len(_LAST):
            last = f"{last}{i}"
        people.append(_person(rng, next(next_id), first, last))
    # Two clients sharing a name: SimplePractice puts both in one folder.
    twins = [_person(rng, next(next_id), *SHARED_NAME) for _ in range(2)]
    twins[1].dob = twins[0].dob.replace(year=twins[0].dob.year + 7)
    people += twins

    start = datetime(2023, 1, 9, 10, 0)
    for client in people:
        _write(root / "Contacts" / f"{client.name} - {client.sp_id}.vcf", vcard(client))
        for n in range(notes_per_client):
            when = start + timedelta(days=7 * n + rng.randint(0, 3), hours=rng.randint(0, 7))
            kind = "Intake Note" if n == 0 else "Progress Note"
            note = FakeNote(kind, str(next(next_id)), when, _text(rng), signed=(n % 4 != 3))
            note.path = root / "Medical Records" / client.name / f"{kind} {when:%Y-%m-%d %H%M%S} {note.sp_id}.pdf"
            _write(note.path, _pdf(note_lines(client, note)))
            client.notes.append(note)
            if n % 2 == 1:
                pn = FakeNote("Psychotherapy Note", str(next(next_id)), when, _text(rng), signed=True)
                pn.path = root / "Psychotherapy Notes" / client.name / (
                    f"Psychotherapy Note {when:%Y-%m-%d %H%M%S} {pn.sp_id}.pdf")
                _write(pn.path, _pdf(note_lines(client, pn)))
                client.notes.append(pn)
        header = [f"Client: {client.name}", f"DOB: {client.dob:%m/%d/%Y}", f"Provider: {PROVIDER}"]
        folder = root / "Medical Records" / client.name
        client.documents += [
            _write(folder / f"Diagnosis and treatment plan - {next(next_id)}.pdf",
                   _pdf(["Diagnosis and treatment plan", *header, "Diagnosis: F41.1 Generalized anxiety disorder",
                         "Goal 1: Reduce worry to under one hour a day."])),
            _write(folder / f"Questionnaire - PHQ-9 - {next(next_id)}.pdf",
                   _pdf(["Questionnaire - PHQ-9", *header,
                         *(f"Item {i}: {rng.randint(0, 3)}" for i in range(1, 10)), "Total score: 9"])),
            _write(root / "Billing Documents" / client.name / f"Invoice {next(next_id)}.pdf",
                   _pdf(["Invoice", *header, "90834 Psychotherapy, 45 minutes  $150.00"])),
            _write(root / "Secure messages" / f"{client.name} - {next(next_id)}.txt",
                   f"Client: {client.name}\nDOB: {client.dob:%m/%d/%Y}\n\n"
                   f"{start:%m/%d/%Y %I:%M %p} ET - {client.first}: Can we move Thursday to 3pm?\n"
                   f"{start:%m/%d/%Y %I:%M %p} ET - {PROVIDER}: Yes, see you then.\n"),
        ]
        if client.sp_id != twins[1].sp_id:  # one folder per name: only one of the twins has stored documents
            client.documents.append(_write(
                root / "Stored documents" / client.name / "Signed consent.pdf",
                _pdf(["Informed consent", *header, "Signed electronically."])))
    first = people[0]
    scanned = _write(root / "Medical Records" / first.name / "Progress Note 2023-02-01 090000 990001.pdf",
                     _scanned_pdf(rng))
    locked = _write(root / "Medical Records" / first.name / "Progress Note 2023-02-02 090000 990002.pdf",
                    _encrypted_pdf(["Progress Note", f"Client: {first.name}", "Protected."]))
    broken = _write(root / "Contacts" / "Broken Card - 990003.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN Broken\r\n")
    return FakeExport(root, people, scanned, locked, broken)


def _person(rng: random.Random, sp_id: int, first: str, last: str) -> FakeClient:
    dob = date(1950, 1, 1) + timedelta(days=rng.randint(0, 365 * 50))
    return FakeClient(str(sp_id), first, last, dob, f"{first.lower()}.{last.lower()}@example.org",
                      f"555-01{rng.randint(0, 99):02d}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out", type=Path)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--notes", type=int, default=3, help="notes per client")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    made = make_export(args.out, clients=args.clients, notes_per_client=args.notes, seed=args.seed)
    print(f"Wrote a fictional export with {len(made.clients)} clients to {made.root}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
