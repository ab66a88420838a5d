/// `pdftotext`'s output made ready for the page readers: the printer's furniture removed
/// and words the printer broke put back together. Pure: text in, text out.
///
/// It runs before `TextDecoding.sanitise`, which would turn the form feeds that end each
/// page into spaces; its result is sanitised like any other document text.
///
/// The rules, each tested in PDFTextTests:
/// - pages are split on form feeds;
/// - running headers and footers go: a line with at least three letters found among the
///   first (or last) three lines of more than half the pages, numbers aside, on two at least;
/// - page numbers go: `Page 3`, `Page 3 of 12`, `- 3 -` near the top or bottom of a page,
///   and a bare number first or last on its page when the pages count up by one with it;
/// - a word hyphenated at a line end is joined (`con-` / `tributions`) when a lower-case
///   letter is before the hyphen and a lower-case letter starts the next line; the hyphen
///   stays (`long-term`) when the document writes that word with a hyphen inside a line;
/// - poppler itself joins words hyphenated inside a paragraph, compounds too
///   (`SUB-`/`COMMITTEE` → `SUBCOMMITTEE`); a joined word that the document also writes with
///   a hyphen inside a line gets its hyphen back, so a committee's name still matches;
/// - a block of labels followed by a block of as many values (a two-column table in
///   reading order) is paired again, a label and its value on one line;
/// - every other line break is kept; between pages, a sentence that goes on (no closing
///   punctuation, a lower-case start on the next page) stays one paragraph.
public enum PDFText {
    public static func clean(_ raw: String) -> String {
        var pages = split(raw)
        let compounds = Compounds(pages)
        removeRunningLines(&pages)
        removePageNumbers(&pages)
        var lines = joinPages(pages)
        joinHyphenatedLines(&lines, compounds)
        pairLabelsWithValues(&lines)
        if !compounds.isEmpty { lines = lines.map(compounds.restoringHyphens) }
        return lines.joined(separator: "\n")
    }

    // MARK: Pages

    /// Pages (split at form feeds) of lines (split at LF, spaces trimmed). pdftotext ends
    /// every page with a form feed, so the empty piece after the last one is no page.
    static func split(_ raw: String) -> [[String]] {
        var pages = raw.utf8.split(separator: 0x0C, omittingEmptySubsequences: false).map { page in
            page.split(separator: 0x0A, omittingEmptySubsequences: false).map { line in
                String(String(Substring(line)).trimmedSpaces())
            }
        }
        if pages.count > 1, pages.last!.allSatisfy(\.isEmpty) { pages.removeLast() }
        return pages
    }

    /// Indices of the first and last `zone` lines holding text on a page.
    static func zones(_ page: [String], zone: Int = 3) -> (top: [Int], bottom: [Int]) {
        let filled = page.indices.filter { !page[$0].isEmpty }
        return (Array(filled.prefix(zone)), Array(filled.suffix(zone)))
    }

    // MARK: Running headers and footers

    static func removeRunningLines(_ pages: inout [[String]]) {
        guard pages.count >= 2 else { return }
        let needed = max(2, pages.count / 2 + 1)
        var topCounts: [String: Int] = [:], bottomCounts: [String: Int] = [:]
        let zoneIndices = pages.map { zones($0) }
        for (page, z) in zip(pages, zoneIndices) {
            for key in Set(z.top.map { runningKey(page[$0]) }) { topCounts[key, default: 0] += 1 }
            for key in Set(z.bottom.map { runningKey(page[$0]) }) { bottomCounts[key, default: 0] += 1 }
        }
        func running(_ key: String, _ counts: [String: Int]) -> Bool {
            (counts[key] ?? 0) >= needed && key.unicodeScalars.lazy.filter(isLetter).count >= 3
        }
        for p in pages.indices {
            for i in zoneIndices[p].top where running(runningKey(pages[p][i]), topCounts) { pages[p][i] = "" }
            for i in zoneIndices[p].bottom where running(runningKey(pages[p][i]), bottomCounts) { pages[p][i] = "" }
        }
    }

