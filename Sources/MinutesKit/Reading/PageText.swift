/// A page as numbered, trimmed lines: what every reader walks.
///
/// Lines keep their 1-based number so each fact can point back to where it was read.
public struct PageText: Sendable {
    public let lines: [String]

    /// One pass over the bytes: split at LF, trim spaces, collapse runs of spaces. Splitting
    /// a String by Character would run grapheme breaking over every byte of the page.
    public init(_ text: String) {
        var text = text
        lines = text.withUTF8 { bytes in
            var result: [String] = []
            result.reserveCapacity(bytes.count / 40 + 1)
            var line: [UInt8] = []
            line.reserveCapacity(256)
            var pendingSpace = false
            for b in bytes {
                if b == 0x0A {
                    result.append(String(decoding: line, as: UTF8.self))
                    line.removeAll(keepingCapacity: true)
                    pendingSpace = false
                } else if b == 0x20 {
                    pendingSpace = !line.isEmpty
                } else {
                    if pendingSpace { line.append(0x20); pendingSpace = false }
                    line.append(b)
                }
            }
            result.append(String(decoding: line, as: UTF8.self))
            return result
        }
    }

    public init(lines: [String]) { self.lines = lines }

    public var count: Int { lines.count }
    public subscript(i: Int) -> String { lines[i] }

    /// Index of the next line at or after `i` holding text, or nil.
    public func nextNonBlank(from i: Int) -> Int? {
        var j = i
        while j < lines.count {
            if !lines[j].isEmpty { return j }
            j += 1
        }
        return nil
    }
}

extension StringProtocol {
    /// Trims ASCII spaces only: the decoder has already turned tabs and NBSP into spaces.
    func trimmedSpaces() -> Substring {
        let whole = Substring(self)
        let u = whole.utf8
        var start = u.startIndex, end = u.endIndex
        while start < end, u[start] == 0x20 { start = u.index(after: start) }
        while end > start, u[u.index(before: end)] == 0x20 { end = u.index(before: end) }
        return Substring(u[start..<end])
    }
}

extension String {
    /// Lowercased letters and digits separated by single spaces: the form used to compare
    /// titles, committee names and clauses across pages that punctuate differently.
    public var matchKey: String {
        var copy = self
        return copy.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var pendingSpace = false
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    let l = ASCIIText.lower(b)
                    if (l &- 97) < 26 || (l &- 48) < 10 {
                        if pendingSpace && !out.isEmpty { out.append(0x20) }
                        pendingSpace = false
                        out.append(l)
                    } else if b != 0x27 {
                        pendingSpace = true
                    }
                    i += 1
                } else if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
                    // General punctuation (– — ‘ ’ “ ” … •): a separator, but ’ joins "council’s".
                    if bytes[i + 2] != 0x99 { pendingSpace = true }
                    i += 3
                } else if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] < 0xC0,
                          bytes[i + 1] != 0xAA, bytes[i + 1] != 0xB5, bytes[i + 1] != 0xBA {
                    pendingSpace = true // £ · NBSP and the rest of Latin-1 punctuation
                    i += 2
                } else {
                    // Letters beyond ASCII (â, ŵ, é, CJK): the full Unicode rules.
                    return String(self).unicodeMatchKey
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    var unicodeMatchKey: String {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var pendingSpace = false
        @inline(__always) func separate() {
            if pendingSpace && !out.isEmpty { out.append(0x20) }
            pendingSpace = false
        }
        for s in unicodeScalars {
            let v = s.value
            if v < 0x80 {
                // ASCII, the bulk of every page: no Unicode property lookups.
                let b = ASCIIText.lower(UInt8(v))
                if (b &- 97) < 26 || (b &- 48) < 10 {
                    separate()
                    out.append(b)
                } else if b != 0x27 {
                    pendingSpace = true
                }
            } else if v == 0x2019 {
                continue // ’ as in council’s
            } else if s.properties.isAlphabetic {
                separate()
                for l in s.properties.lowercaseMapping.utf8 { out.append(l) }
            } else {
                pendingSpace = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `prefix` must be lowercase ASCII.
    func hasPrefixIgnoringCase(_ prefix: String) -> Bool {
        ASCIIText.hasPrefix(self, lowercase: prefix)
    }

    /// True when no lowercase letter appears (headings in capitals).
    var isAllCaps: Bool {
        var sawLetter = false
        for s in unicodeScalars where s.properties.isAlphabetic {
            sawLetter = true
            if s.properties.isLowercase { return false }
        }
        return sawLetter
    }
}
