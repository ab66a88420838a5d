/// The authority a page says it comes from, when it says so: the site address a saved page
/// carries, a heading that names the authority, or the domain of a contact e-mail. Used for
/// files that are not in a council folder (the folder wins when the user organised files
/// that way). Nothing is inferred from venues or body prose: a joint committee meets in
/// another council's hall, and reports cite other authorities.
public struct StatedCouncil: Sendable, Equatable {
    public enum Evidence: String, Sendable {
        case siteAddress = "site address"
        case heading = "heading"
        case emailDomain = "contact e-mail"
    }

    /// As shown to the user: `Cambridge City Council`, or the host when that is all there is.
    public var name: String
    /// What two pages of one authority share whichever evidence they gave: `cambridge` for
    /// both `Cambridge City Council` and `democracy.cambridge.gov.uk`.
    public var key: String
    public var evidence: Evidence
    /// 1-based line the evidence was read from (0: the HTML head).
    public var line: Int

    public init(name: String, key: String, evidence: Evidence, line: Int) {
        self.name = name; self.key = key; self.evidence = evidence; self.line = line
    }
}

public enum CouncilDetection {
    /// The strongest statement on the page: a site address, then a heading, then an e-mail.
    public static func detect(_ page: PageText) -> StatedCouncil? {
        var heading: StatedCouncil?
        var email: StatedCouncil?
        let head = min(page.count, 40)
        for i in 0..<page.count {
            let line = page[i]
            if line.isEmpty { continue }
            // Browsers print the address at the top or bottom of a saved or printed page.
            if i < 8 || i >= page.count - 8, line.utf8.contains(UInt8(ascii: ":")),
               let found = siteAddress(inLine: line, line: i + 1) { return found }
            if heading == nil, i < head, line.utf8.count <= 90, let name = authorityName(line) {
                heading = StatedCouncil(name: name, key: key(name: name), evidence: .heading, line: i + 1)
            }
            // Only a line with an `@` can hold an address: the contact check lowercases lines,
            // and doing that for every line of every page was most of a load's time.
            if email == nil, line.utf8.contains(UInt8(ascii: "@")), isContactLine(page, i),
               let found = emailDomain(line, line: i + 1) { email = found }
        }
        return heading ?? email
    }

    // MARK: - Site addresses

