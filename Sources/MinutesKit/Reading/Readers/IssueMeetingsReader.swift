import Foundation

/// `Issue - meetings`: an issue title, then a block per meeting that considered it:
/// `Meeting: DD/MM/YYYY - <Committee> (Item <n>)`, the item line, then its body.
enum IssueMeetingsReader {
    static func read(_ page: PageText, from start: Int) -> ParsedPage {
        var result = ParsedPage(kind: .issueMeetings)
        var meetingLines: [Int] = []
        for i in start..<page.count where page[i].hasPrefix("Meeting:") { meetingLines.append(i) }
        if let t = PageReader.firstContentLine(page, from: start), meetingLines.first.map({ t < $0 }) ?? true {
            result.issue = ParsedIssue(title: TitleCleaning.clean(page[t], number: nil), line: t + 1)
        }
        for (n, lineIndex) in meetingLines.enumerated() {
            let end = n + 1 < meetingLines.count ? meetingLines[n + 1] : page.count
            guard let header = parseMeetingLine(page[lineIndex]) else { continue }
            if header.date == nil {
                result.warnings.append("line \(lineIndex + 1): the Meeting: line has no valid date")
            }
            var block = ParsedMeetingBlock(committee: header.committee, date: header.date, line: lineIndex + 1)
            // The item line follows: "<n> <title>", often with a "pdf icon" residue.
            var bodyStart = lineIndex + 1
            var title = result.issue?.title ?? ""
            if let t = page.nextNonBlank(from: lineIndex + 1), t < end, SectionLabel.match(page[t]) == nil {
                title = TitleCleaning.clean(page[t], number: header.number)
                bodyStart = t + 1
            }
            var item = ParsedItem(number: header.number, title: title, line: lineIndex + 1)
            ItemBodyParsing.fill(&item, body: Array(page.lines[bodyStart..<end]))
            block.items.append(item)
            result.blocks.append(block)
        }
        return result
    }

    struct MeetingLine {
        var date: CivilDate?
        var committee: String?
        var number: String?
    }

    /// The committee may contain brackets, commas and ` - `: the item number is in the
    /// *last* parentheses (`Meeting: ... - Scrutiny Committee (Education, Skills & Culture) (Item 4:)`).
    static func parseMeetingLine(_ line: String) -> MeetingLine? {
        var rest = line.dropFirst("Meeting:".count).trimmedSpaces()
        var result = MeetingLine()
        if let (date, after) = DateParsing.numeric(rest) {
            result.date = date
            rest = after.trimmedSpaces()
        } else if let space = rest.firstIndex(of: " ") {
            // An impossible or malformed date: keep the committee, leave the meeting undated.
            let token = rest[..<space]
            if token.contains("/") { rest = rest[space...].trimmedSpaces() }
        }
        if rest.hasPrefix("-") || rest.hasPrefix("–") { rest = rest.dropFirst().trimmedSpaces() }
        var committee = String(rest)
        if committee.hasSuffix(")"), let open = committee.lastIndex(of: "(") {
            let inside = committee[committee.index(after: open)..<committee.index(before: committee.endIndex)]
            let lower = inside.lowercased()
            if lower.hasPrefix("item") || lower.hasPrefix("eitem") {
                let number = inside.drop(while: { $0 != " " }).trimmedSpaces()
                result.number = number.isEmpty ? nil : String(number)
                committee = String(committee[..<open]).trimmingSpacesString()
            }
        }
        result.committee = committee.isEmpty ? nil : committee
        return result
    }
}
