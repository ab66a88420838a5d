/// File names as the file system has them (bytes) and as we show them (text).
///
/// A Linux name is any bytes but `/` and NUL: Latin-1 names from old zips (`Comit\xe9.txt`)
/// are not UTF-8, and a name may hold a newline or an escape. Files are opened by their
/// bytes; everything else (the report, the browser, `export`'s `sources[].path`, the cache)
/// uses the escaped text, which names the same file and nothing else:
///
/// - a backslash is written `\\`;
/// - each byte of a sequence that is not UTF-8, or of a character that must not reach a
///   terminal (C0 controls including newline and tab, DEL, C1 controls, bidi controls: the
///   characters `TerminalText` removes), is written `\xHH` (two lower-case hex digits);
/// - every other character is itself.
///
/// `bytes(_:)` reverses it exactly, so `new\nline.txt` (`new\x0aline.txt`) and
/// `new line.txt` stay two files.
public enum FileName {
    public static func escaped<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        let b = Array(bytes)
        // Most names are printable ASCII without a backslash: nothing to escape.
        if b.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != 0x5C }) { return String(decoding: b, as: UTF8.self) }
        var out = String.UnicodeScalarView()
        var i = 0
        while i < b.count {
            let length = sequenceLength(b, at: i)
            guard length > 0 else {
                appendHex(b[i], to: &out)
                i += 1
                continue
            }
            let scalar = decode(b[i..<(i + length)])
            if scalar == "\\" {
                out.append("\\"); out.append("\\")
            } else if TerminalText.isUnsafe(scalar) || scalar == "\n" || scalar == "\t" {
                for byte in b[i..<(i + length)] { appendHex(byte, to: &out) }
            } else {
                out.append(scalar)
            }
            i += length
        }
        return String(out)
    }

    /// The bytes an escaped name stands for (the inverse of `escaped`).
    public static func bytes(_ escaped: String) -> [UInt8] {
        var out: [UInt8] = []
        let s = Array(escaped.utf8)
        var i = 0
        while i < s.count {
            if s[i] == UInt8(ascii: "\\"), i + 1 < s.count {
                if s[i + 1] == UInt8(ascii: "\\") {
                    out.append(s[i]); i += 2; continue
                }
                if s[i + 1] == UInt8(ascii: "x"), i + 3 < s.count, let hi = hexValue(s[i + 2]), let lo = hexValue(s[i + 3]) {
                    out.append(hi << 4 | lo); i += 4; continue
                }
            }
            out.append(s[i])
            i += 1
        }
        return out
    }

    /// The C path (NUL-terminated bytes) of the file a corpus shows as `relative` (escaped)
    /// under the folder `root` (as given), for handing to the kernel or a program.
    public static func path(root: String, relative: String) -> [CChar] {
        var bytes = Array(root.utf8)
        if !bytes.isEmpty && bytes.last != 0x2F { bytes.append(0x2F) }
        bytes += Self.bytes(relative)
        return bytes.map { CChar(bitPattern: $0) } + [0]
    }

    /// The length of the well-formed UTF-8 sequence starting at `i`, or 0 (RFC 3629: no
    /// overlong forms, no surrogates, nothing past U+10FFFF).
    static func sequenceLength(_ b: [UInt8], at i: Int) -> Int {
        let lead = b[i]
        func continuation(_ k: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
            i + k < b.count && range.contains(b[i + k])
        }
        switch lead {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: return continuation(1) ? 2 : 0
        case 0xE0: return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
        case 0xED: return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
        case 0xE1...0xEF: return continuation(1) && continuation(2) ? 3 : 0
        case 0xF0: return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
        case 0xF4: return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
        default: return 0
        }
    }

    /// The scalar of a sequence `sequenceLength` found well-formed.
    private static func decode(_ sequence: ArraySlice<UInt8>) -> Unicode.Scalar {
        var bytes = sequence.makeIterator()
        let lead = UInt32(bytes.next()!)
        var value = sequence.count == 1 ? lead : lead & (0xFF >> (sequence.count + 1))
        while let next = bytes.next() { value = value << 6 | UInt32(next & 0x3F) }
        return Unicode.Scalar(value)!
    }

    private static func appendHex(_ byte: UInt8, to out: inout String.UnicodeScalarView) {
        let digits = Array("0123456789abcdef".unicodeScalars)
        out.append("\\"); out.append("x")
        out.append(digits[Int(byte >> 4)]); out.append(digits[Int(byte & 0xF)])
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): return c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): return c - UInt8(ascii: "A") + 10
        default: return nil
        }
    }
}

/// A C string of `bytes` for the duration of `body` (file names go to the kernel as bytes).
func withCPath<T>(_ bytes: [UInt8], _ body: (UnsafePointer<CChar>) -> T) -> T {
    (bytes + [0]).withUnsafeBufferPointer { buffer in
        buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { body($0) }
    }
}
