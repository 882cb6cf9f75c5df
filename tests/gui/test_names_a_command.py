"""One detector tells whether a sentence names a command (gui/sentence_words.names_a_command):
the refusals' words, the gate's and a destruction's stop (gui/destruction_stop_words.py) all ask
it. Found: the destruction's own detector knew only "vault-app <word>": its app_hint let a hint
naming an option, the command line or "another vault-app window" through as it was."""

from __future__ import annotations

import pytest

from vault_app.domain.errors import VaultError
from vault_app.gui import destruction_stop_words, sentence_words
from vault_app.gui.destruction_stop_words import PURGE_HINT, app_hint
from vault_app.gui.refusal_words import refusal_words
from vault_app.gui.sentence_words import names_a_command, without_commands

# (sentence, whether it names a command, an option or the command line)
SENTENCES: list[tuple[str, bool]] = [
    ("List them with 'vault-app client list'.", True),
    ("Run 'vault-app audit verify' and restore from your latest verified backup.", True),
    ("The app tries again at each unlock (vault-app destruction resume).", True),
    ("Use your Emergency Kit to recover access (vault-app recover).", True),
    ("Check it with VAULT-APP INFO.", True),
    ("The command-line interface works without them: vault-app --help", True),
    ("Name the guardian (CLI: --guardian ID).", True),
    ("Give the day with --on YYYY-MM-DD.", True),
    ("Purge them again from the command line.", True),
    ("Run it from the Command Line once the drive is back.", True),
    ("The CLI prints the whole list.", True),
    # The program's name is not what a screen calls the app ("a window of the app").
    ("Another vault-app window or command is writing into the backup folder.", True),
    ("Close the other vault-app window, then try again.", True),
    ("Free some space on the disk.", False),
    ("Close the vault there (or let that command finish) and try again.", False),
    ("Use the window of the app that has it open.", False),
    ("The portable app keeps its vault in vault-app-data beside it.", False),
    ("The backups in /media/ana/vault-app/backups cannot be written.", False),
    ("The backups in D:\\vault-app\\backups cannot be written.", False),
    ("The folder vault-app-tests is not a vault.", False),
    ("A clinical note was signed -- nothing to change.", False),
    ("The twenty--two sessions are billed.", False),
    ("The client's line is a single line.", False),
    ("Choose Finish now in Records > Destructions and certificates.", False),
]


@pytest.mark.parametrize(("text", "names"), SENTENCES, ids=[s for s, _ in SENTENCES])
def test_the_detector_tells_a_command_from_the_rest(text: str, names: bool) -> None:
    assert names_a_command(text) is names
    assert without_commands(text) == ("" if names else text)


@pytest.mark.parametrize(("text", "names"), SENTENCES, ids=[s for s, _ in SENTENCES])
def test_every_screen_asks_the_same_detector(text: str, names: bool, qapp: object) -> None:
    # A destruction's stop: a hint naming a command gives way to the app's way.
    assert app_hint(text, PURGE_HINT) == (PURGE_HINT if names else text)
    # A refusal without words of its own: a hint naming a command is left out.
    assert refusal_words(VaultError("Nothing was changed.", hint=text)) == ("Nothing was changed.",
                                                                            "" if names else text)


def test_the_destruction_stop_words_keep_no_detector_of_their_own() -> None:
    assert destruction_stop_words.names_a_command is sentence_words.names_a_command
    assert not hasattr(destruction_stop_words, "_names_a_command")
