"""A client list's columns recognised by their names, whatever system wrote the list: the
presets' English headers and the Spanish ones a Spanish-speaking practice's list has ("Nombre",
"Apellido(s)", "Primer apellido", "Segundo apellido", "Fecha de nacimiento", "Teléfono", "Correo
electrónico"...). Accent-, case- and punctuation-blind: "TELEFONO", "teléfono" and "Teléfono:" are
one header. Without this a Spanish list mapped nothing, and a list without a preset nothing at all
(round 39's walker); now each field takes the first column of the file that one of its names
fits, after the preset's own headers, and the columns no field takes are said (csv_clients).

"Nombre" is the first name where the list has a surname column, else the whole name: a list with
"Nombre" and "Teléfono" alone writes the whole name there. A second surname ("Segundo apellido")
is its own field: the chart's name and its sort-as take both surnames, as a chart typed in does.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

# Each field's names, in the order they are tried; English first (every preset's), then Spanish.
NAMES: Mapping[str, tuple[str, ...]] = {
    "id": ("Client ID", "Patient ID", "Chart Number", "ID", "Nº de expediente", "Número de expediente",
           "No. de expediente", "Expediente", "ID de cliente", "ID del cliente", "ID del paciente",
           "Número de cliente", "Número de paciente", "Código de cliente", "Código"),
    "name": ("Client Name", "Patient Name", "Full Name", "Client", "Patient", "Name", "Nombre completo",
             "Nombre y apellidos", "Nombre del cliente", "Nombre del paciente", "Cliente", "Paciente"),
    "first_name": ("First Name", "Given Name", "Patient First Name", "Nombre", "Nombres", "Nombre de pila",
                   "Primer nombre"),
    "last_name": ("Last Name", "Surname", "Patient Last Name", "Apellido(s)", "Apellidos", "Apellido",
                  "Primer apellido", "Apellido paterno"),
    "second_last_name": ("Segundo apellido", "Apellido materno"),
    "date_of_birth": ("Date of Birth", "DOB", "Birthdate", "Birth Date", "Fecha de nacimiento", "Fecha nacimiento",
                      "F. nacimiento", "F. de nacimiento", "Fecha nac", "Nacimiento"),
    "email": ("Email", "Email Address", "E-mail", "Correo electrónico", "Correo", "Correo-e", "Email del cliente"),
    "phone": ("Phone", "Mobile Phone", "Phone Number", "Mobile", "Home Phone", "Teléfono", "Teléfono móvil",
              "Teléfono celular", "Celular", "Móvil", "Tel", "Número de teléfono"),
    "address": ("Address", "Street Address", "Street", "Dirección", "Domicilio", "Dirección postal"),
    "last_service": ("Last Appointment", "Last Appointment Date", "Last Seen", "Last Session", "Last Visit",
                     "Última cita", "Fecha de la última cita", "Última sesión", "Última visita", "Último servicio"),
}
# The first-name names that are the whole name in a list with no surname column.
WHOLE_NAME_ALONE = ("Nombre", "Nombres")
_SURNAMES = ("last_name", "second_last_name")


def loose(header: str) -> str:
    """A header as recognised: accents, case, punctuation and spacing left out ("Apellido(s)" and
    "APELLIDO S" are one). Letters of any script stay."""
    decomposed = unicodedata.normalize("NFKD", header)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = plain.replace("º", "o").replace("ª", "a")
    return " ".join(re.sub(r"[\W_]+", " ", plain).split())


def recognise(columns: Iterable[str], found: Mapping[str, str]) -> dict[str, str]:
    """`found` (field -> column, a preset's picks) with each field it lacks given the first
    column one of that field's NAMES fits and no field has taken."""
    by_loose: dict[str, str] = {}
    for column in columns:
        by_loose.setdefault(loose(column), column)
    mapped = dict(found)
    taken = set(mapped.values())
    for fld, names in NAMES.items():
        if fld in mapped:
            continue
        hit = next((by_loose[loose(n)] for n in names if loose(n) in by_loose and by_loose[loose(n)] not in taken),
                   None)
        if hit is not None:
            mapped[fld] = hit
            taken.add(hit)
    first = mapped.get("first_name")
    if first is not None and "name" not in mapped and not any(s in mapped for s in _SURNAMES) \
            and loose(first) in {loose(n) for n in WHOLE_NAME_ALONE}:
        mapped["name"] = mapped.pop("first_name")
    return mapped


__all__ = ["NAMES", "WHOLE_NAME_ALONE", "loose", "recognise"]
