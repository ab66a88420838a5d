import Foundation

/// A whole meeting (`Agenda, decisions and minutes` and its siblings, Welsh included):
/// header `<Committee> - <weekday>, <date> <time>`, `Venue:`, then every item.
enum MeetingPageReader {
    static func read(_ page: PageText, from start: Int) -> ParsedPage {
        var result = ParsedPage(kind: .meeting)
        let header = MeetingHeader.find(page, from: start, limit: 25)
        var block = ParsedMeetingBlock(committee: header?.committee, date: header?.date, line: (header?.line ?? start) + 1)
        block.time = header?.time
        var itemsStart = (header?.endLine ?? start - 1) + 1
        for i in itemsStart..<page.count {
            let line = page[i]
            if block.venue == nil, line.hasPrefix("Venue:") || line.hasPrefix("Lleoliad:") {
                let value = line.drop(while: { $0 != ":" }).dropFirst().trimmedSpaces()
                var venue = String(value)
                // The "View directions" link text ends up glued to the venue on saved pages.
                for link in [". View directions", " View directions", ". Gweld y cyfarwyddiadau", " Gweld y cyfarwyddiadau"] where venue.hasSuffix(link) {
                    venue = String(venue.dropLast(link.count))
                }
                if !venue.isEmpty { block.venue = venue }
            }
            let key = line.matchKey
            if key == "no item" || key == "items" || key == "eitemau" || key == "rhif eitem" {
                itemsStart = i + 1
                break
            }
        }
        block.items = items(page, from: itemsStart, to: page.count)
        result.blocks.append(block)
        return result
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
