"""Entry point for the frozen build (PyInstaller needs a script, not a console_scripts entry)."""

from vault_app.app import main

raise SystemExit(main())
