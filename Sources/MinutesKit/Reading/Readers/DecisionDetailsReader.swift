import Foundation

/// `Decision details`: one decision with its maker, status, flags and the meeting it was
/// taken at (`Decided at meeting: DD/MM/YYYY - <Committee>`).
enum DecisionDetailsReader {
    static let fields: Set<String> = [
        "decision maker", "decision status", "is key decision", "is subject to call in",
        "publication date", "date of decision", "decided at meeting", "effective from",
        "date comes into force", "call in deadline", "call in expiry date", "purpose",
        "wards affected", "lead officer", "contact", "report author", "interests and dispensations",
        "notice of proposed decision first published", "record of decision", "key decision",
        "subject to call in", "decision due", "lead member",
    ]

    static func read(_ page: PageText, from start: Int) -> ParsedPage {
        if let record = DecisionRecord.read(page, from: start) { return record }
        var result = ParsedPage(kind: .decisionDetails)
        guard let titleIndex = PageReader.firstContentLine(page, from: start) else { return result }
        let f = FieldLines(page, from: titleIndex + 1, labels: fields)
        var committee: String?
        var date: CivilDate?
        if let at = f["decided at meeting"], let (d, rest) = DateParsing.numeric(Substring(at)) {
            date = d
            var c = rest.trimmedSpaces()
            if c.hasPrefix("-") || c.hasPrefix("–") { c = c.dropFirst().trimmedSpaces() }
            if !c.isEmpty { committee = String(c) }
        } else if let when = f["date of decision"] {
            // An individual decision, not taken at a meeting: the decision maker decided it
            // on that date (a Cabinet Member's decisions are their own "meetings").
            date = DateParsing.numeric(Substring(when))?.0 ?? DateParsing.long(when)?.0
        }
        var block = ParsedMeetingBlock(committee: committee, date: date, line: titleIndex + 1)
        if committee == nil, let maker = f["decision maker"], !maker.isEmpty {
            block.committee = maker
            block.committeeIsDecisionMaker = true
        }
        var item = ParsedItem(number: nil, title: TitleCleaning.clean(page[titleIndex], number: nil), line: titleIndex + 1)
        // No Decision label: the text between the fields is the decision (as on Issue -
        // decisions pages), up to the reasons or the documents.
        var body = f.rest
        if !body.contains(where: { SectionLabel.match($0).map { $0.0 == .decision || $0.0 == .minutes } ?? false }) {
            body.insert("Decision:", at: 0)
        }
        ItemBodyParsing.fill(&item, body: body)
        item.decision.decisionMaker = f["decision maker"]
        item.decision.status = f["decision status"]
        item.decision.isKeyDecision = FieldLines.yesNo(f["is key decision"] ?? f["key decision"])
        item.decision.isSubjectToCallIn = FieldLines.yesNo(f["is subject to call in"] ?? f["subject to call in"])
        block.items.append(item)
        result.blocks.append(block)
        return result
    }
}

/// Another system's decision record: `Cabinet Decision: 15th February 2018`, then bare
/// label lines (`Title of Item/Report`, `Record of the Decision`, `Reasons for the Decision`)
/// each over its text.
enum DecisionRecord {
    /// `Cabinet Decision: 15th February 2018` → the body and the date.
    static func heading(_ line: String) -> (String, CivilDate)? {
        guard let r = line.range(of: " Decision: "), line.distance(from: line.startIndex, to: r.lowerBound) <= 60,
              let (date, rest) = DateParsing.long(String(line[r.upperBound...])), rest.isEmpty else { return nil }
        let body = String(line[..<r.lowerBound]).trimmingSpacesString()
        return body.isEmpty ? nil : (body, date)
    }

    static func read(_ page: PageText, from start: Int) -> ParsedPage? {
        if let executive = executiveRecord(page, from: start) { return executive }
        var i = start
        var found: (Int, String, CivilDate)?
        while i < min(page.count, start + 12) {
            if let (body, date) = heading(page[i]) { found = (i, body, date); break }
            i += 1
        }
        guard let (at, committee, date) = found,
              let label = page.lines[at...].firstIndex(where: { $0.matchKey == "title of item report" }),
              let t = page.nextNonBlank(from: label + 1) else { return nil }
        var result = ParsedPage(kind: .decisionDetails)
        var block = ParsedMeetingBlock(committee: committee, date: date, line: at + 1)
        var item = ParsedItem(number: nil, title: TitleCleaning.clean(page[t], number: nil), line: t + 1)
        let body = page.lines[(t + 1)...].map { $0.matchKey == "record of the decision" ? "Decision:" : $0 }
        ItemBodyParsing.fill(&item, body: Array(body))
        block.items = [item]
        result.blocks = [block]
        return result
    }

    /// `RECORD OF EXECUTIVE DECISION`, its date on a line of its own, then capitals labels
    /// each on its own line over the value (`DECISION-MAKER:`, `SUBJECT:`), `THE DECISION`
    /// and `REASONS FOR THE DECISION`; the agenda item named in `This record relates to A02
    /// on the agenda`.
    static func executiveRecord(_ page: PageText, from start: Int) -> ParsedPage? {
        let head = min(page.count, start + 40)
        guard let heading = (start..<head).first(where: { page[$0].matchKey == "record of executive decision" }) else { return nil }
        func value(_ label: String) -> (Int, String)? {
            guard let l = (start..<page.count).first(where: { page[$0] == label }), let v = page.nextNonBlank(from: l + 1) else { return nil }
            return (v, page[v])
        }
        guard let (titleLine, title) = value("SUBJECT:"),
              let decision = (titleLine..<page.count).first(where: { page[$0] == "THE DECISION" }) else { return nil }
        var date: CivilDate?
        if let d = page.nextNonBlank(from: heading + 1) { date = DateParsing.numeric(Substring(page[d]))?.0 }
        let maker = value("DECISION-MAKER:")?.1
        var number: String?
        for i in start..<heading where page[i].hasPrefix("This record relates to ") {
            let words = page[i].split(separator: " ")
            if words.count > 5, words[5] == "on" { number = String(words[4]) }
        }
        var result = ParsedPage(kind: .decisionDetails)
        var block = ParsedMeetingBlock(committee: maker.map(MeetingFields.cleanCommittee), date: date, line: heading + 1)
        block.committeeIsDecisionMaker = true
        var item = ParsedItem(number: number, title: TitleCleaning.clean(title, number: nil), line: titleLine + 1)
        let body = page.lines[(decision + 1)...].map { line -> String in
            line == "REASONS FOR THE DECISION" ? "Reasons for the decision:" : line
        }
        ItemBodyParsing.fill(&item, body: ["Decision:"] + body)
        item.decision.decisionMaker = maker
        block.items = [item]
        result.blocks = [block]
        return result
    }
}
