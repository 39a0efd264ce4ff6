// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "sma",
    products: [
        .executable(name: "sma", targets: ["sma"]),
        .library(name: "SMACore", targets: ["SMACore"]),
    ],
    targets: [
        // The pure core: lexer, parser, evaluator, record, rendering. No terminal I/O.
        .target(name: "SMACore"),
        // The thin command-line program.
        .executableTarget(name: "sma", dependencies: ["SMACore"]),
        .testTarget(name: "SMACoreTests", dependencies: ["SMACore"]),
        .testTarget(name: "CLITests", dependencies: ["SMACore"]),
    ]
)
