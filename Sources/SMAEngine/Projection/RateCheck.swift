import SMALanguage

extension Session {
    /// The one check on a rate that enters a rule: above -100%, or nothing is left to compound.
    /// Every way in goes through it: `with growth`, `with cpi`/`with budget-growth`, `set`, and
    /// the record's `define cpi` and budget growth (a drawn rate is checked on its whole table).
    static func checkRate(_ p: Dec, _ what: String, at span: Span, phase: DiagnosticPhase = .evaluation) throws(Diagnostic) {
        guard p > Dec(-100) else {
            throw Diagnostic(phase, "\(what) must be above -100%", at: span,
                             hint: "a rate of -100% or below leaves nothing to grow")
        }
    }
}
