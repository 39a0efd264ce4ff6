import SMALanguage
import SMAEngine
import SMAShell

/// Every file of the repository that is written from the code rather than by hand, with what
/// it must hold. `make golden` writes them (`sma-generate`); the tests fail while a committed
/// one differs, so each has one truth: the vocabulary, the options, the prelude.
public enum GeneratedFiles {
    /// The path of each file (from the repository's root) and its content.
    public static var all: [(path: String, content: String)] {
        [
            ("editors/vim/syntax/sma.vim", EditorSyntax.vimSyntax),
            ("editors/vim/ftdetect/sma.vim", EditorSyntax.vimFiletypeDetect),
            ("editors/sma.tmLanguage.json", EditorSyntax.textMateGrammar),
            ("editors/vim/plugin/sma.vim", EditorSyntax.vimPlugin),
            ("editors/sublime/sma.sublime-syntax", EditorSyntax.sublimeSyntax),
            ("editors/vscode/package.json", EditorSyntax.vscodePackage(version: SMAVersion.current)),
            ("editors/vscode/language-configuration.json", EditorSyntax.vscodeLanguageConfiguration),
            ("editors/vscode/syntaxes/sma.tmLanguage.json", EditorSyntax.textMateGrammar),
            ("man/sma.1", ManPage.page(version: SMAVersion.current)),
        ]
    }

    /// The compiled record, from the prelude parsed (nil with the diagnostic if it does not parse).
    public static func compiledRecord() throws(LocatedDiagnostic) -> (path: String, content: String) {
        let parsed = try Session(recordSource: SourceText(name: "<record>", text: BuiltinRecord.text)).record
        return ("Sources/SMAEngine/Record/CompiledRecord.generated.swift", CompiledRecordWriter.swiftSource(parsed))
    }
}
