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

    /// The grammar's match rules, in order, one truth for the TextMate and Sublime grammars:
    /// a scope and its regular expression (Oniguruma, which both editors use). Quoted text is
    /// a rule of its own (`string` below), between the comment and the rest.
    static var matchRules: (before: [(scope: String, match: String)], after: [(scope: String, match: String)]) {
        func rule(_ scope: String, _ words: [String], bounded: Bool = true) -> (String, String) {
            let body = "(?:" + regexAlternatives(words) + ")"
            return (scope, bounded ? "(?<![\\w-])" + body + "(?![\\w-])" : body)
        }
        let before = [("comment.line.number-sign.sma", "#.*$")]
        let after = [("constant.other.date.sma", "\\b\\d{4}-\\d{2}-\\d{2}\\b")] + groups.flatMap { g -> [(String, String)] in
            let ascii = g.words.filter { $0.allSatisfy(\.isASCII) }, other = g.words.filter { !$0.allSatisfy(\.isASCII) }
            return (ascii.isEmpty ? [] : [rule(g.textMate, ascii)]) + (other.isEmpty ? [] : [rule(g.textMate, other, bounded: false)])
        } + [
            ("constant.numeric.sma", "\\b\\d[\\d,]*(?:\\.\\d+)?%?"),
            ("keyword.operator.sma", "\\.\\.|[-+*/^=×÷−]"),
        ]
        return (before.map { ($0.0, $0.1) }, after.map { ($0.0, $0.1) })
    }

    /// `editors/sma.tmLanguage.json`
    public static var textMateGrammar: String {
        let rules = matchRules
        func line(_ r: (scope: String, match: String)) -> String { "    {\"name\": \(json(r.scope)), \"match\": \(json(r.match))}" }
        let patterns = rules.before.map(line) + [
            "    {\"name\": \"string.quoted.double.sma\", \"begin\": \"\\\"\", \"end\": \"\\\"\", \"patterns\": [{\"name\": \"constant.character.escape.sma\", \"match\": \"\\\\\\\\.\"}]}",
        ] + rules.after.map(line)
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

    /// A YAML single-quoted scalar (a `'` is written twice).
    static func yaml(_ s: String) -> String { "'" + s.replacingOccurrences("'", "''") + "'" }

    /// `editors/sublime/sma.sublime-syntax`: the same rules for Sublime Text, which cannot load
    /// a TextMate grammar in its JSON form.
    public static var sublimeSyntax: String {
        let rules = matchRules
        func entry(_ r: (scope: String, match: String)) -> String { "    - match: \(yaml(r.match))\n      scope: \(r.scope)\n" }
        return "%YAML 1.2\n---\n# Sublime Text syntax for sma, written from its vocabulary by sma-generate (Sources/SMATools/EditorSyntax.swift); do not edit.\n"
            + "name: sma\nfile_extensions: [sma]\nfirst_line_match: \(yaml("^#!.*\\bsma\\b"))\nscope: source.sma\ncontexts:\n  main:\n"
            + rules.before.map(entry).joined()
            + "    - match: '\"'\n      scope: punctuation.definition.string.begin.sma\n      push: string\n"
            + rules.after.map(entry).joined()
            + "  string:\n    - meta_scope: string.quoted.double.sma\n    - match: \(yaml("\\\\."))\n      scope: constant.character.escape.sma\n"
            + "    - match: '\"'\n      scope: punctuation.definition.string.end.sma\n      pop: true\n"
    }

    /// `editors/vscode/package.json`: a VS Code extension that installs by copying the folder
    /// (to ~/.vscode/extensions/sma): the language, its comment and brackets, and the grammar.
    public static func vscodePackage(version: String) -> String {
        """
        {
          "name": "sma",
          "displayName": "sma",
          "description": "The sma language: what Korea pays toward U.S. Forces Korea (syntax highlighting)",
          "version": "\(version)",
          "publisher": "sma",
          "engines": {"vscode": "^1.60.0"},
          "categories": ["Programming Languages"],
          "contributes": {
            "languages": [{"id": "sma", "aliases": ["sma"], "extensions": [".sma"], "firstLine": "^#!.*\\\\bsma\\\\b", "configuration": "./language-configuration.json"}],
            "grammars": [{"language": "sma", "scopeName": "source.sma", "path": "./syntaxes/sma.tmLanguage.json"}]
          }
        }

        """
    }

    /// `editors/vscode/language-configuration.json`
    public static var vscodeLanguageConfiguration: String {
        """
        {
          "comments": {"lineComment": "#"},
          "brackets": [["(", ")"], ["[", "]"], ["{", "}"]],
          "autoClosingPairs": [{"open": "(", "close": ")"}, {"open": "[", "close": "]"}, {"open": "{", "close": "}"}, {"open": "\\"", "close": "\\"", "notIn": ["string", "comment"]}],
          "surroundingPairs": [["(", ")"], ["[", "]"], ["{", "}"], ["\\"", "\\""]]
        }

        """
    }

    /// `editors/vim/plugin/sma.vim`: the file type set again once every plugin is loaded, so
    /// that a `runtimepath` line after `filetype on` still gets `.sma` (not `conf`).
    public static var vimPlugin: String {
        """
        " sma: the file type of .sma files, whatever the order of `filetype on` and runtimepath
        " (written by sma-generate; do not edit)
        augroup sma_filetype
          autocmd!
          autocmd BufRead,BufNewFile *.sma set filetype=sma
          autocmd BufRead * if getline(1) =~# '^#!.*\\<sma\\>' | set filetype=sma | endif
        augroup END
        " Buffers opened before this plugin loaded (the files on vim's command line).
        for s:b in getbufinfo({'bufloaded': 1})
          if s:b.name =~# '\\.sma$' && getbufvar(s:b.bufnr, '&filetype') !=# 'sma'
            call setbufvar(s:b.bufnr, '&filetype', 'sma')
          endif
        endfor

        """
    }
}
