import Foundation

/// Detects a page's kind and hands it to the reader for that kind.
public enum PageReader {
    /// Nil when the text is not a minute document.
    public static func read(_ text: String) -> ParsedPage? {
        let page = PageText(TextDecoding.sanitise(text))
        return read(page)
    }

    public static func read(_ fullPage: PageText) -> ParsedPage? {
        // A page whose line breaks were lost is read with them put back; its facts point
        // at the lines of the file they came from.
        if let (relined, origin) = FlattenedText.relined(fullPage) {
            var parsed = readLines(relined)
            parsed?.mapLines { origin[min(max($0 - 1, 0), origin.count - 1)] }
            return parsed
        }
        return readLines(fullPage)
    }

    static func readLines(_ fullPage: PageText) -> ParsedPage? {
        let page = withoutFooter(fullPage)
        var unknownLayout = false
        var detected = KindDetection.detect(page)
        if detected == nil, KindDetection.isCouncilBusiness(page) {
            detected = (.meeting, 0)
            unknownLayout = true
        }
        guard let (kind, start) = detected else { return nil }
        var parsed = readKind(kind, page, from: start)
        // No item on a page read as a meeting: it may be a list of meetings instead.
        if parsed.itemCount == 0, parsed.issue == nil, [.meeting, .plainMinutes, .cmisMeeting].contains(kind),
           let index = MeetingIndexReader.read(page, from: start) {
            parsed = index
            unknownLayout = false
        }
        if unknownLayout {
            parsed.warnings.append("no page kind line or meeting fields: read as a meeting page of an unknown layout")
        }
        parsed.council = CouncilDetection.detect(fullPage)
        // A cancelled meeting has no items by nature, and a committee page none of its own.
        let isCalledOff = parsed.blocks.contains { MeetingStatus.split($0.time).status != nil }
        if parsed.itemCount == 0, parsed.issue == nil, parsed.kind != .committeeInformation, !isCalledOff {
            parsed.warnings.append("no agenda items found on this page (\(parsed.kind.label))")
        }
        for block in parsed.blocks where block.items.count > 0 {
            if block.date == nil, kind != .agendaItem, kind != .issueMeetings {
                parsed.warnings.append("line \(block.line): no meeting date could be read; filed as undated")
            }
        }
        return parsed
    }

    static func readKind(_ kind: PageKind, _ page: PageText, from start: Int) -> ParsedPage {
        switch kind {
        case .issueMeetings: return IssueMeetingsReader.read(page, from: start)
        case .issueDecisions: return IssueDecisionsReader.read(page, from: start)
        case .decisionDetails: return DecisionDetailsReader.read(page, from: start)
        case .agendaItem: return AgendaItemReader.read(page, from: start)
        case .meeting: return MeetingPageReader.read(page, from: start)
        case .issueDetails: return IssueDetailsReader.read(page, from: start)
        case .cmisMeeting: return CMISMeetingReader.read(page, from: start)
        case .plainMinutes: return PlainMinutesReader.read(page, from: start)
        case .committeeInformation: return CommitteePageReader.read(page, from: start)
        // XML, never detected from text: ModernGovXMLReader reads them from the file's bytes.
        case .moderngovXML, .moderngovListing: return ParsedPage(kind: kind)
        }
    }

    /// Site footers (`Contact us`, `Cookies`) would otherwise run on into the last item.
    static func withoutFooter(_ page: PageText) -> PageText {
        var end = page.count
        while end > 0, KindDetection.isFooter(page[end - 1]) { end -= 1 }
        return end == page.count ? page : PageText(lines: Array(page.lines[..<end]))
    }

    /// The first content line (not furniture, not a repeated kind line) at or after `start`.
    static func firstContentLine(_ page: PageText, from start: Int) -> Int? {
        var i = start
        while i < page.count {
            let line = page[i]
            if !KindDetection.isFurniture(line), KindDetection.kindLines[line.matchKey] == nil { return i }
            i += 1
        }
        return nil
    }
}

/// `Label: value` lines of Decision details and Issue details pages.
struct FieldLines {
    var values: [String: String] = [:]
    /// Lines that were not fields, in order, for the body parser.
    var rest: [String] = []
    var restLineNumbers: [Int] = []

    /// `labels` are match keys (`decision maker`); a value may sit on the line after its label.
    init(_ page: PageText, from start: Int, labels: Set<String>) {
        var i = start
        while i < page.count {
            let line = page[i]
            if let colon = line.firstIndex(of: ":"), line.distance(from: line.startIndex, to: colon) <= 60 {
                let key = String(line[..<colon]).matchKey
                if labels.contains(key) {
                    var value = String(line[line.index(after: colon)...]).trimmingSpacesString()
                    if value.isEmpty, let n = page.nextNonBlank(from: i + 1), n <= i + 3 {
                        let candidate = page[n]
                        let candidateKey = candidate.firstIndex(of: ":").map { String(candidate[..<$0]).matchKey }
                        if candidateKey.map({ !labels.contains($0) }) ?? true, SectionLabel.match(candidate) == nil {
                            value = candidate
                            i = n
                        }
                    }
                    if values[key] == nil, !value.isEmpty { values[key] = value }
                    i += 1
                    continue
                }
            }
            rest.append(line)
            restLineNumbers.append(i + 1)
            i += 1
        }
    }

    subscript(_ key: String) -> String? { values[key] }

    static func yesNo(_ value: String?) -> Bool? {
        guard let v = value?.lowercased() else { return nil }
        if v.hasPrefix("yes") || v.hasPrefix("ydy") || v.hasPrefix("oes") { return true }
        if v.hasPrefix("no") || v.hasPrefix("nac") { return false }
        return nil
    }
}
