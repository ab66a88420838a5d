import Foundation

/// Where a decision begins: the markers (`RESOLVED`, `AGREED that`, `the Committee:`) and
/// the lead-in text between a marker and its clauses.
extension ResolutionParsing {
    /// If `line` opens a resolution, the text that follows the marker on the same line.
    static func marker(_ line: String) -> String? {
        // Markers open with R(ESOLVED), A(GREED), P(ENDERFYNWYD), I(t was), T(he ...) or
        // U(nanimously): most lines are rejected on their first byte.
        guard let first = line.utf8.first, first == 0x52 || first == 0x41 || first == 0x50 || first == 0x49
                || first == 0x54 || first == 0x69 || first == 0x74 || first == 0x55 || first == 0x75 else { return nil }
        for word in ["RESOLVED", "AGREED", "PENDERFYNWYD", "Penderfynwyd", "Resolved"] {
            if line.hasPrefix(word) {
                let rest = line.dropFirst(word.count)
                if word == "Resolved" || word == "Penderfynwyd" {
                    // Title case only counts with punctuation: "Resolved that" in prose is rare
                    // but "Resolved:" as a label is common.
                    // "Resolved to:" and "Resolved (6 for, 2 against) to:" open a list.
                    guard rest.first == ":" || rest.first == " " && rest.dropFirst().hasPrefix("that") || rest.isEmpty
                            || rest.first == " " && rest.dropFirst().first == "–"
                            || rest.hasPrefix(" to ") || rest.hasPrefix(" to:") || rest == " to" || rest.hasPrefix(" (")
                    else { continue }
                }
                if let next = rest.first, next.isLetter, !(word == "RESOLVED" && rest.hasPrefix("That")) {
                    continue // "RESOLVEDLY"
                }
                return stripLeadIn(rest)
            }
        }
        for lead in ["it was resolved", "it was unanimously resolved", "it was agreed", "it was therefore resolved",
                     "unanimously resolved"] {
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

    /// A marker, or a form that opens a resolution only inside a block the page gave as a
    /// decision or as minutes (in agenda text or for telling a page's kind they mean less).
    static func opening(_ line: String, mode: Mode) -> String? {
        if let m = marker(line) {
            // "AGREED." alone: the line is the decision.
            if m == "." || m.isEmpty && line.hasSuffix(".") { return line }
            return m
        }
        guard let first = line.utf8.first else { return nil }
        // "81.2 RESOLVED that: -": a minute's paragraph number before the marker.
        if (48...57).contains(first), let mark = ClauseMark.read(line), mark.kind == .dotted || mark.kind == .number {
            let rest = String(decoding: line.utf8.dropFirst(mark.length), as: UTF8.self)
            if let m = marker(rest) { return m }
        }
        // "Councillor A proposed and Councillor B seconded a motion, which was agreed … as set
        // out below:": the text that follows is what was resolved.
        if line.hasSuffix(":"), ASCIIText.contains("seconded", in: line),
           ASCIIText.contains(" agreed", in: line) || ASCIIText.contains(" carried", in: line) {
            return ""
        }
        guard mode != .unlabelled else { return nil }
        // Capitals mark the decision in minutes: "RECOMMENDED to Council that …", "NOTED.",
        // "THAT the minutes be approved".
        for word in ["RECOMMENDED", "NOTED", "THAT"] where line.hasPrefix(word) {
            let rest = line.dropFirst(word.count)
            if let c = rest.first, c.isLetter { continue }
            if word == "NOTED", rest.isEmpty || rest == "." { return line }
            if word == "THAT" { return rest.first == " " ? "That" + rest : nil }
            return stripLeadIn(rest)
        }
        // Scottish minutes: "After discussion, the Committee:" then "Noted …", "Agreed …".
        if line.hasSuffix(":"), bodyBeforeColon(line) != nil { return "" }
        // "The Executive then agreed that …", "The Panel decided:": a short subject, then the verb.
        if ASCIIText.hasPrefix(line, lowercase: "the ") {
            for verb in [" agreed", " decided"] {
                guard let at = ASCIIText.find(verb, in: line, limit: 60), at <= 45 else { continue }
                let subject = String(decoding: line.utf8.prefix(at), as: UTF8.self)
                let after = Substring(line.utf8.dropFirst(at + verb.utf8.count))
                guard after.hasPrefix(" that ") || after.hasPrefix(":") || after.hasPrefix(" that:") else { continue }
                if ASCIIText.contains(" was", in: subject) || ASCIIText.contains(" had", in: subject)
                    || ASCIIText.contains(" not", in: subject) || subject.contains(",") { continue }
                return stripLeadIn(after)
            }
        }
        return nil
    }

    /// A page that stripped the `Minutes:` label leaves a run of blank lines where it stood:
    /// agenda text, three or more blank lines, then `That the minutes … be agreed.` with no
    /// RESOLVED. In agenda text a `That …` paragraph is a recommendation, so only that run
    /// after text makes it the recorded resolution.
    static func strippedMinutesResolution(_ lines: [String]) -> Int? {
        var blanks = 0
        var sawText = false
        for (n, line) in lines.enumerated() {
            if line.isEmpty { blanks += 1; continue }
            if sawText, blanks >= 3, line.hasPrefix("That ") || line.hasPrefix("THAT ") { return n }
            sawText = true
            blanks = 0
        }
        return nil
    }

    /// `…, the Committee:`, `The Trustees:`, `the Health and Wellbeing Board:`: a body named
    /// in capitals at the end of the line, then the colon.
    static func bodyBeforeColon(_ line: String) -> String? {
        let head = line.dropLast()
        let name: Substring
        if head.hasPrefix("The ") || head.hasPrefix("the "), head.utf8.count <= 60 {
            name = head.dropFirst(4)
        } else {
            // The last ", the " in the line's final 60 bytes.
            let tail = Substring(head.utf8.suffix(60))
            guard let at = ASCIIText.find(", the ", in: tail) else { return nil }
            var rest = Substring(tail.utf8.dropFirst(at + 6))
            while let again = ASCIIText.find(", the ", in: rest) { rest = Substring(rest.utf8.dropFirst(again + 6)) }
            name = rest
        }
        let words = name.split(separator: " ")
        guard !words.isEmpty, words.count <= 5 else { return nil }
        for w in words where !["and", "of", "&", "-", "–", "for"].contains(w) {
            guard let c = w.unicodeScalars.first, c.properties.isUppercase else { return nil }
        }
        return String(name)
    }

    /// "Sir A proposed, and Mr B seconded that Mr C be appointed Chairman." then
    /// "Agreed unanimously." (or "Carried."): the motion is what was resolved.
    static func carriedMotions(_ lines: [String]) -> [String] {
        var found: [String] = []
        var previous: String?
        for line in lines where !line.isEmpty {
            defer { previous = line }
            guard isCarried(line), let motion = previous, ASCIIText.contains("seconded", in: motion),
                  ASCIIText.contains("proposed", in: motion) || ASCIIText.contains("moved", in: motion) else { continue }
            let text = clauseBody(motion)
            if let at = ASCIIText.find("seconded that ", in: text) ?? ASCIIText.find("seconded, that ", in: text) {
                let rest = text.utf8.dropFirst(at).drop(while: { $0 != UInt8(ascii: "t") }).dropFirst(5)
                found.append("That " + String(decoding: rest, as: UTF8.self))
            } else {
                found.append(text)
            }
        }
        return found
    }

    /// `Agreed unanimously.`, `Carried.`, `The motion was carried by 30 votes to 12.`
    static func isCarried(_ line: String) -> Bool {
        guard line.utf8.count < 90 else { return false }
        let key = line.matchKey
        return ["agreed", "carried", "unanimously agreed", "unanimously carried", "the motion was carried",
                "the motion was agreed", "motion carried", "the motion was unanimously"].contains { key == $0 || key.hasPrefix($0 + " ") }
    }

    /// `: - – that` between a marker and the clause text.
    static func stripLeadIn(_ s: Substring) -> String {
        var rest = s
        while let c = rest.first, c == ":" || c == "-" || c == "–" || c == "—" || c == " " || c == "," || c == "/" {
            rest = rest.dropFirst()
        }
        // "(6 for, 2 against) to:", "(with 34 votes for) that:": the vote stays, as a lead-in.
        if rest.first == "(", let close = rest.firstIndex(of: ")") {
            let after = rest[rest.index(after: close)...].trimmedSpaces()
            if ["", ":", "to", "to:", "that", "that:", ":-", "that: -", "to: -"].contains(after) {
                return rest[...close] + ":"
            }
        }
        if rest.hasPrefix("that:") { rest = rest.dropFirst(5) }
        while let c = rest.first, c == ":" || c == " " || c == "-" { rest = rest.dropFirst() }
        // "RESOLVED to:" then the clauses: "to" alone carries nothing.
        let bare = rest.trimmedSpaces()
        if bare == "to" || bare == "to:" || bare == "to:-" || bare == "to: -" { return "" }
        // "RESOLVED that the report be noted" reads as a clause starting "That".
        if rest.hasPrefix("that ") { return "T" + rest.dropFirst() }
        return String(rest)
    }

    /// Where a clause's own number or bullet ends: `1.`, `(2)`, `a)`, `(iv)`, `19.1`, `·`, `•`.
    static func clauseMarkerLength(_ line: String) -> Int? {
        ClauseMark.read(line)?.length
    }

    /// A clause's text without its own number or bullet.
    static func clauseBody(_ line: String) -> String {
        guard let len = clauseMarkerLength(line) else { return line }
        return String(decoding: line.utf8.dropFirst(len), as: UTF8.self)
    }
}
