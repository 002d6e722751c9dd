from boardprep.cli import main

raise SystemExit(main())
