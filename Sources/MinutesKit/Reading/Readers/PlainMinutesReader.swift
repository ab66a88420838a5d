import Foundation

/// Minutes with no kind line, typically `pdftotext` output: a sentence header
/// (`MINUTES of the meeting of the X held on 14 March 2023 at 10.00 am`), page furniture,
/// items as `12. TITLE`.
enum PlainMinutesReader {
    static func read(_ page: PageText, from start: Int) -> ParsedPage {
        var result = ParsedPage(kind: .plainMinutes)
        let cleaned = removeFurniture(page.lines)
        // The header sentence may wrap over several lines.
        var headerLines: [Int] = []
        var i = start
        while i < cleaned.count, headerLines.count < 6 {
            if !cleaned[i].isEmpty { headerLines.append(i) }
            i += 1
        }
        var committee: String?
        var date: CivilDate?
        var time: String?
        var headerEnd = start
        var joined = ""
        for index in headerLines {
            joined += (joined.isEmpty ? "" : " ") + cleaned[index]
            if let parsed = parseHeader(joined) {
                committee = parsed.0; date = parsed.1; time = parsed.2
                headerEnd = index + 1
                break
            }
        }
        var block = ParsedMeetingBlock(committee: committee, date: date, line: start + 1)
        block.time = time
        block.items = MeetingPageReader.items(PageText(lines: cleaned), from: headerEnd, to: cleaned.count)
        result.blocks.append(block)
        return result
    }

    static func parseHeader(_ text: String) -> (String?, CivilDate?, String?)? {
        let lower = text.lowercased()
        guard let of = lower.range(of: "meeting of "), let held = lower.range(of: " held ", range: of.upperBound..<lower.endIndex) else {
            return nil
        }
        var committee = String(text[of.upperBound..<held.lowerBound]).trimmingSpacesString()
        if committee.lowercased().hasPrefix("the ") { committee = String(committee.dropFirst(4)) }
        guard let on = lower.range(of: " on ", range: held.lowerBound..<lower.endIndex) else { return nil }
        var afterOn = String(text[on.upperBound...])
        if let at = afterOn.range(of: " at ") {
            let time = String(afterOn[at.upperBound...])
            afterOn = String(afterOn[..<at.lowerBound])
            if let (d, _) = DateParsing.long(afterOn) { return (committee, d, time) }
        }
        guard let (d, rest) = DateParsing.long(afterOn) else { return nil }
        return (committee.isEmpty ? nil : committee, d, rest.isEmpty ? nil : rest)
    }

    /// `Page 3 of 7`, `- 3 -`, and running headers that repeat on every page become blanks
    /// so they neither split items nor leak into the text.
    static func removeFurniture(_ lines: [String]) -> [String] {
        var counts: [String: Int] = [:]
        for line in lines where !line.isEmpty && line.utf8.count < 80 { counts[line, default: 0] += 1 }
        return lines.map { line in
            if line.isEmpty { return line }
            let lower = line.lowercased()
            if lower.hasPrefix("page "), lower.contains(" of "), lower.split(separator: " ").count <= 4 { return "" }
            if line.hasPrefix("- "), line.hasSuffix(" -"), line.count <= 8 { return "" }
            if line.allSatisfy({ $0.isNumber }), line.count <= 3 { return "" }
            if (counts[line] ?? 0) >= 3, ItemNumbers.standalone(line) == nil, SectionLabel.match(line) == nil,
               ResolutionParsing.marker(line) == nil, line.matchKey.count > 3 {
                return ""
            }
            return line
        }
    }
}