    /// A line as running headers compare: lower case, single spaces, every run of digits
    /// one `#` (`Page 2 of 9` and `Page 3 of 9` are the same footer).
    static func runningKey(_ line: String) -> String {
        var out = String.UnicodeScalarView()
        var inDigits = false
        for s in line.unicodeScalars {
            if ("0"..."9").contains(s) {
                if !inDigits { out.append("#") }
                inDigits = true
                continue
            }
            inDigits = false
            if s == " " { if out.last != " " { out.append(s) }; continue }
            appendLowercased(s, to: &out)
        }
        return String(out)
    }

    // MARK: Page numbers

    static func removePageNumbers(_ pages: inout [[String]]) {
        // A bare number first (or last) on its page is a page number when the numbers count
        // up with the pages on more than half of them: an item number `45` alone at the top
        // of a page does not. A one-page document's last line may be its page number.
        for atTop in [true, false] {
            var found: [(page: Int, line: Int, offset: Int)] = []
            for p in pages.indices {
                guard let i = atTop ? pages[p].firstIndex(where: { !$0.isEmpty }) : pages[p].lastIndex(where: { !$0.isEmpty }),
                      let n = bareNumber(pages[p][i]) else { continue }
                found.append((p, i, n - p))
            }
            var offsets: [Int: Int] = [:]
            for f in found { offsets[f.offset, default: 0] += 1 }
            for f in found where (offsets[f.offset] ?? 0) >= max(2, pages.count / 2 + 1) || (pages.count == 1 && !atTop) {
                pages[f.page][f.line] = ""
            }
        }

        for p in pages.indices {
            let z = zones(pages[p])
            for i in z.top + z.bottom where isPageNumber(pages[p][i]) { pages[p][i] = "" }
        }
    }

    /// `Page 3`, `Page 3 of 12`, `page 3 / 12`, `- 3 -`, `– 3 –`.
    static func isPageNumber(_ line: String) -> Bool {
        guard line.utf8.count <= 24, line.utf8.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        let words = line.lowercased().split(separator: " ")
        func number(_ w: Substring) -> Bool { !w.isEmpty && w.count <= 4 && w.allSatisfy(\.isASCIIDigit) }
        if words.first == "page" {
            if words.count == 2 { return number(words[1]) }
            if words.count == 4 { return number(words[1]) && (words[2] == "of" || words[2] == "/") && number(words[3]) }
            return false
        }
        if words.count == 3, ["-", "–", "—"].contains(words[0]), words[2] == words[0] { return number(words[1]) }
        return false
    }

    static func bareNumber(_ line: String) -> Int? {
        guard !line.isEmpty, line.count <= 4, line.allSatisfy(\.isASCIIDigit) else { return nil }
        return Int(line)
    }

    // MARK: Joining

    /// One list of lines. Each page's blank edges go; pages meet with a blank line, or with
    /// none when a sentence runs on over the break.
    static func joinPages(_ pages: [[String]]) -> [String] {
        var out: [String] = []
        for page in pages {
            guard let first = page.firstIndex(where: { !$0.isEmpty }), let last = page.lastIndex(where: { !$0.isEmpty }) else { continue }
            if let previous = out.last, !runsOn(previous, into: page[first]) { out.append("") }
            out.append(contentsOf: page[first...last])
        }
        return out
    }

    static func runsOn(_ line: String, into next: String) -> Bool {
        guard let end = line.unicodeScalars.last, !".:;!?".unicodeScalars.contains(end) else { return false }
        return next.unicodeScalars.first.map(isLowercase) == true
    }

