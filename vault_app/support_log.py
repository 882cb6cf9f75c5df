"""The support log: what a user can send when asking for help, with nothing about clients in it.

A small rotating file (support.log, 256 KiB x 4) in the platform's log folder (platformdirs'
user_log_dir; beside a portable copy in vault-app-data/logs) that records, per run: the app,
Python, Qt and OS versions, which kind of run it was (the desktop app or the name of a CLI
command, never its arguments), how long it took, its exit code, and the class and code
location (module, function, line) of any error.

It never records a message text, an argument, a path, a name or a note: an exception's
message can carry a client's name or a file path, so only its class is written. The app's
other loggers (vault_app.*) reach the file through a filter that keeps the constant message
template and replaces every argument that is not an exception class's name by "…".
tests/core/test_support_log.py proves it with canary names, notes and paths.
"""

from __future__ import annotations

import builtins
import logging
import logging.handlers
import os
import platform
import re
import sys
import threading
import time
import traceback
from pathlib import Path
from types import TracebackType

from vault_app import __version__

LOGGER = "vault_app.support"
FILE_NAME = "support.log"
MAX_BYTES = 256 * 1024
BACKUPS = 3
_EXIT_NAMES = {0: "ok", 1: "internal error", 2: "usage or invalid input", 3: "wrong passphrase or key",
               4: "corrupt or missing vault file", 5: "tampered or rolled back", 6: "refused by policy",
               7: "environment", 8: "not found", 9: "keyring", 130: "interrupted", 141: "output closed"}
_state: dict[str, object] = {}
_starting = threading.Lock()  # the desktop app starts the log from a timer thread


class _PrivateRotatingFile(logging.handlers.RotatingFileHandler):
    """Owner-only files, the rotated ones too (the umask does not decide)."""

    def _open(self):  # type: ignore[no-untyped-def]
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)


def _exception_class_name(value: object) -> str | None:
    """`value` when it is the bare name of an exception class the app can raise, else None."""
    if not isinstance(value, str) or not value.isidentifier():
        return None
    from vault_app.domain import errors

    for namespace in (builtins, errors):
        candidate = getattr(namespace, value, None)
        if isinstance(candidate, type) and issubclass(candidate, BaseException):
            return value
    return None


_PLACEHOLDER = re.compile(r"%[-#0 +]*\d*(?:\.\d+)?[diouxXeEfFgGcr]")


class _ScrubbingFormatter(logging.Formatter):
    """The support logger's own records as they are; every other vault_app record reduced to its
    constant template, with each argument replaced by "…" unless it is an exception class's name.
    Works on a copy: the other handlers of the same record see it unchanged."""

    def format(self, record: logging.LogRecord) -> str:
        if record.name != LOGGER:
            copy = logging.makeLogRecord(dict(record.__dict__))
            args = record.args if isinstance(record.args, tuple) else (record.args,) if record.args else ()
            # Every placeholder becomes %s: the "…" put in place of an argument is text, and a
            # %d in the template would otherwise fail the whole record.
            copy.msg = _PLACEHOLDER.sub("%s", str(record.msg))
            copy.args = tuple(_exception_class_name(a) or "…" for a in args)
            if record.exc_info and record.exc_info[1] is not None:
                copy.msg += " [" + describe_error(record.exc_info[1]) + "]"
            copy.exc_info = None
            copy.exc_text = None
            copy.stack_info = None
            record = copy
        return super().format(record)


def error_class(exc: BaseException) -> str:
    cls = type(exc)
    return cls.__qualname__ if cls.__module__ == "builtins" else f"{cls.__module__}.{cls.__qualname__}"


def error_location(tb: TracebackType | None, depth: int = 4) -> str:
    """The innermost frames as module:function:line (file names only, never the folder)."""
    frames = traceback.extract_tb(tb)[-depth:]
    return " < ".join(f"{Path(f.filename).stem}:{f.name}:{f.lineno}" for f in reversed(frames)) or "?"


def describe_error(exc: BaseException) -> str:
    return f"{error_class(exc)} at {error_location(exc.__traceback__)}"


def folder() -> Path:
    from vault_app.services import paths

    return paths.log_folder()


