import Foundation

/// Item numbers are free text (`45`, `4:`, `2.`, `1a`, `77/21`, `PLA146/14`, `28/12(b)`,
/// `(199)`): recognise them, keep them raw, and derive a key for matching across pages.
enum ItemNumbers {
    /// `Agenda Item 4`, `Agenda Items 2 and 3` alone on a line over the title (minutes
    /// whose paragraphs are numbered afresh under each item): the number, `2 and 3` as printed.
    static func agendaItemHeading(_ line: String) -> String? {
        guard line.utf8.count <= 40 else { return nil }
        let words = line.split(separator: " ")
        guard words.count >= 3, words[0].lowercased() == "agenda",
              words[1].lowercased() == "item" || words[1].lowercased() == "items" else { return nil }
        let rest = words[2...]
        for (k, w) in rest.enumerated() {
            let isJoin = k % 2 == 1 && (w == "and" || w == "&")
            let isNumber = k % 2 == 0 && w.first?.isNumber == true && w.count <= 4
                && w.allSatisfy({ $0.isNumber || $0.isLetter }) && w.filter(\.isLetter).count <= 1
            guard isJoin || isNumber else { return nil }
        }
        guard rest.count % 2 == 1 else { return nil }
        return rest.joined(separator: " ")
    }

    /// The number when `line` is only an item number.
    static func standalone(_ line: String) -> String? {
        // Called on every line of a meeting page: bytes only, no Foundation string search.
        guard !line.isEmpty, line.utf8.count <= 16, !line.utf8.contains(0x20) else { return nil }
        var digits = 0, letters = 0
        for b in line.utf8 {
            switch b {
            case 48...57: digits += 1
            case 65...90, 97...122: letters += 1
            case UInt8(ascii: "/"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "."), UInt8(ascii: ":"), UInt8(ascii: "-"): break
            default: return nil
            }
        }
        guard digits >= 1, letters <= 4 else { return nil }
        guard let first = line.utf8.first, (48...57).contains(first) || first == UInt8(ascii: "(") || (65...90).contains(first) else { return nil }
        // "2.00" is a time, not an item number; "4.2" and "1.1.3" are sub-items (a time
        // always has two digits after its dot). ("2021." may be a year: ItemSequence decides.)
        if line.utf8.contains(0x2E) && line.utf8.last != 0x2E && !isSubItem(line) { return nil }
        if letters > 0, (65...90).contains(first), !line.utf8.contains(0x2F) { return nil }
        return line
    }

    /// `4.2`, `1.1.3`: digits whose later parts are one digit each.
    static func isSubItem(_ line: String) -> Bool {
        let parts = line.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count >= 2, let first = parts.first, (1...3).contains(first.count), first.allSatisfy(\.isNumber) else { return false }
        return parts.dropFirst().allSatisfy { $0.count == 1 && $0.first!.isNumber }
    }

    /// `1 Apologies`, `45 Special Educational Needs ...`, `12. LICENSING ACT`: a number then
    /// a title starting with a capital or digit.
    static func leading(_ line: String) -> (number: String, rest: String)? {
        // A table row flattened to pipes: "| 01 | Apologies for Absence |".
        if line.hasPrefix("| ") { return leading(String(line.dropFirst(2))) }
        if let coded = codedLeading(line) { return coded }
        if let glued = gluedLeading(line) { return glued }
        guard let space = line.firstIndex(of: " ") else { return nil }
        let head = String(line[..<space])
        guard let number = standalone(head) ?? yearSequence(head, before: line[space...]) else { return nil }
        var rest = String(line[line.index(after: space)...]).trimmingSpacesString()
        // A saved HTML table row: "1 | Apologies for Absence".
        if rest.hasPrefix("| ") { rest = String(rest.dropFirst(2)) }
        guard let first = rest.unicodeScalars.first, first.properties.isUppercase || ("0"..."9").contains(first) else {
            return nil
        }
        return (number, rest)
    }

    /// `510/19Welcome and Apologies`: a minute number with its year, the title glued on by
    /// the PDF's text layer. Only the `n/yy` form: with a single digit or no slash the
    /// glue is as likely a figure in prose (`5Mb`).
    static func gluedLeading(_ line: String) -> (number: String, rest: String)? {
        let u = Array(line.utf8.prefix(9))
        var i = 0
        while i < u.count, (48...57).contains(u[i]) { i += 1 }
        guard (1...4).contains(i), i + 3 < u.count, u[i] == UInt8(ascii: "/"),
              (48...57).contains(u[i + 1]), (48...57).contains(u[i + 2]), (65...90).contains(u[i + 3]) else { return nil }
        let cut = line.utf8.index(line.utf8.startIndex, offsetBy: i + 3)
        return (String(line[..<cut]), String(line[cut...]))
    }

