import Foundation

/// Finds what was resolved in a block of decision or minutes text (FORMATS.md variation 5).
///
/// `RESOLVED:`, `RESOLVED –`, `RESOLVED` alone, `RESOLVED:That`, `It was RESOLVED that`,
/// `The Committee resolved:-`, `AGREED that:`, Welsh `PENDERFYNWYD`. `To RESOLVE` in agenda
/// text is a proposal and is not matched.
enum ResolutionParsing {
    struct Result {
        /// Lines before the first marker: the minutes narrative.
        var before: [String] = []
        var clauses: [String] = []
        /// Lines after the resolutions stopped (a section label, a call-in note).
        var after: [String] = []
        var foundMarker = false
    }

    /// If `line` opens a resolution, the text that follows the marker on the same line.
    static func marker(_ line: String) -> String? {
        // Markers open with R(ESOLVED), A(GREED), P(ENDERFYNWYD), I(t was) or T(he ...):
        // most lines are rejected on their first byte.
        guard let first = line.utf8.first, first == 0x52 || first == 0x41 || first == 0x50 || first == 0x49
                || first == 0x54 || first == 0x69 || first == 0x74 else { return nil }
        for word in ["RESOLVED", "AGREED", "PENDERFYNWYD", "Penderfynwyd", "Resolved"] {
            if line.hasPrefix(word) {
                let rest = line.dropFirst(word.count)
                if word == "Resolved" || word == "Penderfynwyd" {
                    // Title case only counts with punctuation: "Resolved that" in prose is rare
                    // but "Resolved:" as a label is common.
                    guard rest.first == ":" || rest.first == " " && rest.dropFirst().hasPrefix("that") || rest.isEmpty || rest.first == " " && rest.dropFirst().first == "–" else { continue }
                }
                if let next = rest.first, next.isLetter, !(word == "RESOLVED" && rest.hasPrefix("That")) {
                    continue // "RESOLVEDLY"
                }
                return stripLeadIn(rest)
            }
        }
        for lead in ["it was resolved", "it was unanimously resolved", "it was agreed", "it was therefore resolved"] {
            if ASCIIText.hasPrefix(line, lowercase: lead) { return stripLeadIn(Substring(line.utf8.dropFirst(lead.utf8.count))) }
        }
        // "The Committee resolved:-", "The Cabinet RESOLVED that": a short subject then resolved.
        if ASCIIText.hasPrefix(line, lowercase: "the "), let at = ASCIIText.find(" resolved", in: line, limit: 50), at <= 40 {
            let subject = line.utf8.prefix(at)
            let after = Substring(line.utf8.dropFirst(at + " resolved".utf8.count))
            if after.isEmpty || after.first == ":" || after.first == " " || after.first == "-" || after.first == "–" {
                let subjectText = String(decoding: subject, as: UTF8.self)
                if !ASCIIText.contains(" was", in: subjectText) && !ASCIIText.contains(" had", in: subjectText)
                    && !subjectText.contains(",") {
                    return stripLeadIn(after)
                }
            }
        }
        return nil
    }

    /// `: - – that` between a marker and the clause text.
    static func stripLeadIn(_ s: Substring) -> String {
        var rest = s
        while let c = rest.first, c == ":" || c == "-" || c == "–" || c == "—" || c == " " || c == "," {
            rest = rest.dropFirst()
        }
        if rest.hasPrefix("that:") { rest = rest.dropFirst(5) }
        while let c = rest.first, c == ":" || c == " " || c == "-" { rest = rest.dropFirst() }
        // "RESOLVED that the report be noted" reads as a clause starting "That".
        if rest.hasPrefix("that ") { return "T" + rest.dropFirst() }
        return String(rest)
    }

    /// Where a clause's own number or bullet ends: `1.`, `(2)`, `a)`, `(iv)`, `·`, `•`.
    static func clauseMarkerLength(_ line: String) -> Int? {
        let u = Array(line.utf8.prefix(8))
        guard !u.isEmpty else { return nil }
        var i = 0
        let bullets: Set<String> = ["·", "•", "-", "–", "*", "▪", "o"]
        if let first = line.first, bullets.contains(String(first)), line.dropFirst().first == " " {
            return String(first).utf8.count + 1
        }
        let open = u[0] == UInt8(ascii: "(")
        if open { i = 1 }
        let startBody = i
        var digits = 0, letters = 0
        while i < u.count, (48...57).contains(u[i]) { i += 1; digits += 1 }
        if digits == 0 {
            while i < u.count, (97...122).contains(u[i]) || (65...90).contains(u[i]) { i += 1; letters += 1 }
            guard letters >= 1 else { return nil }
            let word = String(decoding: u[startBody..<i], as: UTF8.self).lowercased()
            let isRoman = word.allSatisfy { "ivx".contains($0) } && letters <= 5
            guard letters == 1 || isRoman else { return nil }
        }
        guard digits <= 2, i < u.count else { return nil }
        if open {
            guard u[i] == UInt8(ascii: ")") else { return nil }
            i += 1
        } else {
            guard u[i] == UInt8(ascii: ".") || u[i] == UInt8(ascii: ")") else { return nil }
            i += 1
        }
        // A clause marker is followed by a space or ends the line ("1." alone, list flattened).
        if i < u.count, u[i] != UInt8(ascii: " ") { return nil }
        if i < u.count { i += 1 }
        // A single capital letter then "." is usually an initial ("A. Smith"), not a clause.
        if digits == 0, letters == 1, !open, (65...90).contains(u[startBody]) { return nil }
        return i
    }

