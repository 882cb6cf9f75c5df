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

