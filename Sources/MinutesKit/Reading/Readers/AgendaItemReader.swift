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
        if item.number == nil { item.number = numberInDocumentLinks(item.documents) }
        block.items.append(item)
        result.blocks.append(block)
        return result
    }

    /// ModernGov names each supporting document `<title> (Report), item 81. PDF 151 KB`: the
    /// site's own statement of the item's number, taken when every link that states one
    /// states the same.
    static func numberInDocumentLinks(_ documents: [String]) -> String? {
        var numbers = Set<String>()
        for doc in documents {
            guard let r = doc.range(of: ", item ", options: .backwards) else { continue }
            let after = doc[r.upperBound...].split(separator: " ", maxSplits: 1).first.map(String.init) ?? ""
            var n = after
            if n.hasSuffix(".") { n.removeLast() }
            guard !n.isEmpty, n.count <= 8, n.first?.isNumber == true,
                  n.allSatisfy({ $0.isNumber || $0.isLetter || $0 == "/" || $0 == "." }) else { continue }
            numbers.insert(n)
        }
        return numbers.count == 1 ? numbers.first : nil
    }
}
