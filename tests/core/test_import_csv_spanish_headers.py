"""A client list whose header row is in Spanish, or from a system without a preset, is mapped
by its column names (round 39's walker: "Nombre", "Apellido(s)", "Fecha de nacimiento"... mapped
nothing, and without a preset nothing at all was mapped): accent- and case-blind, in the command
line and the app (tests/gui/test_import_csv_recognised.py). Two surnames ("Primer apellido",
"Segundo apellido") make one, as a chart typed in lists it; "Nombre" alone is the whole name. The
columns no field takes are said, so the therapist sees what stays out. Real vault, real files."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.core.cli_helpers import cli_in_process, init_vault
from vault_app.domain.errors import InvalidInput
from vault_app.services import clients
from vault_app.services.importers.csv_clients import import_csv, plan_csv, preview_csv
from vault_app.services.vault import Vault

SPANISH = ("Nº de expediente;Nombre;Primer apellido;Segundo apellido;Fecha de nacimiento;Teléfono;"
           "Correo electrónico;Dirección;Última cita;Notas\n"
           "7001;María José;García;López;1980-03-04;555-0101;mj@example.org;Calle 1;2026-11-20;paga en efectivo\n"
           "7002;Íñigo;Peña;;1975-12-25;555-0102;;;;\n")


def _file(tmp_path: Path, text: str, name: str = "clientes.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_spanish_headers_are_mapped_without_a_preset(tmp_path: Path) -> None:
    preview = preview_csv(_file(tmp_path, SPANISH))
    assert preview.mapping == {
        "id": "Nº de expediente", "first_name": "Nombre", "last_name": "Primer apellido",
        "second_last_name": "Segundo apellido", "date_of_birth": "Fecha de nacimiento", "phone": "Teléfono",
        "email": "Correo electrónico", "address": "Dirección", "last_service": "Última cita"}
    assert preview.unused == ("Notas",)  # said, not silently dropped


@pytest.mark.parametrize("header,expected", [
    # Accent- and case-blind, the "(s)" of "Apellido(s)" read as written.
    ("NOMBRE,APELLIDO(S),FECHA DE NACIMIENTO,TELEFONO,CORREO ELECTRONICO",
     {"first_name": "NOMBRE", "last_name": "APELLIDO(S)", "date_of_birth": "FECHA DE NACIMIENTO",
      "phone": "TELEFONO", "email": "CORREO ELECTRONICO"}),
    ("nombre,apellidos,f. nacimiento,móvil,e-mail",
     {"first_name": "nombre", "last_name": "apellidos", "date_of_birth": "f. nacimiento", "phone": "móvil",
      "email": "e-mail"}),
    # "Nombre" without a surname column is the whole name.
    ("Nombre,Teléfono", {"name": "Nombre", "phone": "Teléfono"}),
    ("Nombre completo,Celular,Domicilio", {"name": "Nombre completo", "phone": "Celular", "address": "Domicilio"}),
    # An English list of a system without a preset: what the presets know, recognised.
    ("First Name,Last Name,DOB,Email,Insurance", {"first_name": "First Name", "last_name": "Last Name",
                                                  "date_of_birth": "DOB", "email": "Email"}),
])
def test_headers_recognised(tmp_path: Path, header: str, expected: dict[str, str]) -> None:
    assert preview_csv(_file(tmp_path, header + "\n" + ",".join("x" * len(header.split(","))) + "\n"),
                       require_name=False).mapping == expected


def test_the_app_s_default_preset_maps_a_spanish_list_too(vault: Vault, tmp_path: Path) -> None:
    """The wizard starts on the SimplePractice preset: its English headers are not in the file,
    and the Spanish ones are recognised after them."""
    report = import_csv(vault, _file(tmp_path, SPANISH), preset="simplepractice")
    assert report.charts_created == 2
    people = {c.legal_name: clients.get_client(vault, c.client_id) for c in clients.list_clients(vault)}
    maria = people["María José García López"]
    assert maria.sort_as == "García López"  # listed under both surnames, as typed in
    assert maria.date_of_birth is not None and maria.date_of_birth.isoformat() == "1980-03-04"
    assert maria.contact.phone == "555-0101" and maria.contact.email == "mj@example.org"
    assert people["Íñigo Peña"].sort_as == "Peña"


def test_a_mapping_set_by_hand_is_all_that_is_used_when_asked(vault: Vault, tmp_path: Path) -> None:
    """The app's mapping screen sends its choice whole (a column set to "not in the file" stays
    out): nothing is recognised on top of it."""
    path = _file(tmp_path, SPANISH)
    plan = plan_csv(vault, path, mapping={"first_name": "Nombre", "last_name": "Primer apellido"}, recognise=False)
    assert [c.name for c in plan.charts] == ["María José García", "Íñigo Peña"]
    assert all(c.phone == "" and c.date_of_birth is None for c in plan.charts)
    with pytest.raises(InvalidInput):
        plan_csv(vault, path, mapping={"phone": "Teléfono"}, recognise=False)  # no name: refused as before


def test_the_command_line_maps_spanish_headers_and_says_what_stays_out(tmp_path: Path) -> None:
    folder = tmp_path / "v"
    assert init_vault(folder).code == 0
    path = _file(tmp_path, SPANISH)
    dry = cli_in_process("import", "csv", str(path), "--dry-run", "--vault", str(folder))
    assert dry.code == 0, dry.err
    assert "second_last_name <- Segundo apellido" in dry.out
    assert "Columns not used: Notas" in dry.out
    as_json: Any = cli_in_process("import", "csv", str(path), "--dry-run", "--json", "--vault", str(folder)).json()
    assert as_json["unused_columns"] == ["Notas"]
    # A recognised column left out by hand: --map FIELD= (nothing after the =).
    left = cli_in_process("import", "csv", str(path), "--dry-run", "--json", "--map", "phone=", "--vault", str(folder))
    assert left.code == 0, left.err
    assert "phone" not in left.json()["mapping"] and "Teléfono" in left.json()["unused_columns"]
    done = cli_in_process("import", "csv", str(path), "--json", "--quiet", "--vault", str(folder))
    assert done.code == 0, done.err
    names = {c["legal_name"] for c in cli_in_process("client", "list", "--json", "--vault", str(folder)).json()}
    assert names == {"Íñigo Peña", "María José García López"}
