import Foundation
import Testing

/// Charts as PNG (`-o chart.png`, drawn by rsvg-convert) and their Korean labels: drawn with
/// the Korean font `make deps` installs, never as blank boxes.
@Suite(.serialized) struct PictureTests {
    static let script = CLI.root + "/Tests/CLITests/Support/png.py"

    func python(_ args: [String]) throws -> String {
        try CLI.run([Self.script] + args, executable: "/usr/bin/python3").out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func dir() throws -> String {
        let d = NSTemporaryDirectory() + "sma-png-\(getpid())"
        try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        return d
    }

    @Test func sizes() throws {
        let d = try dir()
        for (size, expected) in [("slide", "1920 1080"), ("1000x400", "1000 400"), ("article", nil)] {
            let r = try CLI.run(["-o", d + "/c.png", "--size", size, "-e", "chart contributions 1991..2026"])
            #expect(r.status == 0, "\(r.err)")
            let got = try python(["size", d + "/c.png"])
            if let expected { #expect(got == expected) } else { #expect(got.hasPrefix("880 ")) }
        }
        let bad = try CLI.run(["-o", d + "/c.png", "--size", "99x5000000", "-e", "chart contributions 2020..2021"])
        #expect(bad.status == 2)
        #expect(bad.err.contains("unknown size '99x5000000'"))
        // No renderer on the PATH: a clear error naming the package; the SVG needs nothing.
        let none = try CLI.run(["-o", d + "/n.png", "-e", "chart contributions 2020..2021"], env: ["PATH": "/nonexistent"])
        #expect(none.status == 1)
        #expect(none.err.contains("apt-get install librsvg2-bin"))
        #expect(!FileManager.default.fileExists(atPath: d + "/n.png"))
    }

    /// The chart's own SVG, drawn as sma draws it, against the same SVG in the first family of
    /// sma's font stack that is installed (the labels are drawn in it: the pictures agree) and
    /// in a font without Hangul (where 조/억/원 become boxes: the pictures differ).
    @Test func koreanLabelsAreDrawnInAKoreanFont() throws {
        let d = try dir()
        let r = try CLI.run(["-o", d + "/k.svg", "--size", "800x450", "-e", "chart contributions 2024..2026"])
        #expect(r.status == 0)
        let svg = try String(contentsOfFile: d + "/k.svg", encoding: .utf8)
        #expect(svg.contains("억 원"))
        let families = try CLI.run(["fc-list", ":lang=ko", "family"], executable: "/usr/bin/env").out
        let stack = try #require(svg.firstMatch(of: /font-family="([^"]*)"/)).1
        let names = stack.replacingOccurrences(of: "&apos;", with: "'").split(separator: ",").map {
            $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "'"))
        }
        let korean = try #require(names.first { n in families.split(separator: "\n").contains { $0.split(separator: ",").contains { String($0) == n } } },
                                  "no font of sma's stack with Hangul is installed (make deps installs fonts-nanum)")
        func draw(_ name: String, family: String?, env: [String: String] = [:]) throws {
            var text = svg
            if let family { text = text.replacingOccurrences(of: "font-family=\"\(stack)\"", with: "font-family=\"\(family)\"") }
            try text.write(toFile: d + "/\(name).svg", atomically: true, encoding: .utf8)
            let r = try CLI.run(["rsvg-convert", "-o", d + "/\(name).png", d + "/\(name).svg"], env: env, executable: "/usr/bin/env")
            #expect(r.status == 0, "\(r.err)")
        }
        try draw("sma", family: nil)
        try draw("korean", family: "'\(korean)'")
        let conf = d + "/fonts.conf"
        try """
        <?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd">
        <fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir><cachedir>\(d)/fc-cache</cachedir></fontconfig>
        """.write(toFile: conf, atomically: true, encoding: .utf8)
        try draw("boxes", family: "'DejaVu Sans'", env: ["FONTCONFIG_FILE": conf])
        let same = try python(["diff", d + "/sma.png", d + "/korean.png"]).split(separator: " ").compactMap { Int($0) }
        let boxes = try python(["diff", d + "/sma.png", d + "/boxes.png"]).split(separator: " ").compactMap { Int($0) }
        #expect(same.count == 2 && boxes.count == 2)
        #expect(same.first == 0, "sma's picture is not drawn in \(korean)")
        #expect((boxes.first ?? 0) > 1_000, "the picture without a Korean font looks the same: are the labels boxes?")
        #expect((same.last ?? 0) > 300) // there is ink: the text is drawn
    }
}
