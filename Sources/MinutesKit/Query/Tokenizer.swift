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
    ///
    /// One loop with plain locals and no nested functions: a nested `flush()` capturing the
    /// word buffer made Swift check exclusive access at run time on every byte appended,
    /// a fifth of the index build.
    static func forEachWordBytes(in text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var copy = text
        copy.withUTF8 { b in
            var capacity = 64
            var word = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity)
            defer { word.deallocate() }
            var length = 0
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i]
                var append: UInt8 = 0 // 0: ends the word (or, for a scalar, see below)
                if c < 0x80 {
                    i += 1
                    if (c &- 0x30) < 10 || (c &- 0x61) < 26 {
                        append = c
                    } else if (c &- 0x41) < 26 {
                        append = c | 0x20
                    } else if c == 0x27, length > 0 {
                        continue // apostrophe inside a word: dropped, the word goes on
                    }
                    if append != 0 {
                        if length == capacity {
                            let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
                            bigger.update(from: word, count: length)
                            word.deallocate()
                            word = bigger
                            capacity *= 2
                        }
                        word[length] = append
                        length += 1
                    } else if length > 0 {
                        body(UnsafeBufferPointer(start: word, count: length))
                        length = 0
                    }
                    continue
                }
                // Decode one scalar.
                var size = 1
                var value: UInt32 = 0
                if c >= 0xF0, i + 3 < n {
                    size = 4
                    value = UInt32(c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F)
                } else if c >= 0xE0, i + 2 < n {
                    size = 3
                    value = UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                } else if c >= 0xC0, i + 1 < n {
                    size = 2
                    value = UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F)
                }
                i += size
                var isWord = false
                if let scalar = Unicode.Scalar(value) {
                    if scalar == "’" {
                        if length > 0 { continue } // inside a word: dropped, the word goes on
                    } else if (0x2000...0x206F).contains(value) || (0x80...0xBF).contains(value) && value != 0xAA && value != 0xB5 && value != 0xBA {
                        // general punctuation and Latin-1 symbols: separators
                    } else if isWordScalar(scalar) {
                        isWord = true
                        for u in scalar.properties.lowercaseMapping.utf8 {
                            if length == capacity {
                                let bigger = UnsafeMutablePointer<UInt8>.allocate(capacity: capacity * 2)
                                bigger.update(from: word, count: length)
                                word.deallocate()
                                word = bigger
                                capacity *= 2
                            }
                            word[length] = u
                            length += 1
                        }
                    }
                }
                if !isWord, length > 0 {
                    body(UnsafeBufferPointer(start: word, count: length))
                    length = 0
                }
            }
            if length > 0 { body(UnsafeBufferPointer(start: word, count: length)) }
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
