/// A page as numbered, trimmed lines: what every reader walks.
///
/// Lines keep their 1-based number so each fact can point back to where it was read.
public struct PageText: Sendable {
    public let lines: [String]

    public init(_ text: String) {
        var result: [String] = []
        result.reserveCapacity(text.utf8.count / 40 + 1)
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            result.append(raw.trimmedSpaces().collapsingSpaces())
        }
        lines = result
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

public struct NumberedLine: Sendable, Equatable {
    public let text: String
    /// 1-based line number in the source file.
    public let number: Int
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

extension Substring {
    /// Runs of spaces become one: bullets followed by many spaces, pdftotext layout gaps.
    func collapsingSpaces() -> String {
        if !self.utf8.contains(0x20) { return String(self) }
        var previousSpace = false, needs = false
        for b in self.utf8 {
            if b == 0x20 { if previousSpace { needs = true; break }; previousSpace = true } else { previousSpace = false }
        }
        if !needs { return String(self) }
        var out = ""
        out.reserveCapacity(self.utf8.count)
        previousSpace = false
        for c in self.unicodeScalars {
            if c == " " {
                if previousSpace { continue }
                previousSpace = true
            } else {
                previousSpace = false
            }
            out.unicodeScalars.append(c)
        }
        return out
    }
}

extension String {
    /// Lowercased letters and digits separated by single spaces: the form used to compare
    /// titles, committee names and clauses across pages that punctuate differently.
    public var matchKey: String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in self.lowercased().unicodeScalars {
            if s.properties.isAlphabetic || ("0"..."9").contains(s) {
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(s)
            } else if s != "'" && s != "’" {
                pendingSpace = true
            }
        }
        return String(out)
    }

    func hasPrefixIgnoringCase(_ prefix: String) -> Bool {
        guard self.utf8.count >= prefix.utf8.count else { return false }
        return self.prefix(prefix.count).lowercased() == prefix.lowercased()
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
