/// Display width and sanitising of untrusted document text.
///
/// One measure for every column we lay out, in the browser and in the command line's
/// tables: BrowserUI may not import ncurses, yet every column it lays out must be the column
/// ncurses draws into. `columns(of:)` therefore reproduces glibc's `wcwidth` (see WidthTables.swift)
/// and `sanitised` removes what wcwidth and ncurses disagree on: control characters, which
/// wcwidth calls 0 columns and ncurses draws as `^X` in two.
public enum TextWidth {
    /// Columns one scalar takes on the terminal: 0, 1 or 2. Controls count 1 because
    /// `sanitised` has turned them into a visible placeholder by the time they are drawn.
    public static func columns(of scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return 1 }
        if contains(WidthTables.zero, v) { return 0 }
        if v >= 0x1100, contains(WidthTables.wide, v) { return 2 }
        return 1
    }

    /// Columns a whole string takes, once sanitised.
    public static func columns(of text: some StringProtocol) -> Int {
        var total = 0
        for s in text.unicodeScalars { total += columns(of: s) }
        return total
    }

    private static func contains(_ table: [(UInt32, UInt32)], _ v: UInt32) -> Bool {
        var lo = 0, hi = table.count - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            let (a, b) = table[mid]
            if v < a { hi = mid - 1 } else if v > b { lo = mid + 1 } else { return true }
        }
        return false
    }

    /// Replaces what must never reach the terminal. C0 controls become the matching
    /// Control Pictures glyph (ESC shows as ␛), tab becomes a space, C1 controls and bidi
    /// overrides become U+FFFD, line and paragraph separators become spaces, soft hyphens
    /// (1 column in glibc, invisible in most terminals) are dropped.
    public static func sanitised(_ text: some StringProtocol) -> String {
        var clean = true
        for s in text.unicodeScalars where needsReplacing(s) { clean = false; break }
        if clean { return String(text) }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            let v = s.value
            switch v {
            case 0x09, 0x0A, 0x0D, 0x2028, 0x2029: out.append(" ")
            case 0x00..<0x20: out.append(Unicode.Scalar(0x2400 + v)!)
            case 0x7F: out.append("\u{2421}")
            case 0xAD: continue
            case 0x80..<0xA0, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: out.append("\u{FFFD}")
            default: out.append(s)
            }
        }
        return String(out)
    }

    @inline(__always)
    private static func needsReplacing(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x20 || v == 0x7F || (v >= 0x80 && v < 0xA0) || v == 0xAD { return true }
        if v < 0x200E { return false }
        return v == 0x200E || v == 0x200F || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || v == 0x2028 || v == 0x2029
    }
}
