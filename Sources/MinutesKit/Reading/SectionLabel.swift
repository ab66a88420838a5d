import Foundation

/// The labels that split an item's body into sections (`Decision:`, `Minutes:`, ...),
/// in English and Welsh, with their decorated and plural forms (`Decision(s) made:`, `Penderfyniad:`).
public enum SectionLabel: Sendable, Equatable {
    case decision, minutes, reasons, alternatives, documents

    static let names: [(String, SectionLabel)] = [
        ("decision", .decision), ("decisions", .decision), ("decision made", .decision),
        ("decisions made", .decision), ("penderfyniad", .decision), ("penderfyniadau", .decision),
        ("the decision", .decision),
        ("minutes", .minutes), ("minute", .minutes), ("cofnodion", .minutes), ("cofnod", .minutes),
        ("reasons", .reasons), ("reason", .reasons), ("rhesymau", .reasons),
        ("reason for decision", .reasons), ("reasons for decision", .reasons),
        ("reason for the decision", .reasons), ("reasons for the decision", .reasons),
        ("reason s for decision", .reasons), ("reasons for decisions", .reasons),
        ("reason for decisions", .reasons), ("reasons for the decisions", .reasons),
        ("rheswm dros y penderfyniad", .reasons), ("rhesymau dros y penderfyniad", .reasons),
        ("rheswm am y penderfyniad", .reasons), ("rhesymau am y penderfyniad", .reasons),
        ("alternative options considered", .alternatives),
        ("alternative options considered and rejected", .alternatives),
        ("alternative options rejected", .alternatives), ("alternative options", .alternatives),
        ("other options considered", .alternatives), ("other options considered and rejected", .alternatives),
        ("other options", .alternatives),
        ("additional documents", .documents), ("supporting documents", .documents),
        ("dogfennau ychwanegol", .documents), ("accompanying documents", .documents),
    ]
    static let table: [String: SectionLabel] = Dictionary(names, uniquingKeysWith: { a, _ in a })

    /// Recognises `Decision:`, `Decision made (Unanimously):`, `Reason for Decision:` and a
    /// label alone on its line without a colon. Returns the label and any text after it.
    public static func match(_ line: String) -> (SectionLabel, String)? {
        // Every label starts with an ASCII capital; look for its colon in the first bytes
        // only, so long prose lines cost almost nothing.
        guard let first = line.utf8.first, (first &- 65) < 26 else { return nil }
        var colonOffset: Int?
        for (i, b) in line.utf8.prefix(121).enumerated() where b == 0x3A {
            colonOffset = i
            break
        }
        if let offset = colonOffset {
            let colon = line.utf8.index(line.utf8.startIndex, offsetBy: offset)
            let head = line[..<colon]
            guard head.count <= 60 else { return nil }
            var key = String(head)
            // `Decision made (Unanimously)`: the bracketed decoration does not change the label.
            if let open = key.firstIndex(of: "(") { key = String(key[..<open]) }
            if let label = table[key.matchKey] {
                var rest = line[line.index(after: colon)...]
                while rest.first == "-" || rest.first == " " { rest = rest.dropFirst() }
                return (label, String(rest))
            }
            return nil
        }
        if line.utf8.count <= 60, let label = table[line.matchKey] { return (label, "") }
        return dashed(line)
    }

    /// `Decision – (a) That …`, `REASONS FOR DECISION – To allow …`: a decision, reasons or
    /// options label run into its text with a dash. A decision so labelled must read as one
    /// (a clause, `That`, a sentence), so `Decision - School Transport` as a title is not.
    static func dashed(_ line: String) -> (SectionLabel, String)? {
        // A label's dash comes early: look for its first byte (`-` or the lead byte of `–`).
        guard line.utf8.prefix(64).contains(where: { $0 == 0x2D || $0 == 0xE2 }) else { return nil }
        guard let dash = ASCIIText.find(" – ", in: line, limit: 64) ?? ASCIIText.find(" - ", in: line, limit: 64) else {
            return nil
        }
        let head = String(decoding: line.utf8.prefix(dash), as: UTF8.self)
        guard let label = table[head.matchKey], label != .minutes, label != .documents else { return nil }
        let dashBytes = line.utf8.dropFirst(dash + 1).first == 0x2D ? 3 : 5
        let rest = String(decoding: line.utf8.dropFirst(dash + dashBytes), as: UTF8.self).trimmingSpacesString()
        guard !rest.isEmpty else { return nil }
        if label == .decision {
            guard ClauseMark.read(rest) != nil || rest.hasPrefix("That") || rest.hasPrefix("To ")
                    || ResolutionParsing.marker(rest) != nil || rest.hasSuffix(".") else { return nil }
        }
        return (label, rest)
    }
}

/// `[The decisions on this item can be called in by the X]` and its variants.
enum CallInNote {
    static func match(_ line: String) -> String? {
        guard ASCIIText.contains("call", in: line),
              ASCIIText.contains("called in by", in: line) || ASCIIText.contains("call-in by", in: line)
                || ASCIIText.contains("called-in by", in: line),
              let by = ASCIIText.find(" by ", in: line) else {
            return nil
        }
        var body = String(line.utf8.dropFirst(by + 4)) ?? ""
        while let last = body.last, last == "]" || last == "." || last == " " || last == ")" { body.removeLast() }
        if body.hasPrefixIgnoringCase("the ") { body = String(body.dropFirst(4)) }
        return body.isEmpty ? nil : body
    }
}
