"""What the search says while its index is not in step (rebuilt beside the unlock after a
restore, damaged, or failed): a context of its own, translated whole."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "SearchIndexWords"


def rebuilding() -> str:
    return QCoreApplication.translate(
        "SearchIndexWords", "The search index is being rebuilt after a restore; search will be ready in a moment.")


def damaged() -> str:
    return QCoreApplication.translate(
        "SearchIndexWords", "The search index was damaged. It is being rebuilt; your records are not affected. "
        "Search will be ready in a moment.")


def failed() -> str:
    return QCoreApplication.translate(
        "SearchIndexWords", "The search index could not be rebuilt. "
        "Lock the vault and unlock it again to try once more.")
