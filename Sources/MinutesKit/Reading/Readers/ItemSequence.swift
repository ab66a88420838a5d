import Foundation

/// Finds where each agenda item starts on a page that lists many: either the number alone on
/// a line with the title on the next (ModernGov meeting pages), or `1 Apologies` on one line
/// (CMIS, PDF minutes). Clause numbers inside decisions look the same, so a candidate must
/// read like a title and keep the sequence going.
enum ItemSequence {
    struct Found {
        var number: String
        var title: String
        /// Index of the line holding the number (first line of the item).
        var startLine: Int
        /// Index of the first body line.
        var bodyStart: Int
        /// Body text that ran on after the title on the title's own line.
        var bodyOnTitleLine: String? = nil
    }

    /// `agendaGaps`: an agenda whose page lost some numbers (CMIS) goes on from `3` to `12`;
    /// elsewhere a jump is a clause or a figure, not the next item.
    /// `paragraphItems`: printed minutes whose paragraphs are numbered under each item
    /// (`1 Minutes` / `1.1 It was proposed ...` / `1.2 ...`), each paragraph a minute cited by
    /// its number: every such paragraph is an item of its own under its item's title.
    static func split(_ lines: [String], from start: Int, to end: Int, agendaGaps: Bool = false,
                      paragraphItems: Bool = false) -> [Found] {
        let standalone = scanStandalone(lines, from: start, to: end)
        if !standalone.isEmpty { return withParentHeadings(standalone, lines, from: start, to: end) }
        return scanLeading(lines, from: start, to: end, agendaGaps: agendaGaps, paragraphItems: paragraphItems)
    }

    /// `1.1` after `1`, `1.1.1` after `1.1`, `1.2` after `1.1.3`: the next paragraph number
    /// under the same item (a child or the next sibling at some level), never a jump.
    static func isNextParagraph(_ number: String, after previous: String) -> Bool {
        func parts(_ s: String) -> [Int]? {
            var t = Substring(s)
            while let last = t.last, last == "." || last == ":" { t = t.dropLast() }
            let p = t.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
            return p.contains(where: { $0 == nil }) ? nil : p.map { $0! }
        }
        guard ItemNumbers.isSubItem(number), let b = parts(number), let a = parts(previous), b.count >= 2 else { return false }
        if b == a + [1] { return true }
        guard b.count <= a.count else { return false }
        return Array(b.dropLast()) == Array(a.prefix(b.count - 1)) && b.last! == a[b.count - 1] + 1
    }

    /// `1. Order of business` over `1.1` / `Order of Business`: a heading numbered on its own
    /// line above the sub-items it holds is an item too. Only a heading whose number is the
    /// whole part of the sub-item right after it: a numbered clause in a decision is not.
    static func withParentHeadings(_ found: [Found], _ lines: [String], from start: Int, to end: Int) -> [Found] {
        guard found.contains(where: { ItemNumbers.isSubItem($0.number) }) else { return found }
        var result: [Found] = []
        var next = 0
        var previousEnd = start
        for heading in scanLeading(lines, from: start, to: end) {
            while next < found.count, found[next].startLine < heading.startLine {
                result.append(found[next])
                previousEnd = found[next].bodyStart
                next += 1
            }
            guard heading.startLine >= previousEnd, next < found.count, ItemNumbers.isSubItem(found[next].number),
                  ItemNumbers.value(found[next].number) == ItemNumbers.value(heading.number) else { continue }
            result.append(heading)
        }
        result.append(contentsOf: found[next...])
        return result
    }