    /// `21.44 ELECTION OF CHAIR`: a parish council's minute number, the year then the
    /// sequence. It reads like a time (`21.44`), so only a title in capitals makes it one.
    static func yearSequence(_ head: String, before rest: Substring) -> String? {
        let parts = head.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 2, (1...3).contains(parts[1].count),
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              rest.contains(where: \.isLetter), !rest.contains(where: \.isLowercase) else { return nil }
        return head
    }

    /// `GMCA 96/19 APOLOGIES`: a body's code, then a minute number with its year.
    static func codedLeading(_ line: String) -> (number: String, rest: String)? {
        let parts = line.split(separator: " ", maxSplits: 2)
        guard parts.count == 3, (2...6).contains(parts[0].count), parts[0].allSatisfy({ $0.isASCII && $0.isUppercase }),
              parts[1].contains("/"), let n = standalone(String(parts[1])), n.first?.isNumber == true,
              let first = parts[2].unicodeScalars.first, first.properties.isUppercase else { return nil }
        return ("\(parts[0]) \(n)", String(parts[2]))
    }

    /// Leading integer of a number (`77/21` → 77, `4a` → 4, `(199)` → 199).
    static func value(_ number: String) -> Int? {
        // `21.44`: year then sequence; the sequence is what counts on.
        let parts = number.split(separator: ".")
        if parts.count == 2, parts[0].count == 2, parts[1].count >= 2, let seq = Int(parts[1]), Int(parts[0]) != nil { return seq }
        let digits = number.drop(while: { !$0.isNumber }).prefix(while: { $0.isNumber })
        return Int(digits)
    }

    /// A form that matches `77/21` with `77`, `4:` with `4`, `(199)` with `199` so the same
    /// item on two pages is recognised.
    static func key(_ number: String, year: Int?) -> String {
        var s = number.lowercased()
        while let last = s.last, last == "." || last == ":" || last == ")" && !s.contains("(") { s.removeLast() }
        if s.hasPrefix("("), s.hasSuffix(")") { s = String(s.dropFirst().dropLast()) }
        if let slash = s.lastIndex(of: "/") {
            let suffix = s[s.index(after: slash)...]
            if suffix.count == 2, let yy = Int(suffix), let year {
                if yy == year % 100 || yy == (year - 1) % 100 || yy == (year + 1) % 100 {
                    s = String(s[..<slash])
                }
            }
        }
        return s
    }
}

/// Cleans a title as printed: the item number repeated in front, the `pdf icon PDF 448 KB`
/// link residue behind, stray separators.
enum TitleCleaning {
    static func clean(_ raw: String, number: String?) -> String {
        var title = raw
        if let number, title.hasPrefix(number + " ") {
            title = String(title.dropFirst(number.count + 1))
        } else if let number, let (n, rest) = ItemNumbers.leading(title), ItemNumbers.key(n, year: nil) == ItemNumbers.key(number, year: nil) {
            title = rest
        }
        title = stripFileResidue(title)
        // Flattened table rows end in their empty cells' pipes.
        while let last = title.last, last == "-" || last == "–" || last == " " || last == ":" || last == "|" { title.removeLast() }
        return title.trimmingSpacesString()
    }

    /// `... pdf icon PDF 448 KB`, `... PDF 1 MB`, `(PDF 120KB)`.
    static func stripFileResidue(_ title: String) -> String {
        for residue in [" pdf icon", " eicon pdf", " word icon", " eicon word"] {
            if let at = ASCIIText.find(residue, in: title) { return String(decoding: title.utf8.prefix(at), as: UTF8.self) }
        }
        // `Minutes (233Kb)`: CMIS prints the linked file's size after the title.
        if title.hasSuffix("b)") || title.hasSuffix("B)"), let open = title.lastIndex(of: "(") {
            let inside = title[title.index(after: open)...].dropLast().lowercased().replacingOccurrences(of: " ", with: "")
            if inside.hasSuffix("kb") || inside.hasSuffix("mb"), inside.dropLast(2).allSatisfy({ $0.isNumber || $0 == "." }),
               inside.count > 2 {
                return String(title[..<open]).trimmingSpacesString()
            }
        }
        guard ASCIIText.contains(" pdf", in: title) else { return title }
        let lower = title.lowercased()
        for marker in [" pdf ", " (pdf "] {
            if let r = lower.range(of: marker, options: .backwards) {
                let tail = lower[r.upperBound...]
                if tail.hasSuffix("kb") || tail.hasSuffix("mb") || tail.hasSuffix("kb)") || tail.hasSuffix("mb)") {
                    return String(title[..<r.lowerBound])
                }
            }
        }
        return title
    }
}
