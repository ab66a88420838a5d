import Foundation

/// Printed minutes whose line breaks were lost: a PDF's text as a document-hosting site
/// shows it, saved as one enormous line. The readers work on lines, so the breaks a
/// printed page certainly had are put back: before the heading sentence
/// (`MINUTES OF A MEETING OF THE CABINET HELD ...`), before `PRESENT`, and around each
/// numbered heading (`3. DECLARATIONS OF INTEREST`, `Cou/287/07-08 Declarations of
/// Interest`). Only where the numbers keep their sequence: a figure in prose never starts a
/// line. Every new line remembers the line of the file it came from.
enum FlattenedText {
    /// A line this long holding several headings is a flattened page, not a paragraph.
    static let minimumLength = 1000

    /// The page with its long lines split, and for each new line its line number (1-based)
    /// in the original; nil when no line needed splitting.
    static func relined(_ page: PageText) -> (page: PageText, origin: [Int])? {
        guard page.lines.contains(where: { $0.utf8.count >= minimumLength }) else { return nil }
        var lines: [String] = [], origin: [Int] = []
        var changed = false
        for (i, line) in page.lines.enumerated() {
            let pieces = line.utf8.count >= minimumLength ? split(line) : [line]
            if pieces.count > 1 { changed = true }
            for piece in pieces {
                lines.append(piece)
                origin.append(i + 1)
            }
        }
        return changed ? (PageText(lines: lines), origin) : nil
    }

    /// Cut points in one long line, as word indices, then the pieces. At least three
    /// headings must be found, or the line is left alone.
    static func split(_ line: String) -> [String] {
        let words = line.split(separator: " ", omittingEmptySubsequences: true)
        var cuts = Set<Int>()
        var headings = 0
        var lastNumber: Int?
        var lastCode: Int?
        var lastClause: Int?
        var lastParagraph: Int?
        var i = 0
        while i < words.count {
            let w = words[i]
            if isSentenceOpener(words, at: i) || isAttendanceLabel(w, next: i + 1 < words.count ? words[i + 1] : nil) {
                cuts.insert(i)
            } else if w == "RESOLVED" || w == "RESOLVED:" {
                // `... the Council RESOLVED to elect ...`, `It was RESOLVED that ...`: the
                // decision's sentence starts a line, as the resolution reader expects.
                let lead = i >= 2 && (words[i - 2].lowercased() == "the" || words[i - 2].lowercased() == "it") ? i - 2 : i
                cuts.insert(lead)
            } else if let n = headingNumber(w), i + 1 < words.count, words[i + 1] == "That" || words[i + 1] == "To",
                      lastClause.map({ n == $0 + 1 }) ?? (n == 1) {
                // `1. That the calculation ... 2. That ...`: the clauses of a resolution.
                cuts.insert(i)
                lastClause = n
            } else if let n = headingNumber(w), i + 1 < words.count, isCapitals(words[i + 1]),
                      lastNumber.map({ n == $0 + 1 }) ?? (n <= 3) {
                // `4. COUNCIL TAX BASE FOR 2019-2020 Cabinet considered ...`
                var end = i + 1
                while end < words.count, isCapitals(words[end]) { end += 1 }
                // `3. DECLARATIONS OF INTEREST A member ...`: the `A` opens the sentence.
                if end - 1 > i + 1, words[end - 1].count == 1, end < words.count { end -= 1 }
                cuts.insert(i); cuts.insert(end)
                lastNumber = n; headings += 1; lastClause = nil
                i = end
                continue
            } else if lastNumber == nil, let n = headingNumber(w), i + 1 < words.count,
                      words[i + 1].first?.isUppercase == true, !isCapitals(words[i + 1]),
                      lastParagraph.map({ n == $0 + 1 }) ?? (n == 1), i > 0, !isReference(words[i - 1]) {
                // `... were present. Matters Arising 2. Matters arising from ...`: paragraphs
                // numbered across the document, each under a heading run into the text.
                cuts.insert(i)
                if let h = inlineHeadingStart(words, before: i) { cuts.insert(h) }
                lastParagraph = n; headings += 1
            } else if let n = codedMinute(w), i + 1 < words.count, words[i + 1].first?.isUppercase == true,
                      lastCode.map({ n == $0 + 1 }) ?? true {
                // `Cou/286/07-08 Apologies for Absence Apologies for absence were ...`
                let end = titleEnd(words, from: i + 1)
                cuts.insert(i); cuts.insert(end)
                lastCode = n; headings += 1
                i = end
                continue
            }
            i += 1
        }
        guard headings >= 3 else { return [line] }
        var pieces: [String] = []
        var current: [Substring] = []
        for (k, w) in words.enumerated() {
            if cuts.contains(k), !current.isEmpty {
                pieces.append(current.joined(separator: " "))
                pieces.append("")
                current = []
            }
            current.append(w)
        }
        if !current.isEmpty { pieces.append(current.joined(separator: " ")) }
        return pieces
    }

