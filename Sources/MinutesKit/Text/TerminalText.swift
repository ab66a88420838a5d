/// Text measured and cleaned for a terminal cell grid.
///
/// Document text is untrusted (DESIGN: "control and escape characters never reach the
/// terminal"). The loader already strips them, but every printer goes through `terminalSafe`
/// as well, so a model built some other way (tests, a future reader) cannot smuggle an ESC
/// sequence into a user's terminal.
public enum TerminalText {
    /// Removes C0 and C1 control characters, DEL and bidirectional overrides. Newlines are
    /// kept when `keepNewlines` is true; tabs become spaces.
    public static func safe(_ text: String, keepNewlines: Bool = true) -> String {
        var needsWork = false
        for s in text.unicodeScalars where isUnsafe(s) || s == "\t" || (!keepNewlines && s == "\n") {
            needsWork = true
            break
        }
        if !needsWork { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if s == "\n" {
                out.append(keepNewlines ? "\n" : " ")
            } else if s == "\t" {
                out.append(" ")
            } else if !isUnsafe(s) {
                out.append(s)
            }
        }
        return String(out)
    }

    /// One line for a table cell or a heading: unsafe characters removed, line breaks and
    /// runs of spaces collapsed to one space, ends trimmed.
    public static func singleLine(_ text: String) -> String {
        let cleaned = safe(text, keepNewlines: false)
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in cleaned.unicodeScalars {
            if s == " " || s == "\r" {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" ") }
                pendingSpace = false
                out.append(s)
            }
        }
        return String(out)
    }

    static func isUnsafe(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x20 { return v != 0x0A && v != 0x09 }
        if v == 0x7F || (0x80...0x9F).contains(v) { return true }
        // Bidi embeddings, overrides and isolates can reorder what the reader sees.
        if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) { return true }
        return false
    }

    /// Terminal cells a string occupies: wide East Asian characters and emoji take two,
    /// combining marks and zero-width characters none.
    public static func width(_ text: String) -> Int {
        var total = 0
        for c in text { total += width(c) }
        return total
    }

    /// Per scalar, as glibc's `wcwidth` and tmux count (❤️ is 1, 🚀 is 2): the same measure
    /// the browser uses (`TextWidth`), so tables and panes agree with the terminal.
    public static func width(_ c: Character) -> Int {
        c.unicodeScalars.reduce(0) { $0 + width($1) }
    }

    public static func width(_ s: Unicode.Scalar) -> Int {
        let v = s.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return 0 }
        return TextWidth.columns(of: s)
    }

    /// Cuts `text` to at most `maxWidth` cells, ending in `…` when anything was cut.
    public static func truncate(_ text: String, toWidth maxWidth: Int) -> String {
        if width(text) <= maxWidth { return text }
        if maxWidth <= 0 { return "" }
        var out = ""
        var used = 0
        for c in text {
            let w = width(c)
            if used + w > maxWidth - 1 { break }
            out.append(c)
            used += w
        }
        while out.last == " " { out.removeLast() }
        return out + "…"
    }

    /// Pads with spaces to `width` cells (left-aligned) or right-aligns.
    public static func pad(_ text: String, toWidth target: Int, rightAligned: Bool = false) -> String {
        let gap = max(0, target - width(text))
        let spaces = String(repeating: " ", count: gap)
        return rightAligned ? spaces + text : text + spaces
    }

    /// Wraps text to `width` cells at spaces, keeping the text's own line breaks; words
    /// longer than the width are split. Each output line is prefixed with `indent`.
    public static func wrap(_ text: String, width: Int, indent: String = "") -> [String] {
        let available = max(10, width - self.width(indent))
        var lines: [String] = []
        for paragraph in safe(text).split(separator: "\n", omittingEmptySubsequences: false) {
            let words = paragraph.split(separator: " ")
            if words.isEmpty { lines.append(""); continue }
            var line = ""
            var lineWidth = 0
            for wordSub in words {
                var word = String(wordSub)
                var wordWidth = self.width(word)
                if lineWidth > 0 && lineWidth + 1 + wordWidth > available {
                    lines.append(indent + line)
                    line = ""; lineWidth = 0
                }
                while wordWidth > available {
                    // A URL or a long reference: split it hard.
                    var head = "", used = 0
                    var rest = Substring(word)
                    while let c = rest.first, used + self.width(c) <= available - lineWidth - (lineWidth > 0 ? 1 : 0) {
                        head.append(c); used += self.width(c); rest = rest.dropFirst()
                    }
                    if head.isEmpty {
                        lines.append(indent + line); line = ""; lineWidth = 0
                        continue
                    }
                    line += (lineWidth > 0 ? " " : "") + head
                    lines.append(indent + line)
                    line = ""; lineWidth = 0
                    word = String(rest); wordWidth = self.width(word)
                }
                if word.isEmpty { continue }
                if lineWidth > 0 { line += " "; lineWidth += 1 }
                line += word
                lineWidth += wordWidth
            }
            lines.append(indent + line)
        }
        while lines.last == "" || lines.last == indent { lines.removeLast() }
        return lines.map { $0.allSatisfy { $0 == " " } ? "" : $0 }
    }
}
