import Foundation

/// A council's list of meetings with no agenda or minutes text of its own: a table of
/// meetings (`| Tue 19th May, 2026 | Planning | ... |`), an index of minutes (`MINUTES OF THE
/// ORDINARY MEETING OF THE COUNCIL HELD ON 11th MARCH 2024`), download links (`2012-03-28
/// Council`), or a calendar under month headings (`October 2022` / `Mon 3rd October`), often
/// under a sentence saying whose meetings they are (`The Full Council meets monthly ...`).
///
/// Each listed meeting is a meeting with no items (its papers are pages of their own), and
/// the committee the opening sentence names is a committee. Only a page on which no item was
/// found is read this way, and only when it lists two meetings or names its committee.
enum MeetingIndexReader {
    static func read(_ page: PageText, from start: Int) -> ParsedPage? {
        var parsed = ParsedPage(kind: .committeeInformation)
        let subject = openingSubject(page, from: start)
        if let subject { parsed.committees = [ParsedCommittee(name: subject.name, line: subject.line + 1)] }
        var seen = Set<String>()
        var tableHasMeetingColumns = false
        var monthHeading: (month: Int, year: Int)?
        for i in start..<page.count {
            let line = page[i].trimmingSpacesString()
            guard !line.isEmpty else { continue }
            var found: (committee: String?, date: CivilDate)?
            if line.hasPrefix("|") {
                let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
                let content = Array(cells.dropFirst())
                if content.count >= 2, content[0].matchKey == "meeting date" || content[0].matchKey == "date" {
                    tableHasMeetingColumns = ["meeting title", "meeting", "committee", "title"].contains(content[1].matchKey)
                } else if tableHasMeetingColumns, content.count >= 2, let (date, _) = CommitteePageReader.meetingLine(content[0]) {
                    found = (content[1].isEmpty ? nil : content[1], date)
                }
            } else if let sentence = indexSentence(line) {
                found = sentence
            } else if let download = isoDownload(line) {
                found = download
            } else if let m = monthYear(line) {
                monthHeading = m
            } else if let month = monthHeading, let date = calendarEntry(line, month: month) {
                found = (subject?.name, date)
            }
            guard let (committee, date) = found else { continue }
            let committeeName = committee.map(MeetingFields.cleanCommittee).flatMap { $0.isEmpty ? nil : $0 }
            guard seen.insert("\(committeeName?.matchKey ?? "")|\(date.iso)").inserted else { continue }
            parsed.blocks.append(ParsedMeetingBlock(committee: committeeName, date: date, line: i + 1))
        }
        guard parsed.blocks.count >= 2 || subject != nil else { return nil }
        return parsed
    }

    static let committeeWords: Set<String> = [
        "committee", "sub-committee", "subcommittee", "council", "cabinet", "board", "panel", "forum",
        "executive", "authority", "assembly", "commission",
    ]

    /// `The Full Council meets monthly ...`, `Licensing Sub-Committee is an ad hoc ...`: the
    /// page's first paragraph names a body as its subject (the wrapped lines joined).
    static func openingSubject(_ page: PageText, from start: Int) -> (name: String, line: Int)? {
        guard let first = PageReader.firstContentLine(page, from: start) else { return nil }
        var text = ""
        var i = first
        while i < page.count, !page[i].isEmpty, text.utf8.count < 400 {
            text += (text.isEmpty ? "" : " ") + page[i].trimmingSpacesString()
            i += 1
        }
        let words = text.split(separator: " ")
        for (k, w) in words.prefix(12).enumerated() where k > 0 {
            guard ["meets", "is", "usually", "normally", "will", "deals", "considers", "oversees"].contains(w.lowercased()) else { continue }
            var name = Array(words[..<k])
            if name.first?.lowercased() == "the" { name.removeFirst() }
            guard let last = name.last, committeeWords.contains(last.lowercased()),
                  name.allSatisfy({ TitleWords.isTitleWord($0) || $0.contains("-") }),
                  name.first?.first?.isUppercase == true else { return nil }
            return (name.joined(separator: " "), first)
        }
        return nil
    }

    /// `MINUTES OF THE ORDINARY MEETING OF THE COUNCIL HELD ON 11th MARCH 2024`, `DRAFT
    /// SUMMARY OF ...`: the body after `MEETING OF THE`, or before `MEETING`.
    static func indexSentence(_ line: String) -> (committee: String?, date: CivilDate)? {
        guard line.utf8.count <= 200 else { return nil }
        let lower = line.lowercased()
        guard let lead = ["minutes of ", "draft minutes of ", "draft summary of ", "summary of ", "agenda of ", "notes of "]
            .first(where: { lower.hasPrefix($0) }),
              let held = lower.range(of: " held on ") else { return nil }
        guard let (date, _) = DateParsing.long(String(line[held.upperBound...])) else { return nil }
        let nameRange = line.index(line.startIndex, offsetBy: lead.count)..<held.lowerBound
        guard nameRange.lowerBound <= nameRange.upperBound else { return nil }
        var name = String(line[nameRange])
        let nameLower = name.lowercased()
        if let r = nameLower.range(of: "meeting of the ") {
            name = String(name[r.upperBound...])
        } else if nameLower.hasSuffix(" meeting") {
            name = String(name.dropLast(8))
        } else {
            return nil
        }
        return (name, date)
    }

    /// `Start the download of the file 2012-03-28 Council 2012-03-28 Council`: an ISO date and
    /// the meeting's name (a document word after it, `appendices`, is not part of the name).
    static func isoDownload(_ line: String) -> (committee: String?, date: CivilDate)? {
        let words = line.split(separator: " ")
        guard let k = words.firstIndex(where: { isoDate($0) != nil }), let date = isoDate(words[k]) else { return nil }
        var name: [Substring] = []
        for w in words[(k + 1)...] {
            if isoDate(w) != nil || documentWords.contains(w.lowercased()) || w.hasPrefix("(") { break }
            name.append(w)
        }
        guard !name.isEmpty, name.count <= 8, name.allSatisfy({ TitleWords.isTitleWord($0) }) else { return nil }
        return (name.joined(separator: " "), date)
    }

    static let documentWords: Set<String> = ["appendices", "appendix", "minutes", "agenda", "papers", "reports", "report", "supplement"]

    static func isoDate(_ w: Substring) -> CivilDate? { CivilDate(iso: String(w)) }

    /// `October 2022`: a calendar's month heading.
    static func monthYear(_ line: String) -> (month: Int, year: Int)? {
        let words = line.split(separator: " ")
        guard words.count == 2, let m = DateParsing.months[words[0].lowercased()], let y = Int(words[1]),
              (1900...2200).contains(y) else { return nil }
        return (m, y)
    }

    /// `Mon 3rd October` under `October 2022`: the day, in the heading's month and year.
    static func calendarEntry(_ line: String, month: (month: Int, year: Int)) -> CivilDate? {
        let words = line.split(separator: " ")
        guard (2...3).contains(words.count) else { return nil }
        var k = 0
        if DateParsing.weekdays.contains(words[0].lowercased().trimmingTrailingDot()) { k = 1 }
        guard k + 1 < words.count, k + 2 == words.count, let day = DateParsing.dayNumber(words[k]),
              DateParsing.months[words[k + 1].lowercased()] == month.month else { return nil }
        return CivilDate(year: month.year, month: month.month, day: day)
    }
}
