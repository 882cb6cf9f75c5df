"""No command line on the app's screens, and no English on its Spanish ones, for what the core
refuses with.

The core's errors name the command line for the CLI, which prints them: "List them with
'vault-app client list'", "(CLI: --guardian ID)". A therapist never types a command. Every
refusal the core can raise is read from its source (domain, services, storage, crypto: each
error built with a message, a hint, a code); each one whose words name a command (vault-app,
a --option, "the command line", "CLI") is built as its raise site builds it and said as every
screen says a core error (gui/refusal_words.refusal_words: the error box, the lines under the
forms): in English and in Spanish no command is named, its sentence has Spanish words, and the
app's way (a menu, a button, a window) is said where the core's hint named a command. The few
that only the command line can raise are listed with the reason. Then every code the core gives
has words in es.ts, and the CLI keeps its own hints.
"""

from __future__ import annotations

import ast
import string
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from tests import source_trees
from tests.core.cli_helpers import cli
from vault_app.domain import errors
from vault_app.domain.who_acts import MINOR_COPY, MINOR_SIGNATURE, ClientFacts, Rep, client_signature_refusal
from vault_app.gui import unlock_refused
from vault_app.gui.gate_words import said_text
from vault_app.gui.i18n import TsTranslator
from vault_app.gui.refusal_words import BOOKS, HINTS, PARAM_WORDS, SAYS, Book, names_a_command, refusal_words
from vault_app.services import representatives
from vault_app.services.vault import Vault

ROOT = Path(__file__).resolve().parents[2] / "vault_app"
CORE = ("domain", "services", "storage", "crypto")
ERROR_CLASSES = {name: value for name, value in vars(errors).items()
                 if isinstance(value, type) and issubclass(value, errors.VaultError)}


@dataclass(frozen=True)
class Site:
    where: str
    kind: str
    message: str
    hint: str
    code: str


def _text(node: ast.expr | None, constants: dict[str, str]) -> str:
    """A literal's text; an f-string with each {expr} as a placeholder; a module constant's text."""
    if node is None:
        return ""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{x}" for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _text(node.left, constants) + _text(node.right, constants)
    if isinstance(node, ast.Name):
        return constants.get(node.id, "")
    return ""


