import Testing
@testable import SMALanguage
@testable import SMAEngine
@testable import SMAShell

/// Help is content: one text file a topic, embedded at build time. Every example it shows runs
/// as written; every limit it quotes is the code's; every file is a topic and every statement
/// has one.
@Suite struct HelpTests {
    @Test(arguments: Help.topics.map(\.name))
    func everyExampleRunsAsWritten(_ name: String) throws {
        let topic = try #require(Help.topics.first { $0.name == name })
        let r = run(topic.examples.joined(separator: "\n"))
        #expect(r.failures == 0, "help \(name): \(r.err)")
        for e in topic.examples { #expect(topic.body.contains("\n  " + e) || topic.body.hasPrefix("  " + e), "help \(name) does not show \(e)") }
    }

    @Test func statementTopicsShowExamples() {
        for w in Vocabulary.StatementWord.allCases {
            let topic = Help.topics.first { $0.name == w.rawValue }
            #expect(topic != nil, "no help file for \(w.rawValue)")
            #expect(!(topic?.examples.isEmpty ?? true), "help \(w.rawValue) shows no example")
        }
    }

    @Test func everyFileIsATopicAndEveryLimitIsFilledIn() {
        let files = Set(EmbeddedText.names.filter { $0.hasSuffix(".help") }.map { String($0.dropLast(5)) })
        #expect(files == Set(Help.topicNames))
        for t in Help.topics {
            for key in Array(Help.limits.keys) + Array(Help.wordLists.keys) {
                #expect(!t.body.contains("{\(key)}"), "help \(t.name) has {\(key)} not filled in")
            }
            #expect(!t.summary.isEmpty, "help \(t.name) has no summary")
        }
        let simulate = Help.topics.first { $0.name == "simulate" }?.body ?? ""
        #expect(simulate.contains("at most \(Help.grouped(Session.maxTrials))"))
        #expect(DistributionWord.allCases.allSatisfy { simulate.contains($0.shape) })
        #expect(Help.topics.allSatisfy { $0.body.split(separator: "\n").allSatisfy { $0.count <= 114 } })
    }
}
