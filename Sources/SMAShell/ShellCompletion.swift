import SMALanguage
import SMAEngine
import SMARender

/// Completion scripts for bash, zsh and fish (`sma --completions SHELL`), written from the
/// program's options and the language's vocabulary: options and their values, statement words
/// after `-e`, `.sma` files elsewhere.
public enum ShellCompletion {
    public enum Shell: String, Sendable, CaseIterable { case bash, zsh, fish }

    /// Words that can start a statement given with `-e`.
    static var statementStarts: [String] { Vocabulary.statementWords }

    public static func script(_ shell: Shell) -> String {
        switch shell {
        case .bash: bash
        case .zsh: zsh
        case .fish: fish
        }
    }

    static func quoteFree(_ words: [String]) -> String { words.joined(separator: " ") }

    static var bash: String {
        let options = CommandLineOptions.all.flatMap { [$0.short, $0.long].compactMap { $0 } } + ["-"]
        var valueCases = ""
        for o in CommandLineOptions.all {
            guard let value = o.value else { continue }
            let names = [o.short, o.long].compactMap { $0 }.joined(separator: "|")
            switch value {
            case .statement:
                valueCases += """
                        \(names))
                            # The first word of a statement (quoted or not).
                            case "$cur" in \\'*|\\"*) cur="${cur:1}" ;; esac
                            case "$cur" in
                                *" "*) COMPREPLY=() ;;
                                *) COMPREPLY=($(compgen -W "\(quoteFree(statementStarts))" -- "$cur")) ;;
                            esac
                            return ;;

                """
            case .file:
                // One name a line (a name may hold spaces), folders with their slash.
                valueCases += """
                        \(names))
                            compopt -o filenames 2>/dev/null
                            mapfile -t COMPREPLY < <(compgen -f -- "$cur")
                            return ;;

                """
            default:
                valueCases += """
                        \(names))
                            COMPREPLY=($(compgen -W "\(quoteFree(o.choices ?? []))" -- "$cur"))
                            return ;;

                """
            }
        }
        return """
        # bash completion for sma (written by `sma --completions bash`; do not edit)
        _sma() {
            local cur="${COMP_WORDS[COMP_CWORD]}" prev=""
            (( COMP_CWORD > 0 )) && prev="${COMP_WORDS[COMP_CWORD-1]}"
            # `--format=cs`: bash splits the word at `=`; the option is the word before it.
            if [[ "$cur" == "=" ]]; then cur=""; prev="${COMP_WORDS[COMP_CWORD-1]}"
            elif [[ "$prev" == "=" ]] && (( COMP_CWORD > 1 )); then prev="${COMP_WORDS[COMP_CWORD-2]}"; fi
            case "$prev" in
        \(valueCases)    esac
            case "$cur" in
                -*) COMPREPLY=($(compgen -W "\(quoteFree(options))" -- "$cur")) ;;
                *) compopt -o filenames 2>/dev/null
                   mapfile -t COMPREPLY < <(compgen -f -X '!*.sma' -- "$cur"; compgen -d -- "$cur") ;;
            esac
        }
        complete -F _sma sma

        """
    }

    /// An option's whole help on one line: what a completion menu shows beside it.
    static func description(_ o: CommandLineOption) -> String { o.help.joined(separator: " ") }

    /// Text inside a zsh `_arguments` spec in single quotes: `'` closed and reopened, and
    /// `[ ] : \` escaped for `_arguments` itself.
    static func zshEscaped(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "'": out += "'\\''"
            case "[", "]", ":", "\\": out += "\\" + String(c)
            default: out.append(c)
            }
        }
        return out
    }

    static var zsh: String {
        var specs: [String] = []
        for o in CommandLineOptions.all {
            let help = zshEscaped(description(o))
            var action = ""
            if let v = o.value {
                switch v {
                case .statement: action = ":statement:(\(statementStarts.joined(separator: " ")))"
                case .file: action = ":file:_files"
                default: action = ":\(o.valueName?.lowercased() ?? "value"):(\(o.choices?.joined(separator: " ") ?? ""))"
                }
            }
            let names = [o.short, o.long].compactMap { $0 }
            // A statement option repeats (`-e A -e B`): `*` lets zsh offer it again.
            let repeats = o.value == .statement
            if names.count == 2 {
                let exclusion = repeats ? "'*'" : "'(\(names.joined(separator: " ")))'"
                specs.append("\(exclusion){\(names.joined(separator: ","))}'[\(help)]\(action)'")
            } else if repeats {
                specs.append("'*\(names[0])[\(help)]\(action)'")
            } else {
                specs.append("'\(names[0])[\(help)]\(action)'")
            }
        }
        return """
        #compdef sma
        # zsh completion for sma (written by `sma --completions zsh`; do not edit)
        _arguments -s \\
          \(specs.joined(separator: " \\\n  ")) \\
          '*:script:_files -g "*.sma"'

        """
    }

    static var fish: String {
        var lines = ["# fish completion for sma (written by `sma --completions fish`; do not edit)",
                     "complete -c sma -f -a '(__fish_complete_suffix .sma)'"]
        for o in CommandLineOptions.all {
            var l = "complete -c sma"
            if let s = o.short { l += " -s \(s.dropFirst())" }
            l += " -l \(o.long.dropFirst(2))"
            if let v = o.value {
                l += " -r"
                switch v {
                case .statement: l += " -f -a '\(statementStarts.joined(separator: " "))'"
                case .file: l += " -F"
                default: l += " -f -a '\(o.choices?.joined(separator: " ") ?? "")'"
                }
            }
            l += " -d '\(description(o).replacingOccurrences("\\", "\\\\").replacingOccurrences("'", "\\'"))'"
            lines.append(l)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
