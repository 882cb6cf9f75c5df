"""One check for every new file a command or dialog writes (services/output_file.py), table
driven, on real paths. The command line's superbill given a folder (found: "A file with that
name already exists", of a folder, with no word of --overwrite): test_appointment_cli.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from vault_app.domain.errors import InvalidInput
from vault_app.services import output_file


def test_refusals_and_what_goes_through(tmp_path: Path) -> None:
    (tmp_path / "taken.pdf").write_bytes(b"%PDF")
    (tmp_path / "signed.pdf.sig").write_bytes(b"sig")
    (tmp_path / "Exports").mkdir()
    refused = [
        (tmp_path / "nowhere" / "a.pdf", {}, "The folder for the superbill does not exist.", "Create it first"),
        (tmp_path / "Exports", {"overwrite": True}, "Exports is a folder: give the name of the superbill's file "
                                                      "inside it.", ""),
        (tmp_path / "taken.pdf", {}, "A file named taken.pdf already exists; choose another name.", "--overwrite"),
        (tmp_path / "taken.pdf", {"overwrite": None}, "A file named taken.pdf already exists; choose another name.",
         ""),
        (tmp_path / "signed.pdf", {"overwrite": None, "beside": (".sig",)},
         "A file named signed.pdf.sig already exists; choose another name.", ""),
    ]
    for path, options, message, hint in refused:
        with pytest.raises(InvalidInput) as err:
            output_file.checked(path, "superbill", **options)  # type: ignore[arg-type]
        assert err.value.message == message, path
        assert (hint in (err.value.hint or "")) if hint else not err.value.hint, (path, err.value.hint)
    assert output_file.checked(tmp_path / "taken.pdf", "superbill", overwrite=True) == tmp_path / "taken.pdf"
    assert output_file.checked(tmp_path / "new.pdf", "superbill") == tmp_path / "new.pdf"



@pytest.mark.parametrize(("typed", "code"), [
    ("{tmp}/x\x00y.pdf", "file.control"),  # a NUL went through: open() then raised ValueError
    ("{tmp}/line\nbreak.pdf", "file.control"),
    ("{tmp}/" + "a" * 300 + ".pdf", "file.too_long"),  # OSError: File name too long
    ("{tmp}/" + "d/" * 2100 + "x.pdf", "file.too_long"),
    ("~no-such-user-h9/x.pdf", "file.no_such_user"),  # RuntimeError from expanduser
])
def test_a_path_no_disk_can_take_is_refused_in_words(tmp_path: Path, typed: str, code: str) -> None:
    """Found typing hostile paths into the export's Save to: each came back as "Something went
    wrong" (a ValueError, an OSError or a RuntimeError, a bug's message), not a sentence."""
    with pytest.raises(InvalidInput) as err:
        output_file.checked(Path(typed.format(tmp=tmp_path)), "export")
    assert err.value.code == code and err.value.hint
    assert list(tmp_path.iterdir()) == []