    static func parse(_ lines: [String], wholeBlockIsDecision: Bool) -> Result {
        var result = Result()
        var index = 0
        var startText: String?
        while index < lines.count {
            if let m = marker(lines[index]) {
                startText = m
                result.foundMarker = true
                break
            }
            result.before.append(lines[index])
            index += 1
        }
        if !result.foundMarker {
            guard wholeBlockIsDecision else {
                // Minutes with no marker: a closing "The report was noted." still records what
                // was decided.
                if let last = lines.last(where: { !$0.isEmpty }), isNotingSentence(last) {
                    result.clauses = [last]
                    result.before = Array(lines.prefix(while: { $0 != last }))
                }
                return result
            }
            result.before = []
            index = 0
            startText = nil
        } else {
            index += 1
        }
        var clauses: [String] = []
        var current: String?
        var sawBlank = false
        // "RESOLVED to recommend to Council:" then (a), (b), (c): the lead-in is not a
        // decision of its own; each lettered clause carries it so it reads whole when cited.
        var leadIn: String?
        var leadInUsed = false
        var currentIsMarked = false
        func flush() {
            if let c = current?.trimmedSpaces(), !c.isEmpty {
                let text = String(c)
                if currentIsMarked, let lead = leadIn {
                    clauses.append(lead + " " + text)
                    leadInUsed = true
                } else {
                    if let lead = leadIn, !leadInUsed { clauses.append(lead) }
                    leadIn = nil
                    if text.hasSuffix(":") && !currentIsMarked {
                        leadIn = text
                        leadInUsed = false
                    } else {
                        clauses.append(text)
                    }
                }
            }
            current = nil
            currentIsMarked = false
        }
        if let s = startText, !s.isEmpty {
            current = clauseBody(s)
        }
        while index < lines.count {
            let line = lines[index]
            if line.isEmpty { sawBlank = true; index += 1; continue }
            if SectionLabel.match(line) != nil || CallInNote.match(line) != nil || isStopLine(line) {
                break
            }
            if marker(line) != nil, current != nil || !clauses.isEmpty {
                // A second RESOLVED in the same block starts its own clauses.
                flush()
                if let m = marker(line), !m.isEmpty { current = m }
                index += 1
                sawBlank = false
                continue
            }
            // "Actions/further information to be provided:" after the clauses: a new heading.
            if sawBlank, line.hasSuffix(":"), line.count < 80, current != nil || !clauses.isEmpty,
               clauseMarkerLength(line) == nil {
                break
            }
            if let len = clauseMarkerLength(line) {
                flush()
                current = String(decoding: line.utf8.dropFirst(len), as: UTF8.self)
                currentIsMarked = true
            } else if sawBlank || current == nil {
                flush()
                current = line
            } else {
                current! += " " + line
            }
            sawBlank = false
            index += 1
        }
        flush()
        // A lead-in with nothing under it was the decision after all.
        if let lead = leadIn, !leadInUsed { clauses.append(lead) }
        // "[Recommendations to Council are not subject to call in]" is a note, not a clause.
        result.clauses = clauses.filter { !$0.isEmpty && $0.matchKey.count > 0 && !($0.hasPrefix("[") && $0.hasSuffix("]")) }
        result.after = Array(lines[min(index, lines.count)...])
        return result
    }

    /// A clause's text without its own number or bullet.
    static func clauseBody(_ line: String) -> String {
        guard let len = clauseMarkerLength(line) else { return line }
        return String(decoding: line.utf8.dropFirst(len), as: UTF8.self)
    }

    static func isNotingSentence(_ line: String) -> Bool {
        line.hasPrefix("NOTED")
            || ["the report was noted", "the report be noted", "the update was noted",
                "the committee noted the report", "the board noted the report"].contains { line.hasPrefixIgnoringCase($0) }
    }

    /// Lines that end a run of resolutions in minutes without being a section label.
    static func isStopLine(_ line: String) -> Bool {
        ["reason for", "reasons for", "(the meeting ended", "the meeting ended", "meeting ended at", "the meeting closed"]
            .contains { line.hasPrefixIgnoringCase($0) }
    }
}
