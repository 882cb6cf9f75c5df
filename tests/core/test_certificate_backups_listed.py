"""The certificate's PDF names each purged backup and how it was purged. Found in the real app:
it said "Backups purged 3" and its step "(see each one's method)", but only the signed JSON
named the backups and their methods; the PDF is what a therapist hands over as the proof. And
a policy of 1 year printed "adults 1 years after the last contact", "1 search strings"."""

from __future__ import annotations

import io
import re
from pathlib import Path
from typing import Any

import pypdf
import pytest

from tests.core.destruction_helpers import seed_chart
from vault_app.domain.retention import RetentionPolicy
from vault_app.services import backup, backup_repo, certificates, destruction, retention
from vault_app.services.certificate_pdf import render
from vault_app.services.vault import Vault


def _printed(document: dict[str, Any]) -> str:
    text = " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(render(document))).pages)
    return re.sub(r"\s+", " ", text)


@pytest.fixture
def destroyed(psy_vault: Vault, tmp_path: Path) -> tuple[dict[str, Any], dict[str, Path]]:
    """A real destruction with two registered backups present (a single file, a repository's
    snapshot) and one registered backup whose drive is gone, under a 1-year policy."""
    retention.set_policy(psy_vault, adult_years=1, minor_years_after_majority=1)
    target = seed_chart(psy_vault, "T")
    seed_chart(psy_vault, "O")
    paths = {"file": Path(backup.create_backup(psy_vault, tmp_path / "usb", verify=True).path),
             "snapshot": Path(backup_repo.create_incremental(psy_vault, tmp_path / "repo", verify=True).path),
             "gone": Path(backup.create_backup(psy_vault, tmp_path / "gone", rotate_old=False).path)}
    paths["gone"].unlink()
    body = destruction.destroy(psy_vault, target.chart_number, basis="retention", confirm=target.chart_number)
    return certificates.signed_document(psy_vault, body["certificate_id"]), paths


def test_each_purged_backup_is_named_with_its_folder_method_and_result(
        destroyed: tuple[dict[str, Any], dict[str, Path]]) -> None:
    body, paths = destroyed
    assert [b["status"] for b in body["certificate"]["verification"]["backups"]] == ["purged", "purged"]
    text = _printed(body)
    assert "Backups purged 2" not in text
    assert "2 registered backups purged and searched" in text
    # name, date: result / folder / method (its number, its few words)
    line = r", made .*?: purged and searched: clean folder: .+? method \(\d\): [^:]+"
    file_line = re.search(re.escape(paths["file"].name) + line, text)
    snap_line = re.search(re.escape(paths["snapshot"].name) + line, text)
    assert file_line and snap_line, text
    # The date each was made, on the practice's clock (the names carry the day only).
    assert re.search(re.escape(paths["file"].name) + r", made \S+ \d", text), text
    assert re.search(re.escape(paths["snapshot"].name) + r", made \S+ \d", text), text
    assert all(b["created"] for b in body["certificate"]["verification"]["backups"])
    assert str(paths["file"].parent) in text and str(paths["snapshot"].parent) in text
    assert "single backup file" in file_line.group(0) and "snapshot" not in file_line.group(0)
    assert "snapshot of a backup repository" in snap_line.group(0)
    assert text.count("purged and searched: clean") == 2
    # Each method's words once, each backup pointing at its own.
    assert "re-encrypted under a fresh random key, the copy written into a new container" in text
    assert "only the pages that deletion changed were written anew" in text
    # Not reachable: named as the JSON names it, with the copies the app never knew of.
    beyond = text.rsplit("Copies beyond the app's reach", 1)[1]
    assert "Registered backup not reachable" in beyond and f"{paths['gone'].parent.name}/" in beyond
    assert f"{paths['gone'].parent.name}/" not in text.rsplit("Copies beyond the app's reach", 1)[0]
    assert "did not create or register" in text


def test_one_year_and_one_search_string_are_said_in_the_singular(
        destroyed: tuple[dict[str, Any], dict[str, Path]]) -> None:
    body, _ = destroyed
    assert body["certificate"]["basis"]["policy"] == (
        "adults 1 year after the last contact; minors the later of that and 1 year after age 18")
    body["certificate"]["verification"]["content_search"]["search_strings"] = 1
    text = _printed(body)
    assert "1 years" not in text and "1 search strings" not in text
    assert "1 search string;" in text


@pytest.mark.parametrize(("adult", "minor", "said"), [
    (1, 1, "adults 1 year after the last contact; minors the later of that and 1 year after age 18"),
    (2, 1, "adults 2 years after the last contact; minors the later of that and 1 year after age 18"),
    (7, 3, "adults 7 years after the last contact; minors the later of that and 3 years after age 18"),
])
def test_the_policy_is_described_in_its_numbers_forms(adult: int, minor: int, said: str) -> None:
    assert RetentionPolicy(adult, minor, 18).describe() == said