    /// `…the con-` / `tributions of…` → `…the contributions of…`: the next line joins this
    /// one. Only lower-case on both sides: `Sub-` / `Committee` and `2022-` / `23` keep their
    /// line break. Built in place, so a chain of joins stays linear.
    static func joinHyphenatedLines(_ lines: inout [String], _ compounds: Compounds) {
        var out: [String] = []
        out.reserveCapacity(lines.count)
        for next in lines {
            guard let last = out.indices.last, let keepsHyphen = hyphenJoin(out[last], next, compounds) else {
                out.append(next)
                continue
            }
            if !keepsHyphen { out[last].unicodeScalars.removeLast() }
            out[last] += next
        }
        lines = out
    }

    /// Whether `line` and `next` join at a hyphen: nil for no, else whether the hyphen stays.
    static func hyphenJoin(_ line: String, _ next: String, _ compounds: Compounds) -> Bool? {
        let end = line.unicodeScalars.suffix(2)
        guard end.count == 2, isHyphen(end.last!), isLowercase(end.first!),
              next.unicodeScalars.first.map(isLowercase) == true else { return nil }
        // The word's two halves, each at most 64 letters: no compound is longer, and a page
        // of joins must not rescan one ever longer line.
        var head = String.UnicodeScalarView()
        var i = line.unicodeScalars.index(before: line.unicodeScalars.endIndex)
        while i > line.unicodeScalars.startIndex, head.count <= 64 {
            i = line.unicodeScalars.index(before: i)
            let s = line.unicodeScalars[i]
            guard isLetter(s) else { break }
            head.append(s)
        }
        let tail = next.unicodeScalars.prefix(65).prefix(while: isLetter)
        guard head.count <= 64, tail.count <= 64 else { return false }
        return compounds.knows(String(String.UnicodeScalarView(head.reversed())) + "-" + String(String.UnicodeScalarView(tail)))
    }

    static func isHyphen(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "\u{2010}" || s == "\u{00AD}" }