def _versions() -> str:
    # From modules already loaded only: importing a library (or its metadata) to name its
    # version would cost the start-up the log is there to time.
    parts = [f"vault-app={__version__}", f"python={platform.python_version()}"]
    for module in ("PySide6", "cryptography", "sqlcipher3", "pikepdf"):
        loaded = sys.modules.get(module)
        version = getattr(loaded, "__version__", None) if loaded else None
        if isinstance(version, str):
            parts.append(f"{module.lower()}={version}")
    parts += [f"os={platform.system()}-{platform.release()}", f"machine={platform.machine()}"]
    libc = os.confstr("CS_GNU_LIBC_VERSION") if hasattr(os, "confstr") and sys.platform.startswith("linux") else None
    if libc:
        parts.append(libc.replace(" ", "="))
    from vault_app.services import paths

    frozen = bool(getattr(sys, "frozen", False))
    parts += [f"frozen={int(frozen)}", f"portable={int(paths.portable_root() is not None)}"]
    return " ".join(parts)


def start(run: str) -> bool:
    """Open the log for this process and record the start. `run` is "desktop" or "cli:<command>"
    (a name from the command table, never an argument). False when the log cannot be written:
    the app goes on without it."""
    with _starting:
        return _start(run)


def _start(run: str) -> bool:
    if LOGGER in _state:
        return True
    try:
        where = folder()
        where.mkdir(parents=True, exist_ok=True, mode=0o700)
        path = where / FILE_NAME
        handler = _PrivateRotatingFile(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        return False
    handler.setFormatter(_ScrubbingFormatter("%(asctime)s %(process)d %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    # One file handler on the app's logger: the support logger below it propagates to it, and
    # the app's other loggers (the GUI's background errors, automatic backup) reach it too.
    app_logger = logging.getLogger("vault_app")
    app_logger.addHandler(handler)
    if app_logger.level == logging.NOTSET or app_logger.level > logging.INFO:
        app_logger.setLevel(logging.INFO)
    logging.getLogger(LOGGER).setLevel(logging.INFO)
    _state[LOGGER] = (handler, time.monotonic())
    _hook_uncaught()
    logging.getLogger(LOGGER).info("start %s run=%s", _versions(), run)
    for line in _noted.values():
        logging.getLogger(LOGGER).info("%s", line)
    return True


_noted: dict[str, str] = {}  # note()'s lines by key: what the log says once it opens


def note(key: str, line: str) -> None:
    """A fact of this run (`line` a constant of the code, e.g. which screen-lock signals the
    desktop app hears), written once: now when the log is open, else right after its start
    line. The desktop app opens the log two seconds in, after most such facts are known.
    Said again only when it changed."""
    with _starting:
        if _noted.get(key) == line:
            return
        _noted[key] = line
        if LOGGER in _state:
            logging.getLogger(LOGGER).info("%s", line)


def finish(exit_code: int) -> None:
    entry = _state.get(LOGGER)
    if not isinstance(entry, tuple):
        return
    seconds = time.monotonic() - entry[1]
    logging.getLogger(LOGGER).info("end exit=%d (%s) seconds=%.3f", exit_code,
                                   _EXIT_NAMES.get(exit_code, "other"), seconds)


def timing(what: str, seconds: float) -> None:
    """A named duration (`what` is a constant of the code, e.g. "unlock")."""
    if LOGGER in _state:
        logging.getLogger(LOGGER).info("timing %s seconds=%.3f", what, seconds)


def error(exc: BaseException, context: str = "") -> None:
    """An error's class and where it happened; `context` is a constant of the code. Nothing
    when the log is not open (tests calling the CLI in-process, --version)."""
    if LOGGER in _state:
        logging.getLogger(LOGGER).error("error %s%s", describe_error(exc), f" during {context}" if context else "")


def explained(exc: BaseException) -> None:
    """An error the app explained to the user (a VaultError): its class, as information."""
    if LOGGER in _state:
        logging.getLogger(LOGGER).info("explained %s", describe_error(exc))


def _hook_uncaught() -> None:
    previous = sys.excepthook

    def excepthook(cls: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        error(exc, "uncaught")
        previous(cls, exc, tb)

    sys.excepthook = excepthook
    previous_thread = threading.excepthook

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            error(args.exc_value, "a thread")
        previous_thread(args)

    threading.excepthook = thread_hook


def stop() -> None:
    """Close the file (tests, and the end of a process that started the log)."""
    entry = _state.pop(LOGGER, None)
    if not isinstance(entry, tuple):
        return
    handler = entry[0]
    logging.getLogger("vault_app").removeHandler(handler)
    handler.close()
