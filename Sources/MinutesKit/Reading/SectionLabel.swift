import Foundation

/// The labels that split an item's body into sections (`Decision:`, `Minutes:`, ...),
/// in English and Welsh, with the decorated and plural forms of FORMATS.md variation 2.
public enum SectionLabel: Sendable, Equatable {
    case decision, minutes, reasons, alternatives, documents

    static let names: [(String, SectionLabel)] = [
        ("decision", .decision), ("decisions", .decision), ("decision made", .decision),
        ("decisions made", .decision), ("penderfyniad", .decision), ("penderfyniadau", .decision),
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
        ("additional documents", .documents), ("supporting documents", .documents),
        ("dogfennau ychwanegol", .documents), ("accompanying documents", .documents),
    ]
    static let table: [String: SectionLabel] = Dictionary(names, uniquingKeysWith: { a, _ in a })

    /// Recognises `Decision:`, `Decision made (Unanimously):`, `Reason for Decision:` and a
    /// label alone on its line without a colon. Returns the label and any text after it.
    public static func match(_ line: String) -> (SectionLabel, String)? {
        guard let first = line.unicodeScalars.first,
              first.properties.isUppercase else { return nil }
        if let colon = line.firstIndex(of: ":") {
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
        if let label = table[line.matchKey], line.count <= 50 { return (label, "") }
        return nil
    }
}

/// `[The decisions on this item can be called in by the X]` and its variants.
enum CallInNote {
    static func match(_ line: String) -> String? {
        let lower = line.lowercased()
        guard lower.contains("called in by") || lower.contains("call-in by") || lower.contains("called-in by") else {
            return nil
        }
        guard let range = lower.range(of: " by ") else { return nil }
        var body = String(line[range.upperBound...])
        while let last = body.last, last == "]" || last == "." || last == " " || last == ")" { body.removeLast() }
        if body.hasPrefixIgnoringCase("the ") { body = String(body.dropFirst(4)) }
        return body.isEmpty ? nil : body
    }
}
