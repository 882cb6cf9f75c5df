"""No English on a Spanish screen from the outcome measures, the domain's checks and Replace
every key's refusals.

Every error the core builds in MODULES (the measures engine, every module of vault_app/domain,
the re-encrypted copies of Replace every key, and the services' and storage's modules whose
refusals were given codes with these) is read from its source: each has a code whose
words (gui/refusal_words*.py) fill with the params it is given, with Spanish in es.ts, or is a
check no screen can provoke, listed in NO_SCREEN with the reason. Then real refusals are
provoked and said as the Spanish screens say them: a PHQ-9 saved with items unanswered in the
real measure dialog, a file to import that is neither a scan nor text, a word for the
dictionary that is two, Replace every key stopped; and the CLI's English is what it was.
"""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import PASSPHRASE
from tests.core.payable_practice import diagnosed, payable
from tests.gui.conftest import wait_ops
from vault_app.crypto.kdf import KdfParams
from vault_app.domain import errors
from vault_app.domain.measures import get_instrument
from vault_app.domain.spelling import check_personal_word
from vault_app.gui.controller import AppController
from vault_app.gui.refusal_words import HINTS, SAYS, refusal_text, refusal_words
from vault_app.services import attachments, clients
from vault_app.services.vault import CreatedVault, Vault
from vault_app.services.vault_rekey_beside import NOTHING_CHANGED, ReplacementStopped

ROOT = Path(__file__).resolve().parents[2]
ERROR_CLASSES = {name for name, value in vars(errors).items()
                 if isinstance(value, type) and issubclass(value, errors.VaultError)}
MODULES = (*sorted(str(p.relative_to(ROOT)) for p in (ROOT / "vault_app" / "domain").rglob("*.py")),
           "vault_app/storage/rekey_copy.py", "vault_app/services/vault_rekey_beside.py",
           # and the services' and storage's modules whose refusals were given codes with these
           "vault_app/services/superbill.py", "vault_app/services/backup_repo_owner.py",
           "vault_app/storage/migrations/__init__.py", "vault_app/storage/blob_store.py",
           "vault_app/storage/search_index.py", "vault_app/storage/destruction_delete.py",
           "vault_app/storage/destruction_pages.py", "vault_app/services/destruction_image.py",
           "vault_app/services/destruction.py", "vault_app/storage/header.py",
           # destruction.py's finish and retry, split out (their refusals' codes move with them)
           "vault_app/services/destruction_end.py", "vault_app/services/destruction_resume.py",
           "vault_app/services/destruction_again_beside.py", "vault_app/storage/compartment_search.py",
           "vault_app/services/backup_folder_denied.py", "vault_app/storage/compartment_own_file.py")

_FORM_KEYS = "the form's own keys: a screen gives only the keys it has widgets for"
_CHOICES = "a screen offers only the known choices (a list or buttons of them); the command line reads typed ones"
_DEFINITION = "the built-in instruments' definitions (instruments.py), checked when the app starts"
_DECISION_FILE = "decision_input reads the command line's decision file (JSON); the decision window builds its own"
_EVIDENCE = "the legal basis form gives only its own fields, as the kinds it shows (the command line's are typed)"
_REQUEST = "the requests window offers a letter only for a request of its kind"

