"""tests/rewrite_ahead.py: the controller's pyc is the one a worker reads (asserts rewritten,
checked against the source's hash), written once, and rewritten when the source changes."""

from __future__ import annotations

from pathlib import Path

import pytest
from _pytest.assertion import rewrite as pytest_rewrite

from tests import rewrite_ahead


def _pyc(module: Path) -> Path:
    return pytest_rewrite.get_cache_dir(module) / (module.name[:-3] + pytest_rewrite.PYC_TAIL)


def test_written_once_read_by_pytest_and_renewed_with_the_source(
    tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch,
) -> None:
    (tmp_path / "test_sample.py").write_text("def test_it():\n    left = 1\n    assert left == 2\n")
    (tmp_path / "conftest.py").write_text("X = 1\n")
    (tmp_path / "helpers.py").write_text("Y = 1\n")  # not a test module: pytest does not rewrite it
    monkeypatch.setattr(request.config, "args", [str(tmp_path)])

    assert rewrite_ahead.modules_to_rewrite(request.config) == [tmp_path / "conftest.py", tmp_path / "test_sample.py"]
    assert rewrite_ahead.rewrite(request.config) == 2
    assert rewrite_ahead.rewrite(request.config) == 0  # the pycs are current: nothing to do
    assert not _pyc(tmp_path / "helpers.py").exists()

    code = pytest_rewrite._read_pyc(tmp_path / "test_sample.py", _pyc(tmp_path / "test_sample.py"))
    assert code is not None
    namespace: dict[str, object] = {}
    exec(code, namespace)  # noqa: S102  (the code pytest itself would run for this file)
    with pytest.raises(AssertionError, match=r"assert 1 == 2"):  # the rewritten message, values shown
        namespace["test_it"]()  # type: ignore[operator]

    (tmp_path / "test_sample.py").write_text("def test_it():\n    assert True\n")
    assert rewrite_ahead.rewrite(request.config) == 1
