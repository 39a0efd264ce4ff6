/// Who published a source, by its web address: a chart's source line names the publishers of
/// the figures drawn, in words, instead of a command. The one table of publishers; an address
/// it does not know counts among "other sites".
enum Publishers {
    /// Host suffixes and the publisher's name; government bodies first, then the press.
    static let names: [(host: String, name: String)] = [
        ("mnd.go.kr", "Ministry of National Defense"), ("mofa.go.kr", "Ministry of Foreign Affairs"),
        ("kostat.go.kr", "Statistics Korea"), ("kosis.kr", "Statistics Korea"), ("index.go.kr", "e-Narajipyo (Statistics Korea)"),
        ("nanet.go.kr", "National Assembly Library"), ("ktv.go.kr", "KTV"), ("state.gov", "U.S. Department of State"),
        ("usembassy.gov", "U.S. Embassy Seoul"), ("defense.gov", "U.S. Department of Defense"),
        ("hankyung.com", "Hankyung"), ("seoul.co.kr", "Seoul Shinmun"), ("donga.com", "Dong-A Ilbo"),
        ("hani.co.kr", "Hankyoreh"), ("mbn.co.kr", "MBN"), ("hankookilbo.com", "Hankook Ilbo"),
        ("zumst.com", "Zum News"), ("zum.com", "Zum News"), ("nocutnews.co.kr", "CBS NoCut News"),
        ("fnnews.com", "Financial News"), ("investing.com", "Investing.com"), ("koreatimes.co.kr", "Korea Times"),
        ("kbs.co.kr", "KBS"), ("sbs.co.kr", "SBS"), ("imbc.com", "MBC"), ("ytn.co.kr", "YTN"),
        ("sedaily.com", "Seoul Economic Daily"), ("etoday.co.kr", "Etoday"), ("moneys.co.kr", "Money S"),
        ("kbmaeil.com", "Kyungbuk Maeil"), ("imaeil.com", "Maeil Shinmun"), ("news1.kr", "News1"),
        ("asiae.co.kr", "Asia Economy"), ("heraldcorp.com", "Herald Economy"), ("koreaherald.com", "Korea Herald"),
        ("newsis.com", "Newsis"), ("ajunews.com", "Aju News"), ("newspim.com", "Newspim"), ("yna.co.kr", "Yonhap"),
        ("kmib.co.kr", "Kukmin Ilbo"), ("chosun.com", "Chosun Ilbo"), ("joongang.co.kr", "JoongAng Ilbo"),
        ("joins.com", "JoongAng Ilbo"), ("khan.co.kr", "Kyunghyang Shinmun"), ("voakorea.com", "VOA Korean"),
        ("tf.co.kr", "The Fact"), ("newscj.com", "Chunji Ilbo"), ("ohmynews.com", "OhmyNews"),
    ]

    /// The publisher of an address, if the table knows its host.
    static func name(of address: String) -> String? {
        let h = host(of: address).lowercased()
        return names.first { h == $0.host || h.hasSuffix("." + $0.host) }?.name
    }

    /// The host of a web address (`https://www.mnd.go.kr/page` → `www.mnd.go.kr`).
    static func host(of address: String) -> String {
        var host = Substring(address)
        if let r = host.firstRange(of: "://") { host = host[r.upperBound...] }
        return String(host.prefix { $0 != "/" && $0 != ":" && $0 != "?" })
    }

    /// How many publishers a source line names before "and N other sites".
    static let named = 8

    /// "Sources: Ministry of National Defense, Hankyung, … and 12 other sites. Every figure's
    /// source is in sma's record." Publishers in the table's order, each once.
    static func sourceLine(_ addresses: [String]) -> String {
        let known = addresses.compactMap(name(of:))
        let distinctKnown = names.map(\.name).reduce(into: [String]()) { out, n in if known.contains(n) && !out.contains(n) { out.append(n) } }
        var unknownHosts: [String] = []
        for a in addresses where name(of: a) == nil {
            let h = host(of: a)
            if !unknownHosts.contains(h) { unknownHosts.append(h) }
        }
        guard !distinctKnown.isEmpty || !unknownHosts.isEmpty else {
            return "Source: the sma record, which gives a source for every figure."
        }
        let shown = distinctKnown.prefix(named)
        let others = distinctKnown.count - shown.count + unknownHosts.count
        var s = "Sources: " + shown.joined(separator: ", ")
        if others > 0 { s += (shown.isEmpty ? "" : " and ") + "\(others) other site\(others == 1 ? "" : "s")" }
        return s + ". Every figure's source is in the sma record."
    }
}