# Raise sites without a code, (file, the message's first words) -> why no screen says them.
NO_SCREEN: dict[tuple[str, str], str] = {
    ("vault_app/domain/measures/engine.py", "{x}: '{x}' must be text"): _DEFINITION,
    ("vault_app/domain/measures/engine.py", "An instrument definition is missing"): _DEFINITION,
    ("vault_app/domain/measures/engine.py", "An instrument key is"): _DEFINITION,
    ("vault_app/domain/measures/engine.py", "{x}: every item needs"): _DEFINITION,
    ("vault_app/domain/measures/engine.py", "{x}: item ids must be unique"): _DEFINITION,
    ("vault_app/domain/measures/engine.py", "{x}: response values"): _DEFINITION,
    ("vault_app/domain/measures/engine.py", "{x}: bands start at 0"): _DEFINITION,
    ("vault_app/domain/measures/engine.py", "{x}: a band starts above"): _DEFINITION,
    ("vault_app/domain/measures/engine.py", "{x}: a risk item"): _DEFINITION,
    ("vault_app/domain/measures/engine.py", "{x}: the reliable-change threshold"): _DEFINITION,
    ("vault_app/domain/measures/engine.py", "{x}: 'wordings' must be"): _DEFINITION,
    ("vault_app/domain/measures/engine.py", "{x}: a wording's language"): _DEFINITION,
    ("vault_app/domain/measures/engine.py", "{x}: the '{x}' wording must be"): _DEFINITION,
    ("vault_app/domain/measures/engine.py", "{x}: it must have the same items"): _DEFINITION,
    ("vault_app/domain/measures/engine.py", "{x}: it must have the same answers"): _DEFINITION,
    ("vault_app/domain/measures/engine.py", "{x}: every item and answer"): _DEFINITION,
    ("vault_app/domain/measures/engine.py", "{x}: the instruction line"): _DEFINITION,
    ("vault_app/domain/measures/engine.py", "{x}: the source the words"): _DEFINITION,
    ("vault_app/domain/measures/engine.py", "An instrument '{x}' is already registered"): _DEFINITION,
    ("vault_app/domain/accounting.py", "Exclusions are either listed"): _CHOICES,
    ("vault_app/domain/appointments.py", "Unknown appointment status"): _CHOICES,
    ("vault_app/domain/appointments.py", "Unknown repetition"): _CHOICES,
    ("vault_app/domain/authorization.py", "Unknown kind of information"): _CHOICES,
    ("vault_app/domain/billing.py", "The {x} must be an amount such as"):
        "parse_money given True: a form passes cents it read with amounts.parse_amount (coded amount.invalid)",
    ("vault_app/domain/billing.py", "The {x} must be between 0.00"):
        "a form's cents are already in range (amounts.parse_amount refuses with amount.range)",
    ("vault_app/domain/clinical.py", "Unknown contact preference field"): _FORM_KEYS,
    ("vault_app/domain/clinical.py", "The contact preference {x} must be true or false"): _FORM_KEYS,
    ("vault_app/domain/clinical_notes.py", "Unknown change type"): _CHOICES,
    ("vault_app/domain/clinical_notes.py", "Unknown risk assessment field"): _FORM_KEYS,
    ("vault_app/domain/clinical_notes.py", "Unknown ideation value"): _CHOICES,
    ("vault_app/domain/clinical_notes.py", "Unknown risk level"): _CHOICES,
    ("vault_app/domain/clinical_notes.py", "The risk field {x} must be"): _FORM_KEYS,
    ("vault_app/domain/decision_input.py", ""): _DECISION_FILE,
    ("vault_app/domain/decision_prompts.py", "Unknown trigger"): _CHOICES,
    ("vault_app/domain/disclosure_basis.py", "Unknown legal basis"): _CHOICES,
    ("vault_app/domain/basis_evidence.py", "Unknown evidence field"): _EVIDENCE,
    ("vault_app/domain/basis_evidence.py", "{x}{x} must be a date like"): _EVIDENCE,
    ("vault_app/domain/basis_evidence.py", "Evidence '{x}'"): _EVIDENCE,
    ("vault_app/domain/letters.py", "{x} is not an access request"): _REQUEST,
    ("vault_app/domain/letters.py", "{x} is not an access, amendment or accounting request"): _REQUEST,
    ("vault_app/domain/letters.py", "{x} is not an amendment request"): _REQUEST,
    ("vault_app/domain/letters.py", "{x} has not been extended"): _REQUEST,
    ("vault_app/domain/letters.py", "{x} has no rebuttal"):
        "the requests window offers the rebuttal's letter only once a rebuttal is recorded",
    ("vault_app/domain/locale_format.py", "That locale is not known"):
        "the practice's locale is chosen from a list; the command line's --locale is typed",
    ("vault_app/domain/note_kinds.py", "Unknown note kind"): _CHOICES,
    ("vault_app/domain/note_templates.py", "Unknown note template"): _CHOICES,
    ("vault_app/domain/note_templates.py", "The {x} template has no section"): _FORM_KEYS,
    ("vault_app/domain/note_templates.py", "Note sections must be text"): _FORM_KEYS,
    ("vault_app/domain/psychotherapy_guard.py", "A psychotherapy note cannot hold"):
        "the psychotherapy note's editor has one free-text field: the guard keeps code from putting more there",
    ("vault_app/domain/restrictions.py", "What a restriction covers is given as a list"): _FORM_KEYS,
    ("vault_app/domain/restrictions.py", "Unknown kind of information"): _CHOICES,
    ("vault_app/domain/retention.py", "Unknown hold reason"): _CHOICES,
    ("vault_app/domain/retention_presets.py", "Unknown retention preset"): _CHOICES,
    ("vault_app/domain/spelling.py", "Spell checking is not available in"):
        "the language is one of the settings' list (LANGUAGES)",
}
# Coded refusals whose core hint a screen leaves out on purpose, code -> why.
HINT_LEFT_OUT: dict[str, str] = {
    "choice.unknown": "the core's hint lists the stored keys; the screen shows its choices",
    "note_goals.not_active": "the core's hint says the goal's stored status; the note's goal list shows it",
}


