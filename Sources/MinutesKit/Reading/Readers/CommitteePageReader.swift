import Foundation

/// ModernGov's `Browse meetings` and `Committee details` pages: about a committee, not one
/// meeting. The committee is a fact of its own, named in `This page lists the meetings for
/// X.`, `Information about X`, or the heading under the kind line. Each meeting the page
/// lists (a line that is a date and a time, nothing more) is a meeting of that committee
/// with no items: its papers are on pages of their own.
enum CommitteePageReader {
    static func read(_ page: PageText, from start: Int) -> ParsedPage {
        var parsed = ParsedPage(kind: .committeeInformation)
        guard let (name, line) = committee(page, from: start) else {
            parsed.warnings.append("no committee named on this committee page")
            return parsed
        }
        parsed.committees = [ParsedCommittee(name: name, line: line + 1)]
        for i in line + 1..<page.count {
            guard let (date, time) = meetingLine(page[i]) else { continue }
            var block = ParsedMeetingBlock(committee: name, date: date, line: i + 1)
            block.time = time
            parsed.blocks.append(block)
        }
        return parsed
    }

    static let listsSentence = "This page lists the meetings for "
    static let informationHeading = "Information about "

    /// The name and the 0-based line that gave it: the sentence or heading that says whose
    /// page this is, else the heading under the kind line.
    static func committee(_ page: PageText, from start: Int) -> (String, Int)? {
        for i in start..<min(page.count, start + 200) {
            let line = page[i]
            for lead in [listsSentence, informationHeading] where line.hasPrefix(lead) {
                let name = cleanName(String(line.dropFirst(lead.count)))
                if isName(name) { return (name, i) }
            }
        }
        if let i = PageReader.firstContentLine(page, from: start), isName(page[i]) { return (cleanName(page[i]), i) }
        return nil
    }

    static func cleanName(_ text: String) -> String {
        var name = text.trimmingSpacesString()
        while let last = name.last, last == "." || last == ":" { name.removeLast() }
        return name.trimmingSpacesString()
    }

    /// A committee's name: a short heading, not a sentence, a label or a template heading.
    static func isName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard (1...12).contains(words.count), text.utf8.count <= 120, !text.contains(":"),
              !ResolutionParsing.isFinished(text), !KindDetection.isPageHeading(text),
              !KindDetection.isFurniture(text), KindDetection.kindLines[text.matchKey] == nil,
              text.unicodeScalars.first?.properties.isUppercase == true else { return false }
        return DateParsing.long(text) == nil
    }

    /// `Thursday, 28th April, 2016 7.00 pm` (`, CANCELLED`): a date and at most a time and a
    /// status after it, nothing that reads as prose.
    static func meetingLine(_ line: String) -> (CivilDate, String?)? {
        guard line.utf8.count <= 80, let (date, rest) = DateParsing.long(line) else { return nil }
        let words = rest.split(separator: " ")
        guard words.count <= 4 else { return nil }
        let isTimeOrStatus = words.allSatisfy { w in
            w.contains(where: \.isNumber) || ["am", "pm", "a.m.", "p.m.", "noon", "midday"].contains(w.lowercased())
                || MeetingStatus.words.contains(w.lowercased().filter(\.isLetter))
        }
        guard isTimeOrStatus else { return nil }
        return (date, rest.isEmpty ? nil : rest)
    }
}
