"""No English on a Spanish screen for what goes wrong at the unlock window, in the recovery
with the Emergency Kit, in the Backups and Restore windows, and in the chart's most frequent
refusals.

Every error the core builds in the modules those windows reach (MODULES) is read from its
source: each has a code (its words in gui/refusal_words*.py, with Spanish in es.ts), or is a
programmer's check no window can provoke, listed in PROGRAMMER with the reason. Then real
errors are provoked on a real vault (a wrong passphrase, a header of a newer version or
altered, a mistyped recovery key, a damaged backup, the vault open elsewhere) and said as the
Spanish screens say them: in Spanish, with the core's English still what the CLI prints.
"""

from __future__ import annotations

import ast
import hashlib
import json
import string
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests import source_trees
from tests.conftest import PASSPHRASE
from vault_app.crypto.kdf import OWASP_FLOOR
from vault_app.domain import errors
from vault_app.gui import unlock_refused
from vault_app.gui.refusal_words import HINTS, SAYS, refusal_words
from vault_app.services import backup, backup_restore
from vault_app.services.vault import CreatedVault, open_vault, recover_vault
from vault_app.services.vault_keys import MALFORMED_CODE
from vault_app.storage import header as header_io

ROOT = Path(__file__).resolve().parents[2]
ERROR_CLASSES = {name for name, value in vars(errors).items()
                 if isinstance(value, type) and issubclass(value, errors.VaultError)}

# The unlock window and the Emergency Kit's recovery; the Backups and Restore windows; the
# machine's refusals every window meets; the chart's windows (their frequent refusals).
MODULES = (
    "vault_app/storage/header.py", "vault_app/services/vault_header_keys.py", "vault_app/services/vault_keys.py",
    "vault_app/services/vault_master_key.py", "vault_app/services/vault_psychotherapy_key.py",
    "vault_app/services/vault_session.py", "vault_app/services/vault_session_keys.py",
    "vault_app/services/vault_binding.py", "vault_app/services/vault.py", "vault_app/services/ledger_alone_older.py",
    "vault_app/services/vault_passphrase.py", "vault_app/services/quick_unlock.py",
    "vault_app/storage/folder_lock.py", "vault_app/storage/sql_errors.py", "vault_app/storage/files.py",
    "vault_app/storage/disk_full.py",
    "vault_app/services/backup_archive.py", "vault_app/services/backup_restore.py", "vault_app/services/backup_now.py",
    "vault_app/services/restore_destructions.py",
    "vault_app/services/backup_repo_read.py", "vault_app/services/backup_full_check.py",
    "vault_app/services/backup_checked.py", "vault_app/services/backup_keys.py",
    "vault_app/services/backup_repo_owner.py", "vault_app/services/backup_beside_repo.py",
    "vault_app/services/backup_copies.py", "vault_app/storage/backup_format.py",
    "vault_app/storage/backup_snapshot.py", "vault_app/storage/chunk_store.py",
    "vault_app/storage/snapshot_manifest.py", "vault_app/services/snapshot_purge.py",
    "vault_app/services/snapshot_purge_group.py",
    "vault_app/storage/compartment.py", "vault_app/services/vault_rekey.py", "vault_app/services/vault_rekey_beside.py",
    "vault_app/services/note_lifecycle.py", "vault_app/services/notes.py", "vault_app/services/billing.py",
    "vault_app/services/accounting.py",
)

