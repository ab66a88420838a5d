import Foundation

/// Finds what kind of page this is: from its kind line when there is one (possibly below
/// site furniture, possibly in Welsh), else from the structured lines it carries.
enum KindDetection {
    static let kindLines: [String: PageKind] = [
        "issue meetings": .issueMeetings,
        "issue decisions": .issueDecisions,
        "decision details": .decisionDetails,
        "manylion y penderfyniad": .decisionDetails,
        "agenda item": .agendaItem,
        "eitem agenda": .agendaItem,
        "eitem ar yr agenda": .agendaItem,
        "agenda decisions and minutes": .meeting,
        "agenda and minutes": .meeting,
        "agenda and draft minutes": .meeting,
        "agenda decisions and draft minutes": .meeting,
        "agenda and decisions": .meeting,
        "agenda reports and minutes": .meeting,
        "rhaglen a chofnodion": .meeting,
        "agenda a chofnodion": .meeting,
        "rhaglen a chofnodion drafft": .meeting,
        "rhaglen penderfyniadau a chofnodion": .meeting,
        "rhaglen a phenderfyniadau": .meeting,
        "issue details": .issueDetails,
        "manylion y mater": .issueDetails,
        "meeting details": .cmisMeeting,
        "browse meetings": .committeeInformation,
        "committee details": .committeeInformation,
        "committee information": .committeeInformation,
    ]

    /// Lines that site templates put above the content.
    static let furniture: Set<String> = [
        "skip to content", "skip to main content", "skip to navigation", "you are here",
        "councillors and committees", "home", "menu", "search", "print", "back", "share",
        "print this page", "councillors committees and meetings", "democracy", "main menu",
        "close", "accessibility", "cookies", "sign in", "log in", "contact us",
    ]

    /// Lines that site templates put below the content.
    static let footer: Set<String> = [
        "contact us", "accessibility statement", "accessibility", "cookies", "cookie policy",
        "privacy", "privacy notice", "privacy policy", "terms and conditions", "site map", "sitemap",
        "back to top", "top of page", "feedback", "jobs", "newsroom", "about this site",
        "rss", "follow us", "facebook", "twitter", "x", "linkedin", "instagram", "youtube",
    ]

    static func isFooter(_ line: String) -> Bool {
        if line.isEmpty { return true }
        if footer.contains(line.matchKey) { return true }
        return line.hasPrefix("©") || line.hasPrefix("Copyright ©") || line.hasPrefix("Powered by ")
    }

    /// Headings and tab labels of a meeting page's template (CMIS's `Meeting Summary`,
    /// `Occurred`, `Documents`): never a committee's name.
    static let pageHeadings: Set<String> = [
        "meeting details", "meeting summary", "occurred", "documents", "agenda", "attendance", "visitors",
        "declarations of interests", "attendees", "members", "media", "webcast", "minutes", "decisions",
        "agenda frontsheet", "printed minutes", "standard items", "business", "meeting", "cancelled",
        "postponed", "upcoming meetings", "recent meetings", "meeting calendar", "agenda template",
        "minutes template", "documents and media", "council and democracy", "public items", "private items",
        "exempt items", "part a", "part b", "part i", "part ii",
    ]

    /// CMIS's agenda tab: `Agenda` over a section (`Public Items`, `Standard Items`), then items.
    static let cmisSections: Set<String> = [
        "public items", "standard items", "private items", "exempt items", "part a", "part b", "part i", "part ii",
    ]

    /// A CMIS agenda saved from its tab alone (no committee or date on it): `Documents`,
    /// `Agenda`, a section heading, then numbered or starred items.
    static func isCMISAgendaFragment(_ page: PageText, from start: Int) -> Bool {
        var heads: [String] = []
        var i = start
        while i < page.count, heads.count < 5 {
            if !page[i].isEmpty { heads.append(page[i].matchKey) }
            i += 1
        }
        guard let agenda = heads.firstIndex(of: "agenda"), agenda + 1 < heads.count else { return false }
        return cmisSections.contains(heads[agenda + 1])
    }

    static func isPageHeading(_ line: String) -> Bool {
        pageHeadings.contains(line.matchKey) || line.hasPrefix("• ") || line.hasPrefix("You are in ")
    }

    static func isFurniture(_ line: String) -> Bool {
        if line.isEmpty { return true }
        let key = line.matchKey
        if furniture.contains(key) { return true }
        if line.hasPrefix("You are here") || line.contains(" > ") || line.contains(" » ") { return true }
        return false
    }

    /// The kind and the index of the first content line after the kind line.
    static func detect(_ page: PageText) -> (PageKind, Int)? {
        let limit = min(page.count, 80)
        var weak: (PageKind, Int)?
        var i = 0
        while i < limit {
            let line = page[i]
            if !line.isEmpty, line.utf8.count < 60, let kind = kindLines[line.matchKey] {
                // "Browse meetings" is also a breadcrumb link above real meeting pages: it
                // names the page only when nothing more specific does.
                if kind != .committeeInformation { return (kind, i + 1) }
                if weak == nil { weak = (kind, i + 1) }
                // ... unless the page says whose meetings it lists.
                if page.lines[i..<min(page.count, i + 12)].contains(where: { $0.hasPrefix(CommitteePageReader.listsSentence) }) {
                    return (kind, i + 1)
                }
            }
            i += 1
        }
        return infer(page) ?? weak
    }

