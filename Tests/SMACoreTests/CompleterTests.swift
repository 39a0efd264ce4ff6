import Testing
@testable import SMALanguage
@testable import SMAEngine
@testable import SMARender
@testable import SMAShell
@testable import SMATools

@Suite struct CompleterTests {
    let context = Session().completionContext(sessionCommands: ReplCommand.words)

    func complete(_ line: String, _ cursor: Int? = nil) -> Completion {
        Completer.complete(line, cursor: cursor ?? line.utf8.count, context: context)
    }

    @Test func keywordsAtTheStartOfAStatement() {
        #expect(complete("contr").candidates == ["contribution", "contributions"])
        #expect(complete("contr").replaceFrom == 0)
        #expect(complete("agreements; gr").candidates == ["growth"])
        #expect(complete("qu").candidates == ["quit"])
        #expect(complete("").candidates.contains("project"))
    }

    @Test func ordinalsAfterAgreementAndRounds() {
        #expect(complete("agreement 1").candidates == ["1", "10", "11", "12"])
        #expect(complete("agreement 1").replaceFrom == 10)
        #expect(complete("rounds ").candidates == (1...12).map(String.init))
    }

    @Test func yearsAfterYearQueries() {
        #expect(complete("contribution 202").candidates == (2020...2026).map(String.init))
        #expect(complete("growth 199").candidates == (1991...1999).map(String.init))
        #expect(complete("contributions 2019..202").candidates == (2020...2026).map(String.init))
        #expect(complete("project 2030 with growth 3% from 201").candidates == (2010...2019).map(String.init))
    }

    @Test func clauseWordsAfterATarget() {
        #expect(complete("project 2026 ").candidates == ["from", "under", "with"])
        #expect(complete("simulate 2030 with growth normal(4%, 1%) t").candidates == ["trials"])
        #expect(complete("contribution 2021 i").candidates == ["in"])
        #expect(complete("contribution 2021 in ").candidates == ["krw", "usd"])
        #expect(complete("breakdown 201").candidates == (2010...2019).map(String.init))
        #expect(complete("project 2026 w").candidates == ["with"])
        #expect(complete("project 2026 with ").candidates == ["budget-growth", "cpi", "growth"])
        #expect(complete("project 2026 with growth 3% ").candidates == ["from"])
        #expect(complete("project 2027 under ").candidates == ["agreement"])
        #expect(complete("project 2027 under agreement 12 ").candidates == ["from", "with"])
        #expect(complete("set cpi 202").candidates == (2020...2026).map(String.init))
    }

    @Test func variablesWhereAnExpressionStarts() {
        let s = Session()
        _ = run("let growth_rate = 4.5%\nlet base = contribution 2025", session: s)
        let c = s.completionContext()
        #expect(Completer.complete("base * (1 + gr", cursor: 14, context: c).candidates == ["growth", "growth_rate"])
        #expect(Completer.complete("ba", cursor: 2, context: c).candidates == ["base"])
        #expect(Completer.complete("project 2026 with growth gr", cursor: 27, context: c).candidates == ["growth", "growth_rate"])
    }

    @Test func topicsAfterHelpAndUnitsAfterANumber() {
        #expect(complete("help pro").candidates == ["project"])
        #expect(complete("help mo").candidates == ["money"])
        #expect(complete("1조 4028").candidates.contains("4028억"))
        #expect(complete("11833 ").candidates.contains("억"))
        #expect(complete("1.5 tr").candidates == ["trillion"])
    }

    @Test func nothingInsideTextOrComments() {
        #expect(complete("help \"con").candidates.isEmpty)
        #expect(complete("1 # con").candidates.isEmpty)
    }

    @Test func cursorInTheMiddleCompletesTheWordBeforeIt() {
        #expect(complete("contr 2021", 5).candidates == ["contribution", "contributions"])
    }
}

@Suite struct ReplCommandTests {
    @Test func commands() {
        #expect(ReplCommand.parse("quit") == .quit)
        #expect(ReplCommand.parse("  exit ") == .quit)
        #expect(ReplCommand.parse("save out.sma") == .save(path: "out.sma"))
        #expect(ReplCommand.parse("load \"my file.sma\"") == .load(path: "my file.sma"))
        #expect(ReplCommand.parse("save") == nil)
        #expect(ReplCommand.parse("contribution 2021") == nil)
        #expect(ReplCommand.parse("history 5") == nil)
    }

    @Test func historyFormatKeepsMultiLineEntriesWhole() {
        let entries = ["(1 +\n 2)", "back\\slash", "1조 4028억 원"]
        let text = entries.map(HistoryFormat.encode).joined(separator: "\n") + "\n"
        let (decoded, bad) = HistoryFormat.decode(Array(text.utf8))
        #expect(decoded == entries)
        #expect(bad == 0)
        let (_, bad2) = HistoryFormat.decode([0xFF, 0x0A] + Array("ok\n".utf8) + Array("bad\\q\n".utf8))
        #expect(bad2 == 2)
        #expect(HistoryFormat.trimmed(["a", "a", "b", "c", "c"], max: 2) == ["b", "c"])
    }

    @Test func savedScriptsRun() {
        let script = ReplCommand.script(of: ["let g = 4.5%", "contribution 2025 * (1 + g)"])
        let r = run(script)
        #expect(r.failures == 0)
        #expect(r.out == "1조 4,659억 2,600만 원\n")
    }
}

@Suite struct CompletenessTests {
    func complete(_ lines: String...) -> Bool {
        var c = Completeness()
        for l in lines { c.scan(Array(l.utf8)[...]) }
        return c.isComplete
    }

    @Test func openBracketsAndTrailingOperatorsContinue() {
        #expect(complete("contribution 2021\n"))
        #expect(!complete("(contribution 2026 -\n"))
        #expect(!complete("1 +\n"))
        #expect(!complete("contributions 2019..\n"))
        #expect(complete("(1 +\n", "2)\n"))
        #expect(complete("help \"(\"\n"))          // brackets in text do not count
        #expect(complete("1 # (\n"))               // nor in comments
        #expect(!complete("define agreement 13 {\n"))
    }
}

/// Tab in a pipeline: the stage words after `|`, then the columns of the table on its left.
@Suite struct PipelineCompletionTests {
    let context = Session().completionContext()

    func complete(_ line: String) -> [String] {
        Completer.complete(line, cursor: line.utf8.count, context: context).candidates
    }

    @Test func stageWordsAfterAPipe() {
        #expect(complete("contributions | ") == StageWord.allCases.map(\.rawValue).sorted())
        #expect(complete("contributions | s") == ["select", "sort", "sum"])
        #expect(complete("contributions 2020..2025 | where change > 5% | t") == ["take"])
    }

    @Test func theColumnsOfTheTableOnTheLeft() {
        let keys = Session().columnKeys(of: "contributions 2020..2025")
        #expect(keys.contains("amount") && keys.contains("agreement"))
        #expect(complete("contributions 2020..2025 | sum ") == keys.sorted())
        #expect(complete("contributions 2020..2025 | sort am") == ["amount"])
        #expect(complete("contributions 2020..2025 | sort amount ") == ["asc", "desc"])
        #expect(complete("rounds 12 | where ci") == ["city"])
        // After a `select`, the columns it kept.
        #expect(complete("contributions | select year, amount | sort ") == ["amount", "year"])
        #expect(complete("contributions | take ").isEmpty)
        // A simulation's columns, without running it.
        #expect(complete("simulate 2030 with growth normal(3%, 1%) trials 1000000000 | select p").contains("p95"))
    }
}
