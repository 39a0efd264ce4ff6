import SMALanguage

/// Functions: `let share(y) = contribution y / budget y`, called as `share(2026)`.
/// A function keeps the tree its body was parsed into (so a later input does not reuse its
/// nodes) and the source it was written in, so an error inside it points at the call and says
/// where the definition is. Units are checked when the body runs, at each call.
package struct Function {
    let parameters: [(name: String, span: Span)]
    let body: Expr
    let tree: SyntaxTree
    let source: SourceText?
    let nameSpan: Span
}

extension Session {
    /// The most calls that may be under way at once: a function that calls itself never ends
    /// (sma has no `if`), so this is reached at once, with a message.
    static let maxCallDepth = 64

    /// How a hint starts that says in which function an error happened.
    static let insideFunction = "inside "

    func defineFunction(_ name: String, _ parameters: [(name: String, span: Span)], body: Expr, nameSpan: Span) throws(Diagnostic) {
        if Vocabulary.reserved.contains(name) || name == "ans" {
            throw Diagnostic(.evaluation, "`\(name)` is a reserved word and cannot name a function", at: nameSpan)
        }
        if variables[name] != nil {
            throw Diagnostic(.evaluation, "`\(name)` is already a value", at: nameSpan, hint: "`unset \(name)` first, or choose another name")
        }
        if functions.updateValue(Function(parameters: parameters, body: body, tree: syntax, source: currentSource, nameSpan: nameSpan), forKey: name) == nil {
            namesInOrder.append(name)
        }
    }

    func call(_ name: String, _ arguments: [Expr], span: Span) throws(Diagnostic) -> Value {
        guard let f = functions[name] else {
            if variables[name] != nil {
                throw Diagnostic(.evaluation, "`\(name)` is a value, not a function", at: span, hint: "write `\(name)` alone, or `\(name) * (…)` to multiply")
            }
            let hint = Suggest.closest(to: name, among: Array(functions.keys)).map { "did you mean `\($0)`?" }
                ?? "define it first: `let \(name.count > Suggest.maxLength ? "NAME" : name)(x) = …`"
            throw Diagnostic(.evaluation, "unknown function `\(name)`", at: span, hint: hint)
        }
        guard arguments.count == f.parameters.count else {
            let list = f.parameters.map(\.name).joined(separator: ", ")
            throw Diagnostic(.evaluation, "`\(name)` takes \(f.parameters.count) argument\(f.parameters.count == 1 ? "" : "s") (\(list)), not \(arguments.count)", at: span)
        }
        guard locals.count < Session.maxCallDepth else {
            throw Diagnostic(.evaluation, "calls nest more than \(Session.maxCallDepth) deep", at: span,
                             hint: "a function that calls itself never ends: sma has no `if`")
        }
        var frame: [String: Value] = [:]
        for (p, a) in zip(f.parameters, arguments) { frame[p.name] = try evaluate(a) }
        let savedTree = syntax, savedSource = currentSource, savedRow = rowScope
        syntax = f.tree
        currentSource = f.source
        rowScope = nil
        locals.append(frame)
        defer {
            locals.removeLast()
            syntax = savedTree
            currentSource = savedSource
            rowScope = savedRow
        }
        do {
            return try evaluate(f.body)
        } catch {
            if error.phase == .interruption { throw error }
            // An error from a call inside this one already says where it happened: only the
            // place moves out, to this call.
            if error.hint?.hasPrefix(Session.insideFunction) == true {
                throw Diagnostic(error.phase, error.message, at: span, hint: error.hint, values: error.values)
            }
            // Point at the call; say where in the definition it failed.
            var whereDefined = Session.insideFunction + "`\(name)`"
            if let src = f.source {
                let loc = src.location(of: error.span.start)
                whereDefined += " (\(src.name):\(loc.line):\(loc.column))"
            }
            let inner = error.hint.map { "; " + $0 } ?? ""
            throw Diagnostic(error.phase, error.message, at: span, hint: whereDefined + inner, values: error.values)
        }
    }
}
