// swift-tools-version:6.0
// Rubric: what-if analysis of government budget performance scores (部门整体支出绩效自评).
import PackageDescription

let package = Package(
    name: "Rubric",
    platforms: [.macOS(.v14)],
    products: [
        // MARK: Products
        .library(name: "RubricCore", targets: ["RubricCore"]),
        .executable(name: "rubric", targets: ["rubric"]),
    ],
    dependencies: [
        // MARK: Dependencies
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // MARK: Core library: model, exact decimals, rules, schemes, loaders, language, what-if. No terminal I/O.
        .target(
            name: "RubricCore",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // MARK: Workbooks: .xlsx tables read through ZIPFoundation (the core stays free of Foundation)
        .target(
            name: "RubricWorkbook",
            dependencies: ["RubricCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        // MARK: libedit binding (C system library with a non-variadic shim)
        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // MARK: The shell library: line editor, prompt, history search, rendering (tables, deltas), pager
        .target(
            name: "RubricShell",
            dependencies: ["RubricCore", "CLibEdit"]
        ),
        // MARK: The executable: command line wiring over RubricShell
        .executableTarget(
            name: "rubric",
            dependencies: [
                "RubricCore",
                "RubricShell",
                "RubricWorkbook",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // MARK: Benchmarks (run with scripts/bench, release build)
        .executableTarget(
            name: "RubricBench",
            dependencies: ["RubricCore"],
            path: "Benchmarks/RubricBench"
        ),
        // MARK: Fuzzing (scripts/fuzz builds it with -sanitize=fuzzer,address; built plainly it replays a corpus)
        .executableTarget(
            name: "RubricFuzz",
            dependencies: ["RubricCore", "RubricWorkbook"],
            path: "Fuzz/RubricFuzz"
        ),
        // MARK: Tests
        .testTarget(
            name: "RubricCoreTests",
            dependencies: ["RubricCore"],
            exclude: ["Fixtures"]   // read from the source tree by path
        ),
        .testTarget(
            name: "RubricWorkbookTests",
            dependencies: ["RubricWorkbook", "RubricCore"]
        ),
        .testTarget(
            name: "RubricShellTests",
            dependencies: ["RubricShell", "RubricCore"]
        ),
        .testTarget(
            name: "RubricCLITests",
            dependencies: ["RubricCore"],
            exclude: ["Fixtures"]   // workbooks and report folders, read by path
        ),
    ]
)
