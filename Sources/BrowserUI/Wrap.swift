import MinutesKit
/// Word wrapping by display columns.
enum Wrap {
    /// Wraps one paragraph into lines no wider than `width`. The first line starts after
    /// `first` (e.g. ` 1. `), the rest after `rest` (a hanging indent). Words wider than a
    /// line are split by columns.
    static func paragraph(_ text: String, width: Int, first: String = "", rest: String = "") -> [String] {
        let clean = TextWidth.sanitised(text)
        let words = clean.split(separator: " ", omittingEmptySubsequences: true)
        var lines: [String] = []
        var line = first
        var lineCols = TextWidth.columns(of: first)
        var lineHasWord = false
        let restCols = TextWidth.columns(of: rest)
        guard width > restCols + 1, width > lineCols + 1 else {
            return [first + clean]
        }
        func flush() {
            lines.append(line)
            line = rest
            lineCols = restCols
            lineHasWord = false
        }
        for word in words {
            var w = String(word)
            var wCols = TextWidth.columns(of: w)
            let needed = (lineHasWord ? 1 : 0) + wCols
            if lineCols + needed <= width {
                if lineHasWord { line += " "; lineCols += 1 }
                line += w; lineCols += wCols; lineHasWord = true
                continue
            }
            if lineHasWord { flush() }
            // Split a word too long for a whole line.
            while lineCols + wCols > width {
                var head = "", headCols = 0
                var rem = Substring(w).unicodeScalars[...]
                while let s = rem.first {
                    let c = TextWidth.columns(of: s)
                    if lineCols + headCols + c > width { break }
                    head.unicodeScalars.append(s); headCols += c
                    rem = rem.dropFirst()
                }
                if head.isEmpty { break }
                line += head; lineCols += headCols; lineHasWord = true
                flush()
                w = String(String.UnicodeScalarView(rem))
                wCols = TextWidth.columns(of: w)
            }
            if !w.isEmpty { line += w; lineCols += wCols; lineHasWord = true }
        }
        if lineHasWord || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Wraps text with several paragraphs (separated by line breaks); blank lines between
    /// paragraphs are kept, runs of them collapsed to one.
    static func text(_ text: String, width: Int, indent: String = "") -> [String] {
        var out: [String] = []
        var lastBlank = true
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            let trimmed = raw.trimmed(of: " \t\u{A0}")
            if trimmed.isEmpty {
                if !lastBlank { out.append(""); lastBlank = true }
                continue
            }
            out += paragraph(trimmed, width: width, first: indent, rest: indent)
            lastBlank = false
        }
        while out.last == "" { out.removeLast() }
        return out
    }
}

extension StringProtocol {
    func trimmed(of set: String) -> String {
        let chars = Set(set)
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s = s.dropFirst() }
        while let l = s.last, chars.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
