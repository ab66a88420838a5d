import Foundation

/// CMIS `Meeting Details`: the committee on its own line, `15 Sep 2025 - 10:00 to 13:00`,
/// then items as `1 Apologies`.
enum CMISMeetingReader {
    static func read(_ page: PageText, from start: Int) -> ParsedPage {
        var result = ParsedPage(kind: .cmisMeeting)
        var committee: String?
        var date: CivilDate?
        var time: String?
        var venue: String?
        var cursor = start
        var scanned = 0
        while cursor < page.count, scanned < 12 {
            var line = page[cursor]
            cursor += 1
            // Saved HTML tables give "Venue | Council Chamber".
            for field in ["Venue", "Location", "Date", "Committee"] where line.hasPrefix(field + " | ") {
                line = field + ": " + line.dropFirst(field.count + 3)
            }
            if line.isEmpty || KindDetection.isFurniture(line) { continue }
            // The first item (`3.`, `**`) ends the head: a page that gave no committee by
            // then gives none.
            if ItemNumbers.standalone(line) != nil || ItemSequence.starMark(line) != nil { cursor -= 1; break }
            scanned += 1
            var text = line
            for label in ["Date:", "Date and time:", "Meeting date:"] where text.hasPrefix(label) {
                text = String(text.dropFirst(label.count)).trimmingSpacesString()
            }
            if date == nil, let (d, rest) = DateParsing.long(text) {
                date = d
                var t = rest.trimmedSpaces()
                if t.hasPrefix("-") { t = t.dropFirst().trimmedSpaces() }
                time = t.isEmpty ? nil : String(t)
                continue
            }
            if line.hasPrefix("Venue:") || line.hasPrefix("Location:") {
                venue = String(line.drop(while: { $0 != ":" }).dropFirst().trimmedSpaces())
                continue
            }
            if line.hasPrefix("Committee:") {
                committee = String(line.dropFirst("Committee:".count).trimmedSpaces())
                continue
            }
            if committee == nil, ItemNumbers.leading(line) == nil, !line.contains(":"), !KindDetection.isPageHeading(line) {
                committee = line
                continue
            }
            if date != nil, committee != nil { cursor -= 1; break }
        }
        var block = ParsedMeetingBlock(committee: committee, date: date, line: start + 1)
        block.time = time
        block.venue = venue
        block.items = MeetingPageReader.items(page, from: cursor, to: page.count, agendaGaps: true)
        // Some CMIS sites drop the numbers: the items follow an `Items Of Business` heading.
        if block.items.isEmpty, let heading = (cursor..<page.count).first(where: { MeetingPageReader.isItemsHeading(page[$0].matchKey) }) {
            block.items = MeetingPageReader.unnumberedItems(page, from: heading + 1, to: page.count)
            if !block.items.isEmpty {
                result.warnings.append("the agenda's items carry no numbers: only titles marked by a document link or a label were taken as items")
            }
        }
        result.blocks.append(block)
        return result
    }
}
