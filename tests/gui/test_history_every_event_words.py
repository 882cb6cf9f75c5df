"""Every entry the chart's History tab can show reads in a clinician's words, in English and in
Spanish. Found in the real app (round 45's walker, shot 140): "note: signed (kind psychotherapy)",
"disclosure (disclosure id D-0fd0b4e2c6; kind progress)", the ledger's stored kinds with ': ' for
the dot. The kinds are read from the services' own calls to the ledger (a string or a module's
constant), so a kind logged later without words fails here."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import vault_app
from vault_app.gui import i18n
from vault_app.gui.history_kind_words import DISCLOSED, KINDS, REQUESTED, RESTRICTED
from vault_app.gui.history_words import EVENTS, describe_event

pytestmark = pytest.mark.gui

ROOT = Path(vault_app.__file__).parent
LOGGING_CALLS = {"append", "audit", "log", "_log", "_audit"}
KIND = re.compile(r"^[a-z_0-9]+\.[a-z_0-9]+$|^disclosure$")
# Entries that name no chart (no client_id: the vault's, the practice's, the backups'): never on a
# chart's History tab, so no words here.
NOT_ON_A_CHART = {
    "attachment.bodies_moved", "audit.verified", "backup.folder_lost", "backup.folder_lost_seen",
    "backup.folder_marked", "backup.settings_changed", "billing.policy_updated", "complaint.destroyed",
    "complaint.disposed", "complaint.received", "compliance.destroyed", "demo.generated", "fee.schedule_removed",
    "fee.schedule_set", "key.rekey_completed_after_interruption", "key.revealed", "kit.checked",
    "passphrase.changed", "practice.updated", "psychotherapy.locked", "psychotherapy.maintenance",
    "psychotherapy.unlocked", "retention.policy_set", "settings.clinical_updated", "settings.quick_unlock",
    "snippet.deleted", "snippet.saved", "vault.created", "vault.format_upgraded", "vault.recovered",
    "vault.unlocked", "vault.upgrade_backup",
}


def _logged_kinds() -> set[str]:
    """The kinds the core hands the ledger: the first or second argument of a logging call, as a
    string or a module-level constant."""
    found: set[str] = set()
    for path in ROOT.rglob("*.py"):
        if "gui" in path.relative_to(ROOT).parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        constants = {target.id: node.value.value for node in tree.body if isinstance(node, ast.Assign)
                     and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
                     for target in node.targets if isinstance(target, ast.Name)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            if name not in LOGGING_CALLS:
                continue
            for arg in node.args[:2]:
                value = (arg.value if isinstance(arg, ast.Constant)
                         else constants.get(arg.id) if isinstance(arg, ast.Name) else None)
                if isinstance(value, str) and KIND.match(value):
                    found.add(value)
    return found


@pytest.fixture
def in_spanish(qapp: object) -> Iterator[None]:
    assert i18n.install("es") == "es"
    yield
    i18n.install("en")


def test_every_kind_logged_about_a_chart_has_words() -> None:
    kinds = _logged_kinds()
    # the scan finds them, by string and by constant
    assert {"note.signed", "appointment.status_changed", "compliance.retained", "request.received"} <= kinds
    assert sorted(kinds - set(EVENTS) - NOT_ON_A_CHART) == []


def _raw(kind: str) -> str:
    return kind.replace(".", ": ").replace("_", " ")


@pytest.mark.parametrize("kind", sorted(EVENTS))
def test_no_event_reads_as_its_stored_kind_in_english(qapp: object, kind: str) -> None:
    line = describe_event(kind, {"client_id": "c1"})
    assert line != _raw(kind) and ": " not in line and "_" not in line, line
    assert line[0].isupper(), line


@pytest.mark.parametrize("kind", sorted(EVENTS))
def test_no_event_reads_as_its_stored_kind_or_in_english_in_spanish(in_spanish: None, kind: str) -> None:
    line = describe_event(kind, {"client_id": "c1"})
    i18n.install("en")
    english = describe_event(kind, {"client_id": "c1"})
    assert line != english and line != _raw(kind) and line[0].isupper(), line


@pytest.mark.parametrize(("event", "table"), [
    ("note.signed", KINDS), ("attachment.added", KINDS), ("disclosure", DISCLOSED),
    ("request.received", REQUESTED), ("restriction.requested", RESTRICTED)])
def test_no_record_reads_as_its_stored_key(in_spanish: None, event: str, table: dict[str, str]) -> None:
    for key in table:
        spanish = describe_event(event, {"kind": key})
        i18n.install("en")
        english = describe_event(event, {"kind": key})
        i18n.install("es")
        assert "kind" not in english and "tipo" not in spanish, (english, spanish)
        assert f"({key})" not in english or key in ("questionnaire", "message"), english  # the word itself
        assert f"({key})" not in spanish and english != spanish, spanish


DISCLOSED_TO_CLIENT = {"disclosure_id": "D-0fd0b4e2c6", "kind": "progress", "client_id": "c1",
                       "basis": {"kind": "client_access"}, "recipient": {"name": "the client"}}


@pytest.mark.parametrize(("kind", "payload", "english", "spanish"), [
    ("note.signed", {"kind": "psychotherapy"}, "Note signed (psychotherapy note)",
     "Nota firmada (nota de psicoterapia)"),
    ("disclosure", DISCLOSED_TO_CLIENT,
     "Disclosure recorded (progress notes; to the client; D-0fd0b4e2c6 on the Disclosures tab)",
     "Divulgación registrada (notas de evolución; para el cliente; D-0fd0b4e2c6 en la pestaña Divulgaciones)"),
    ("disclosure", {"disclosure_id": "D-3", "kind": "billing", "basis": {"kind": "treatment"},
                    "recipient": {"name": "Dr. Rivera"}},
     "Disclosure recorded (billing information; to Dr. Rivera; D-3 on the Disclosures tab)",
     "Divulgación registrada (información de facturación; para Dr. Rivera; D-3 en la pestaña Divulgaciones)"),
    ("session.updated", {"fields": ["cpt_code", "duration_minutes"]},
     "Session details corrected (changed: CPT code, Length)",
     "Datos de la sesión corregidos (cambios: Código CPT, Duración)"),
    ("request.granted", {"kind": "access"}, "Request granted (to see or copy the record)",
     "Solicitud concedida (para ver o copiar el expediente)"),
    ("amendment.accepted", {"kind": "amendment"}, "Amendment accepted", "Enmienda aceptada"),
    ("chart.opened", {"psychotherapy": True}, "Chart opened (with the psychotherapy notes)",
     "Expediente abierto (con las notas de psicoterapia)"),
    ("chart.opened", {"psychotherapy": False}, "Chart opened", "Expediente abierto"),
    ("search.psychotherapy", {"hits": 3}, "Psychotherapy notes searched (3 found)",
     "Búsqueda en las notas de psicoterapia (3 resultados)"),
    ("fee.session_set", {"session_id": "s1", "fee_cents": 15050}, "Session fee set",
     "Honorarios de la sesión fijados"),
    # A kind logged later, before it has words: spelt out, not "vault: invented later".
    ("vault.invented_later", {}, "Vault invented later", "Vault invented later"),
])
def test_lines_in_english_and_in_spanish(qapp: object, kind: str, payload: dict[str, object], english: str,
                                         spanish: str) -> None:
    assert describe_event(kind, payload) == english
    assert i18n.install("es") == "es"
    try:
        assert describe_event(kind, payload) == spanish
    finally:
        i18n.install("en")
