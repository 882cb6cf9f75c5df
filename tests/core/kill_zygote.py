"""A small process that forks a kill test's children, so that the test's own process need not.

Why: a pytest worker that collected the whole suite is ~450 MB of memory (the frozen heap of
~1.3 million objects, PySide6, every test module). Each fork copies its page tables, each child
touching that memory copies pages, each exit tears it all down; `kill_notes` forks 400 times
(a child and a prober a cycle), and measured alone it took ~18 CPU-s, inside the suite 40-45
(docs/testing.md, "Twenty-eighth round"). Forked from this process instead (a fresh Python with
only the test module and the app imported, ~55 MB), the children are the same processes as
before: forked with everything imported, no connection open in their parent, Argon2 results
this process derived for real once handed down to them as a test process's are (tests/kdf_memo.py).

Protocol (one line each way): the test writes `child {"module", "name", "fifo", "args"}` (JSON);
this process opens the FIFO for writing (the test has it open for reading), forks
`module.name(*args, fd)`, closes its own copy and only then answers `pid N`, so the child is the
pipe's only writer and the test reads its end when the child is killed. `join N` answers
`exit CODE` (-9 for a SIGKILL). At the end of its input this process ends.
"""

from __future__ import annotations

import faulthandler
import importlib
import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import IO

REPO = Path(__file__).resolve().parents[2]


class Zygote:
    """The test's side: start it, ask it for children, end it (a context manager)."""

    def __init__(self, prime: tuple[str, str] | None = None) -> None:
        from tests.core import kill_helpers

        answers_read, answers_write = os.pipe()
        stacks = kill_helpers._stacks.fileno()  # children's stacks, where kill_helpers reads them
        args = [sys.executable, "-m", "tests.core.kill_zygote", str(answers_write), str(stacks)]
        if prime is not None:
            args += list(prime)
        self._process = subprocess.Popen(args, stdin=subprocess.PIPE, cwd=REPO, text=True,
                                         pass_fds=(answers_write, stacks))
        os.close(answers_write)
        self._answers: IO[str] = os.fdopen(answers_read, "r")

    def _ask(self, line: str) -> str:
        assert self._process.stdin is not None
        self._process.stdin.write(line + "\n")
        self._process.stdin.flush()
        answer = self._answers.readline()
        assert answer, f"the zygote ended (exit {self._process.wait()}) when asked {line.split()[0]!r}"
        return answer.strip()

    def fork(self, target: Callable[..., object], fifo: Path, *args: str | int) -> int:
        """Fork `target(*args, fd)`, `fd` open for writing on `fifo` (which the caller reads)."""
        order = {"module": target.__module__, "name": target.__name__, "fifo": str(fifo), "args": list(args)}
        return int(self._ask(f"child {json.dumps(order)}").removeprefix("pid "))

    def join(self, pid: int) -> int:
        return int(self._ask(f"join {pid}").removeprefix("exit "))

    def close(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        self._process.wait()  # its children's CPU is counted into this process's (RUSAGE_CHILDREN)
        self._answers.close()

    def __enter__(self) -> Zygote:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _serve(answers_fd: int) -> None:
    from tests.core.kill_helpers import fork_child

    answers = os.fdopen(answers_fd, "w")
    children: dict[int, BaseProcess] = {}
    for line in sys.stdin:
        verb, _, rest = line.partition(" ")
        if verb == "child":
            order = json.loads(rest)
            target = getattr(importlib.import_module(order["module"]), order["name"])
            fd = os.open(order["fifo"], os.O_WRONLY)  # the test already reads it: this does not block
            child = fork_child(target, (*order["args"], fd))
            os.close(fd)  # the child's copy is the pipe's only writer now
            assert child.pid is not None
            children[child.pid] = child
            answers.write(f"pid {child.pid}\n")
        elif verb == "join":
            child = children.pop(int(rest))
            child.join()
            answers.write(f"exit {child.exitcode}\n")
        answers.flush()
    # A test that failed between a fork and its kill leaves a child writing notes forever; the
    # exit below would wait for it (multiprocessing joins its children at exit).
    for child in children.values():
        child.kill()
        child.join()


def main(argv: list[str]) -> None:
    answers_fd, stacks_fd = int(argv[0]), int(argv[1])
    from tests import kdf_memo
    from vault_app.crypto import kdf

    # A child asked for its stacks (kill_helpers.read_line) writes them where the test reads.
    faulthandler.register(signal.SIGUSR1, file=stacks_fd, all_threads=True)
    if not kdf_memo.DISABLED:
        kdf.derive = kdf_memo.remembering(kdf.derive)  # type: ignore[assignment]
    if len(argv) > 2:
        # One real unlock here, as the test process's own did before its forks: each child's
        # unlock then reuses its Argon2 result instead of deriving it again.
        from tests.conftest import PASSPHRASE
        from vault_app.services.vault import open_vault

        open_vault(Path(argv[2]), PASSPHRASE, with_psychotherapy=argv[3] == "psychotherapy").lock()
    _serve(answers_fd)


if __name__ == "__main__":
    main(sys.argv[1:])
