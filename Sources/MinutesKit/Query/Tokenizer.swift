/// Splits text into search tokens: runs of letters and digits, lowercased. Apostrophes are
/// dropped rather than splitting (`council's` → `councils`), matching `String.matchKey`, so a
/// query typed with or without them finds the same items.
public enum Tokenizer {
    public struct Token: Equatable, Sendable {
        public let text: String
        /// Position in the scanned text's unicode scalars, for snippets.
        public let start: String.UnicodeScalarView.Index
        public let end: String.UnicodeScalarView.Index
    }

    public static func tokens(in text: String) -> [Token] {
        var result: [Token] = []
        let scalars = text.unicodeScalars
        var current = String.UnicodeScalarView()
        var start: String.UnicodeScalarView.Index? = nil
        var last = scalars.startIndex
        var i = scalars.startIndex
        while i < scalars.endIndex {
            let s = scalars[i]
            if isWordScalar(s) {
                if start == nil { start = i }
                appendLowercased(s, to: &current)
                last = scalars.index(after: i)
            } else if (s == "'" || s == "’"), start != nil {
                // Inside a word: skip without ending it.
            } else if let st = start {
                result.append(Token(text: String(current), start: st, end: last))
                current = String.UnicodeScalarView()
                start = nil
            }
            i = scalars.index(after: i)
        }
        if let st = start { result.append(Token(text: String(current), start: st, end: last)) }
        return result
    }

    /// Token texts only: what the index stores and queries compare.
    public static func words(in text: String) -> [String] { tokens(in: text).map(\.text) }

    @inline(__always)
    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 {
            return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A)
        }
        return s.properties.isAlphabetic || s.properties.numericType == .decimal
    }

    @inline(__always)
    static func appendLowercased(_ s: Unicode.Scalar, to out: inout String.UnicodeScalarView) {
        let v = s.value
        if v < 0x80 {
            out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 0x20)! : s)
        } else {
            out.append(contentsOf: s.properties.lowercaseMapping.unicodeScalars)
        }
    }
}
