// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "parley",
  products: [
    .executable(name: "parley", targets: ["parley"])
  ],
  dependencies: [],
  targets: [
    // MARK: - System libraries

    /// libedit, for line editing, history and completion on a terminal.
    .systemLibrary(
      name: "CEditLine",
      pkgConfig: "libedit",
      providers: [.apt(["libedit-dev"]), .brew(["libedit"])]
    ),

    // MARK: - Libraries

    /// The domain, pure: no files, no terminal, no clock reads.
    /// Its jurisdiction profiles are compiled in (Scripts/embed-profiles), so the
    /// binary needs no resource folder beside it.
    .target(name: "ParleyKit", exclude: ["Resources/Jurisdictions"]),
    /// The workspace on disk: case journals, locking, recovery.
    .target(name: "ParleyStore", dependencies: ["ParleyKit"]),
    /// The REPL and one-shot commands: line editing, parsing, rendering.
    .target(name: "ParleyShell", dependencies: ["ParleyKit", "ParleyStore", "CEditLine"]),

    // MARK: - Executables

    /// The entry point only: hands argv to ParleyShell.
    .executableTarget(name: "parley", dependencies: ["ParleyShell"]),
    /// Trains the models from the corpora (deterministic); run by Scripts/train.
    .executableTarget(name: "parley-train", dependencies: ["ParleyKit"], exclude: ["Corpus"]),
    /// Benchmarks, run by Scripts/bench.
    .executableTarget(name: "parley-bench", dependencies: ["ParleyKit", "ParleyStore"]),

    // MARK: - Tests

    /// Starting child programs in tests without Foundation's `Process`.
    .target(name: "ParleyTestSupport", path: "Tests/ParleyTestSupport"),
    .testTarget(name: "ParleyKitTests", dependencies: ["ParleyKit"]),
    .testTarget(
      name: "ParleyStoreTests", dependencies: ["ParleyStore", "ParleyKit", "ParleyTestSupport"]),
    .testTarget(
      name: "ParleyShellTests",
      dependencies: ["ParleyShell", "ParleyStore", "ParleyKit", "ParleyTestSupport"],
      exclude: ["Exports/validate_ics.py"]),
    .testTarget(
      name: "ParleyEndToEndTests",
      dependencies: ["ParleyKit", "ParleyTestSupport"]
    ),
  ]
)