    /// `paragraph 2.`, `item 3.`, `page 4.`: a number that belongs to the words before it.
    static func isReference(_ w: Substring) -> Bool {
        ["paragraph", "item", "page", "section", "minute", "no", "number", "para", "appendix", "annex", "table", "figure"]
            .contains(w.lowercased().filter(\.isLetter))
    }

    /// Where a heading run into the text before a paragraph number starts: after the last
    /// sentence's end, when at most eight words lie between (`Election of Convenor and
    /// Deputy Convenor (Paper 1)`); nil when it cannot be told apart from the text.
    static func inlineHeadingStart(_ words: [Substring], before i: Int) -> Int? {
        var k = i - 1
        while k >= 0, i - k <= 9 {
            let w = words[k]
            if w.hasSuffix(".") || w.hasSuffix(":") || w.hasSuffix(";") || w.hasSuffix("?") {
                let start = k + 1
                return start < i && words[start].first?.isUppercase == true ? start : nil
            }
            k -= 1
        }
        return nil
    }

    /// `12.` (not `12.5`, not a year).
    static func headingNumber(_ w: Substring) -> Int? {
        guard w.count >= 2, w.count <= 4, w.last == ".", let n = Int(w.dropLast()), n > 0, n < 500 else { return nil }
        return n
    }

    /// A word of a capitals heading: no lower-case letter, at least one letter or a figure
    /// (`2019-2020`), and not the opening of a sentence in capitals mid-prose.
    static func isCapitals(_ w: Substring) -> Bool {
        !w.contains(where: \.isLowercase) && w.contains(where: { $0.isLetter || $0.isNumber }) && headingNumber(w) == nil
            && w != "RESOLVED" && w != "PRESENT"
    }

    /// `Cou/286/07-08`, `GP/12/21`: a minute reference with its sequence in the middle.
    static func codedMinute(_ w: Substring) -> Int? {
        let parts = w.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, (1...5).contains(parts[0].count), parts[0].first?.isUppercase == true,
              parts[0].allSatisfy(\.isLetter), let n = Int(parts[1]),
              parts[2].count >= 2, parts[2].allSatisfy({ $0.isNumber || $0 == "-" }) else { return nil }
        return n
    }

    /// A heading in Title Case runs while words are capitalised or small joiners; it ends
    /// before a plain lower-case word, a label's colon, or a repeat of its own first word
    /// (the sentence under `Apologies for Absence` that opens `Apologies for absence ...`).
    static func titleEnd(_ words: [Substring], from start: Int) -> Int {
        var end = start
        while end < words.count, end - start < 10 {
            let w = words[end]
            if end > start, w.lowercased() == words[start].lowercased() { break }
            if w.first?.isUppercase == true || TitleWords.isJoiner(w) {
                end += 1
                if w.hasSuffix(":") { break }
                continue
            }
            break
        }
        while end > start + 1, TitleWords.isJoiner(words[end - 1]) { end -= 1 }
        return max(end, start + 1)
    }

    /// `MINUTES OF A MEETING OF ...`, `Minutes of a Meeting of ...`: the heading sentence.
    static func isSentenceOpener(_ words: [Substring], at i: Int) -> Bool {
        guard i + 2 < words.count, words[i].lowercased() == "minutes", words[i + 1].lowercased() == "of" else { return false }
        let next = words[i + 2].lowercased()
        // `2. Minutes of the last meeting ...` is a paragraph about minutes, not a heading.
        return ["a", "the", "meeting"].contains(next) && words[i].first?.isUppercase == true && i > 0
            && headingNumber(words[i - 1]) == nil
    }

    static func isAttendanceLabel(_ w: Substring, next: Substring?) -> Bool {
        if w == "PRESENT" || w == "PRESENT:" || w == "Present:" { return true }
        if w == "In", let next, next.lowercased() == "attendance:" { return true }
        if w == "Apologies:" || w == "APOLOGIES:" { return true }
        return false
    }
}
