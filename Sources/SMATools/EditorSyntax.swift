import SMALanguage
import SMAEngine
import SMARender
import SMAShell

/// Editor support for `.sma` files, written from the vocabulary: a vim syntax file with its
/// filetype detection, and a TextMate grammar (VS Code, Sublime Text, GitHub). The files in
/// `editors/` are these, checked by the tests (`make golden` rewrites them).
public enum EditorSyntax {
    /// `editors/vim/ftdetect/sma.vim`
    public static let vimFiletypeDetect = """
    " sma: .sma files and scripts that start with #!/usr/bin/env sma
    autocmd BufRead,BufNewFile *.sma setfiletype sma
    autocmd BufRead * if getline(1) =~# '^#!.*\\<sma\\>' | setfiletype sma | endif

    """

    /// Vim's `\\(a\\|b\\)` alternation of literal words.
    static func vimAlternatives(_ words: [String]) -> String {
        words.map { w in
            var e = ""
            for c in w { if "\\.*[]~^$/".contains(c) { e += "\\" }; e.append(c) }
            return e
        }.joined(separator: "\\|")
    }

    /// Words vim can take as keywords (ASCII letters, digits, `_`); the rest are matches.
    static func isKeyword(_ w: String) -> Bool { w.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") } }

    /// The word groups, each word in the first group that has it (`contribution` starts a
    /// statement before it is a definition's subject).
    static var groups: [(vim: String, textMate: String, words: [String])] {
        var seen = Set<String>()
        func fresh(_ words: [String]) -> [String] { words.filter { seen.insert($0).inserted } }
        return [
            ("smaStatement", "keyword.control.statement.sma", fresh(Vocabulary.statementWords)),
            ("smaClause", "keyword.other.clause.sma", fresh(Vocabulary.clauseWords)),
            ("smaFunction", "support.function.distribution.sma", fresh(Vocabulary.distributions)),
            ("smaDefinition", "storage.type.definition.sma", fresh(Vocabulary.definitionWords)),
            ("smaUnit", "constant.language.unit.sma", fresh(Vocabulary.unitWords)),
        ]
    }

    /// `editors/vim/syntax/sma.vim`
    public static var vimSyntax: String {
        func group(_ name: String, _ words: [String]) -> String {
            let keywords = words.filter(isKeyword), others = words.filter { !isKeyword($0) }
            var out = ""
            if !keywords.isEmpty { out += "syn keyword \(name) \(keywords.joined(separator: " "))\n" }
            if !others.isEmpty { out += "syn match \(name) \"\\(\(vimAlternatives(others))\\)\"\n" }
            return out
        }
        return """
        " Vim syntax file for sma, the language of the Special Measures Agreements
        " Written from sma's vocabulary by sma-generate (Sources/SMATools/EditorSyntax.swift);
        " do not edit. Install: copy editors/vim/ into ~/.vim/ (or `make install`).
        if exists("b:current_syntax")
          finish
        endif
        syn case match
        setlocal iskeyword=@,48-57,_,-

        \(groups.map { group($0.vim, $0.words) }.joined())syn match smaNumber "\\<\\d[0-9,]*\\(\\.\\d\\+\\)\\=%\\="
        syn match smaDate "\\<\\d\\{4}-\\d\\d-\\d\\d\\>"
        syn match smaOperator "[-+*/^=×÷−]\\|\\.\\."
        syn region smaString start=+"+ skip=+\\\\"+ end=+"+ oneline
        syn match smaComment "#.*$" contains=@Spell

        hi def link smaStatement Statement
        hi def link smaClause Keyword
        hi def link smaFunction Function
        hi def link smaDefinition Type
        hi def link smaUnit Special
        hi def link smaNumber Number
        hi def link smaDate Constant
        hi def link smaOperator Operator
        hi def link smaString String
        hi def link smaComment Comment

        let b:current_syntax = "sma"

        """
    }

    /// A JSON string.
    static func json(_ s: String) -> String { JSON.string(s) }

    /// A regular expression alternation of literal words, for Oniguruma.
    static func regexAlternatives(_ words: [String]) -> String {
        words.sorted { $0.count > $1.count }.map { w in
            var e = ""
            for c in w { if "\\.*+?()[]{}|^$-".contains(c) { e += "\\" }; e.append(c) }
            return e
        }.joined(separator: "|")
    }

    /// `editors/sma.tmLanguage.json`
    public static var textMateGrammar: String {
        func rule(_ scope: String, _ words: [String], bounded: Bool = true) -> String {
            let body = "(?:" + regexAlternatives(words) + ")"
            let match = bounded ? "(?<![\\w-])" + body + "(?![\\w-])" : body
            return "    {\"name\": \(json(scope)), \"match\": \(json(match))}"
        }
        let patterns = [
            "    {\"name\": \"comment.line.number-sign.sma\", \"match\": \"#.*$\"}",
            "    {\"name\": \"string.quoted.double.sma\", \"begin\": \"\\\"\", \"end\": \"\\\"\", \"patterns\": [{\"name\": \"constant.character.escape.sma\", \"match\": \"\\\\\\\\.\"}]}",
            "    {\"name\": \"constant.other.date.sma\", \"match\": \"\\\\b\\\\d{4}-\\\\d{2}-\\\\d{2}\\\\b\"}",
        ] + groups.flatMap { g -> [String] in
            let ascii = g.words.filter { $0.allSatisfy(\.isASCII) }, other = g.words.filter { !$0.allSatisfy(\.isASCII) }
            return (ascii.isEmpty ? [] : [rule(g.textMate, ascii)]) + (other.isEmpty ? [] : [rule(g.textMate, other, bounded: false)])
        } + [
            "    {\"name\": \"constant.numeric.sma\", \"match\": \"\\\\b\\\\d[\\\\d,]*(?:\\\\.\\\\d+)?%?\"}",
            "    {\"name\": \"keyword.operator.sma\", \"match\": \"\\\\.\\\\.|[-+*/^=×÷−]\"}",
        ]
        return """
        {
          "$comment": "TextMate grammar for sma, written from its vocabulary by sma-generate (Sources/SMATools/EditorSyntax.swift); do not edit.",
          "name": "sma",
          "scopeName": "source.sma",
          "fileTypes": ["sma"],
          "firstLineMatch": "^#!.*\\\\bsma\\\\b",
          "patterns": [
        \(patterns.joined(separator: ",\n"))
          ]
        }

        """
    }
}
