// swift-tools-version:6.0
import PackageDescription

// Release builds skip the run-time exclusivity checks (about 8% of a simple statement's time);
// debug builds, which the tests run, keep them.
let releaseSpeed: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked", "-cross-module-optimization"], .when(configuration: .release))]

// The house in four modules, each depending only on the ones before it (ARCHITECTURE.md):
// SMALanguage ← SMAEngine ← SMARender ← SMAShell ← sma. The compiler enforces the order: a
// module cannot name what a later one declares.
let package = Package(
    name: "sma",
    products: [
        .executable(name: "sma", targets: ["sma"]),
    ],
    // Tests only: an exact reference (BigInt) and property-based testing. The product has no
    // dependencies.
    dependencies: [
        .package(url: "https://github.com/attaswift/BigInt.git", from: "6.0.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
    ],
    targets: [
        // Numbers, source text and diagnostics, the grammar's tables, lexer, syntax tree, parser.
        .target(name: "SMALanguage", swiftSettings: releaseSpeed),
        // The interpreter and its environment: the record, rules, simulation, help, results as
        // typed values. No formatting, no terminal I/O.
        .target(name: "SMAEngine", dependencies: ["SMALanguage"], swiftSettings: releaseSpeed, plugins: ["EmbedText"]),
        // Embeds a target's `.sma` and `.help` files (the built-in record, help topics) at build time.
        .plugin(name: "EmbedText", capability: .buildTool(), dependencies: ["sma-embed"]),
        .executableTarget(name: "sma-embed", path: "Sources/SMAEmbed"),
        // One render spec, every format: table, CSV, JSON, markdown, charts, SVG.
        .target(name: "SMARender", dependencies: ["SMALanguage", "SMAEngine"], swiftSettings: releaseSpeed),
        // The runner, REPL commands, the completer, command-line options and shell completions.
        .target(name: "SMAShell", dependencies: ["SMALanguage", "SMAEngine", "SMARender"], swiftSettings: releaseSpeed),
        // Generators that `make golden` runs (compiled record, man page, editor grammars): not in
        // the product.
        .target(name: "SMATools", dependencies: ["SMALanguage", "SMAEngine", "SMARender", "SMAShell"]),
        .executableTarget(name: "sma-generate", dependencies: ["SMATools"], path: "Sources/SMAGenerate"),
        // libedit's native API behind a small non-variadic C interface (libedit-dev: `make deps`).
        .target(name: "CEditLine", linkerSettings: [.linkedLibrary("edit")]),
        // The line editor in Swift terms: prompts, history, completion, signals.
        .target(name: "LineEditor", dependencies: ["CEditLine"]),
        // The thin command-line program.
        .executableTarget(name: "sma", dependencies: ["SMALanguage", "SMAEngine", "SMARender", "SMAShell", "LineEditor"],
                          swiftSettings: releaseSpeed),
        // Completion latency for `make bench` (the other figures time the sma program itself).
        .executableTarget(name: "SMABench", dependencies: ["SMALanguage", "SMAEngine", "SMAShell"], path: "Benchmarks/SMABench"),
        .testTarget(name: "SMACoreTests", dependencies: [
            "SMALanguage", "SMAEngine", "SMARender", "SMAShell", "SMATools",
            .product(name: "BigInt", package: "BigInt"),
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "CLITests", dependencies: ["SMALanguage", "SMAEngine", "SMARender", "SMAShell", "SMATools"],
                    exclude: ["trap-audit.allow", "Support"]),
    ]
)

// The libFuzzer target exists only for `make fuzz`: an ordinary build has no `main` for it.
// The library modules are built with libFuzzer's coverage, and SMAFuzz is linked with its
// `main`; the build tools (sma-embed, sma-generate) are not, so they still run as programs.
if Context.environment["SMA_FUZZ"] != nil {
    let fuzzer: [SwiftSetting] = [.unsafeFlags(["-sanitize=fuzzer"])]
    for t in package.targets where ["SMALanguage", "SMAEngine", "SMARender", "SMAShell"].contains(t.name) {
        t.swiftSettings = (t.swiftSettings ?? []) + fuzzer
    }
    package.targets.append(.executableTarget(name: "SMAFuzz", dependencies: ["SMALanguage", "SMAEngine", "SMARender", "SMAShell"],
                                             swiftSettings: fuzzer + [.unsafeFlags(["-parse-as-library"])],
                                             linkerSettings: [.unsafeFlags(["-sanitize=fuzzer"])]))
}
