// swift-tools-version:6.0
import PackageDescription

// Release builds skip the run-time exclusivity checks (about 8% of a simple statement's time);
// debug builds, which the tests run, keep them.
let releaseSpeed: [SwiftSetting] = [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]

let package = Package(
    name: "sma",
    products: [
        .executable(name: "sma", targets: ["sma"]),
        .library(name: "SMACore", targets: ["SMACore"]),
    ],
    // Tests only: an exact reference (BigInt) and property-based testing. The product has no
    // dependencies.
    dependencies: [
        .package(url: "https://github.com/attaswift/BigInt.git", from: "6.0.1"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
    ],
    targets: [
        // The pure core: lexer, parser, evaluator, record, rendering. No terminal I/O.
        .target(name: "SMACore", swiftSettings: releaseSpeed),
        // libedit's native API behind a small non-variadic C interface (libedit-dev: `make deps`).
        .target(name: "CEditLine", linkerSettings: [.linkedLibrary("edit")]),
        // The line editor in Swift terms: prompts, history, completion, signals.
        .target(name: "LineEditor", dependencies: ["CEditLine"]),
        // The thin command-line program.
        .executableTarget(name: "sma", dependencies: ["SMACore", "LineEditor"], swiftSettings: releaseSpeed),
        // Completion latency for `make bench` (the other figures time the sma program itself).
        .executableTarget(name: "SMABench", dependencies: ["SMACore"], path: "Benchmarks/SMABench"),
        .testTarget(name: "SMACoreTests", dependencies: [
            "SMACore",
            .product(name: "BigInt", package: "BigInt"),
            .product(name: "PropertyBased", package: "swift-property-based"),
        ]),
        .testTarget(name: "CLITests", dependencies: ["SMACore"], exclude: ["trap-audit.allow"]),
    ]
)

// The libFuzzer target exists only for `make fuzz`: an ordinary build has no `main` for it.
if Context.environment["SMA_FUZZ"] != nil {
    package.targets.append(.executableTarget(name: "SMAFuzz", dependencies: ["SMACore"]))
}