    /// No kind line (site furniture stripped it, or the site never had one): judge by the structured lines.
    static func infer(_ page: PageText) -> (PageKind, Int)? {
        let start = page.lines.firstIndex(where: { !isFurniture($0) }) ?? page.count
        var sawLabel = false, sawResolved = false
        if isCMISAgendaFragment(page, from: start) { return (.cmisMeeting, start) }
        for i in start..<page.count {
            let line = page[i]
            if line.hasPrefix("Meeting:"), DateParsing.numeric(line.dropFirst(8).trimmedSpaces()) != nil {
                return (.issueMeetings, start)
            }
            if line.hasPrefix("Decided at meeting:") || line.hasPrefix("Decision Maker:") || line.hasPrefix("Decision maker:") {
                return (.decisionDetails, start)
            }
            if line.hasPrefix("Decision type:") || line.hasPrefix("Decision due:") { return (.issueDetails, start) }
            if i - start < 12, DecisionRecord.heading(line) != nil { return (.decisionDetails, start) }
            if i - start < 40, line.matchKey == "record of executive decision" { return (.decisionDetails, start) }
            if line == "No. | Item" || MeetingPageReader.isItemsHeading(line.matchKey) && line.hasPrefix("No") { return (.meeting, start) }
            if i - start < 15, MeetingFields.sentence(page, from: i, limit: 1) != nil { return (.plainMinutes, start) }
            if SectionLabel.match(line) != nil { sawLabel = true }
            if ResolutionParsing.marker(line) != nil { sawResolved = true }
        }
        if let fields = MeetingFields.find(page, from: start, limit: 15), fields.date != nil { return (.meeting, start) }
        if sawLabel || sawResolved { return (.agendaItem, start) }
        return nil
    }

    /// Words of council business: a page with several of them is a council's page even when
    /// its layout is none we know (an authority's own site, a cancelled meeting, an agenda
    /// with its numbers lost), and is read, with a warning, rather than skipped.
    static let businessWords: [String] = [
        "venue:", "contact:", "apologies", "minutes", "agenda", "committee", "council", "resolved",
        "declaration", "meeting", "councillor", "chair", "present", "item", "decision", "cabinet",
        "members", "authority", "convener", "mayor", "clerk",
    ]

    static func isCouncilBusiness(_ page: PageText) -> Bool {
        var seen = Set<String>()
        for line in page.lines.prefix(300) where !line.isEmpty {
            let lower = line.lowercased()
            for w in businessWords where !seen.contains(w) && lower.contains(w) { seen.insert(w) }
            if seen.count >= 4 { return true }
        }
        return false
    }
}

/// `<Committee> - <weekday>, <date> <time>`, possibly split over two lines.
enum MeetingHeader {
    struct Found {
        var committee: String
        var date: CivilDate
        var time: String?
        /// Index of the last line the header used.
        var endLine: Int
        var line: Int
    }

    static func find(_ page: PageText, from start: Int, limit: Int) -> Found? {
        var i = start
        var seen = 0
        while i < page.count, seen < limit {
            let line = page[i]
            if !line.isEmpty {
                seen += 1
                // `To confirm the minutes of the meetings of Council:-` opens a list of
                // other meetings (`Ordinary Meeting - 30 April 2014`): the head has ended.
                if introducesList(line) { return nil }
                if let found = parse(line, next: page.nextNonBlank(from: i + 1).map { ($0, page[$0]) }, at: i) {
                    return found
                }
            }
            i += 1
        }
        return nil
    }

    /// A sentence that ends by announcing a list (`...of Council:-`, `...as follows:`), as
    /// opposed to a label (`Date:`), which is a few words before its colon.
    static func introducesList(_ line: String) -> Bool {
        let trimmed = line.trimmingSpacesString()
        guard trimmed.hasSuffix(":") || trimmed.hasSuffix(":-") else { return false }
        return trimmed.split(separator: " ").count >= 6
    }

    static func parse(_ line: String, next: (Int, String)?, at index: Int) -> Found? {
        // The committee may itself contain " - " ("Planning Committee - North Area"), so the
        // date is whatever follows the last separator that yields one.
        var separators: [Range<String.Index>] = []
        // Printed minutes' running headers use an en dash: `The X Council – 2 June 2016`.
        for dash in [" - ", " – "] {
            var search = line.startIndex..<line.endIndex
            while let r = line.range(of: dash, in: search) {
                separators.append(r)
                search = r.upperBound..<line.endIndex
            }
        }
        separators.sort { $0.lowerBound < $1.lowerBound }
        if line.hasSuffix(" -") {
            let r = line.index(line.endIndex, offsetBy: -2)..<line.endIndex
            separators.append(r)
        }
        for r in separators.reversed() {
            // Length first, copy after: on a long one-line page (an HTML save with no block
            // tags) every separator would otherwise copy and re-split the whole line.
            let head = line[..<r.lowerBound].trimmedSpaces()
            guard !head.isEmpty, head.utf8.count <= 150 else { continue }
            let committee = String(head)
            let right = String(line[r.upperBound...]).trimmingSpacesString()
            if let (date, rest) = DateParsing.long(right) {
                return Found(committee: committee, date: date, time: rest.isEmpty ? nil : rest, endLine: index, line: index)
            }
            if let (n, nextLine) = next {
                if let (date, rest) = DateParsing.long(right + " " + nextLine) {
                    return Found(committee: committee, date: date, time: rest.isEmpty ? nil : rest, endLine: n, line: index)
                }
            }
        }
        return nil
    }
}

extension String {
    func range(of needle: String, in range: Range<String.Index>) -> Range<String.Index>? {
        let hay = self[range]
        guard let r = hay.firstRange(of: needle) else { return nil }
        return r
    }

    func trimmingSpacesString() -> String { String(self.trimmedSpaces()) }
}
