import Foundation

/// A whole meeting (`Agenda, decisions and minutes` and its siblings, Welsh included):
/// header `<Committee> - <weekday>, <date> <time>`, `Venue:`, then every item.
enum MeetingPageReader {
    static func read(_ page: PageText, from start: Int) -> ParsedPage {
        var result = ParsedPage(kind: .meeting)
        let fields = MeetingFields.find(page, from: start)
        var block = ParsedMeetingBlock(committee: fields?.committee, date: fields?.date, line: (fields?.line ?? start) + 1)
        block.time = fields?.time
        block.venue = fields?.venue.flatMap { $0.isEmpty ? nil : $0 }
        var itemsStart = (fields?.endLine ?? start - 1) + 1
        var hasTable = false
        for i in itemsStart..<page.count where isItemsHeading(page[i].matchKey) {
            itemsStart = i + 1
            hasTable = true
            // `Items` over `No. Item`: the table starts after both.
            while let n = page.nextNonBlank(from: itemsStart), isItemsHeading(page[n].matchKey) { itemsStart = n + 1 }
            break
        }
        block.items = items(page, from: itemsStart, to: page.count)
        if block.items.isEmpty, hasTable {
            block.items = unnumberedItems(page, from: itemsStart, to: page.count)
            if !block.items.isEmpty {
                result.warnings.append("the agenda's items carry no numbers: only titles marked by a document link or a label were taken as items")
            }
        }
        result.blocks.append(block)
        return result
    }

    /// `No. Item`, `Items`, `Item no. Agenda Item Details Status`: the agenda table starts.
    static func isItemsHeading(_ key: String) -> Bool {
        key == "no item" || key == "items" || key == "eitemau" || key == "rhif eitem" || key == "note no item"
            || key.hasPrefix("item no agenda item") || key == "items of business"
    }

    /// Agenda tables whose number column came out empty. A title is a line that reads like
    /// one and is marked as a title by what the site puts with titles (a document link, a
    /// `Minutes:` label next, or the agenda's `To receive ...` purpose next); a sub-heading
    /// inside an item's minutes carries none of these and stays in the body.
    static func unnumberedItems(_ page: PageText, from start: Int, to end: Int) -> [ParsedItem] {
        var titles: [Int] = []
        // The table's first line is a title whatever it carries.
        let first = page.nextNonBlank(from: start)
        var i = start
        while i < end {
            let line = page[i]
            if !line.isEmpty, looksLikeUnnumberedTitle(line) {
                let next = page.nextNonBlank(from: i + 1).map { page[$0] } ?? ""
                let label = SectionLabel.match(next)?.0
                let marked = TitleCleaning.stripFileResidue(line) != line || label == .minutes || label == .decision
                    || isPurpose(next) && !isPurpose(line)
                if marked || i == first { titles.append(i) }
            }
            i += 1
        }
        var items: [ParsedItem] = []
        for (n, t) in titles.enumerated() {
            let bodyEnd = n + 1 < titles.count ? titles[n + 1] : end
            var item = ParsedItem(number: nil, title: TitleCleaning.clean(page[t], number: nil), line: t + 1)
            ItemBodyParsing.fill(&item, body: Array(page.lines[(t + 1)..<max(t + 1, bodyEnd)]))
            items.append(item)
        }
        return items
    }

    /// How agendas open an item's text: `To receive ...`, `Members are asked to ...`, `Report by ...`.
    static func isPurpose(_ line: String) -> Bool {
        ["To ", "Members are asked", "Members are reminded", "Report by ", "Report of ", "Joint report", "The Committee is asked",
         "The Council is asked", "Cabinet is asked"].contains { line.hasPrefix($0) }
    }

    static func looksLikeUnnumberedTitle(_ line: String) -> Bool {
        guard line.utf8.count <= 160, ItemSequence.readsLikeTitle(line), SectionLabel.match(line) == nil else { return false }
        if let last = line.last, ".;,:".contains(last) { return false }
        return !isPurpose(line) && !line.hasPrefix("(") && !line.hasPrefix("•") && !line.hasPrefix("·")
    }

    /// `unlabelledIsMinutes`: printed minutes, where text under no label is what was minuted.
    static func items(_ page: PageText, from start: Int, to end: Int, unlabelledIsMinutes: Bool = false,
                      agendaGaps: Bool = false, paragraphItems: Bool = false) -> [ParsedItem] {
        var found = ItemSequence.split(page.lines, from: start, to: end, agendaGaps: agendaGaps, paragraphItems: paragraphItems)
        if agendaGaps { found = ItemSequence.withStarredItems(found, page.lines, from: start, to: end) }
        var items: [ParsedItem] = []
        for (n, f) in found.enumerated() {
            let bodyEnd = n + 1 < found.count ? found[n + 1].startLine : end
            var item = ParsedItem(number: f.number, title: TitleCleaning.clean(f.title, number: f.number), line: f.startLine + 1)
            var body = Array(page.lines[f.bodyStart..<max(f.bodyStart, bodyEnd)])
            if let first = f.bodyOnTitleLine { body.insert(first, at: 0) }
            ItemBodyParsing.fill(&item, body: body,
                                 unlabelledIsMinutes: unlabelledIsMinutes)
            items.append(item)
        }
        return items
    }
}
