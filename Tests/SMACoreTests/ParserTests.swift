import Testing
@testable import SMALanguage
@testable import SMAEngine
@testable import SMARender
@testable import SMAShell
@testable import SMATools

@Suite struct ParserTests {
    func parsed(_ s: String) throws(Diagnostic) -> ParsedSource { try Parser.parse(SourceText(name: "t", text: s)) }
    func parse(_ s: String) throws(Diagnostic) -> [Statement] { try parsed(s).statements }

    func diagnostic(_ s: String) -> Diagnostic? {
        do throws(Diagnostic) { _ = try parse(s); return nil } catch { return error }
    }

    @Test func queryArgumentsBindTighterThanOperators() throws {
        let p = try parsed("contribution 2021 + 5%")
        let s = p.statements, tree = p.syntax
        guard case .expression(let e) = s[0].kind, case .binary(.add, let l, _) = tree[e], case .contribution? = tree.query(l) else {
            Issue.record("expected (contribution 2021) + 5%"); return
        }
    }

    @Test func projectionClausesInAnyOrder() throws {
        for text in ["project 2030 with growth 3% from 2021", "project 2030 from 2021 with growth 3%"] {
            let parsed = try parsed(text)
            let s = parsed.statements
            guard case .expression(let e) = s[0].kind, case .project(_, let p)? = parsed.syntax.query(e) else {
                Issue.record("not a projection: \(text)"); continue
            }
            #expect(p.base != nil)
        }
    }

    @Test func syntaxNodesArePlainData() {
        // Nodes are copied and cleared without reference counting: a payload that needs it
        // (a String, an array) belongs beside the nodes, referred to by index.
        #expect(_isPOD(Expr.Kind.self))
        #expect(_isPOD(Expr.self))
        #expect(_isPOD(Statement.Kind.self))
        #expect(_isPOD(Statement.self))
    }

    @Test func aParenthesisedNodeIsTheSameNodeWiderSpanned() throws {
        let p = try parsed("(1 + 2) * 3")
        let s = p.statements, tree = p.syntax
        guard case .expression(let e) = s[0].kind, case .binary(.multiply, let l, _) = tree[e],
              case .binary(.add, _, _) = tree[l] else { Issue.record("expected (1 + 2) * 3"); return }
        #expect(l.span == Span(0, 7))
    }

    @Test func statementsSeparatedBySemicolonsAndLines() throws {
        #expect(try parse("growth 2022; growth 2023\ngrowth 2024").count == 3)
        #expect(try parse("# only a comment\n\n").isEmpty)
    }

    @Test func misspelledStatementGetsDidYouMean() {
        let d = diagnostic("contribtion 2021")
        #expect(d?.message == "unknown statement `contribtion`")
        #expect(d?.hint == "did you mean `contribution`?")
        #expect(d?.span == Span(0, 11))
    }

    @Test func reservedWordsAreNotNames() {
        #expect(diagnostic("let growth = 3%")?.message.contains("reserved") == true)
    }

    @Test func nestingIsLimited() {
        let deep = String(repeating: "(", count: 500) + "1" + String(repeating: ")", count: 500)
        #expect(diagnostic(deep)?.message == "expression nested too deeply")
        let ok = String(repeating: "(", count: 50) + "1" + String(repeating: ")", count: 50)
        #expect(diagnostic(ok) == nil)
    }

    @Test func definitionsParseInBracesOrOnOneLine() throws {
        let a = try parsed("define agreement 13 years 2031..2035 base 1조 6000억 rule cpi lag 2 cap 5%")
        let b = try parsed("define agreement 13 {\n  years 2031..2035\n  base 1조 6000억\n  rule cpi lag 2 cap 5%\n}")
        for p in [a, b] {
            guard case .define(let ref) = p.statements[0].kind else { Issue.record("not a definition"); continue }
            let d = p.syntax[ref]
            #expect(d.clauses.map(\.keyword) == [DefinitionClause.years, .base, .rule])
        }
    }

    @Test func unknownClauseSuggestsTheRightOne() {
        let d = diagnostic("define agreement 14 years 2036..2040 bse 1조")
        #expect(d?.hint == "did you mean `base`?")
    }
}