# Raise sites without a code, (file, the message's first words) -> why no window says them.
PROGRAMMER: dict[tuple[str, str], str] = {
    ("vault_app/services/vault_session.py", "Unknown compartment"):
        "a compartment's name is the code's own ('records', 'psychotherapy', 'ledger'), never typed on a screen",
    ("vault_app/services/vault_session_keys.py", "Unknown compartment"):
        "a compartment's name is the code's own ('records', 'psychotherapy', 'ledger'), never typed on a screen",
    ("vault_app/services/vault_master_key.py", ""):
        "require_safe_kdf: the KDF settings a new vault or a passphrase change is given; a screen offers only the "
        "calibrated ones (the CLI's --kdf-memory-mib can ask for less)",
    ("vault_app/services/vault.py", ""):
        "create_vault's KDF settings, as require_safe_kdf (the CLI's options; the wizard calibrates them)",
    ("vault_app/storage/compartment.py", "{x} already exists; refusing to overwrite"):
        "a compartment file created twice: a bug, never a user's doing",
    ("vault_app/services/notes.py", "Unknown note field"): "the fields are the form's own keys",
    ("vault_app/services/notes.py", "The number of days must be zero or more"):
        "the days come from the practice's settings, which keep a number of days",
    ("vault_app/services/accounting.py", "The accounting's embedded signature"):
        "verify_embedded: the command line's check of an accounting PDF; no window verifies one",
}
# A coded refusal whose hint the window that shows it replaces with its own words.
OWN_HINT: dict[str, str] = {
    "restore.vault_exists": "Restore from a backup: 'Choose an empty folder. Nothing was changed.' "
                            "(restore_dialog._sentence)",
}


@dataclass(frozen=True)
class Site:
    where: str
    message: str
    has_hint: bool
    codes: tuple[str, ...]  # () when the site gives no code
    params: frozenset[str] | None  # the params' names when given as a literal dict


def _text(node: ast.expr | None) -> str:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{x}" for v in node.values)
    return ""


def _tables(tree: ast.Module) -> dict[str, list[str]]:
    """A module's dicts of codes (name -> code), by the name the code is picked from. A table's ""
    is a case said in the core's English on purpose (backup_restore._EXISTS_CODE: an earlier restore
    finished first adds sentences of its own)."""
    return {t.id: [v.value for v in n.value.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
                   and v.value]
            for n in tree.body if isinstance(n, ast.Assign) and isinstance(n.value, ast.Dict)
            for t in n.targets if isinstance(t, ast.Name)}


def _check_words_codes(tree: ast.Module) -> dict[str, list[str]]:
    """A full check's codes (backup_full_check.CheckWords.codes: a *_CHECK_CODE table), by part."""
    found: dict[str, list[str]] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Dict) and any(
                isinstance(t, ast.Name) and t.id.endswith("_CHECK_CODE") for t in node.targets):
            for key, value in zip(node.value.keys, node.value.values, strict=True):
                found.setdefault(_text(key), []).append(_text(value))
    return found


# Sites whose code is the caller's (a parameter), and the codes their callers give.
CALLERS_CODE: dict[tuple[str, str], str] = {
    ("vault_app/storage/files.py", "The {x} file is too large"):
        "read_limited's too_large_code: attachments gives attachment.too_large, destruction_plan "
        "destruction.permission_too_large (certificates is the CLI's)",
}


def _codes(node: ast.expr, tables: dict[str, list[str]], check_words: dict[str, list[str]]) -> tuple[str, ...]:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return (node.value,) if node.value else ()
    if isinstance(node, ast.Subscript) and getattr(node.value, "attr", "") == "codes":  # words.codes["page"]
        return tuple(check_words.get(_text(node.slice), ()))
    if isinstance(node, ast.Subscript):  # _CODE[key], vault_keys.MALFORMED_CODE[key]
        table = node.value.id if isinstance(node.value, ast.Name) else getattr(node.value, "attr", "")
        return tuple(tables.get(table) or (MALFORMED_CODE.values() if table == "MALFORMED_CODE" else ()))
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get":
        return tuple(tables.get(getattr(node.func.value, "id", ""), ()))  # _CODE.get(key, "")
    return ()


