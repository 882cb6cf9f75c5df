"""The certificate of a chart that came in by an import names the copy it was imported from
(found by the import walk): the SimplePractice export (or client list, or folder of scans) the
import only read still holds the chart's notes in plain text, and the certificate's "copies
beyond reach" said nothing of it. A chart typed in by hand gets no such line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scripts.make_simplepractice_export import make_export
from vault_app.services import clients, destruction
from vault_app.services.importers.simplepractice import import_simplepractice
from vault_app.services.vault import Vault
from vault_app.storage import imports


def _destroyed(vault: Vault, number: str) -> Any:
    return destruction.destroy(vault, number, basis="override", confirm=number,
                               override_reason="a second chart made by mistake")


def test_an_imported_chart_s_certificate_names_the_import_s_source(psy_vault: Vault, tmp_path: Path) -> None:
    vault = psy_vault
    export = make_export(tmp_path / "sp", clients=1, notes_per_client=2, seed=7)
    import_simplepractice(vault, export.root)
    mapped = imports.mapped_keys(vault.records, "simplepractice")
    chart = clients.get_client(vault, mapped[f"contact:{export.clients[0].sp_id}"][1])
    statement = _destroyed(vault, chart.chart_number)["copies_beyond_reach"]["statement"]
    said = [line for line in statement if "imported" in line]
    assert len(said) == 1 and "plain text" in said[0]

    typed = clients.create_client(vault, "Odile Farrant")
    statement = _destroyed(vault, typed.chart_number)["copies_beyond_reach"]["statement"]
    assert not [line for line in statement if "imported" in line]
