"""Therapy Vault: an encrypted, local-first note vault for solo therapists.

The one place for the version and the names: pyproject.toml reads `__version__`
(setuptools dynamic version), the PyInstaller spec, the Inno Setup script (/DAppVersion),
About and `--version` read it from here; CHANGELOG.md's newest release must equal it and
the AppStream releases are generated from CHANGELOG.md (tests/core/test_release_metadata.py).
"""

__version__ = "0.2.0"

PRODUCT_NAME = "Therapy Vault"  # what a user sees: window titles, menus, the desktop entry, installers
COMMAND = "vault-app"  # the program: console script, executable, package and folder names
APP_ID = "org.vaultapp.VaultApp"  # reverse-DNS id: desktop file, AppStream, macOS bundle id, Wayland app id
