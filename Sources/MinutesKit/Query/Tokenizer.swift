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
    public static func words(in text: String) -> [String] {
        var out: [String] = []
        forEachWord(in: text) { out.append($0) }
        return out
    }

    /// The same tokens as `tokens(in:)`, without positions, straight from the UTF-8 bytes:
    /// building the index calls this over the whole corpus, so ASCII and the common
    /// punctuation of council pages never go through Unicode property lookups.
    public static func forEachWord(in text: String, _ body: (String) -> Void) {
        forEachWordBytes(in: text) { body(String(decoding: $0, as: UTF8.self)) }
    }

    /// Each token as lowercase UTF-8 bytes in a reused buffer: valid only during the call.
    static func forEachWordBytes(in text: String, _ body: (ArraySlice<UInt8>) -> Void) {
        var copy = text
        copy.withUTF8 { b in
            var word: [UInt8] = []
            word.reserveCapacity(32)
            @inline(__always) func flush() {
                if !word.isEmpty {
                    body(word[...])
                    word.removeAll(keepingCapacity: true)
                }
            }
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i]
                if c < 0x80 {
                    if (c &- 0x30) < 10 || (c &- 0x61) < 26 {
                        word.append(c)
                    } else if (c &- 0x41) < 26 {
                        word.append(c | 0x20)
                    } else if c == 0x27, !word.isEmpty {
                        // apostrophe inside a word: dropped, the word goes on
                    } else {
                        flush()
                    }
                    i += 1
                    continue
                }
                // Decode one scalar.
                var length = 1
                var value: UInt32 = 0
                if c >= 0xF0, i + 3 < n {
                    length = 4
                    value = UInt32(c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
                } else if c >= 0xE0, i + 2 < n {
                    length = 3
                    value = UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                } else if c >= 0xC0, i + 1 < n {
                    length = 2
                    value = UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
                }
                i += length
                guard let scalar = Unicode.Scalar(value) else { flush(); continue }
                if scalar == "’" {
                    if word.isEmpty { flush() }
                    continue
                }
                if (0x2000...0x206F).contains(value) || (0x80...0xBF).contains(value) && value != 0xAA && value != 0xB5 && value != 0xBA {
                    flush() // general punctuation and Latin-1 symbols: separators
                    continue
                }
                if isWordScalar(scalar) {
                    word.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                } else {
                    flush()
                }
            }
            flush()
        }
    }

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
