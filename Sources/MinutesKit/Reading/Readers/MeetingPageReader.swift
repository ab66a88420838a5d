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
        for i in itemsStart..<page.count where isItemsHeading(page[i].matchKey) {
            itemsStart = i + 1
            break
        }
        block.items = items(page, from: itemsStart, to: page.count)
        result.blocks.append(block)
        return result
    }

    /// `No. Item`, `Items`, `Item no. Agenda Item Details Status`: the agenda table starts.
    static func isItemsHeading(_ key: String) -> Bool {
        key == "no item" || key == "items" || key == "eitemau" || key == "rhif eitem" || key == "note no item"
            || key.hasPrefix("item no agenda item") || key == "items of business"
    }

    static func items(_ page: PageText, from start: Int, to end: Int) -> [ParsedItem] {
        let found = ItemSequence.split(page.lines, from: start, to: end)
        var items: [ParsedItem] = []
        for (n, f) in found.enumerated() {
            let bodyEnd = n + 1 < found.count ? found[n + 1].startLine : end
            var item = ParsedItem(number: f.number, title: TitleCleaning.clean(f.title, number: f.number), line: f.startLine + 1)
            ItemBodyParsing.fill(&item, body: Array(page.lines[f.bodyStart..<max(f.bodyStart, bodyEnd)]))
            items.append(item)
        }
        return items
    }
}
