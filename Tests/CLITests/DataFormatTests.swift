import Foundation
import Testing

/// The data formats as readers take them: a `currency` column where dollars and won meet, a
/// `summary` column for totals, JSON Lines, and one document a file.
@Suite struct DataFormatTests {
    @Test func currencyAndSummaryColumns() throws {
        let csv = try CLI.run(["-qfcsv", "-e", "agreements"]).out.split(separator: "\n")
        #expect(csv[0] == "agreement,years,signed,rule,first_year_amount,currency")
        #expect(csv[1].hasSuffix(",150000000,USD") && csv[12].hasSuffix(",1519200000000,KRW"))
        let compare = try CLI.run(["-fcsv", "-e", "compare growth 3%, growth 5% for 2027..2028"]).out.split(separator: "\n")
        #expect(compare[0] == "year,summary,growth_3_pct,growth_5_pct")
        #expect(compare[3].hasPrefix(",total,"))
        // JSON tables: money a plain number beside its currency, never an object.
        let json = try CLI.run(["-fjson", "-e", "agreements"]).out
        #expect(!json.contains("{\"amount\""))
        #expect(json.contains("\"currency\"]"))
        // A table of won only is unchanged.
        #expect(try CLI.run(["-fcsv", "-e", "contributions 2020..2021"]).out.hasPrefix("year,amount,change,agreement\n"))
    }

    @Test func jsonLines() throws {
        let r = try CLI.run(["--format", "jsonl", "-e", "contributions 2019..2020", "-e", "contribution 2021", "-e", "contribution 1995"])
        #expect(r.out == """
        {"year": 2019, "amount": 1038900000000, "change": 8.2, "agreement": "10th"}
        {"year": 2020, "amount": 1038900000000, "change": 0, "agreement": "11th"}
        {"value": 1183300000000, "currency": "KRW"}
        {"value": 300000000, "currency": "USD"}

        """)
    }

    @Test func oneDocumentAFile() throws {
        let dir = NSTemporaryDirectory() + "sma-data-\(getpid())"
        try? FileManager.default.removeItem(atPath: dir)
        let refused = try CLI.run(["-o", dir + ".csv", "-e", "agreements", "-e", "contribution 2021"])
        #expect(refused.status == 1 && refused.err.contains("a .csv file holds one"))
        #expect(!FileManager.default.fileExists(atPath: dir + ".csv"))
        let folder = try CLI.run(["--format", "csv", "-o", dir + "/", "-e", "agreements", "-e", "contribution 2021"])
        #expect(folder.status == 0)
        #expect(try String(contentsOfFile: dir + "/result-2.csv", encoding: .utf8) == "value\n1183300000000\n")
        #expect(try String(contentsOfFile: dir + "/result-1.csv", encoding: .utf8).hasPrefix("agreement,years,"))
        // A second run into the folder replaces the first run's files.
        _ = try CLI.run(["--format", "csv", "-o", dir + "/", "-e", "contribution 2021"])
        #expect(!FileManager.default.fileExists(atPath: dir + "/result-2.csv"))
        // --notes beside the data, never in it.
        let noted = try CLI.run(["--notes", "--format", "csv", "-o", dir + "-notes/", "-e", "contributions 2023..2024"])
        #expect(noted.status == 0)
        #expect(try String(contentsOfFile: dir + "-notes/result-1.csv", encoding: .utf8).split(separator: "\n").count == 3)
        #expect(try String(contentsOfFile: dir + "-notes/result-1.notes.txt", encoding: .utf8).contains("derived, not published"))
        let jsonl = try CLI.run(["-o", dir + ".jsonl", "-e", "agreements", "-e", "contribution 2021"])
        #expect(jsonl.status == 0)
        #expect(try String(contentsOfFile: dir + ".jsonl", encoding: .utf8).split(separator: "\n").count == 13)
    }
}
