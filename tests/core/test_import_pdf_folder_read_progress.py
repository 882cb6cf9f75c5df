"""The folder-of-PDFs dry run says how far it has read and stops at the next file when asked.

Found in the real app: a folder of 40 scans of 5 MB each showed "Reading the export…" for
over a minute with no count, and after Cancel it read on for twenty seconds more. Counted,
not timed: a stop after the k-th file leaves exactly k files read."""

from __future__ import annotations

from pathlib import Path

import pytest

from scripts.make_simplepractice_export import _pdf
from vault_app.services import clients
from vault_app.services.importers import simplepractice_parse as sp
from vault_app.services.importers.pdf_folder import plan_pdf_folder, plan_pdf_folder_beside
from vault_app.services.importers.plan import ImportStopped
from vault_app.services.vault import Vault

FILES = 6


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "Scans"
    folder.mkdir()
    for i in range(FILES):
        (folder / f"Scan {i} 2023-01-0{i + 1}.pdf").write_bytes(_pdf([f"Page {i}"]))
    return folder


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files the dry run read, in order (the real reading, counted)."""
    read: list[str] = []
    real = sp.read_file

    def counted(path: Path) -> bytes | None:
        read.append(path.name)
        return real(path)

    monkeypatch.setattr(sp, "read_file", counted)
    return read


def test_every_file_read_is_counted_of_the_whole(vault: Vault, tmp_path: Path, reads: list[str]) -> None:
    client_id = clients.create_client(vault, "Odile Farrant").client_id
    heard: list[tuple[int, int]] = []
    plan = plan_pdf_folder(vault, _folder(tmp_path), client_id, progress=lambda n, of: heard.append((n, of)))
    assert heard == [(n, FILES) for n in range(1, FILES + 1)]
    assert len(reads) == FILES and len(plan.charts[0].items) == FILES


@pytest.mark.parametrize("k", [0, 1, 3, FILES - 1])
def test_a_stop_after_the_kth_file_reads_no_more(vault: Vault, tmp_path: Path, reads: list[str], k: int) -> None:
    client_id = clients.create_client(vault, "Odile Farrant").client_id
    heard: list[tuple[int, int]] = []
    with pytest.raises(ImportStopped):
        # As the wizard's Cancel does: asked before each file, it says stop once k are read.
        plan_pdf_folder_beside(lambda fn: fn(vault), _folder(tmp_path), client_id,
                               stop=lambda: len(heard) >= k, progress=lambda n, of: heard.append((n, of)))
    assert len(reads) == k
    assert heard == [(n, FILES) for n in range(1, k + 1)]