    /// `afterNumber`: the text follows an item number on its line (`512/19 Minutes :`), where
    /// a label word with nothing after it is the item's title, not a section of the last one.
    static func readsLikeTitle(_ text: String, afterNumber: Bool = false) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        guard first.properties.isUppercase || ("0"..."9").contains(first) || first == "(" || first == "‘" || first == "“" || first == "\"" else { return false }
        if text.hasPrefix("That ") || text.hasPrefix("THAT ") { return false }
        // "Minutes" or "Cofnodion" alone is a common item title; a label carries a colon.
        if text.contains(":"), let (_, rest) = SectionLabel.match(text), !(afterNumber && rest.isEmpty) { return false }
        if ResolutionParsing.marker(text) != nil { return false }
        return true
    }

    /// CMIS marks an item it does not number with `*` or `**` (`* Meeting Arrangements`):
    /// such a line before the first numbered item is an item numbered by its mark.
    static func withStarredItems(_ found: [Found], _ lines: [String], from start: Int, to end: Int) -> [Found] {
        let limit = found.first?.startLine ?? end
        var starred: [Found] = []
        for i in start..<max(start, limit) {
            let line = lines[i]
            if let mark = starMark(line) {
                // `**` alone, the title on the next line.
                var t = i + 1
                while t < limit, lines[t].isEmpty { t += 1 }
                guard t < limit, readsLikeTitle(lines[t]), isShortTitle(lines[t]) else { continue }
                starred.append(Found(number: mark, title: lines[t], startLine: i, bodyStart: t + 1))
                continue
            }
            let mark = line.hasPrefix("** ") ? "**" : line.hasPrefix("* ") ? "*" : nil
            guard let mark else { continue }
            let title = String(line.dropFirst(mark.count + 1)).trimmingSpacesString()
            guard readsLikeTitle(title), isShortTitle(title) else { continue }
            starred.append(Found(number: mark, title: title, startLine: i, bodyStart: i + 1))
        }
        return starred + found
    }

    /// `*` or `**` alone on its line: CMIS's mark for an item it does not number.
    static func starMark(_ line: String) -> String? {
        let t = line.trimmingSpacesString()
        return t == "*" || t == "**" ? t : nil
    }

    static func isShortTitle(_ text: String) -> Bool {
        text.split(separator: " ").count <= 12 && !text.hasSuffix(".") && !text.contains(". ")
    }

    /// A short heading: every word capitalised but the small joining ones, no sentence in it
    /// (`Prayers`, `Chair's Announcements`; not `It was`).
    static func isHeading(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        guard !words.isEmpty, words.count <= 10, !text.hasSuffix("."), !text.contains(". ") else { return false }
        return words.allSatisfy(TitleWords.isTitleWord)
    }

    /// `17 April 2025` opens with a number and a capital: it is a date, not item 17.
    static func isDate(_ number: String, _ rest: String) -> Bool {
        DateParsing.long(number + " " + rest) != nil
    }

    static func scanStandalone(_ lines: [String], from start: Int, to end: Int) -> [Found] {
        var found: [Found] = []
        var i = start
        while i < end {
            if let number = ItemNumbers.standalone(lines[i]) ?? ItemNumbers.agendaItemHeading(lines[i]) {
                var t = i + 1
                while t < end, lines[t].isEmpty { t += 1 }
                if t < end, readsLikeTitle(lines[t]), continuesSequence(number, after: found.last?.number) {
                    let (title, next) = wrappedTitle(lines, at: t, end: end)
                    found.append(Found(number: number, title: title, startLine: i, bodyStart: next))
                    i = next
                    continue
                }
            }
            i += 1
        }
        return found
    }

    static func scanLeading(_ lines: [String], from start: Int, to end: Int, agendaGaps: Bool = false,
                            paragraphItems: Bool = false) -> [Found] {
        var found: [Found] = []
        var itemTitle: String?
        for i in start..<max(start, end) {
            guard var (number, rest) = ItemNumbers.leading(lines[i]) ?? ItemNumbers.leading(withoutLinkResidue(lines[i])),
                  readsLikeTitle(rest, afterNumber: true), !isDate(number, rest) else { continue }
            number = String(number)
            guard let value = ItemNumbers.value(number) else { continue }
            if paragraphItems, let previous = found.last, let itemTitle, isNextParagraph(number, after: previous.number) {
                // `1.1 Prayers` is a sub-heading with its own title; `1.1 It was proposed ...`
                // is a paragraph of its item, and goes under the item's title.
                if isHeading(rest) {
                    found.append(Found(number: number, title: rest, startLine: i, bodyStart: i + 1))
                } else {
                    found.append(Found(number: number, title: itemTitle, startLine: i, bodyStart: i + 1, bodyOnTitleLine: rest))
                }
                continue
            }
            if let previous = found.last {
                guard let pv = ItemNumbers.value(previous.number) else { continue }
                let sameWithLetter = value == pv && number != previous.number && number.last?.isLetter == true
                // `1.1 Prayers` under `1. Business of the Mayor`: a numbered sub-heading. A
                // numbered paragraph (`1.1 It was proposed ...`) is the item's text, not an item.
                let subHeading = value == pv && number != previous.number && ItemNumbers.isSubItem(number) && isHeading(rest)
                let gap = agendaGaps && value > pv + 1 && value <= pv + 50 && isShortTitle(rest)
                guard value == pv + 1 || sameWithLetter || subHeading || gap else { continue }
            } else if value > 400 && !number.contains("/") && !nextNumberFollows(value, lines, after: i, to: end) {
                // A figure or a year opening a line; a running minute number (`3665`) has its
                // successor further down.
                continue
            }
            // The title starts after the number: pass it in rather than copy every line of
            // the page to replace one (that copy per item made long pages quadratic).
            // A title on the number's line comes first; then a heading on a line above; then
            // a title before a colon (`Matters arising were as follows:` is a sentence).
            // (One capitalised word before the text, `Jane Hope reported ...`, is as likely a name.)
            let titleOnLine = sentenceAfterTitle(rest)
            if titleOnLine.map({ !$0.title.contains(" ") }) ?? true,
               let h = headingAbove(lines, numberedAt: i, sentence: rest, after: found.last.map { $0.bodyStart } ?? start) {
                found.append(Found(number: number, title: lines[h], startLine: h, bodyStart: i + 1, bodyOnTitleLine: rest))
                itemTitle = lines[h]
                continue
            }
            if let (title, body) = runOnTitle(rest) ?? titleOnLine {
                found.append(Found(number: number, title: title, startLine: i, bodyStart: i + 1, bodyOnTitleLine: body))
                itemTitle = title
                continue
            }
            let (title, next) = wrappedTitle(lines, at: i, end: end, first: rest)
            found.append(Found(number: number, title: title, startLine: i, bodyStart: next))
            itemTitle = title
        }
        return found
    }

    /// `Matters Arising` / (blank) / `2. Matters arising from the previous minutes were ...`:
    /// paragraphs numbered across printed minutes, each under a heading of its own line. The
    /// heading is the item's title when the numbered text is a sentence, the heading stands
    /// alone between blank lines after the last item began, and it decides nothing itself.
    static func headingAbove(_ lines: [String], numberedAt i: Int, sentence: String, after floor: Int) -> Int? {
        guard !isShortTitle(sentence), i > floor else { return nil }
        var j = i - 1
        while j >= floor, lines[j].isEmpty { j -= 1 }
        guard j >= floor, j < i - 1, j == floor || lines[j - 1].isEmpty else { return nil }
        let heading = lines[j]
        guard isShortTitle(heading), !heading.contains(":"), readsLikeTitle(heading),
              !ResolutionParsing.speaksOfDeciding(heading), ItemNumbers.leading(heading) == nil,
              DateParsing.long(heading) == nil, ClauseMark.read(heading) == nil else { return nil }
        return j
    }

    /// `3 pdf Minutes (233Kb)`: the link's icon text sits between the number and the title.
    static func withoutLinkResidue(_ line: String) -> String {
        guard let space = line.firstIndex(of: " "), line[space...].hasPrefix(" pdf ") else { return line }
        return String(line[..<space]) + " " + line[line.index(space, offsetBy: 5)...]
    }

    static func nextNumberFollows(_ value: Int, _ lines: [String], after i: Int, to end: Int) -> Bool {
        var j = i + 1
        while j < end {
            if let (n, rest) = ItemNumbers.leading(lines[j]), ItemNumbers.value(n) == value + 1, readsLikeTitle(rest) { return true }
            j += 1
        }
        return false
    }

    /// `3665 Declarations of Interest There were no declarations ...`: printed minutes run
    /// the text on after a title with no colon. The title is the words in Title Case; the
    /// body starts at a capitalised word followed by an ordinary lower-case one, or at
    /// RESOLVED. Only on a long line, and only when the title is a few words.
    static func sentenceAfterTitle(_ text: String) -> (title: String, body: String)? {
        guard text.utf8.count > 100, !text.isAllCaps else { return nil }
        let words = text.split(separator: " ")
        var k = 0
        while k < words.count {
            let w = words[k]
            if k > 0, w.hasPrefix("RESOLVED") || w.hasPrefix("Resolved") { break }
            if k > 0, w.first?.isUppercase == true, k + 1 < words.count, let next = words[k + 1].first,
               next.isLowercase, !TitleWords.isJoiner(words[k + 1]) { break }
            guard TitleWords.isTitleWord(w) else {
                return nil
            }
            k += 1
        }
        // `The Convener welcomed ...`: a title never ends on a joining word.
        guard (1...12).contains(k), k < words.count, !TitleWords.isJoiner(words[k - 1]) else { return nil }
        return (words[..<k].joined(separator: " "), words[k...].joined(separator: " "))
    }

    /// `Planning: a) The Clerk submitted ...`: printed minutes run the body on after the
    /// title's colon. A list mark, or a long sentence, after the colon is body; a short
    /// phrase (`Land at Mill Lane: Erection of 64 Dwellings`) is part of the title.
    static func runOnTitle(_ text: String) -> (title: String, body: String)? {
        // `1. Urgent Item In terms of Standing Order 13.3, the Council:` then `Noted that ...`:
        // the body that decides opens the item's minutes (Scottish minutes).
        if text.hasSuffix(":"), ResolutionParsing.bodyBeforeColon(text) != nil,
           let comma = text.range(of: ", the ", options: .backwards) {
            let title = String(text[..<comma.lowerBound]).trimmingSpacesString()
            if !title.isEmpty { return (title, String(text[text.index(comma.lowerBound, offsetBy: 2)...])) }
        }
        guard let colon = text.firstIndex(of: ":"), text.distance(from: text.startIndex, to: colon) <= 60 else { return nil }
        let title = String(text[..<colon]).trimmingSpacesString()
        let body = String(text[text.index(after: colon)...]).trimmingSpacesString()
        guard !title.isEmpty, !title.contains(". "), !body.isEmpty else { return nil }
        let listMark = ClauseMark.read(body).map { $0.kind != .bullet && $0.isStart } ?? false
        let sentence = body.utf8.count > 80 && body.contains(". ")
        return listMark || sentence ? (title, body) : nil
    }

    /// Titles wrap over lines: a line ending in `,` `–` `and`, or a capitals
    /// title followed directly by more capitals, goes on on the next line.
    static func wrappedTitle(_ lines: [String], at t: Int, end: Int, first: String? = nil) -> (String, Int) {
        var title = first ?? lines[t]
        var next = t + 1
        while next < end, next - t <= 3, !lines[next].isEmpty {
            let line = lines[next]
            let lower = title.lowercased()
            let openEnded = title.hasSuffix(",") || title.hasSuffix("–") || title.hasSuffix("-") || title.hasSuffix("&")
                || lower.hasSuffix(" and") || lower.hasSuffix(" of") || lower.hasSuffix(" for") || lower.hasSuffix(" the")
            let capitalsGoOn = title.isAllCaps && line.isAllCaps && ItemNumbers.leading(line) == nil
            guard openEnded || capitalsGoOn, SectionLabel.match(line) == nil, ResolutionParsing.marker(line) == nil else { break }
            title += " " + line
            next += 1
        }
        return (title, next)
    }

    /// Item numbers never go backwards on a page and never repeat; a year alone on a line
    /// ("2021.") counts only when it is exactly the next number.
    static func continuesSequence(_ number: String, after previous: String?) -> Bool {
        if let v = ItemNumbers.value(number), (1900...2100).contains(v), !number.contains("/"),
           !number.contains(where: \.isLetter) {
            guard let previous, let pv = ItemNumbers.value(previous) else { return false }
            return v == pv + 1
        }
        guard let previous else { return true }
        if number == previous { return false }
        guard let v = ItemNumbers.value(number), let pv = ItemNumbers.value(previous) else { return true }
        return v >= pv
    }
}
