import Foundation
import Testing

/// The trap audit: no arithmetic in the program may trap on input. Every line of `Sources/` that
/// uses wrapping arithmetic (`&+ &- &*`), a forced unwrap, `try!` or `as!`, or an integer or
/// `Double` conversion that can trap (anything but `exactly:`, `truncatingIfNeeded:`, `clamping:`)
/// must be listed in `trap-audit.allow` with the reason it cannot trap on input. A new line fails
/// here until it is made total or listed; a listed line that is gone fails too (the list stays true).
@Suite struct TrapAuditTests {
    static let pattern = try! NSRegularExpression(pattern:
        #"&[+\-*]=?|\btry!|\bas!|[\w\)\]]!(?!=)|\b(?:U?Int(?:8|16|32|64|128)?|Double)\((?!exactly:|truncatingIfNeeded:|clamping:|ascii:|bitPattern:|repeating:)"#)

    /// The code of a line without string literals and comments.
    static func code(_ line: String) -> String {
        var out = ""
        var inString = false, escaped = false
        var previous: Character = " "
        for c in line {
            if inString {
                if escaped { escaped = false } else if c == "\\" { escaped = true } else if c == "\"" { inString = false; out.append("\"") }
                continue
            }
            if c == "/" && previous == "/" { out.removeLast(); break }
            if c == "\"" { inString = true }
            out.append(c)
            previous = c
        }
        return out
    }

    static func findings() throws -> Set<String> {
        var found = Set<String>()
        let root = CLI.root
        let files = FileManager.default.enumerator(atPath: root + "/Sources")?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        for file in files.sorted() {
            let text = try String(contentsOfFile: root + "/Sources/" + file, encoding: .utf8)
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let c = code(String(line))
                if pattern.firstMatch(in: c, range: NSRange(c.startIndex..., in: c)) != nil {
                    found.insert("Sources/\(file)\t\(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        return found
    }

    @Test func everyUncheckedOperationIsListedWithItsReason() throws {
        let allow = try String(contentsOfFile: CLI.root + "/Tests/CLITests/trap-audit.allow", encoding: .utf8)
        var listed = Set<String>()
        for line in allow.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(fields.count == 3 && !fields[2].trimmingCharacters(in: .whitespaces).isEmpty, "no reason given: \(line)")
            if fields.count >= 2 { listed.insert("\(fields[0])\t\(fields[1])") }
        }
        let found = try Self.findings()
        for f in found.subtracting(listed).sorted() {
            Issue.record("unchecked operation not in Tests/CLITests/trap-audit.allow (make it total, or list it with its reason):\n\(f)")
        }
        for f in listed.subtracting(found).sorted() {
            Issue.record("Tests/CLITests/trap-audit.allow lists a line that is gone:\n\(f)")
        }
    }

    /// The audit finds what it looks for (so that an empty list cannot pass by accident).
    @Test func theAuditSeesEachKind() {
        for line in ["x &+= 1", "let a = b!", "try! f()", "y as! Int", "Int(d)", "Int64(x) + 1", "Double(v)"] {
            let c = Self.code(line)
            #expect(Self.pattern.firstMatch(in: c, range: NSRange(c.startIndex..., in: c)) != nil, "\(line)")
        }
        for line in ["a != b", "Int(exactly: x)", "Int32(clamping: n)", "let s = \"x!\" // y!", "if !done {}"] {
            let c = Self.code(line)
            #expect(Self.pattern.firstMatch(in: c, range: NSRange(c.startIndex..., in: c)) == nil, "\(line)")
        }
    }
}
