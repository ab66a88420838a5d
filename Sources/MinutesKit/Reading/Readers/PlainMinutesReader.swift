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
        var venue: String?
        var headerEnd = start
        var joined = ""
        for (n, index) in headerLines.enumerated() {
            joined += (joined.isEmpty ? "" : " ") + cleaned[index]
            if parseHeader(joined) != nil {
                // The sentence goes on to the end of its paragraph (the venue's address).
                var last = index
                while last + 1 < cleaned.count, !cleaned[last + 1].isEmpty, !startsParagraph(cleaned[last + 1]) {
                    last += 1; joined += " " + cleaned[last]
                }
                if let parsed = parseHeader(joined) {
                    committee = parsed.committee; date = parsed.date; time = parsed.time; venue = parsed.venue
                }
                headerEnd = last + 1
                break
            }
            _ = n
        }
        var headerLine = start
        if date == nil, let fields = MeetingFields.find(PageText(lines: cleaned), from: start) {
            committee = committee ?? fields.committee
            date = fields.date
            time = time ?? fields.time
            venue = venue ?? fields.venue
            headerLine = fields.line
            headerEnd = max(headerEnd, fields.endLine + 1)
        }
        var block = ParsedMeetingBlock(committee: committee, date: date, line: headerLine + 1)
        block.time = time
        block.venue = venue
        block.items = MeetingPageReader.items(PageText(lines: cleaned), from: headerEnd, to: cleaned.count, unlabelledIsMinutes: true,
                                            paragraphItems: true)
        // Printed minutes have no agenda text: whatever is under an item is its minutes.
        for i in block.items.indices where block.items[i].minutes == nil {
            block.items[i].minutes = block.items[i].agendaText
            block.items[i].agendaText = nil
        }
        result.blocks.append(block)
        return result
    }

    struct Header { var committee: String?; var date: CivilDate; var time: String?; var venue: String? }

    /// pdftotext's reading order may leave no blank line after the header sentence: an item
    /// number (`1.` alone, or `1. APOLOGIES`) or a label such as `PRESENT:` starts the next
    /// paragraph. A wrapped address (`11 Kelby Road`) does not.
    static func startsParagraph(_ line: String) -> Bool {
        if ItemNumbers.standalone(line) != nil { return true }
        if let (number, _) = ItemNumbers.leading(line), number.hasSuffix(".") { return true }
        guard let colon = line.firstIndex(of: ":"), line.distance(from: line.startIndex, to: colon) <= 20 else { return false }
        let label = line[..<colon]
        return label.first?.isUppercase == true && !label.contains(where: \.isNumber)
    }

    /// `MINUTES of the meeting of the X held on 14 March 2023 at 10.00 am at Room 2, ...`
    /// or `... held at Room 2 on 14 March 2023`.
    static func parseHeader(_ text: String) -> Header? {
        let lower = text.lowercased()
        guard let of = lower.range(of: "meeting of "), let held = lower.range(of: " held ", range: of.upperBound..<lower.endIndex) else {
            return nil
        }
        let committee = MeetingFields.cleanCommittee(String(text[of.upperBound..<held.lowerBound]))
        guard let on = lower.range(of: " on ", range: held.lowerBound..<lower.endIndex) else { return nil }
        var venue: String?
        if lower[held.upperBound...].hasPrefix("at ") {
            venue = String(text[lower.index(held.upperBound, offsetBy: 3)..<on.lowerBound])
        }
        let parts = text[on.upperBound...].components(separatedBy: " at ")
        guard let (date, rest) = DateParsing.long(parts[0]) else { return nil }
        var time = rest.isEmpty ? nil : rest
        if parts.count > 1 {
            time = time ?? parts[1]
            if venue == nil, parts.count > 2 { venue = parts[2...].joined(separator: " at ") }
        }
        if let v = venue {
            var trimmed = v.trimmingSpacesString()
            while trimmed.hasSuffix(".") || trimmed.hasSuffix(",") { trimmed.removeLast() }
            venue = trimmed.isEmpty ? nil : trimmed
        }
        return Header(committee: committee.isEmpty ? nil : committee, date: date, time: time, venue: venue)
    }

    /// `Page 3 of 7`, `- 3 -`, and running headers that repeat on every page become blanks
    /// so they neither split items nor leak into the text.
    static func removeFurniture(_ lines: [String]) -> [String] {
        var counts: [String: Int] = [:]
        for line in lines where !line.isEmpty && line.utf8.count < 100 { counts[line, default: 0] += 1 }
        let blanked = lines.map { line -> String in
            if line.isEmpty { return line }
            let lower = line.lowercased()
            if lower.hasPrefix("page "), lower.contains(" of "), lower.split(separator: " ").count <= 4 { return "" }
            if endsWithPageOf(lower) { return "" }
            if line.allSatisfy({ $0 == "_" || $0 == "-" || $0 == "=" || $0 == " " }) { return "" }
            if line.hasPrefix("- "), line.hasSuffix(" -"), line.count <= 8 { return "" }
            if line.allSatisfy({ $0.isNumber }), line.count <= 3 { return "" }
            if (counts[line] ?? 0) >= 3, ItemNumbers.standalone(line) == nil, SectionLabel.match(line) == nil,
               ResolutionParsing.marker(line) == nil, line.matchKey.count > 3 {
                return ""
            }
            return line
        }
        return joinAcrossPageBreaks(blanked, original: lines)
    }

    /// `Licensing Sub-Committee – 14 March 2023   Page 2 of 4`
    static func endsWithPageOf(_ lower: String) -> Bool {
        let words = lower.split(separator: " ")
        guard words.count >= 4 else { return false }
        let tail = words.suffix(4)
        return tail[tail.startIndex] == "page" && tail[tail.startIndex + 2] == "of"
            && Int(tail[tail.startIndex + 1]) != nil && Int(tail[tail.startIndex + 3]) != nil
    }

    /// A sentence cut by a page break continues after it: join the two halves so clauses
    /// and paragraphs are not split by the printer's page.
    static func joinAcrossPageBreaks(_ lines: [String], original: [String]) -> [String] {
        var out = lines
        var i = 0
        while i < out.count {
            guard !out[i].isEmpty, let last = out[i].last, !".:;!?".contains(last) else { i += 1; continue }
            var j = i + 1
            var removedFurniture = false
            while j < out.count, out[j].isEmpty {
                if !original[j].isEmpty { removedFurniture = true }
                j += 1
            }
            if removedFurniture, j < out.count, let first = out[j].unicodeScalars.first, first.properties.isLowercase {
                out[i] += " " + out[j]
                out[j] = ""
                continue
            }
            i += 1
        }
        return out
    }
}
