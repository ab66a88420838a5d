import Foundation

/// `Issue details`: a forward-plan entry. It names an issue and, in `Decision due: 15 Jun
/// 2017 by Cabinet`, who is to decide it and when: that much becomes an item of the
/// decision maker's meeting on that date, flagged so the loader adds it only where the
/// meeting's own agenda does not already tell the story.
enum IssueDetailsReader {
    static let fields: Set<String> = [
        "decision type", "decision status", "decision due", "lead member", "wards affected",
        "notice of proposed decision first published", "lead director", "lead officer",
        "department", "contact", "key decision", "reason key", "exempt information",
        "anticipated restriction", "explanation of anticipated restriction", "decision maker",
        "included in forward plan", "purpose", "consultation process", "decisions",
    ]

    static func read(_ page: PageText, from start: Int) -> ParsedPage {
        var result = ParsedPage(kind: .issueDetails)
        guard let titleIndex = PageReader.firstContentLine(page, from: start) else { return result }
        let f = FieldLines(page, from: titleIndex + 1, labels: fields)
        var issue = ParsedIssue(title: TitleCleaning.clean(page[titleIndex], number: nil), line: titleIndex + 1)
        issue.type = f["decision type"]
        issue.status = f["decision status"]
        issue.due = f["decision due"]
        issue.leadMember = f["lead member"]
        issue.wards = f["wards affected"]
        result.issue = issue
        let due = issue.due.map(DecisionDue.init)
        let maker = f["decision maker"] ?? due?.decisionMaker
        guard maker != nil || due?.date != nil, !issue.title.isEmpty else { return result }
        var block = ParsedMeetingBlock(committee: maker, date: due?.date, line: titleIndex + 1)
        block.isForwardPlan = true
        var item = ParsedItem(number: nil, title: issue.title, line: titleIndex + 1)
        item.agendaText = purpose(page, after: titleIndex)
        item.decision.status = issue.status
        item.decision.decisionMaker = maker
        item.decision.isKeyDecision = issue.type.map { $0.lowercased().hasPrefix("key") }
        block.items = [item]
        result.blocks = [block]
        return result
    }

    /// The paragraph between the title and the first field line: what the decision is for.
    private static func purpose(_ page: PageText, after titleIndex: Int) -> String? {
        var lines: [String] = []
        var i = titleIndex + 1
        while i < page.count {
            let line = page[i]
            if let colon = line.firstIndex(of: ":"), fields.contains(String(line[..<colon]).matchKey) { break }
            if !line.isEmpty { lines.append(line) }
            i += 1
        }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }
}

/// `Decision due:` as forward plans print it: `15 Jun 2017 by Cabinet`, `07/01/2025 by
/// Cabinet`, `April 2010 by Leader ...`, `Not before 30th Nov 2018 by ...`. Only a whole
/// date that opens the value is the meeting's: a month alone or "not before" a day is not
/// the day the decision was taken.
struct DecisionDue: Equatable {
    var date: CivilDate?
    var decisionMaker: String?

    init(date: CivilDate?, decisionMaker: String?) { self.date = date; self.decisionMaker = decisionMaker }

    init(_ value: String) {
        var when = Substring(value)
        if let by = value.range(of: " by ", options: .backwards) {
            let maker = String(value[by.upperBound...]).trimmingSpacesString()
            decisionMaker = maker.isEmpty ? nil : maker
            when = value[..<by.lowerBound]
        }
        let text = String(when).trimmingSpacesString()
        if let (d, rest) = DateParsing.numeric(Substring(text)), rest.allSatisfy(\.isWhitespace) {
            date = d
        } else if let (d, rest) = DateParsing.long(text), rest.trimmingSpacesString().isEmpty {
            date = d
        }
    }
}