@dataclass(frozen=True)
class Site:
    where: str
    message: str
    has_hint: bool
    code: str
    params: frozenset[str] | None  # the params' names when given as a literal dict


def _text(node: ast.expr | None) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{x}" for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _text(node.left) + _text(node.right)
    return ""


def _tables(tree: ast.Module) -> dict[str, list[str]]:
    """A module's dicts of codes (name -> code), by the name a code is picked from."""
    return {t.id: [v.value for v in n.value.values if isinstance(v, ast.Constant) and isinstance(v.value, str)]
            for n in tree.body if isinstance(n, (ast.Assign, ast.AnnAssign)) and isinstance(n.value, ast.Dict)
            for t in (n.targets if isinstance(n, ast.Assign) else [n.target]) if isinstance(t, ast.Name)}


def _codes(node: ast.expr | None, tables: dict[str, list[str]]) -> tuple[str, ...]:
    """A literal code, each of `"a" if ... else "b"`, or each code of the table it is picked
    from (`_CODE[key]`, `_CODE.get(key, "")`: a "" there is the table's own miss)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return (node.value,) if node.value else ()
    if isinstance(node, ast.IfExp):
        return _codes(node.body, tables) + _codes(node.orelse, tables)
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name):
        return tuple(tables.get(node.value.id, ()))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get" \
            and isinstance(node.func.value, ast.Name):
        return tuple(tables.get(node.func.value.id, ()))
    return ()


def _param_names(node: ast.expr | None) -> frozenset[str] | None:
    """The names a literal params dict gives, `**{...}` spreads of literal dicts among them."""
    if not isinstance(node, ast.Dict):
        return None
    names: set[str] = set()
    for key, value in zip(node.keys, node.values, strict=True):
        if key is not None:
            names.add(_text(key))
            continue
        spread = value.body if isinstance(value, ast.IfExp) else value  # **({...} if ... else {})
        inner = _param_names(spread)
        if inner is None:
            return None
        names |= inner
    return frozenset(names)


def _sites() -> Iterator[Site]:
    for module in MODULES:
        tree = ast.parse((ROOT / module).read_text("utf-8"))
        tables = _tables(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name not in ERROR_CLASSES:
                continue
            given = {k.arg: k.value for k in node.keywords if k.arg}
            message = _text(node.args[0] if node.args else given.get("message"))
            codes = _codes(given.get("code"), tables) or ("",)
            for code in codes:
                yield Site(f"{module}:{node.lineno}", message, "hint" in given and _text(given["hint"]) != "",
                           code, _param_names(given.get("params")))


SITES = list(_sites())


def _placeholders(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def _listed(site: Site) -> bool:
    path = site.where.split(":")[0]
    return any(path == p and site.message.startswith(m) for p, m in NO_SCREEN)


def test_the_scan_reads_the_sites() -> None:
    """Else the checks below would pass on nothing."""
    codes = {s.code for s in SITES}
    assert len(SITES) >= 150
    assert {"measure.incomplete", "measure.answer_count", "measure.answer_unknown", "rekey.page_not_authentic",
            "attachment.not_pdf_image_or_text", "decision.basis_missing", "date.future"} <= codes


@pytest.mark.parametrize("site", [s for s in SITES if not s.code], ids=lambda s: s.where)
def test_every_error_a_screen_meets_has_a_code(site: Site) -> None:
    assert _listed(site), f"{site.where} {site.message!r}: a Spanish screen would say the core's English"


def test_every_listed_site_is_still_one_without_a_code() -> None:
    for path, message in NO_SCREEN:
        assert any(s.where.startswith(path + ":") and s.message.startswith(message) and not s.code
                   for s in SITES), (path, message)


@pytest.mark.parametrize("site", [s for s in SITES if s.code], ids=lambda s: f"{s.where} {s.code}")
def test_every_code_has_words_its_params_fill(site: Site) -> None:
    assert site.code in SAYS, f"{site.where}: {site.code} has no words"
    if site.has_hint and site.code not in HINT_LEFT_OUT:
        assert site.code in HINTS, f"{site.where}: {site.code}'s hint would be said in English or not at all"
    if site.params is not None:
        needed = _placeholders(SAYS[site.code] + HINTS.get(site.code, "")) - {"what", "parts"}
        assert needed <= site.params, (site.where, site.code, needed - site.params)


def test_replace_every_key_stopped_has_words() -> None:
    """Built without arguments (its class gives the code), so the scan above does not see it."""
    stopped = ReplacementStopped()
    assert stopped.code in SAYS and stopped.code in HINTS
    assert SAYS[stopped.code] == stopped.message, "the English words are the core's own"


# --- real refusals, said on a Spanish screen -------------------------------------------------------------------

def _said(exc: errors.VaultError) -> tuple[str, str]:
    message, hint = refusal_words(exc)
    assert message and message != exc.message, f"{exc.code}: said in English: {message!r}"
    assert not exc.hint or hint != exc.hint, f"{exc.code}: hint in English: {hint!r}"
    assert "{" not in message + hint
    return message, hint


def test_a_measure_with_items_unanswered_in_the_real_dialog_is_spanish(unlocked_app: AppController, qtbot: object,
                                                                      spanish: None) -> None:
    from vault_app.gui.measure_dialog import MeasureDialog

    vault = unlocked_app.vault
    assert vault is not None
    client_id = clients.create_client(vault, "Lucia Escalas").client_id
    dialog = MeasureDialog(unlocked_app, client_id, instrument="phq9")
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    wait_ops(qtbot)
    dialog.set_answers([1, None, 2, None, 0, 0, 0, 0, 1])  # type: ignore[list-item]
    dialog.save_button.click()
    wait_ops(qtbot)
    assert dialog.message.text() == (
        "El PHQ-9 necesita una respuesta a cada uno de sus 9 ítems (7 respondidos). Ítems sin respuesta: 2, 4. Las "
        "respuestas incompletas no se puntúan (el instrumento no define un total prorrateado).")
    assert dialog.result_ is None and dialog.save_button.isEnabled(), "nothing saved, the answers kept"
    assert dialog.answers() == [1, None, 2, None, 0, 0, 0, 0, 1]


@pytest.mark.parametrize(("answers", "code", "spanish_words"), [
    ([1, 7, 0, 0, 0, 0, 0, 0, 0], "measure.answer_unknown",
     ("El ítem 2 del PHQ-9 no tiene esa respuesta.", "Elija una de las respuestas que ofrece la escala.")),
    ([1, 1, 1], "measure.answer_count",
     ("El PHQ-9 necesita una respuesta a cada uno de sus 9 ítems (3 respondidos).",
      "Las respuestas incompletas no se puntúan (el instrumento no define un total prorrateado).")),
])
def test_the_measures_refusals_in_spanish(answers: list[int], code: str, spanish_words: tuple[str, str],
                                          qapp: object, spanish: None) -> None:
    with pytest.raises(errors.InvalidInput) as refused:
        get_instrument("phq9").score(answers)
    assert refused.value.code == code
    assert _said(refused.value) == spanish_words


def test_an_unknown_measure_in_spanish(qapp: object, spanish: None) -> None:
    with pytest.raises(errors.NotFound) as refused:
        get_instrument("bdi2")
    assert str(refused.value) == "No measure called 'bdi2'. Measures: phq9, gad7.", "the CLI's English, unchanged"
    assert _said(refused.value) == ("Esa escala no es una de las que conoce esta aplicación.",
                                    "Elija una escala de la lista.")


def test_a_file_to_import_that_is_neither_a_scan_nor_text_in_spanish(vault: Vault, qapp: object,
                                                                     spanish: None) -> None:
    client_id = clients.create_client(vault, "Lucia Importada").client_id
    with pytest.raises(errors.InvalidInput) as refused:
        attachments.import_attachment(vault, client_id, b"\xff\xfe\xfa binary, not UTF-8 \xc3\x28", kind="other",
                                      filename="message.bin")
    assert refused.value.message == "The file is not a PDF, PNG, JPEG or UTF-8 text file."
    assert _said(refused.value) == ("El archivo no es un PDF, PNG, JPEG ni un archivo de texto UTF-8.", "")
    assert attachments.list_attachments(vault, client_id) == []


def test_two_words_for_the_dictionary_in_spanish(qapp: object, spanish: None) -> None:
    with pytest.raises(errors.InvalidInput) as refused:
        check_personal_word("two words")
    assert refusal_text(refused.value) == ("Solo se puede añadir al diccionario una sola palabra. Solo letras, sin "
                                           "espacios ni dígitos.")


def test_replace_every_key_stopped_in_spanish(qapp: object, spanish: None) -> None:
    assert _said(ReplacementStopped()) == (
        "El reemplazo de todas las claves se detuvo. No se cambió nada: la bóveda conserva sus claves y su Kit de "
        "emergencia sigue sirviendo.", "Elija de nuevo Bóveda > Reemplazar todas las claves… cuando esté listo.")


def test_in_english_the_screen_says_the_core_s_words(qapp: object) -> None:
    with pytest.raises(errors.InvalidInput) as refused:
        get_instrument("gad7").score([0, None, 0, 0, 0, 0, 0])
    assert refused.value.message == "The GAD-7 needs an answer to each of its 7 items (6 given)."
    assert refused.value.hint == ("Missing: item 2. Incomplete answers are not scored (the instrument does not "
                                  "define a prorated total).")
    assert refusal_words(refused.value) == (refused.value.message, refused.value.hint)
    stopped = ReplacementStopped()
    assert refusal_words(stopped) == ("Replacing every key stopped. " + NOTHING_CHANGED,
                                      "Choose Vault > Replace every key… again when you are ready.")


# --- the services' and storage's refusals a screen meets, given codes with these -------------------------------

def test_a_name_stored_before_names_were_checked_on_a_superbill_in_spanish(vault: Vault, tmp_path: Path,
                                                                           qapp: object, spanish: None) -> None:
    """Account… > Superbill for a chart whose name has a line break (stored before names were
    checked): the rebuilt refusal had no code, so a Spanish screen said its English."""
    from dataclasses import replace

    from vault_app.services import appointments, billing
    from vault_app.services import superbill as superbills
    from vault_app.storage import clinical_clients

    client = clients.create_client(vault, "Placeholder", chart_number="OLD-2", date_of_birth="1970-01-01")
    payable(vault)
    diagnosed(vault, client.client_id)
    with vault.records.transaction():
        clinical_clients.update(vault.records, replace(client, legal_name="Old\nName"))
    billing.set_scheduled_fee(vault, "90837", "180.00")
    (appt,) = appointments.schedule(vault, client.client_id, date="2026-03-02", start="10:00")
    appointments.attend(vault, appt.appointment_id)
    with pytest.raises(errors.InvalidInput) as refused:
        superbills.issue(vault, client.client_id, kind="superbill", first="2026-03-01", last="2026-03-31",
                         out=tmp_path / "x.pdf", password="a pdf password 7")
    assert refused.value.message == "The client's name contains a line break (a name is a single line)."
    assert refused.value.code == "superbill.client_name_unsafe"
    assert _said(refused.value) == (
        "El nombre del cliente, tal como está guardado en el expediente, contiene un salto de línea o un carácter "
        "invisible o de dirección del texto.", "Corríjalo en el expediente (Editar datos…) y vuelva a generar el PDF.")
    assert not (tmp_path / "x.pdf").exists()


def test_another_vaults_backup_folder_in_the_real_backups_dialog_is_spanish(
        unlocked_app: AppController, qtbot: object, tmp_path: Path, kdf_params: KdfParams, spanish: None) -> None:
    from PySide6.QtWidgets import QApplication

    from tests.gui.test_backup_repo_owner_gui import _others_repository
    from tests.gui.test_workflows import _open
    from vault_app.gui.backups import BackupsDialog

    repo = _others_repository(tmp_path, kdf_params)
    window = unlocked_app.main_window
    assert window is not None
    dialog = _open(window, "backups")
    wait_ops(qtbot)
    assert isinstance(dialog, BackupsDialog)
    dialog.target.setText(str(repo))
    dialog.kind.setCurrentIndex(dialog.kind.findData("repo"))
    dialog.save_settings()
    wait_ops(qtbot)
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "errorDialog" and w.isVisible()]
    try:
        assert boxes
        assert boxes[-1].text() == (  # type: ignore[attr-defined]
            "Esta carpeta de copias de seguridad pertenece a otra bóveda; elija otra carpeta.")
        assert "Cada bóveda necesita su propia carpeta" in boxes[-1].informativeText()  # type: ignore[attr-defined]
    finally:
        for box in boxes:
            box.close()


def test_a_compartment_of_a_newer_version_at_unlock_in_spanish(created: CreatedVault, vault_dir: Path, qapp: object,
                                                               spanish: None) -> None:
    from vault_app.gui import unlock_refused
    from vault_app.services.vault import open_vault
    from vault_app.storage.migrations import latest_version

    records = created.vault.records
    records.raw_connection.execute(f"PRAGMA user_version = {latest_version('records') + 1}")
    created.vault.lock()
    with pytest.raises(errors.VaultCorrupt) as refused:
        open_vault(vault_dir, PASSPHRASE)
    assert str(refused.value) == ("The records compartment was written by a newer version of the app. Install the "
                                  "newest version to open it."), "the CLI's English, unchanged"
    assert _said(refused.value) == ("El compartimento de registros se escribió con una versión más reciente de la "
                                    "aplicación.", "Instale la versión más reciente para abrirla.")
    said, _way = unlock_refused.explain(refused.value)
    assert said.startswith("El compartimento de registros se escribió con una versión más reciente"), said


def test_a_folder_where_the_search_index_belongs_in_spanish(created: CreatedVault, vault_dir: Path, qapp: object,
                                                            spanish: None) -> None:
    from vault_app.services import search
    from vault_app.services.vault import open_vault
    from vault_app.storage.layout import SEARCH_FILES

    created.vault.lock()
    name = SEARCH_FILES["records"]
    for side in ("", "-wal", "-shm"):
        (vault_dir / (name + side)).unlink(missing_ok=True)
    (vault_dir / name).mkdir()
    # At the unlock or at the first search, whichever reads the index first.
    with pytest.raises(errors.EnvironmentProblem) as refused, open_vault(vault_dir, PASSPHRASE) as reopened:
        search.search(reopened, "Marrowfen")
    assert refused.value.message == (
        f"A folder named {name} is in the vault folder, where the app keeps its search index.")
    assert _said(refused.value) == (
        f"Hay una carpeta llamada {name} en la carpeta de la bóveda, donde la aplicación guarda su índice de búsqueda.",
        "El índice de búsqueda se reconstruye solo: saque esa carpeta de la carpeta de la bóveda y vuelva a abrir la "
        "bóveda.")
    assert (vault_dir / name).is_dir(), "not the app's to delete"


# --- Replace every key: a coded refusal rebuilt with "Nothing was changed" ---------------------------------------

def _full_disk_rebuilt() -> errors.VaultError:
    """A full disk as the storage says it (os_errors on ENOSPC), rebuilt as Replace every key
    rebuilds what stops it (vault_rekey_beside._said: its message gains NOTHING_CHANGED)."""
    import errno

    from vault_app.services import vault_rekey_beside
    from vault_app.storage.files import os_errors

    with pytest.raises(errors.DiskFull) as full, os_errors("re-encrypting the vault"):
        raise OSError(errno.ENOSPC, "No space left on device")
    return vault_rekey_beside._said(full.value)


def test_a_full_disk_stopping_replace_every_key_says_nothing_changed_in_spanish(qapp: object, spanish: None) -> None:
    """The Spanish words of a full disk did not say that nothing was changed; the English did."""
    rebuilt = _full_disk_rebuilt()
    assert rebuilt.code == "disk.full" and rebuilt.message.endswith(NOTHING_CHANGED)
    message, hint = _said(rebuilt)
    assert message == ("El disco está lleno. No se cambió nada: la bóveda conserva sus claves y su Kit de emergencia "
                       "sigue sirviendo."), message
    assert hint == "No se perdió nada de lo ya guardado. Libere espacio e inténtelo de nuevo."


def test_a_full_disk_stopping_replace_every_key_in_english_is_the_core_s(qapp: object) -> None:
    rebuilt = _full_disk_rebuilt()
    message, _hint = refusal_words(rebuilt)
    assert message == rebuilt.message and message.count(NOTHING_CHANGED) == 1


# --- the first-run wizard's backup page: a folder of another vault ----------------------------------------------

def test_another_vaults_backup_folder_on_the_wizard_s_backup_page_is_spanish(
        qtbot: object, tmp_path: Path, kdf_params: KdfParams, spanish: None) -> None:
    """owner_problem gave the wizard only the English message, so its code was lost: a real
    second vault's backup folder, typed on the first-run wizard's backup page in Spanish."""
    from tests.gui.test_backup_repo_owner_gui import _others_repository
    from vault_app.gui.create_wizard_backup import BackupPage
    from vault_app.services import backup_repo_owner

    repo = _others_repository(tmp_path, kdf_params)
    page = BackupPage(lambda: tmp_path / "vault")
    qtbot.addWidget(page)  # type: ignore[attr-defined]
    page.target.setText(str(repo))
    page._look_at_folder()
    wait_ops(qtbot)
    spanish_refusal = "Esta carpeta de copias de seguridad pertenece a otra bóveda; elija otra carpeta."
    assert page.problem.text() == spanish_refusal
    assert not page.isComplete(), "refused, not merely noted"
    assert "another vault" not in page.notes.text() and "otra bóveda" not in page.notes.text(), "said once"
    assert "La carpeta de copias de seguridad está en el mismo disco" in page.notes.text(), "the notes in Spanish"
    refusal = backup_repo_owner.owner_problem(repo, None)
    assert refusal is not None and refusal.code == "backup.repo_of_another_vault"
    assert refusal.message == "This backup folder belongs to another vault; choose another folder.", "CLI's English"


# --- signing a decision the disclosure gate refuses ------------------------------------------------------------

def test_signing_a_decision_the_gate_refuses_in_the_real_dialog_is_spanish(vault: Vault, qtbot: object,
                                                                           spanish: None) -> None:
    """The review of a court order's disclosure said "ready to sign"; meanwhile the chart was
    marked as a Part 2 (substance use) record, whose disclosure a court order allows only under
    42 CFR 2.64, so the gate refuses at Sign: the refusal was the core's English, the gate's
    verdict lost. Real decision dialog, real vault, real gate."""
    from PySide6.QtWidgets import QApplication, QWizard

    from tests.core.decision_helpers import complete, make_chart
    from tests.gui.test_decision_dialog import open_dialog, press
    from vault_app.domain.errors import RefusedByPolicy
    from vault_app.services import decisions

    chart = make_chart(vault)
    draft = decisions.start(vault, chart.client_id, "court_order", session_id=chart.session_id,
                            changes=complete("court_order", chart))
    dialog = open_dialog(vault, qtbot, chart.client_id, decision_id=draft.decision_id)
    while dialog.currentPage() is not dialog.review_page:
        press(dialog, qtbot)
    review = dialog.review_page
    assert review.readiness is not None and review.readiness.can_sign, review.details.text()
    assert review.state.text() == "Lista para firmar."
    clients.update_client(vault, chart.client_id, part2=True)  # another window, meanwhile
    press(dialog, qtbot, QWizard.WizardButton.CommitButton)
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "errorDialog" and w.isVisible()]
    try:
        assert boxes, "the refusal is said"
        said = boxes[-1].text() + " " + boxes[-1].informativeText()  # type: ignore[attr-defined]
        assert said.startswith(
            "El control de divulgación rechazó esta divulgación: Estos registros están protegidos por el 42 CFR Parte "
            "2: una orden judicial autoriza su divulgación solo según el 42 CFR 2.64; esta orden no está registrada "
            "con "), said
        assert "The disclosure gate" not in said and "These records" not in said
    finally:
        for box in boxes:
            box.close()
    assert dialog.result_signed is None and not decisions.get(vault, draft.decision_id).signed
    assert review.state.text() == "Todavía no está lista para firmar.", "checked again after the refusal"
    with pytest.raises(RefusedByPolicy) as refused:
        decisions.sign(vault, draft.decision_id)
    assert refused.value.message.startswith("The disclosure gate refused this disclosure: "), "the CLI's English"


def test_signing_a_decision_the_gate_refuses_in_english_is_the_core_s(vault: Vault, qapp: object) -> None:
    from tests.core.decision_helpers import complete, make_chart
    from vault_app.domain.disclosure import DisclosureRefused
    from vault_app.services import decisions

    chart = make_chart(vault)
    draft = decisions.start(vault, chart.client_id, "court_order", session_id=chart.session_id,
                            changes=complete("court_order", chart))
    clients.update_client(vault, chart.client_id, part2=True)
    with pytest.raises(DisclosureRefused) as refused:
        decisions.sign(vault, draft.decision_id)
    assert refused.value.code == "decision.disclosure_refused" and not refused.value.verdict.allowed
    assert refused.value.message.startswith("The disclosure gate refused this disclosure: These records are "
                                            "protected by 42 CFR Part 2: a court order authorizes"), "the CLI's"
    assert refusal_words(refused.value)[0] == refused.value.message


# --- a vault where the wizard creates one, none where the unlock window opens one, a destruction finished -------

def test_creating_a_vault_in_a_vault_s_folder_in_the_real_wizard_is_spanish(
        fresh_app: AppController, qtbot: object, tmp_path: Path, kdf_params: KdfParams, spanish: None) -> None:
    """The first-run wizard's location takes any folder; Create in one that holds a vault was
    refused in the core's English. Nothing of that vault is touched."""
    from PySide6.QtWidgets import QApplication, QWizard

    from tests.gui.first_run_helpers import walk_to_backup_page
    from vault_app.services.vault import create_vault

    existing = tmp_path / "existing"
    create_vault(existing, PASSPHRASE, params=kdf_params, use_device_secret=False).vault.lock()
    before = {p.name: p.read_bytes() for p in existing.iterdir() if p.is_file()}
    wizard = fresh_app.wizard
    assert wizard is not None
    wizard.location_page.folder_edit.setText(str(existing))
    walk_to_backup_page(wizard, qtbot)
    wizard.button(QWizard.WizardButton.NextButton).click()  # no backup folder
    assert wizard.currentPage() is wizard.create_page
    wizard.button(QWizard.WizardButton.CommitButton).click()
    qtbot.waitUntil(lambda: any(w.objectName() == "errorDialog" and w.isVisible()  # type: ignore[attr-defined]
                                for w in QApplication.topLevelWidgets()), timeout=20_000)
    boxes = [w for w in QApplication.topLevelWidgets() if w.objectName() == "errorDialog" and w.isVisible()]
    try:
        assert boxes[-1].text() == f"Ya existe una bóveda en {existing}; no se sobrescribe."  # type: ignore[attr-defined]
    finally:
        for box in boxes:
            box.close()
    assert {p.name: p.read_bytes() for p in existing.iterdir() if p.is_file()} == before