def _codes(node: ast.expr | None, tables: dict[str, list[str]]) -> list[str]:
    """A literal code; each code of a module's table the code is picked from (_CODE[key]); else ""."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id in tables:
        return tables[node.value.id]
    return [""]


def _sites() -> Iterator[Site]:
    for folder in CORE:
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = source_trees.parse(path.read_text("utf-8"))
            constants = {t.id: _text(n.value, {}) for n in tree.body if isinstance(n, ast.Assign)
                         for t in n.targets if isinstance(t, ast.Name)}
            tables = {t.id: [v.value for v in n.value.values
                             if isinstance(v, ast.Constant) and isinstance(v.value, str)]
                      for n in tree.body if isinstance(n, ast.Assign) and isinstance(n.value, ast.Dict)
                      for t in n.targets if isinstance(t, ast.Name)}
            for node in source_trees.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
                if name not in ERROR_CLASSES:
                    continue
                given = {k.arg: k.value for k in node.keywords if k.arg}
                for code in _codes(given.get("code"), tables):
                    yield Site(f"{path.relative_to(ROOT.parent)}:{node.lineno}", name,
                               _text(node.args[0] if node.args else given.get("message"), constants),
                               _text(given.get("hint"), constants), code)


SITES = list(_sites())
COMMANDS = [s for s in SITES if names_a_command(s.message) or names_a_command(s.hint)]

# Raised only where the command line calls the core: (file, the message's first words) -> why.
CLI_ONLY: dict[tuple[str, str], str] = {
    ("vault_app/services/certificates.py", "Say where to write the certificate"):
        "the app's Save certificate always gives the JSON file and the PDF",
    ("vault_app/services/clinical_common.py", "More than one chart number matches"):
        "resolve_client_id reads a chart number typed at the command line; the app passes ids",
    ("vault_app/services/clinical_common.py", "No client or case with that id or chart number"):
        "resolve_client_id reads a chart number typed at the command line; the app passes ids",
    ("vault_app/services/destruction_plan.py", "Name at least one psychotherapy note"):
        "the wizard's notes page goes on only with a note chosen (DestructionNotesPage.isComplete)",
    ("vault_app/services/practice.py", "The retention policy's name, its years"):
        "the app sets the retention policy through Settings' retention page (services/retention.set_policy)",
    ("vault_app/services/note_goals.py", "No progress note with that id"):
        "draft_state is the command line's form of a draft",
    ("vault_app/services/holds.py", "No active "):
        "release by chart is the command line's; Legal holds… releases the hold chosen in its list",
}
# Said by the screen that meets it, in its own words (tests/gui/test_restore_without_vault.py).
OWN_SCREEN: dict[tuple[str, str], str] = {
    ("vault_app/services/backup_restore.py", ""):
        "Restore from a backup's hint: 'Choose an empty folder. Nothing was changed.' (restore_dialog._sentence)",
}


def _key(site: Site) -> tuple[str, str]:
    return site.where.split(":")[0], site.message


def _listed(site: Site, table: dict[tuple[str, str], str]) -> bool:
    path, message = _key(site)
    return any(path == p and message.startswith(m) for p, m in table)


SCREEN = [s for s in COMMANDS if not _listed(s, CLI_ONLY) and not _listed(s, OWN_SCREEN)]
IDS = [f"{s.where} {s.code}" for s in SCREEN]


def _placeholders(text: str) -> set[str]:
    return {name for _lit, name, _spec, _conv in string.Formatter().parse(text) if name}


def _as_raised(site: Site) -> errors.VaultError:
    """The error as its raise site builds it: its English (an f-string's values as "7"), its
    CLI hint, its code, and the params its words take."""
    words = SAYS.get(site.code, "") + HINTS.get(site.code, "")
    params = {n: next(iter(PARAM_WORDS[n])) if n in PARAM_WORDS else "7" for n in _placeholders(words) - {"what"}}
    message = site.message.replace("{x}", "7")
    return ERROR_CLASSES[site.kind](message, hint=site.hint.replace("{x}", "7"), code=site.code, params=params)


def test_the_scan_finds_the_core_s_command_hints() -> None:
    """Else the checks below would pass on nothing."""
    assert len(SITES) >= 300
    assert len(COMMANDS) >= 40
    assert {"client.not_found", "appointment.not_found", "keyring.secret_missing", "ledger.rolled_back",
            "superbill.minor_needs_guardian", "attachment.file_missing"} <= {s.code for s in COMMANDS}
    assert all(_listed(s, CLI_ONLY) for s in COMMANDS if "certificates.py" in s.where)


def test_every_list_entry_is_still_a_raise_site() -> None:
    for table in (CLI_ONLY, OWN_SCREEN):
        for path, message in table:
            assert any(_key(s)[0] == path and s.message.startswith(message) for s in COMMANDS), (path, message)


@pytest.mark.parametrize("site", SCREEN, ids=IDS)
def test_a_command_hint_that_can_reach_a_screen_has_a_code_with_words(site: Site) -> None:
    assert site.code, f"{site.where}: the screen would say the core's English (and no hint)"
    assert site.code in SAYS, site.code
    if names_a_command(site.hint):
        assert site.code in HINTS, f"{site.code}: the app's way in place of the command"
    for words in (SAYS[site.code], HINTS.get(site.code, "")):
        assert not names_a_command(words), words


@pytest.mark.parametrize("site", SCREEN, ids=IDS)
def test_in_english_the_screen_names_no_command(site: Site, qapp: object) -> None:
    refusal = _as_raised(site)
    message, hint = refusal_words(refusal)
    assert not names_a_command(message) and not names_a_command(hint), (message, hint)
    assert message, "never an empty box"
    if names_a_command(site.message):
        assert message == SAYS[site.code].format(**refusal.params), "the screen's own English sentence"
    else:
        assert message == refusal.message, "the core's own English otherwise"
    if names_a_command(site.hint):
        assert hint and hint == HINTS[site.code].format(**refusal.params), "the app's way, not nothing"
    else:
        assert hint == refusal.hint, "the core's own English otherwise"


@pytest.mark.parametrize("site", SCREEN, ids=IDS)
def test_in_spanish_the_screen_names_no_command_and_says_it_in_spanish(site: Site, qapp: object,
                                                                        spanish: None) -> None:
    refusal = _as_raised(site)
    message, hint = refusal_words(refusal)
    assert not names_a_command(message) and not names_a_command(hint), (message, hint)
    assert message != refusal.message and message != SAYS[site.code], message
    assert "{" not in message and "{" not in hint
    if site.code in HINTS:
        assert hint and hint != HINTS[site.code].format(**refusal.params), hint


def _spanish() -> dict[tuple[str, str], str]:
    text = (Path(__file__).resolve().parents[2] / "vault_app" / "gui" / "translations" / "es.ts").read_text("utf-8")
    return dict(TsTranslator.from_ts(text)._messages)


@pytest.mark.parametrize("book", BOOKS, ids=[b.context for b in BOOKS])
def test_every_word_of_every_book_has_spanish_with_its_placeholders(book: Book) -> None:
    spanish = _spanish()
    context = book.context
    for table in ("says", "hints"):
        for code, source in getattr(book, table).items():
            words = spanish.get((context, source))
            assert words and words != source, f"{context} {table} {code}: no Spanish"
            assert _placeholders(words) == _placeholders(source), (code, words)
            assert not names_a_command(words), (code, words)


@pytest.mark.parametrize(("hint", "shown"), [
    ("List them with 'vault-app thing list --all'.", ""),
    ("Free some space on the disk. It is finished at the next unlock (or now with 'vault-app thing resume').",
     "Free some space on the disk."),
    ("Confirm it (CLI: --yes). Then try again.", "Then try again."),
    ("The portable copy keeps it in vault-app-data/logs.", "The portable copy keeps it in vault-app-data/logs."),
])
def test_a_refusal_without_a_code_never_shows_a_command(hint: str, shown: str, qapp: object) -> None:
    """A newer core's refusal, not yet given a code: its English, without the hint's sentences
    of the command line (what it says of the machine stays)."""
    assert refusal_words(errors.NotFound("No such thing.", hint=hint)) == ("No such thing.", shown)


# --- who may sign for a minor (domain/who_acts.MINOR_SIGNATURE), and receive their copy --------------------

def _minor() -> ClientFacts:
    mother = Rep("Jane Roe, parent (mother)", "parent", name="Jane Roe")
    return ClientFacts(15, 18, 18, (mother,))


def test_the_minor_s_signature_refused_has_a_code_and_params() -> None:
    found = client_signature_refusal(_minor(), date(2026, 3, 2))
    assert found is not None and found.code == MINOR_SIGNATURE.code
    refused = representatives.policy_refusal(found, 15, 18, 18)
    assert refused.code == "representative.minor_signature"
    assert refused.params == {"age": 15, "consent": 18, "majority": 18, "names": "Jane Roe", "day": "03/02/2026"}
    # The CLI's English, unchanged: the label, the command line's way.
    assert refused.message.endswith("Who may sign: Jane Roe, parent (mother).")
    assert "--guardian ID" in refused.hint
    assert SAYS[refused.code].format(**refused.params).startswith(
        MINOR_SIGNATURE.message.split("{day}")[0] + "03/02/2026, the day the form was signed, the client was 15")
    assert MINOR_COPY.code and representatives._RULE_CODE[MINOR_COPY.code] == "representative.minor_copy"


def test_the_minor_s_signature_refused_in_spanish(qapp: object, spanish: None) -> None:
    found = client_signature_refusal(_minor(), date(2026, 3, 2))
    assert found is not None
    message, hint = refusal_words(representatives.policy_refusal(found, 15, 18, 18))
    assert message.startswith("El 03/02/2026, día en que se firmó el formulario, el cliente tenía 15 años, menor de "
                              "su edad de consentimiento para el tratamiento (18)"), message
    assert message.endswith("Quién puede firmar: Jane Roe."), message
    assert "45 CFR 164.502(g)(1), (g)(3); 164.508(c)(1)(vi)" in message
    assert hint == "Registre el formulario como firmado por el representante: en El firmante es, elija Un " \
                   "representante personal."


def test_the_copy_for_a_minor_refused_in_spanish(qapp: object, spanish: None) -> None:
    from vault_app.domain.who_acts import copy_recipient_refusal

    found = copy_recipient_refusal(_minor(), None, date(2026, 3, 2))
    assert found is not None and found.code == MINOR_COPY.code
    refused = representatives.policy_refusal(found, 15, 18, 18)
    assert "--to-guardian" in refused.hint  # the CLI's
    message, hint = refusal_words(refused)
    assert message.startswith("El cliente tiene 15 años") and message.endswith("Envíela a: Jane Roe."), message
    assert hint == "Entregue la copia al representante: elíjalo en Enviar la copia a."


def test_the_minor_s_signature_refused_in_english_says_the_app_s_way(qapp: object) -> None:
    found = client_signature_refusal(_minor(), date(2026, 3, 2))
    assert found is not None
    refused = representatives.policy_refusal(found, 15, 18, 18)
    assert refusal_words(refused) == (refused.message, "Record the form as signed by the representative: under "
                                                       "Signer is, choose A personal representative.")


# --- the unlock window ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("refusal", [
    errors.KeyringProblem("This vault's device secret is missing from the system keyring.",
                          hint="Use your Emergency Kit to recover access (vault-app recover).",
                          code="keyring.secret_missing"),
    errors.LedgerRollback("The ledger (ledger.db) ends at entry 3, but vault.header last recorded entry 9: ledger.db "
                          "was rolled back to an older copy or truncated.",
                          hint="Restore from your latest verified backup and run 'vault-app audit verify'.",
                          code="ledger.rolled_back", params={"ends": 3, "recorded": 9}),
], ids=["keyring", "rolled back"])
def test_the_unlock_window_says_them_in_spanish_without_a_command(refusal: errors.VaultError, qapp: object,
                                                                  spanish: None) -> None:
    said, way = unlock_refused.explain(refusal)
    assert not names_a_command(said), said
    assert "Emergency Kit" not in said and "ledger.db ends" not in said, said
    assert said.startswith(("Falta en el llavero", "Esta bóveda es más antigua",
                            "Uno de los archivos de esta bóveda es más antiguo")), said  # one file put back: said so
    assert way in ("recover", "restore")


# --- the command line keeps its own hints ----------------------------------------------------------------------

def test_the_cli_keeps_its_hints(vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch,
                                 capsys: pytest.CaptureFixture[str]) -> None:
    vault.lock()
    shown = cli(capsys, monkeypatch, "request", "show", "0" * 32, "--vault", str(vault_dir))
    assert shown.code == errors.ExitCode.NOT_FOUND
    assert "No request with that id." in shown.err and "List them with 'vault-app request list'." in shown.err
    shown = cli(capsys, monkeypatch, "measure", "show", "0" * 32, "--vault", str(vault_dir))
    assert shown.code == errors.ExitCode.NOT_FOUND
    assert "List them with 'vault-app measure list --client ID'." in shown.err
    assert QCoreApplication.translate("RefusalWordsSystem", HINTS["request.not_found"]) == HINTS["request.not_found"]


# --- the disclosure gate's reasons (a restriction binds: where its terms are) -------------------------------

def _restriction_reason() -> str:
    return errors.said("restriction.agreed", "The restriction the client asked for on 03/02/2026, which you agreed to "
                       "on 03/04/2026, restricts this disclosure (45 CFR 164.522(a)(1)(iii)). Its terms are on the "
                       "chart's Requests tab, under Restrictions ('vault-app restriction list' on the command line).",
                       asked="03/02/2026", agreed="03/04/2026")


def test_a_gate_reason_in_english_says_where_in_the_app(qapp: object) -> None:
    assert said_text(_restriction_reason()) == (
        "The restriction the client asked for on 03/02/2026, which you agreed to on 03/04/2026, restricts this "
        "disclosure (45 CFR 164.522(a)(1)(iii)). Its terms are on the chart's Requests tab, under Restrictions.")
    # A sentence without a code: its sentences of the command line go.
    assert said_text("Refused. See 'vault-app disclose list'.") == "Refused."


def test_a_gate_reason_in_spanish_names_no_command(qapp: object, spanish: None) -> None:
    said = said_text(_restriction_reason())
    assert said.startswith("La restricción") and not names_a_command(said), said


def test_no_word_the_app_translates_names_a_command() -> None:
    """Every sentence of the app's screens (es.ts: each source, English, and its Spanish)."""
    named = sorted(f"{context}: {source!r}" for (context, source), words in _spanish().items()
                   if names_a_command(source) or names_a_command(words))
    assert named == []
    assert len(_spanish()) > 3000, "the scan reads the app's words"


def test_restore_into_a_vault_s_folder_in_spanish(qapp: object, spanish: None) -> None:
    from vault_app.gui.restore_dialog import _sentence

    refusal = errors.RefusedByPolicy(
        "A vault already exists in /tmp/v; it was not touched by this restore.", code="restore.vault_exists",
        hint="Restore into an empty folder, or confirm with --overwrite (a safety copy of the current vault is kept "
             "beside it).")
    said = _sentence(refusal)
    assert said.startswith("Ya hay una bóveda en esa carpeta") and not names_a_command(said), said