    /// `https://democracy.cambridge.gov.uk/ieListDocuments.aspx?...` → the council of that host.
    public static func fromAddress(_ address: String, line: Int) -> StatedCouncil? {
        var rest = Substring(address.trimmedSpaces())
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] } else { return nil }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }.lowercased()
        // A council's pages served through another site (a search wrapper) name the real
        // address in a parameter; the wrapper's own host would still be the council's.
        guard let key = key(host: host) else { return nil }
        return StatedCouncil(name: host, key: key, evidence: .siteAddress, line: line)
    }

    static func siteAddress(inLine line: String, line number: Int) -> StatedCouncil? {
        guard let start = line.range(of: "http://") ?? line.range(of: "https://") else { return nil }
        let address = line[start.lowerBound...].prefix { $0 != " " && $0 != "\"" && $0 != ">" && $0 != ")" }
        return fromAddress(String(address), line: number)
    }

    /// Hosts of public bodies only: a gmail address or a software vendor's site says nothing
    /// about which council published the page.
    static func key(host: String) -> String? {
        var labels = host.split(separator: ".").map(String.init)
        let publicSuffixes: [[String]] = [
            ["gov", "uk"], ["gov", "wales"], ["llyw", "cymru"], ["gov", "scot"],
            ["moderngov", "co", "uk"], ["org", "uk"], ["gov", "im"], ["gov", "je"], ["gov", "gg"],
        ]
        guard let suffix = publicSuffixes.first(where: { labels.count > $0.count && Array(labels.suffix($0.count)) == $0 })
        else { return nil }
        labels.removeLast(suffix.count)
        // `org.uk` is anybody's: only a name that says it is a council or an authority.
        if suffix == ["org", "uk"], let last = labels.last,
           !["council", "parish", "authority", "towncouncil"].contains(where: { last.contains($0) }) {
            return nil
        }
        let serviceLabels: Set<String> = [
            "www", "democracy", "democratic", "moderngov", "modgov", "mgov", "councillors", "meetings",
            "committees", "committee", "cmis", "cmispublic", "minutes", "decisions", "public", "internet",
            "apps", "services", "webapps", "intranet", "mginternet", "democracyservices", "councilmeetings",
            "tdcdemocracy", "modgov2", "coinst", "akamai",
        ]
        while labels.count > 1, let first = labels.first, serviceLabels.contains(first) { labels.removeFirst() }
        guard let name = labels.last, !name.isEmpty, !serviceLabels.contains(name) else { return nil }
        return name.replacingOccurrences(of: "-", with: " ")
    }

    // MARK: - Headings

    /// Words that say what kind of body a name is, dropped from the key so `Cambridge City
    /// Council` and `cambridge.gov.uk` meet; words that tell bodies apart (`fire`, `parish`,
    /// `national park`) stay.
    static let genericWords: Set<String> = [
        "the", "council", "city", "county", "borough", "district", "metropolitan", "of", "london",
        "royal", "unitary", "authority", "cyngor", "sir", "dinas", "bwrdeistref", "and",
    ]

    static func key(name: String) -> String {
        let words = name.matchKey.split(separator: " ").filter { !genericWords.contains(String($0)) }
        return words.isEmpty ? name.matchKey : words.joined(separator: " ")
    }

    /// Words that say what sort of authority, not which one.
    static let bodyTypeWords: Set<String> = [
        "fire", "rescue", "national", "park", "combined", "police", "crime", "community", "parish", "town",
        "joint", "waste", "transport", "health", "integration", "regional", "cymuned", "tref", "county", "city",
        "borough", "district", "council", "authority", "and", "of", "the", "full",
    ]

    /// Words that make a line a committee or a meeting, not the authority's own name.
    static let notAuthorityWords: Set<String> = [
        "committee", "cabinet", "panel", "board", "sub", "meeting", "meetings", "minutes", "agenda",
        "full", "ordinary", "annual", "extraordinary", "special", "members", "member", "leader",
        "chair", "chairman", "mayor", "report", "held", "venue", "contact", "item", "items", "decision",
        "policy", "scrutiny", "forum", "group", "working", "assembly", "at", "on", "for", "to", "in",
        "executive", "officer", "officers", "councillor", "councillors", "welcome", "home",
    ]

    /// A heading that is nothing but an authority's name (`Cambridge City Council`, `London
    /// Borough of Havering`, `Cyngor Sir Ceredigion`, `A Cambridge City Council website`).
    static func authorityName(_ line: String) -> String? {
        // Called on the head of every page: a byte test first, the words only for a line
        // that ends or starts as an authority's name does.
        let u = line.utf8
        guard u.count >= 8 else { return nil }
        let tail = String(decoding: u.suffix(9), as: UTF8.self).lowercased()
        let head = String(decoding: u.prefix(7), as: UTF8.self).lowercased()
        guard tail.hasSuffix("council") || tail.hasSuffix("authority") || tail.hasSuffix("website")
                || head.hasPrefix("london") || head.hasPrefix("royal") || head.hasPrefix("city of") || head.hasPrefix("cyngor")
        else { return nil }
        var text = Substring(line)
        if text.hasPrefix("A "), text.hasSuffix(" website") { text = text.dropFirst(2).dropLast(8) }
        guard text.utf8.count <= 70, !text.contains(":"), !text.contains(" - "),
              !text.contains(where: { $0.isNumber }) else { return nil }
        let words = text.split(separator: " ").map { $0.lowercased() }
        guard words.count >= 2, words.count <= 8 else { return nil }
        if words.contains(where: { notAuthorityWords.contains($0) }) { return nil }
        let last = words[words.count - 1]
        let isCouncil = last == "council" || last == "authority"
        let isBoroughOf = words.starts(with: ["london", "borough", "of"]) || words.starts(with: ["royal", "borough", "of"])
            || words.starts(with: ["city", "of"]) && last != "council"
        let isWelsh = words.first == "cyngor"
        guard isCouncil || isBoroughOf || isWelsh else { return nil }
        // The name proper: each word not generic starts upper case, and one of them is a
        // place (`Fire and Rescue Authority` alone could be any of fifty).
        let proper = text.split(separator: " ").filter { !genericWords.contains($0.lowercased()) }
        guard !proper.isEmpty, proper.allSatisfy({ $0.first?.isUppercase ?? false }),
              proper.contains(where: { !bodyTypeWords.contains($0.lowercased()) }) else { return nil }
        if isCouncil, words.count == 2, words[0] == "the" { return nil }
        return String(text)
    }

    // MARK: - Contact e-mail

    static func isContactLine(_ page: PageText, _ i: Int) -> Bool {
        func labelled(_ s: String) -> Bool {
            let lower = s.lowercased()
            return lower.hasPrefix("contact") || lower.hasPrefix("email") || lower.hasPrefix("e-mail")
                || lower.hasPrefix("cyswllt") || lower.hasPrefix("clerk")
        }
        if labelled(page[i]) { return true }
        var j = i - 1
        var seen = 0
        while j >= 0, seen < 2 {
            if !page[j].isEmpty {
                if labelled(page[j]) { return true }
                seen += 1
            }
            j -= 1
        }
        return false
    }

    static func emailDomain(_ line: String, line number: Int) -> StatedCouncil? {
        guard let at = line.firstIndex(of: "@") else { return nil }
        let domain = line[line.index(after: at)...].prefix { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }
        let host = domain.trimmingCharacters(in: ".").lowercased()
        guard let key = key(host: host) else { return nil }
        return StatedCouncil(name: host, key: key, evidence: .emailDomain, line: number)
    }
}

private extension Substring {
    func trimmingCharacters(in set: String) -> Substring {
        var s = self
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return s
    }
}
