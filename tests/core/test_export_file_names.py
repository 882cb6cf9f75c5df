"""An export's files are named in the client's letter language, as the notices of closure are
(domain/export_file_names). Found by the round's brief: a disclosure, the complete open export and
an access copy proposed or wrote English names ("disclosure-…", "chart-export.pdf",
"access-copy-…-progress.pdf") for a client whose letters are in Spanish. The table (each language,
each kind) and the access copy written on a real vault."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from tests.core import disclosure_fixtures as fx
from vault_app.domain import export_file_names as names
from vault_app.services import access_copy, clients, requests
from vault_app.services.vault import Vault

DAY = date(2026, 12, 7)

# language -> (disclosure, complete open export, access copy of the progress notes, of the billing information)
TABLE = [
    ("en", "disclosure-2026-12-07.pdf", "chart-export.pdf", "access-copy-C00012-R-1-progress.pdf",
     "access-copy-C00012-R-1-billing.pdf"),
    ("es", "divulgacion-2026-12-07.pdf", "expediente-completo.pdf", "copia-de-acceso-C00012-R-1-notas-de-evolucion.pdf",
     "copia-de-acceso-C00012-R-1-facturacion.pdf"),
    ("fr", "disclosure-2026-12-07.pdf", "chart-export.pdf", "access-copy-C00012-R-1-progress.pdf",  # none: English
     "access-copy-C00012-R-1-billing.pdf"),
]


@pytest.mark.parametrize(("language", "disclosure", "whole", "progress", "billing"), TABLE)
def test_the_names_in_each_language(language: str, disclosure: str, whole: str, progress: str, billing: str) -> None:
    assert names.disclosure(DAY, language) == disclosure
    assert names.open_export(language) == whole
    assert names.access_copy("C00012", "R-1", "progress", language) == progress
    assert names.access_copy("C00012", "R-1", "billing", language) == billing


def test_every_name_is_ascii_and_a_plain_file_name() -> None:
    for language, said in names.NAMES.items():
        for name in (said.disclosure, said.open_export, said.access_copy, *said.kinds.values()):
            assert name.isascii() and not re.search(r'[\\/:*?"<>| ]', name), (language, name)
        assert set(said.kinds) == {"progress", "psychotherapy", "billing"}


def test_an_access_copy_for_a_spanish_lettered_client_is_named_in_spanish(vault: Vault, tmp_path: Path) -> None:
    chart = fx.make_chart(vault, n=1)
    clients.update_client(vault, chart.client_id, letters_in="es")
    number = clients.get_client(vault, chart.client_id).chart_number
    q = requests.add_request(vault, chart.client_id, kind="access", received_on=fx.days_ago(1))
    folder = tmp_path / "copies"
    folder.mkdir()
    result = access_copy.grant_with_copy(vault, q.id, folder=folder, password=fx.PASSWORD)
    assert sorted(p.name for _w, p in result.made) == [
        f"copia-de-acceso-{number}-{q.id}-facturacion.pdf", f"copia-de-acceso-{number}-{q.id}-notas-de-evolucion.pdf"]
    assert sorted(p.name for p in folder.iterdir()) == sorted(p.name for _w, p in result.made)
