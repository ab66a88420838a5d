import Foundation

/// `Agenda item` (Welsh `Eitem Agenda`): a title, agenda text and minutes; no committee,
/// date or number on the page, so the item is placed by matching its title elsewhere.
enum AgendaItemReader {
    static func read(_ page: PageText, from start: Int) -> ParsedPage {
        var result = ParsedPage(kind: .agendaItem)
        guard let titleIndex = PageReader.firstContentLine(page, from: start) else { return result }
        var block = ParsedMeetingBlock(committee: nil, date: nil, line: titleIndex + 1)
        var number: String?
        var title = page[titleIndex]
        if let (n, rest) = ItemNumbers.leading(title), ItemNumbers.value(n) != nil, !n.contains("/") || n.count <= 6 {
            number = n
            title = rest
        }
        var item = ParsedItem(number: number, title: TitleCleaning.clean(title, number: nil), line: titleIndex + 1)
        ItemBodyParsing.fill(&item, body: Array(page.lines[(titleIndex + 1)...]))
        block.items.append(item)
        result.blocks.append(block)
        return result
    }
}
