import Foundation
import PackagePlugin

/// Content as content: every `.sma` and `.help` file of a target (the built-in record, the
/// help topics) is embedded at build time as a Swift string, by `sma-embed`, into one
/// generated file (`Embedded.swift`) of that target. The text files are the truth; nothing
/// generated from them is committed.
@main
struct EmbedText: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        guard let module = target.sourceModule else { return [] }
        let inputs = module.sourceFiles.filter { ["sma", "help"].contains($0.url.pathExtension) }.map(\.url)
            .sorted { $0.path < $1.path }
        guard !inputs.isEmpty else { return [] }
        let output = context.pluginWorkDirectoryURL.appending(path: "Embedded.swift")
        return [.buildCommand(displayName: "Embedding the text of \(module.name)",
                              executable: try context.tool(named: "sma-embed").url,
                              arguments: [output.path] + inputs.map(\.path),
                              inputFiles: inputs, outputFiles: [output])]
    }
}
