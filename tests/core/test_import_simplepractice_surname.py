"""A SimplePractice contact card names the family name apart (vCard N: "García López;María José"):
the chart is listed under it, as a client list's Last Name column already is. Found in the real
app (round 40's import screens): "María José García López" came in listed under "López", her
second surname, in a practice writing English dates, where the proposal takes the last word.
A card whose family name is not in its full name (FN) is not trusted for it: the proposal stands.
Real export folder, real vault."""

from __future__ import annotations

from pathlib import Path

from scripts.make_simplepractice_export import make_export
from vault_app.services import clients
from vault_app.services.importers.simplepractice import import_simplepractice
from vault_app.services.vault import Vault


def _card(sp_id: str, n: str, fn: str) -> str:
    return (f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{n}\r\nFN:{fn}\r\nBDAY:1980-03-04\r\n"
            f"UID:simplepractice-{sp_id}\r\nEND:VCARD\r\n")


def test_the_card_s_family_name_is_what_the_chart_is_listed_under(vault: Vault, tmp_path: Path) -> None:
    export = make_export(tmp_path / "SP", clients=1, notes_per_client=1)
    contacts = export.root / "Contacts"
    (contacts / "María José García López - 700001.vcf").write_text(
        _card("700001", "García López;María José;;;", "María José García López"), encoding="utf-8")
    (contacts / "Ana de la Cruz - 700002.vcf").write_text(
        _card("700002", "de la Cruz;Ana;;;", "Ana de la Cruz"), encoding="utf-8")
    # N says another family name than FN: not trusted, the proposal (the name's last word) stands.
    (contacts / "Pedro Soto - 700003.vcf").write_text(_card("700003", "Ruiz;Pedro;;;", "Pedro Soto"),
                                                        encoding="utf-8")
    import_simplepractice(vault, export.root)
    listed = {c.legal_name: clients.get_client(vault, c.client_id).sort_as for c in clients.list_clients(vault)}
    assert listed["María José García López"] == "García López"
    assert listed["Ana de la Cruz"] == "Cruz"
    assert listed["Pedro Soto"] in ("", "Soto")
