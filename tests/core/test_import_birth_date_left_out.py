"""A SimplePractice contact card's birth date the chart cannot take (not a date, or in the future)
is said in the dry run and the report, and the dry run shows the chart without it, as the import
makes it. Found by the attacker's walk (thirty-eighth round): `BDAY:2099-01-01` was listed by the
dry run as the chart's birth date, then left out by the import without a word; `BDAY:9999-99-99`
was left out in silence too. The birth date is what tells clients sharing a name apart."""

from __future__ import annotations

from pathlib import Path

import pytest

from vault_app.services import clients
from vault_app.services.importers.simplepractice import import_simplepractice, plan_simplepractice
from vault_app.services.vault import Vault

CARD = "BEGIN:VCARD\nVERSION:3.0\nFN:{name}\nBDAY:{bday}\nEND:VCARD\n"


def _export(tmp_path: Path, cards: dict[str, tuple[str, str]]) -> Path:
    contacts = tmp_path / "export" / "Contacts"
    contacts.mkdir(parents=True)
    for file_name, (name, bday) in cards.items():
        (contacts / file_name).write_text(CARD.format(name=name, bday=bday), encoding="utf-8")
    return tmp_path / "export"


@pytest.mark.parametrize(("bday", "code"), [
    ("2099-01-01", "import.birth_date_future"),
    ("9999-99-99", "import.birth_date_unreadable"),
    ("1980-04-15T00:00:00Z", "import.birth_date_unreadable"),
])
def test_a_birth_date_left_out_is_said_and_the_dry_run_shows_it_left_out(
        vault: Vault, tmp_path: Path, bday: str, code: str) -> None:
    export = _export(tmp_path, {"Ines Harrow - 300001.vcf": ("Ines Harrow", bday),
                                "Kit Larkspur - 300002.vcf": ("Kit Larkspur", "1981-02-03")})
    plan = plan_simplepractice(vault, export)
    said = {i.path: i.reason.code for i in plan.notices}  # type: ignore[attr-defined]
    assert said == {"Contacts/Ines Harrow - 300001.vcf": code}
    assert {c.name: str(c.date_of_birth) for c in plan.charts} == {"Ines Harrow": "None", "Kit Larkspur": "1981-02-03"}

    report = import_simplepractice(vault, export)
    assert {i.path: i.reason.code for i in report.notices} == said  # type: ignore[attr-defined]
    born = {c.legal_name: c.date_of_birth for c in clients.list_clients(vault)}
    assert born["Ines Harrow"] is None and str(born["Kit Larkspur"]) == "1981-02-03"


def test_a_card_without_a_birth_date_says_nothing(vault: Vault, tmp_path: Path) -> None:
    contacts = tmp_path / "export" / "Contacts"
    contacts.mkdir(parents=True)
    (contacts / "Ines Harrow - 300001.vcf").write_text("BEGIN:VCARD\nVERSION:3.0\nFN:Ines Harrow\nEND:VCARD\n",
                                                       encoding="utf-8")
    assert plan_simplepractice(vault, tmp_path / "export").notices == []
