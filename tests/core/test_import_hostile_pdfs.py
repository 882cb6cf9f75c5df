"""Hostile PDFs handed to `import pdf-folder`: each comes in or is refused with its reason,
the import goes on with the others, memory stays bounded, nothing in a PDF is run.

Found: a 72 KB PDF whose 200 pages share one content stream of 20 MB of text kept text
extraction busy for over ten minutes (killed, 430 MB and growing); 20,000 pages were all
read twice (dry run and import). A PDF with only an owner password (printing restricted),
which every viewer opens, was refused as password-protected."""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
import zlib
from pathlib import Path

import pypdf
import pytest

from tests.conftest import PASSPHRASE
from tests.core.cli_helpers import cli_process, init_vault
from vault_app.services.importers import simplepractice_parse as sp


def _raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF of `objects` (numbered from 1, the first the catalog) with a correct xref."""
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def _stream(content: bytes, *, flate: bool = False, extra: bytes = b"") -> bytes:
    data = zlib.compress(content, 9) if flate else content
    head = b"<< /Length %d%s%s >>" % (len(data), b" /Filter /FlateDecode" if flate else b"", extra)
    return head + b"\nstream\n" + data + b"\nendstream"


def _pages_sharing(content: bytes, pages: int, *, flate: bool = False) -> bytes:
    """`pages` pages that all draw the one content stream (object 4)."""
    kids = " ".join(f"{n} 0 R" for n in range(6, 6 + pages)).encode()
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            b" /Resources << /Font << /F1 3 0 R >> >> >>")
    return _raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>",
                     b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
                     b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", _stream(content, flate=flate), b"null",
                     *([page] * pages)])


def _text(words: str) -> bytes:
    return b"BT /F1 12 Tf 72 720 Td (" + words.encode() + b") Tj ET"


def _text_bomb() -> bytes:
    """About 40 KB compressed: 200 pages each drawing 20 MB of text."""
    line = b"(" + b"A" * 990 + b") Tj T* "
    return _pages_sharing(b"BT /F1 12 Tf 14 TL 72 720 Td " + line * 20_000 + b"ET", 200, flate=True)


def _encrypted(user: str) -> bytes:
    writer = pypdf.PdfWriter(clone_from=io.BytesIO(_pages_sharing(_text("Restricted letter"), 1)))
    writer.encrypt(user_password=user, owner_password="owner secret")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_a_text_bomb_is_read_only_up_to_the_content_cap() -> None:
    data = _text_bomb()
    assert len(data) < 100_000
    read = sp.pdf_text(data)
    assert read.cut
    # Each page's content (20 MB) is over the per-page cap: its text is not extracted at all,
    # and the reading stops once the pages' content adds up past the whole file's cap.
    assert read.text is None and read.problem == "no text layer"


def test_thousands_of_pages_are_read_up_to_the_page_cap() -> None:
    read = sp.pdf_text(_pages_sharing(_text("One page"), sp.MAX_TEXT_PAGES + 500))
    assert read.cut and read.text is not None
    assert read.text.count("One page") == sp.MAX_TEXT_PAGES


def test_text_over_the_character_cap_is_cut_there() -> None:
    words = "Word " * 60_000  # 300,000 characters a page, 8 pages
    read = sp.pdf_text(_pages_sharing(_text(words), 8))
    assert read.cut and read.text is not None and len(read.text) <= sp.MAX_TEXT_CHARS
    assert read.text.startswith("Word Word")


def test_an_ordinary_pdf_is_read_whole() -> None:
    read = sp.pdf_text(_pages_sharing(_text("Intake letter"), 3))
    assert not read.cut and read.text is not None and read.text.count("Intake letter") == 3


def test_an_owner_password_alone_is_no_lock_but_a_user_password_is() -> None:
    owner_only, locked = _encrypted(""), _encrypted("client secret")
    assert pypdf.PdfReader(io.BytesIO(owner_only)).is_encrypted
    assert not sp.pdf_is_locked(owner_only)
    assert sp.pdf_text(owner_only).text == "Restricted letter"
    assert sp.pdf_is_locked(locked)
    assert sp.pdf_text(locked).problem == "encrypted"


def _hostile_folder(folder: Path, marker: Path) -> None:
    folder.mkdir()
    good = _pages_sharing(_text("Good letter"), 1)
    (folder / "2024-01-05 good.pdf").write_bytes(good)
    (folder / "truncated.pdf").write_bytes(good[:300])
    (folder / "program.pdf").write_bytes(b"MZ\x90\x00 not a PDF at all " * 20)
    (folder / "owner-only.pdf").write_bytes(_encrypted(""))
    (folder / "locked.pdf").write_bytes(_encrypted("client secret"))
    (folder / "text-bomb.pdf").write_bytes(_text_bomb())
    bomb = zlib.compressobj(9)
    flood = b"".join(bomb.compress(b" " * (1 << 20)) for _ in range(1024)) + bomb.flush()  # 1 GiB inflated
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R >>"
    (folder / "flate-bomb.pdf").write_bytes(_raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(flood) + flood + b"\nendstream", page]))
    (folder / "many-pages.pdf").write_bytes(_pages_sharing(_text("Page"), 5_000))
    nested = b"[" * 50_000 + b"]" * 50_000
    (folder / "nested.pdf").write_bytes(_raw_pdf([b"<< /Type /Catalog /Pages 2 0 R /Deep 3 0 R >>",
                                                  b"<< /Type /Pages /Kids [4 0 R] /Count 1 >>", nested,
                                                  b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>"]))
    touch = shutil.which("touch") or "/usr/bin/touch"
    (folder / "actions.pdf").write_bytes(_raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R /Names << /JavaScript << /Names [(x) 5 0 R] >> >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /AA << /O 4 0 R >> >>",
        f"<< /S /Launch /F ({touch}) /P ({marker}) /Win << /F (cmd.exe) /P (/c calc) >> >>".encode(),
        b"<< /S /JavaScript /JS (app.launchURL('file:///etc/passwd');) >>"]))
    (folder / "external.pdf").write_bytes(_raw_pdf([
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction << /S /GoToR /F (/etc/passwd) /D [0 /Fit] >> >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        _stream(b"", extra=b" /F (/etc/passwd)")]))


@pytest.mark.skipif(shutil.which("prlimit") is None, reason="needs util-linux prlimit to cap the address space")
def test_a_folder_of_hostile_pdfs_imports_under_a_memory_cap(tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    assert init_vault(vault).code == 0
    added = cli_process("client", "add", "Wren Example", "--dob", "1984-03-02", "--json", "--vault", str(vault))
    chart = added.json()["client"]["chart_number"]
    marker = tmp_path / "launched"
    folder = tmp_path / "from elsewhere"
    _hostile_folder(folder, marker)
    env = {**os.environ, "VAULT_APP_PASSPHRASE": PASSPHRASE}
    # 1.5 GiB of address space for the whole process (Python, Qt-free CLI, SQLCipher, pypdf).
    proc = subprocess.run(["prlimit", f"--as={3 << 29}", sys.executable, "-m", "vault_app", "import", "pdf-folder",
                           str(folder), "--client", chart, "--quiet", "--json", "--vault", str(vault)],
                          capture_output=True, text=True, env=env, timeout=600, check=False)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    report = json.loads(proc.stdout)
    skipped = {s["path"]: s["reason"] for s in report["skipped"]}
    assert skipped == {"locked.pdf": skipped["locked.pdf"], "program.pdf": "Not a PDF, PNG or JPEG file."}
    assert "password" in skipped["locked.pdf"]
    # Everything else is kept as the file it is (a damaged PDF too: its bytes are the record).
    assert report["documents"] == 9
    assert not marker.exists()
    listed = cli_process("attachment", "list", chart, "--json", "--vault", str(vault)).json()
    assert len(listed) == 9
    assert "owner-only.pdf" in {a["filename"] for a in listed}