def _sites() -> Iterator[Site]:
    trees = {module: source_trees.parse((ROOT / module).read_text("utf-8")) for module in MODULES}
    # Raised in backup_full_check with the words (and codes) of the module that checks.
    check_words: dict[str, list[str]] = {}
    for tree in trees.values():
        for part, codes in _check_words_codes(tree).items():
            check_words.setdefault(part, []).extend(codes)
    for module, tree in trees.items():
        tables = _tables(tree)
        for node in source_trees.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name not in ERROR_CLASSES:
                continue
            given = {k.arg: k.value for k in node.keywords if k.arg}
            code = given.get("code")
            params = given.get("params")
            yield Site(f"{module}:{node.lineno}", _text(node.args[0] if node.args else given.get("message")),
                       "hint" in given and _text(given["hint"]) != "",
                       _codes(code, tables, check_words) if code is not None else (),
                       frozenset(_text(k) for k in params.keys if k is not None)
                       if isinstance(params, ast.Dict) else None)


SITES = list(_sites())
CODED = [s for s in SITES if s.codes]


def _listed(site: Site) -> bool:
    path = site.where.split(":")[0]
    return any(path == p and site.message.startswith(m) for p, m in [*PROGRAMMER, *CALLERS_CODE])


def _placeholders(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def test_the_scan_reads_the_sites() -> None:
    """Else the checks below would pass on nothing."""
    assert len(SITES) >= 140 and len(CODED) >= 120
    codes = {c for s in CODED for c in s.codes}
    assert {"header.newer_version", "recovery_key.checksum", "backup.altered", "disk.full", "vault.busy",
            "backup.snapshot_copy.page", "progress_note.not_found"} <= codes


@pytest.mark.parametrize("site", [s for s in SITES if not s.codes], ids=lambda s: s.where)
def test_every_error_these_windows_meet_has_a_code(site: Site) -> None:
    assert _listed(site), f"{site.where} {site.message!r}: the Spanish screen would say the core's English"


def test_the_callers_give_read_limited_a_code_with_words() -> None:
    given = {"vault_app/services/attachments.py": "attachment.too_large",
             "vault_app/services/destruction_plan.py": "destruction.permission_too_large"}  # its _TOO_LARGE_CODE
    for module, code in given.items():
        assert f'"{code}"' in (ROOT / module).read_text("utf-8") and code in SAYS and code in HINTS, code


def test_every_programmer_entry_is_still_a_site_without_a_code() -> None:
    for path, message in PROGRAMMER:
        assert any(s.where.startswith(path + ":") and s.message.startswith(message) and not s.codes
                   for s in SITES), (path, message)


@pytest.mark.parametrize("site", CODED, ids=lambda s: s.where)
def test_every_code_has_words_its_params_fill(site: Site) -> None:
    for code in site.codes:
        assert code in SAYS, f"{site.where}: {code} has no words"
        if site.has_hint and code not in OWN_HINT:
            assert code in HINTS, f"{site.where}: {code}'s hint would be lost on a Spanish screen"
        if site.params is not None:
            needed = _placeholders(SAYS[code] + HINTS.get(code, "")) - {"what", "parts"}
            assert needed <= site.params, (site.where, code, needed - site.params)


# --- real errors on a real vault, said on a Spanish screen ------------------------------------------------------

def _said(exc: errors.VaultError) -> tuple[str, str]:
    message, hint = refusal_words(exc)
    assert message and message != exc.message, f"{exc.code}: said in English: {message!r}"
    assert hint != exc.hint or not exc.hint, f"{exc.code}: hint in English: {hint!r}"
    assert "{" not in message + hint
    return message, hint


def _rewrite_header(folder: Path, **changes: object) -> None:
    """vault.header with `changes`, its checksum made right again (as a newer app or an editor
    that knows the format would write it)."""
    raw = (folder / header_io.HEADER_NAME).read_text("utf-8")
    body_text, _sep, _trailer = raw.rstrip("\n").rpartition("\n")
    body = json.loads(body_text)
    body.update(changes)
    text = json.dumps(body, sort_keys=True, indent=1)
    checksum = hashlib.sha256(text.encode()).hexdigest()
    (folder / header_io.HEADER_NAME).write_text(text + "\nchecksum " + checksum + "\n", "utf-8")


def test_a_wrong_passphrase_in_spanish(created: CreatedVault, vault_dir: Path, qapp: object, spanish: None) -> None:
    created.vault.lock()
    with pytest.raises(errors.WrongPassphrase) as refused:
        open_vault(vault_dir, PASSPHRASE + " wrong")
    said, way = unlock_refused.explain(refused.value)
    assert said.startswith("Esa frase de contraseña no es correcta") and "passphrase" not in said, said
    assert way == ""


def test_a_header_of_a_newer_version_in_spanish(created: CreatedVault, vault_dir: Path, qapp: object,
                                                spanish: None) -> None:
    created.vault.lock()
    _rewrite_header(vault_dir, format_version=header_io.FORMAT_VERSION + 1)
    with pytest.raises(errors.VaultCorrupt) as refused:
        open_vault(vault_dir, PASSPHRASE)
    assert refused.value.code == "header.newer_version"
    assert str(refused.value) == "This vault was made by a newer version of the app. Install the newest version to " \
                                 "open it.", "the CLI's English, unchanged"
    assert _said(refused.value) == ("Esta bóveda se creó con una versión más reciente de la aplicación.",
                                    "Instale la versión más reciente para abrirla.")
    said, way = unlock_refused.explain(refused.value)
    assert said == "Esta bóveda se creó con una versión más reciente de la aplicación. Instale la versión más " \
                   "reciente para abrirla." and way == "restore"


def test_an_altered_header_in_spanish(created: CreatedVault, vault_dir: Path, qapp: object, spanish: None) -> None:
    created.vault.lock()
    _rewrite_header(vault_dir, generation=created.vault.header.generation + 7)
    with pytest.raises(errors.VaultTampered) as refused:
        open_vault(vault_dir, PASSPHRASE)
    assert refused.value.code == "header.altered"
    said, way = unlock_refused.explain(refused.value)
    assert said == ("La bóveda no superó su comprobación de integridad: se modificó fuera de la aplicación. La "
                    "cabecera de la bóveda fue alterada: su código de autenticación no coincide. Restaure la bóveda "
                    "desde su última copia de seguridad verificada.") and way == "restore", said


def test_a_damaged_header_in_spanish(created: CreatedVault, vault_dir: Path, qapp: object, spanish: None) -> None:
    created.vault.lock()
    raw = (vault_dir / header_io.HEADER_NAME).read_bytes()
    (vault_dir / header_io.HEADER_NAME).write_bytes(raw[: len(raw) // 2])
    with pytest.raises(errors.VaultCorrupt) as refused:
        open_vault(vault_dir, PASSPHRASE)
    assert refused.value.message.startswith("The vault header is damaged (")
    assert _said(refused.value) == ("La cabecera de la bóveda está dañada.",
                                    "Restaure la bóveda desde su última copia de seguridad verificada.")


@pytest.mark.parametrize(("typed", "code", "spanish_words"), [
    ("AAAA-BBBB", "recovery_key.length", "La clave de recuperación no tiene la longitud correcta."),
    ("9999-AAAA-BBBB", "recovery_key.characters",
     "La clave de recuperación contiene caracteres que no forman parte de ella."),
])
def test_a_mistyped_recovery_key_in_spanish(created: CreatedVault, vault_dir: Path, qapp: object, spanish: None,
                                            typed: str, code: str, spanish_words: str) -> None:
    created.vault.lock()
    with pytest.raises(errors.WrongRecoveryKey) as refused:
        recover_vault(
            vault_dir, typed, "a brand new passphrase for this vault 77", use_device_secret=False, params=OWASP_FLOOR
        )
    assert refused.value.code == code
    assert _said(refused.value) == (spanish_words, "")


def test_a_recovery_key_with_a_typo_in_spanish(created: CreatedVault, vault_dir: Path, qapp: object,
                                               spanish: None) -> None:
    created.vault.lock()
    key = created.recovery_key
    swapped = next(c for c in "ABCDEFGHJKLMNPQRSTUVWXYZ234567" if c != key[0])
    with pytest.raises(errors.WrongRecoveryKey) as refused:
        recover_vault(
            vault_dir, swapped + key[1:], "a brand new passphrase for this vault 77", use_device_secret=False,
            params=OWASP_FLOOR,
        )
    assert refused.value.code in ("recovery_key.checksum", "recovery_key.other_vault")
    message, _hint = _said(refused.value)
    assert message.startswith(("La clave de recuperación tiene una errata", "Esa clave de recuperación no pertenece"))


def test_a_damaged_backup_in_spanish(created: CreatedVault, tmp_path: Path, qapp: object, spanish: None) -> None:
    made = backup.create_backup(created.vault, tmp_path / "backups", rotate_old=False)
    created.vault.lock()
    path = Path(made.path)
    raw = bytearray(path.read_bytes())
    middle = len(raw) // 2
    raw[middle:middle + 64] = bytes(b ^ 0x5A for b in raw[middle:middle + 64])
    path.write_bytes(bytes(raw))
    with pytest.raises((errors.VaultTampered, errors.VaultCorrupt)) as refused:
        backup_restore.restore_backup(path, tmp_path / "restored", passphrase=PASSPHRASE)
    assert refused.value.code in ("backup.altered", "backup.damaged"), refused.value
    message, hint = _said(refused.value)
    assert message.startswith("El archivo de copia de seguridad") and hint.startswith("Use otra copia"), message


def test_the_vault_open_elsewhere_in_spanish(created: CreatedVault, vault_dir: Path, qapp: object,
                                             spanish: None) -> None:
    """The fixture's vault holds the folder's writer lock (in this process, where the window's
    Qt widgets are loaded); a second unlock meets it. A command as the holder, and a holder the
    owner note does not name: tests/gui/test_vault_busy_words.py."""
    with pytest.raises(errors.VaultBusy) as refused:
        open_vault(vault_dir, PASSPHRASE, wait_seconds=0)
    assert refused.value.code == "vault.busy.window" and "another window of the app" in refused.value.message
    assert _said(refused.value) == (
        "La bóveda está abierta en otra ventana de la aplicación.",
        "Use esa ventana (puede estar detrás de otras ventanas o minimizada): la bóveda se abre en una sola ventana "
        "a la vez.")


@pytest.mark.parametrize(("refusal", "spanish_words"), [
    (errors.VaultCorrupt("The records compartment (records.db) is damaged or was altered.",
                         hint="Restore the vault from your latest verified backup.", code="compartment.damaged",
                         params={"compartment": "records"}),
     "El compartimento de registros está dañado o fue alterado."),
    (errors.DiskFull("The disk is full while writing the ledger.", hint="Nothing already saved was lost. Free some "
                     "space and try again.", code="disk.full"), "El disco está lleno."),
], ids=["compartment", "disk"])
def test_the_machine_s_refusals_in_spanish(refusal: errors.VaultError, spanish_words: str, qapp: object,
                                           spanish: None) -> None:
    assert _said(refusal)[0] == spanish_words


def test_a_compartment_without_words_for_its_name_is_said_in_english(qapp: object, spanish: None) -> None:
    """A name the words do not know: the core's whole sentence, never half of it."""
    refusal = errors.EnvironmentProblem("The search compartment is read-only.", code="compartment.read_only",
                                        hint="Check the permissions of the vault folder.",
                                        params={"compartment": "search"})
    assert refusal_words(refusal) == (refusal.message, refusal.hint)


def test_in_english_the_screen_says_the_core_s_words(created: CreatedVault, vault_dir: Path, qapp: object) -> None:
    created.vault.lock()
    _rewrite_header(vault_dir, format_version=header_io.FORMAT_VERSION + 1)
    with pytest.raises(errors.VaultCorrupt) as refused:
        open_vault(vault_dir, PASSPHRASE)
    assert refusal_words(refused.value) == (refused.value.message, refused.value.hint)
