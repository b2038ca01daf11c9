// swift-tools-version:6.0
// seller-console: a terminal console for KooGallery sellers. No package dependencies: only the toolchain and
// four system libraries (ncursesw, sqlite3, libcrypto, libcurl), each used by exactly one module.
import PackageDescription

let package = Package(
    name: "seller-console",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "seller-console", targets: ["seller-console"]),
        .executable(name: "koosim", targets: ["koosim"]),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw",
                       providers: [.apt(["libncurses-dev"])]),
        .systemLibrary(name: "CSQLite", path: "Sources/CSQLite", pkgConfig: "sqlite3",
                       providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CCrypto", path: "Sources/CCrypto", pkgConfig: "libcrypto",
                       providers: [.apt(["libssl-dev"])]),
        .systemLibrary(name: "CCurl", path: "Sources/CCurl", pkgConfig: "libcurl",
                       providers: [.apt(["libcurl4-openssl-dev"])]),

        // The two languages and the `Phrase` every user-facing sentence is written as (pure, no dependencies).
        .target(name: "Localization"),
        .target(name: "SellerCore", dependencies: ["Localization"]),
        // The list query, sort and row types the store and the console share (pure, over the domain types).
        .target(name: "ListContract", dependencies: ["SellerCore", "Localization"]),
        .target(name: "CommandArguments"),
        .target(name: "Crypto", dependencies: ["CCrypto"]),
        .target(name: "Signing", dependencies: ["Crypto", "SellerCore"]),
        .target(name: "SellerStore", dependencies: ["CSQLite", "SellerCore", "ListContract", "Localization", "Crypto"]),
        .target(name: "MarketAPI", dependencies: ["Signing", "SellerCore"]),
        .target(name: "MarketClient", dependencies: ["MarketAPI", "Signing", "Crypto", "SellerCore", "CCurl"]),
        // `probe`: test cases, signed calls and pure judging of a seller's production interface.
        .target(name: "Probe", dependencies: ["MarketClient", "Signing", "Crypto", "SellerCore"]),
        .target(name: "Sync", dependencies: [
            "MarketClient", "MarketAPI", "SellerStore", "SellerCore", "Signing", "Crypto", "InterfaceRules",
        ]),
        // The published rules a call's answer is judged by (one judge for the relay and the simulator's marketplace).
        .target(name: "InterfaceRules", dependencies: ["SellerCore", "Signing"]),
        // `relay`: journals the marketplace's calls to the seller's production interface, passing them through.
        .target(name: "Relay", dependencies: [
            "HTTPServer", "MarketClient", "Signing", "Crypto", "SellerCore", "SellerStore", "InterfaceRules",
        ]),
        .target(name: "TermUI"),
        .target(name: "HTTPServer"),
        .target(name: "ChildProcesses"),
        .target(name: "Profiles", dependencies: ["SellerCore", "Localization"]),
        .target(name: "CursesTerminal", dependencies: ["TermUI", "CNcursesw"]),
        .target(name: "ConsoleUI", dependencies: ["TermUI", "SellerCore", "ListContract", "Localization"]),
        // Lists to CSV and JSON Lines files, for `seller-console export` and the console's `:export`.
        .target(name: "Export", dependencies: ["ListContract", "SellerCore"]),
        .target(name: "Simulator", dependencies: [
            "MarketAPI", "MarketClient", "Signing", "Crypto", "SellerCore", "HTTPServer", "CommandArguments",
            "InterfaceRules",
        ]),
        .target(name: "ConsoleRuntime", dependencies: [
            "ConsoleUI", "TermUI", "CursesTerminal", "SellerCore", "ListContract", "SellerStore", "Sync", "MarketClient",
            "Crypto", "Localization",
            "Export",
            "Profiles", "ChildProcesses",
            "MarketAPI",
        ]),
        .executableTarget(name: "seller-console", dependencies: [
            "SellerCore", "ListContract", "Crypto", "Signing", "SellerStore", "MarketAPI", "MarketClient", "Sync",
            "TermUI", "CursesTerminal", "ConsoleUI", "ConsoleRuntime", "Simulator", "Profiles", "CommandArguments",
            "Probe", "Relay", "ChildProcesses", "Localization",
            "Export",
        ]),
        .executableTarget(name: "koosim", dependencies: ["Simulator", "HTTPServer", "CommandArguments"]),
        // A test fixture, not a product: built with the tests (next to their bundle) and never shipped.
        .executableTarget(name: "terminal-check", dependencies: ["CommandArguments", "TermUI", "CursesTerminal"],
                          path: "Tests/Fixtures/terminal-check"),

        .target(name: "TestSupport", dependencies: [
            "SellerCore", "TermUI", "Simulator", "HTTPServer", "MarketAPI", "MarketClient", "SellerStore",
            "ChildProcesses",
        ], path: "Tests/TestSupport"),
        .testTarget(name: "SellerCoreTests", dependencies: ["SellerCore", "TestSupport"]),
        .testTarget(name: "LocalizationTests", dependencies: ["Localization"]),
        .testTarget(name: "CryptoTests", dependencies: ["Crypto", "Signing"]),
        .testTarget(name: "SellerStoreTests", dependencies: ["SellerStore", "ListContract", "TestSupport", "Crypto"]),
        .testTarget(name: "SimulatorTests", dependencies: [
            "Simulator", "MarketAPI", "MarketClient", "TestSupport", "Signing", "Crypto", "SellerCore",
            "CommandArguments", "HTTPServer",
        ]),
        .testTarget(name: "SyncTests", dependencies: [
            "Sync", "Simulator", "SellerStore", "ListContract", "MarketClient", "TestSupport", "Crypto",
            "CommandArguments", "Relay",
        ]),
        .testTarget(name: "TermUITests", dependencies: ["TermUI"]),
        .testTarget(name: "ProfilesTests", dependencies: ["Profiles", "SellerCore", "TestSupport", "Localization"]),
        .testTarget(name: "HTTPServerTests", dependencies: ["HTTPServer", "TestSupport"]),
        .testTarget(name: "MarketClientTests", dependencies: [
            "MarketClient", "MarketAPI", "SellerCore", "HTTPServer", "TestSupport",
        ]),
        .testTarget(name: "ProbeTests", dependencies: [
            "Probe", "Signing", "Crypto", "SellerCore", "Simulator", "TestSupport",
        ]),
        .testTarget(name: "RelayTests", dependencies: [
            "Relay", "TestSupport", "Simulator", "HTTPServer", "MarketClient", "SellerStore", "Signing", "SellerCore",
            "InterfaceRules",
        ]),
        .testTarget(name: "ConsoleUITests", dependencies: [
            "ConsoleUI", "ConsoleRuntime", "TermUI", "CursesTerminal", "SellerCore", "ListContract", "SellerStore",
            "Simulator", "Sync", "MarketClient", "TestSupport", "Localization",
            "Export",
            "Profiles",
            "MarketAPI",
        ], exclude: ["Presentation/Snapshots", "Screens/Snapshots", "Actions/Snapshots"]),
    ]
)
