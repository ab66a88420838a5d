/// Turns a file's bytes into clean text the readers can trust.
///
/// Order matters: strict UTF-8 first, then Windows-1252, because a
/// valid UTF-8 file is almost never valid CP1252 by accident but the reverse is common.
public enum TextDecoding {
    public enum Failure: Error, Equatable {
        case empty
        case binary
    }

    public enum Encoding: String, Sendable {
        case utf8, utf8BOM = "utf8-bom", utf16LE = "utf16le", utf16BE = "utf16be", windows1252
    }

    /// Decodes and sanitises. Throws `.empty` for files with no visible text and `.binary`
    /// for files that are not text at all.
    public static func decode(_ bytes: [UInt8]) throws -> (text: String, encoding: Encoding) {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw Failure.empty
        }
        let raw: String
        let encoding: Encoding
        if bytes.starts(with: [0xFF, 0xFE]) {
            raw = decodeUTF16(bytes.dropFirst(2), littleEndian: true); encoding = .utf16LE
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            raw = decodeUTF16(bytes.dropFirst(2), littleEndian: false); encoding = .utf16BE
        } else {
            if looksBinary(bytes) { throw Failure.binary }
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
            if let strict = String(validating: body, as: UTF8.self) {
                raw = strict
                encoding = body.count == bytes.count ? .utf8 : .utf8BOM
            } else {
                raw = decodeWindows1252(body); encoding = .windows1252
            }
        }
        let text = sanitise(raw)
        if text.unicodeScalars.allSatisfy({ $0 == " " || $0 == "\n" }) { throw Failure.empty }
        return (text, encoding)
    }

    /// NUL bytes or a high share of C0 controls in the first 8 KB mean this is not a text
    /// file, whatever its name says.
    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let head = bytes.prefix(8192)
        var controls = 0
        for b in head {
            if b == 0 { return true }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C && b != 0x1B { controls += 1 }
        }
        return controls * 20 > head.count
    }

    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = bytes.startIndex
        while i + 1 < bytes.endIndex {
            let a = UInt16(bytes[i]), b = UInt16(bytes[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }

    /// Windows-1252's 0x80–0x9F block; the five holes (81 8D 8F 90 9D) become U+FFFD.
    static let cp1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]

    static func decodeWindows1252(_ bytes: ArraySlice<UInt8>) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for b in bytes {
            let value: UInt32 = (0x80...0x9F).contains(b) ? cp1252High[Int(b) - 0x80] : UInt32(b)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }

    /// Normalises line ends to LF, NBSP and tabs to spaces, and makes every control,
    /// escape and bidi-override character visible as U+FFFD so that no document text can
    /// drive the terminal. Zero-width characters are dropped.
    public static func sanitise(_ text: String) -> String {
        if !needsSanitising(text) { return text }
        var copy = text
        return copy.withUTF8 { sanitiseBytes($0) }
    }

    /// The same rules on valid UTF-8 bytes: every character that needs work is recognised
    /// by its encoding, so the common case is a byte copy.
    static func sanitiseBytes(_ b: UnsafeBufferPointer<UInt8>) -> String {
        let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        let n = b.count
        while i < n {
            let c = b[i]
            if c < 0x80 {
                switch c {
                case 0x0D:
                    out.append(0x0A)
                    if i + 1 < n, b[i + 1] == 0x0A { i += 1 }
                case 0x0A: out.append(0x0A)
                case 0x09, 0x0B, 0x0C: out.append(0x20)
                case 0x00...0x1F, 0x7F: out.append(contentsOf: replacement)
                default: out.append(c)
                }
                i += 1
                continue
            }
            if c == 0xC2, i + 1 < n {
                let d = b[i + 1]
                if d == 0xA0 { out.append(0x20); i += 2; continue }          // NBSP
                if d == 0xAD { i += 2; continue }                           // soft hyphen
                if d >= 0x80 && d <= 0x9F { out.append(contentsOf: replacement); i += 2; continue } // C1
            } else if c == 0xE2, i + 2 < n {
                let d = b[i + 1], e = b[i + 2]
                if d == 0x80 {
                    switch e {
                    case 0x87, 0xAF: out.append(0x20); i += 3; continue      // figure, narrow NBSP
                    case 0x8B, 0x8C, 0x8D: i += 3; continue                  // zero-width
                    case 0x8E, 0x8F, 0xA8, 0xA9, 0xAA...0xAE: out.append(contentsOf: replacement); i += 3; continue
                    default: break
                    }
                } else if d == 0x81 {
                    if e == 0xA0 { i += 3; continue }                        // word joiner
                    if e >= 0xA6 && e <= 0xA9 { out.append(contentsOf: replacement); i += 3; continue } // isolates
                }
            } else if c == 0xEF, i + 2 < n, b[i + 1] == 0xBB, b[i + 2] == 0xBF {
                i += 3; continue                                             // BOM / ZWNBSP
            } else if c == 0xD8, i + 1 < n, b[i + 1] == 0x9C {
                out.append(contentsOf: replacement); i += 2; continue        // Arabic letter mark
            }
            out.append(c)
            i += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Scalar-by-scalar reference for `sanitiseBytes`, kept for the tests that compare them.
    static func sanitiseScalars(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var previousWasCR = false
        for s in text.unicodeScalars {
            let v = s.value
            if v == 0x0D { out.append("\n"); previousWasCR = true; continue }
            if v == 0x0A { if !previousWasCR { out.append("\n") }; previousWasCR = false; continue }
            previousWasCR = false
            switch v {
            case 0x09, 0xA0, 0x2007, 0x202F, 0x0C, 0x0B: out.append(" ")
            case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD: continue
            case 0x00...0x1F, 0x7F, 0x80...0x9F, 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F,
                 0x061C, 0x2028, 0x2029:
                out.append("\u{FFFD}")
            default: out.append(s)
            }
        }
        return String(out)
    }

    /// Fast path: most files hold nothing to clean, and a byte scan is far cheaper than
    /// rebuilding the string scalar by scalar.
    static func needsSanitising(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { needsSanitising(bytes: $0) }
    }

    static func needsSanitising(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var utf8 = bytes.makeIterator()
        var prev: UInt8 = 0, prev2: UInt8 = 0
        while let b = utf8.next() {
            if b < 0x20 && b != 0x0A { return true }
            if b == 0x7F { return true }
            if prev == 0xC2 && (b >= 0x80 && b <= 0xA0 || b == 0xAD) { return true }
            if prev2 == 0xE2 && prev == 0x80 && (b == 0x87 || (0x8B...0x8F).contains(b) || (0xA8...0xAF).contains(b)) { return true }
            if prev2 == 0xE2 && prev == 0x81 && (b == 0xA0 || (0xA6...0xA9).contains(b)) { return true }
            if prev2 == 0xEF && prev == 0xBB && b == 0xBF { return true }
            if prev == 0xD8 && b == 0x9C { return true }
            prev2 = prev; prev = b
        }
        return false
    }
}
