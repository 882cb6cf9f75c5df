"""A file larger than the drive takes (FAT32: no file of 4 GB or more; Linux's vfat says EFBIG).
Found (forty-sixth round): a single-file backup past 4 GB on such a drive would be refused as
"The system reported an I/O error while ... (EFBIG)", words for an engineer. Now it says the
drive takes no file that large and what to do.

The system's own EFBIG is made here without a FAT drive (writing 4 GB to one takes minutes): a
child process limited by RLIMIT_FSIZE gets exactly that errno from the kernel past the limit."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

CHILD = textwrap.dedent(
    """
    import json, resource, signal, sys
    from pathlib import Path
    from vault_app.domain.errors import EnvironmentProblem
    from vault_app.storage.files import atomic_write

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails with EFBIG instead of a kill
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))
    try:
        atomic_write(Path(sys.argv[1]), b"x" * 10000, what="writing the backup file")
    except EnvironmentProblem as exc:
        print(json.dumps({"code": exc.code, "message": str(exc), "hint": exc.hint}))
    """
)


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_FSIZE and SIGXFSZ as on Linux")
def test_a_file_too_large_for_the_drive_is_said_so(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "vault-backup.vaultbackup")],
                          capture_output=True, text=True, check=False, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    said = json.loads(done.stdout)
    assert said["code"] == "disk.file_too_large"
    assert "4 GB" in said["message"] and "EFBIG" not in said["message"]
    assert "exFAT" in said["hint"]
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no temporary left
