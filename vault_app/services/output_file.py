"""Where a command or a dialog writes a new file (an export, a superbill, an accounting, a
letter): one check for all of them, made before anything is produced. Found at the command
line: `superbill --out <a folder>` said "A file with that name already exists", of a folder,
and no word of `--overwrite`; four services each had their own copy of the check."""

from __future__ import annotations

from pathlib import Path

from vault_app.domain.errors import InvalidInput


def checked(out: Path, what: str, *, overwrite: bool | None = False, beside: tuple[str, ...] = ()) -> Path:
    """`out` made absolute, or a sentence: its folder missing, `out` a folder, or a file there
    already (`out` or a companion named `out` + each of `beside`, e.g. ".sig"). `overwrite`
    None: this kind of file is never replaced (no --overwrite to offer)."""
    out = Path(out).expanduser()
    if not out.parent.is_dir():
        raise InvalidInput(f"The folder for the {what} does not exist.", hint="Create it first or choose another.",
                           code="file.folder_missing")
    if out.is_dir():
        raise InvalidInput(f"{out.name} is a folder: give the name of the {what}'s file inside it.",
                           code="file.is_folder")
    taken = [p for p in (out, *(out.with_name(out.name + suffix) for suffix in beside)) if p.exists()]
    if taken and not overwrite:
        hint = "" if overwrite is None else "Or replace it: add --overwrite (command line)."
        raise InvalidInput(f"A file named {taken[0].name} already exists; choose another name.", hint=hint,
                           code="file.exists")
    return out.absolute()
