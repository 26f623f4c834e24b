import ParleyShell

Shell.exit(with: Shell.main())
