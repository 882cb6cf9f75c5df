"""The import wizard says the import's sentences in its own words, in English as in Spanish
(gui/import_words.py): never a command-line option, which the core's English may name
("unlock them (command line: --psychotherapy)") and a window has none of; and counts as the
practice writes numbers ("99.799 caracteres" in Spain, "99,799 characters" in the US).

Found in the real app: the English review listed each psychotherapy note of a SimplePractice
export as "The psychotherapy notes are locked: unlock them (command line: --psychotherapy) and
run the import again...", and the Spanish report said "99799 caracteres"."""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from scripts.make_simplepractice_export import _png, make_export
from tests.gui.conftest import wait_ops
from tests.gui.test_core_words_books import IMPORT_CODES, _spanish
from tests.gui.test_import_wizard import open_wizard, read_dry_run
from vault_app.domain.errors import InvalidInput
from vault_app.gui import dates, import_words
from vault_app.gui.controller import AppController
from vault_app.services import clients
from vault_app.services.importers.plan import reason, refused
from vault_app.services.importers.simplepractice import LOCKED_REASON

# A command-line option ("--psychotherapy") or the command itself: never on a screen.
COMMAND_LINE = re.compile(r"--|vault-app|command line|línea de órdenes|línea de comandos", re.IGNORECASE)
# What a param takes where its words say it through a table (a date order, a chart's status).
TABLE_VALUES = {"order": "DMY", "status": "discharged"}


@pytest.fixture
def practice_in_spain() -> Iterator[None]:
    dates.set_practice_locale("es_ES")
    yield
    dates.set_practice_locale(None)


def _core_reason(code: str, params: set[str]) -> str:
    """The code as the core gives it, its English naming the command line: said as written,
    the check below would see it."""
    english = "Said as the core wrote it (command line: --psychotherapy, vault-app import)."
    if code in ("import.chart_refused", "import.psychotherapy_refused"):
        return refused(code, "Not imported", InvalidInput("The client name is too long (at most 200 characters).",
                                                          code="text.too_long", field="legal_name",
                                                          params={"max": 200}))
    given: dict[str, str | int] = {p: TABLE_VALUES.get(p, 1_234 if p in ("pages", "total", "count", "number",
                                                                           "characters") else "Intake") for p in params}
    return reason(code, english, **given)


def test_no_words_name_the_command_line() -> None:
    spanish = _spanish(import_words.CONTEXT)
    for code, source in import_words.SAYS.items():
        assert not COMMAND_LINE.search(source), code
        assert not COMMAND_LINE.search(spanish[source]), code


@pytest.mark.parametrize("language", ["en", "es"])
def test_every_code_is_said_in_the_screen_s_words(qapp: object, language: str) -> None:
    from vault_app.gui import i18n

    assert i18n.install(language) == language
    try:
        for code, (params, _where) in sorted(IMPORT_CODES.items()):
            said = import_words.words_of(_core_reason(code, params))
            assert said and not COMMAND_LINE.search(said), (code, said)
    finally:
        i18n.install("en")


def test_the_locked_psychotherapy_notes_say_the_wizard_s_way(qapp: object) -> None:
    # The command line keeps its option: it is how the command line unlocks them.
    assert "--psychotherapy" in str(LOCKED_REASON)
    assert import_words.words_of(LOCKED_REASON) == (
        "The psychotherapy notes are locked: go Back to the first page and unlock them there to bring in "
        "psychotherapy notes.")
    after = reason("import.psychotherapy_locked", "The psychotherapy notes are locked: unlock them and run the "
                                                  "import again to bring in psychotherapy notes.")
    assert import_words.words_of(after) == (
        "The psychotherapy notes were locked before they could be imported: run the import again (Vault > Import…) "
        "and unlock them on its first page; it adds only what is missing.")


def test_the_locked_psychotherapy_notes_in_spanish(qapp: object, spanish: None) -> None:
    assert import_words.words_of(LOCKED_REASON) == (
        "Las notas de psicoterapia están bloqueadas: vuelva Atrás a la primera página y desbloquéelas allí para "
        "traer las notas de psicoterapia.")


