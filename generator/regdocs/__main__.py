from regdocs.cli import main

raise SystemExit(main())
