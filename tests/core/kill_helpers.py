"""Reading what a child process reported before it was killed.

Every other cycle of a kill test kills the child only after it has reported work (the first
report is read with a blocking read, however slow the machine is); the rest kill it at a
random moment, perhaps still unlocking. So how many kills land after finished work is fixed
by the test, not by the machine's speed or load.
"""

from __future__ import annotations

import os


def read_line(fd: int) -> bytes:
    """One line from the pipe, waiting for it; b"" when the writer closed without one."""
    out = bytearray()
    while (byte := os.read(fd, 1)) and byte != b"\n":
        out += byte
    return bytes(out) + (b"\n" if out else b"")


def read_all(fd: int, first: bytes = b"") -> list[str]:
    chunks = [first]
    while block := os.read(fd, 65536):
        chunks.append(block)
    return b"".join(chunks).decode().splitlines()