def test_no_vault_in_the_unlock_window_s_folder_is_spanish(tmp_path: Path, qapp: object, spanish: None) -> None:
    """The vault's drive taken out while the unlock window waited: the refusal said English."""
    from vault_app.gui import unlock_refused
    from vault_app.services.vault import open_vault

    gone = tmp_path / "drive" / "vault"
    with pytest.raises(errors.VaultNotFound) as refused:
        open_vault(gone, PASSPHRASE)
    assert str(refused.value) == (f"No vault was found in {gone}. Create one first (vault-app init), or restore a "
                                  "backup (vault-app backup restore FILE --to DIR)."), "the CLI's"
    hint = ("Si la bóveda está en un disco que no está conectado, conéctelo e inténtelo de nuevo; si no, vuelva a "
            "abrir la aplicación para crear una bóveda o restaurarla desde una copia de seguridad.")
    assert _said(refused.value) == (f"No se encontró ninguna bóveda en {gone}.", hint)
    said, _way = unlock_refused.explain(refused.value)
    assert said == f"No se encontró ninguna bóveda en {gone}. {hint}"


def test_a_destruction_another_window_finished_in_spanish(vault: Vault, qapp: object, spanish: None) -> None:
    from vault_app.services import destruction_again_beside

    with pytest.raises(errors.NotFound) as refused:
        destruction_again_beside.resume_begin(vault, "0123456789abcdef", lambda fn: fn())  # type: ignore[arg-type]
    assert refused.value.message == "No interrupted destruction with id 0123456789abcdef."
    assert _said(refused.value) == ("No hay ninguna destrucción interrumpida con el id 0123456789abcdef.", "")


def test_a_save_that_met_a_damaged_search_index_in_spanish(vault: Vault, qapp: object, spanish: None) -> None:
    """Any window's save can meet a damaged search file (the index is written with the records):
    the refusal it raises was the core's English outside the Search window."""
    damaged = vault.records.search_damaged_error()
    assert damaged.message == ("The search index was damaged. It is being rebuilt; your records are not "
                               "affected."), "the CLI's English"
    assert _said(damaged) == ("El índice de búsqueda estaba dañado. Se está reconstruyendo; sus registros no se ven "
                              "afectados.", "Si estaba guardando, vuelva a guardar: ese cambio no se conservó.")