def _walk_locked(app: AppController, qtbot: object, tmp_path: Path) -> list[str]:
    """The dry run of an export with psychotherapy notes, their compartment locked: the reasons
    the review lists for them."""
    export = make_export(tmp_path / "export", clients=1, notes_per_client=2)
    assert not app.psychotherapy_open
    wizard = open_wizard(app, qtbot)
    wizard.source_page.path.setText(str(export.root))
    wizard.next()
    wait_ops(qtbot)
    read_dry_run(wizard, qtbot)
    tree = wizard.review_page.skipped
    rows = [(item.text(0), item.text(1)) for item in (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
            if item is not None]
    assert all(not COMMAND_LINE.search(why) for _path, why in rows), rows
    wizard.reject()
    return [why for path, why in rows if path.startswith("Psychotherapy Notes/")]


def test_the_review_says_how_the_wizard_unlocks_them(unlocked_app: AppController, qtbot: object,
                                                      tmp_path: Path) -> None:
    locked = _walk_locked(unlocked_app, qtbot, tmp_path)
    assert locked and set(locked) == {import_words.words_of(LOCKED_REASON)}
    assert "go Back to the first page" in locked[0]


def test_the_review_says_it_in_spanish(unlocked_app: AppController, qtbot: object, tmp_path: Path,
                                       spanish: None) -> None:
    locked = _walk_locked(unlocked_app, qtbot, tmp_path)
    assert locked and set(locked) == {"Las notas de psicoterapia están bloqueadas: vuelva Atrás a la primera página "
                                      "y desbloquéelas allí para traer las notas de psicoterapia."}


def _cut(characters: int) -> str:
    return reason("import.text_cut_characters", f"Intake of 2024-03-07: text cut after {characters:,} characters; "
                  "the whole PDF is attached.", title="Intake", date="2024-03-07", characters=characters)


def test_counts_as_a_us_practice_writes_them(qapp: object, us_practice: None) -> None:
    words = import_words.words_of
    # The note's day as the practice writes dates, not the core's ISO.
    assert words(_cut(99_799)) == "Intake of 03/07/2024: text cut after 99,799 characters; the whole PDF is attached."
    assert words(reason("import.chart_of", "Chart 1204 of 3000", number=1_204, total=3_000)) == "Chart 1,204 of 3,000"
    assert words(reason("import.imported", "Charts imported: 3000", count=3_000)) == "Charts imported: 3,000"
    # A row of the file is numbered as the spreadsheet numbers it.
    assert words(reason("import.row", "row 12345", number=12_345)) == "row 12345"


def test_counts_in_spanish_as_a_practice_in_spain_writes_them(qapp: object, spanish: None,
                                                             practice_in_spain: None) -> None:
    words = import_words.words_of
    assert words(_cut(99_799)) == (
        "Intake del 07/03/2024: texto cortado tras 99.799 caracteres; el PDF completo queda adjunto.")
    assert words(reason("import.chart_of", "Chart 1204 of 3000", number=1_204, total=3_000)) == (
        "Expediente 1.204 de 3.000")
    assert words(reason("import.name_shared", "...", count=12)) .startswith("12 ")
    assert words(reason("import.row", "row 12345", number=12_345)) == "fila 12345"


def test_a_spanish_screen_in_a_us_practice_writes_the_practice_s_numbers(qapp: object, spanish: None,
                                                                        us_practice: None) -> None:
    """As the client list's counts and every date on screen: the practice's conventions."""
    assert "99,799 caracteres" in import_words.words_of(_cut(99_799))


def _folder_into_a_chart_that_is_gone(app: AppController, qtbot: object, tmp_path: Path) -> str:
    """The chart list of the folder's page is older than a chart (destroyed meanwhile: here an
    id no chart has): the dry run's refusal, as the review says it."""
    from scripts.make_simplepractice_export import _pdf
    from vault_app.domain.clinical import new_id

    folder = tmp_path / "scans"
    folder.mkdir()
    (folder / "Consent 2022-03-04.pdf").write_bytes(_pdf(["Consent to treatment, signed."]))
    wizard = open_wizard(app, qtbot)
    page = wizard.source_page
    page.source.setCurrentIndex(page.source.findData("pdf-folder"))
    wait_ops(qtbot)
    page.chart.addItem("Gone Chart (C-00009)", new_id())
    page.chart.setCurrentIndex(page.chart.count() - 1)
    page.path.setText(str(folder))
    wizard.next()
    read_dry_run(wizard, qtbot)
    said = wizard.review_page.error.text()
    assert wizard.review_page.plan is None and not wizard.review_page.isComplete()
    wizard.reject()
    return said


def test_a_chart_gone_before_the_dry_run_is_said_without_a_command(unlocked_app: AppController, qtbot: object,
                                                                    tmp_path: Path) -> None:
    said = _folder_into_a_chart_that_is_gone(unlocked_app, qtbot, tmp_path)
    assert "That chart is no longer in the vault." in said and "Choose another chart." in said
    assert not COMMAND_LINE.search(said), said


def test_a_chart_gone_in_spanish(unlocked_app: AppController, qtbot: object, tmp_path: Path, spanish: None) -> None:
    said = _folder_into_a_chart_that_is_gone(unlocked_app, qtbot, tmp_path)
    assert "Ese expediente ya no está en la bóveda." in said and "Elija otro expediente." in said


def _review_summary_of_many(app: AppController, qtbot: object, tmp_path: Path) -> str:
    """The dry run of a folder of 1,200 scans into one chart: the review's summary."""
    vault = app.vault
    assert vault is not None
    target = clients.create_client(vault, "Ines Harrow").client_id
    folder = tmp_path / "scans"
    folder.mkdir()
    for n in range(1_200):  # each its own bytes (its own size): the same file twice is kept once
        (folder / f"scan {n:04}.png").write_bytes(_png(n % 40 + 1, n // 40 + 1, random.Random(0)))
    wizard = open_wizard(app, qtbot)
    page = wizard.source_page
    page.source.setCurrentIndex(page.source.findData("pdf-folder"))
    wait_ops(qtbot)
    page.chart.setCurrentIndex(page.chart.findData(target))
    page.path.setText(str(folder))
    wizard.next()
    read_dry_run(wizard, qtbot)
    said = wizard.review_page.summary.text()
    wizard.reject()
    return said


def test_the_review_s_summary_counts_as_a_us_practice(unlocked_app: AppController, qtbot: object, tmp_path: Path,
                                                      us_practice: None) -> None:
    assert "1,200 documents" in _review_summary_of_many(unlocked_app, qtbot, tmp_path)


def test_the_review_s_summary_counts_in_spanish(unlocked_app: AppController, qtbot: object, tmp_path: Path,
                                                spanish: None, practice_in_spain: None) -> None:
    assert "documentos: 1.200." in _review_summary_of_many(unlocked_app, qtbot, tmp_path)
