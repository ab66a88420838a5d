import Foundation

/// `Issue - decisions`: an issue title, then per decision `DD/MM/YYYY - <title>` and its
/// text, usually unlabelled. No committee is named.
enum IssueDecisionsReader {
    static func read(_ page: PageText, from start: Int) -> ParsedPage {
        var result = ParsedPage(kind: .issueDecisions)
        var heads: [(Int, CivilDate, String)] = []
        for i in start..<page.count {
            let line = page[i]
            if let (date, rest) = DateParsing.numeric(Substring(line)) {
                var title = rest.trimmedSpaces()
                if title.hasPrefix("-") || title.hasPrefix("–") { title = title.dropFirst().trimmedSpaces() }
                if !title.isEmpty { heads.append((i, date, String(title))) }
            }
        }
        if let t = PageReader.firstContentLine(page, from: start), heads.first.map({ t < $0.0 }) ?? true {
            result.issue = ParsedIssue(title: TitleCleaning.clean(page[t], number: nil), line: t + 1)
        }
        for (n, head) in heads.enumerated() {
            let end = n + 1 < heads.count ? heads[n + 1].0 : page.count
            var block = ParsedMeetingBlock(committee: nil, date: head.1, line: head.0 + 1)
            var item = ParsedItem(number: nil, title: TitleCleaning.clean(head.2, number: nil), line: head.0 + 1)
            var body = Array(page.lines[(head.0 + 1)..<end])
            // Unlabelled decision text is the decision.
            if !body.contains(where: { SectionLabel.match($0)?.0 == .decision }) { body.insert("Decision:", at: 0) }
            ItemBodyParsing.fill(&item, body: body)
            block.items.append(item)
            result.blocks.append(block)
        }
        return result
    }
}
