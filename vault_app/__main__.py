from vault_app.app import main

raise SystemExit(main())