    // MARK: Letters, with ASCII (most of every page) kept off the Unicode tables

    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? ((s.value | 0x20) &- 0x61) < 26 : s.properties.isAlphabetic
    }

    static func isLowercase(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 ? (s.value &- 0x61) < 26 : s.properties.isLowercase
    }

    static func appendLowercased(_ s: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        if s.value < 0x80 {
            out.append((s.value &- 0x41) < 26 ? Unicode.Scalar(UInt8(s.value | 0x20)) : s)
        } else {
            out.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
        }
    }

    // MARK: Tables of labels and values

    /// A table of labels and values (`Decision Maker:` | `Cabinet`) comes out of the reading
    /// order as a block of labels, then a block of values. Three labels or more, a blank
    /// line, then exactly as many values: each label gets its value back on its line. A value
    /// that wrapped makes the counts differ, and then nothing is paired.
    static func pairLabelsWithValues(_ lines: inout [String]) {
        func isLabel(_ line: String) -> Bool { line.hasSuffix(":") && line.count <= 40 }
        var out: [String] = []
        out.reserveCapacity(lines.count)
        var i = 0
        while i < lines.count {
            guard isLabel(lines[i]), i == 0 || !isLabel(lines[i - 1]) else { out.append(lines[i]); i += 1; continue }
            var end = i
            while end < lines.count, isLabel(lines[end]) { end += 1 }
            let labels = end - i
            var valuesStart = end
            while valuesStart < lines.count, lines[valuesStart].isEmpty { valuesStart += 1 }
            var valuesEnd = valuesStart
            while valuesEnd < lines.count, valuesEnd - valuesStart <= labels, !lines[valuesEnd].isEmpty, !isLabel(lines[valuesEnd]) {
                valuesEnd += 1
            }
            let blockEnds = valuesEnd == lines.count || lines[valuesEnd].isEmpty
            if labels >= 3, valuesStart > end, blockEnds, valuesEnd - valuesStart == labels {
                for k in 0..<labels { out.append(lines[i + k] + " " + lines[valuesStart + k]) }
                i = valuesEnd
            } else {
                out.append(contentsOf: lines[i..<end])
                i = end
            }
        }
        lines = out
    }

    // MARK: Compounds

    /// Words the document writes with a hyphen inside a line (`long-term`, `Sub-Committee`),
    /// keyed by their letters in lower case (`longterm`): the evidence that a hyphen at a
    /// line end belongs to the word.
    struct Compounds {
        /// letters → hyphen positions (counted in letters)
        private var hyphens: [String: [Int]] = [:]
        /// Letters in each key: most words can be passed over without making a key.
        private var keyLengths: Set<Int> = []

        init(_ pages: [[String]]) {
            for page in pages {
                for line in page where line.utf8.contains(0x2D) {
                    for word in line.split(separator: " ") {
                        let core = word.unicodeScalars.drop { !isLetter($0) }
                        var letters = String.UnicodeScalarView()
                        var positions: [Int] = []
                        var valid = true
                        var previousWasHyphen = true
                        for s in core {
                            if isLetter(s) {
                                appendLowercased(s, to: &letters)
                                previousWasHyphen = false
                            } else if s == "-", !previousWasHyphen {
                                positions.append(letters.count)
                                previousWasHyphen = true
                            } else {
                                // Punctuation may end the word; anything else inside it
                                // (digits, a second hyphen in a row) is no compound.
                                valid = !("0"..."9").contains(s) && s != "-"
                                break
                            }
                        }
                        guard valid, !positions.isEmpty, !previousWasHyphen, positions.last! < letters.count else { continue }
                        hyphens[String(letters)] = positions
                        keyLengths.insert(letters.count)
                    }
                }
            }
        }

        var isEmpty: Bool { hyphens.isEmpty }

        /// Whether `word` (with its hyphens) is written so inside a line of the document.
        func knows(_ word: String) -> Bool {
            var lowered = String.UnicodeScalarView()
            for s in word.unicodeScalars where s != "-" { appendLowercased(s, to: &lowered) }
            let letters = String(lowered)
            guard let positions = hyphens[letters] else { return false }
            var count = 0, found: [Int] = []
            for s in word.unicodeScalars { if s == "-" { found.append(count) } else { count += 1 } }
            return found.allSatisfy(positions.contains)
        }

        /// `SUBCOMMITTEE` → `SUB-COMMITTEE` when `Sub-Committee` is written elsewhere. Words
        /// next to a hyphen or a digit are left alone (`Sub-Committee`, `2022`). Runs on
        /// every line: a key is made only for a word as long as some compound's letters.
        func restoringHyphens(_ line: String) -> String {
            let scalars = line.unicodeScalars
            func joins(_ s: Unicode.Scalar?) -> Bool { s.map { isHyphen($0) || ("0"..."9").contains($0) } ?? false }
            var edits: [(Range<String.Index>, [Int])] = []
            var previous: Unicode.Scalar?
            var i = scalars.startIndex
            while i < scalars.endIndex {
                guard isLetter(scalars[i]) else { previous = scalars[i]; i = scalars.index(after: i); continue }
                let start = i
                var length = 0
                while i < scalars.endIndex, isLetter(scalars[i]) { length += 1; i = scalars.index(after: i) }
                let after = i < scalars.endIndex ? scalars[i] : nil
                if length > 3, keyLengths.contains(length), !joins(previous), !joins(after) {
                    var key = String.UnicodeScalarView()
                    for s in scalars[start..<i] { appendLowercased(s, to: &key) }
                    if key.count == length, let positions = hyphens[String(key)] { edits.append((start..<i, positions)) }
                }
                previous = scalars[scalars.index(before: i)]
            }
            guard !edits.isEmpty else { return line }
            var out = String.UnicodeScalarView()
            var copied = scalars.startIndex
            for (range, positions) in edits {
                out.append(contentsOf: scalars[copied..<range.lowerBound])
                for (n, s) in scalars[range].enumerated() {
                    if positions.contains(n) { out.append("-") }
                    out.append(s)
                }
                copied = range.upperBound
            }
            out.append(contentsOf: scalars[copied...])
            return String(out)
        }
    }
}

private extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}
