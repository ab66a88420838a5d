import Foundation

/// What one paragraph of decision text reads as: a resolution, a lead-in, a note, a
/// sub-heading, narrative.
extension ResolutionParsing {

    /// Lines joined into paragraphs at blank lines.
    static func paragraphs(_ lines: ArraySlice<String>) -> [String] {
        var out: [String] = []
        var current = ""
        for line in lines {
            if line.isEmpty {
                if !current.isEmpty { out.append(current); current = "" }
            } else {
                current += current.isEmpty ? line : " " + line
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Ends a sentence or a clause: `.` `;` `:` `!` `?` (before closing quotes or brackets).
    static func isFinished(_ text: String) -> Bool {
        var t = Substring(text)
        while let c = t.last, c == "”" || c == "\"" || c == "’" || c == " " { t = t.dropLast() }
        guard let last = t.last else { return false }
        return ".;:!?".contains(last)
    }

    /// Lines broken mid-clause, blank lines between (PDF-like decision text): a lowercase
    /// start goes on with the paragraph above, and so does any line after a marked clause
    /// left unfinished, unless it opens a clause of its own (`That …`).
    static func continuesAcrossBlank(_ line: String, previous: Unit) -> Bool {
        guard let first = line.unicodeScalars.first else { return false }
        if first.properties.isLowercase { return true }
        guard previous.mark != nil, !isFinished(previous.text) else { return false }
        return !startsOwnClause(line)
    }

    static func startsOwnClause(_ line: String) -> Bool {
        line.hasPrefix("That ") || line.hasPrefix("THAT ") || line.hasPrefix("To ") || line.hasPrefix("(")
            || line.hasPrefix("[") || marker(line) != nil
    }

    /// `Actions/further information to be provided:` after a blank, or `Action by:` right
    /// after a finished clause: a new heading, not a clause.
    static func endsHeadings(_ line: String, afterBlank: Bool, previous: Unit) -> Bool {
        guard line.hasSuffix(":"), ClauseMark.read(line) == nil, !startsOwnClause(line),
              !line.hasPrefix("that ") else { return false }
        if afterBlank, line.count < 80 { return true }
        let words = line.split(separator: " ").count
        return words <= 3 && isFinished(previous.text) && line.unicodeScalars.first?.properties.isUppercase == true
    }

    /// `(Ref: Report by the Director dated …, submitted).`, `[Recommendations to Council are
    /// not subject to call in]`: notes, not clauses.
    static func isNote(_ text: String) -> Bool {
        var t = Substring(text)
        if t.hasSuffix(".") { t = t.dropLast() }
        return t.hasPrefix("[") && t.hasSuffix("]") || t.hasPrefix("(") && t.hasSuffix(")")
    }

    /// `Recommendation`, `Decision of Executive Councillor`: one short line, no full stop,
    /// over the clauses it heads.
    static func isSubHeading(_ u: Unit) -> Bool {
        guard u.lineCount == 1, !u.onMarkerLine, u.text.utf8.count <= 80, !isFinished(u.text), !u.text.hasSuffix(","),
              !u.text.contains(":"), u.text.count <= 60,
              u.text.split(separator: " ").count <= 6, !startsOwnClause(u.text) else { return false }
        // `Noted`, `Approved as amended`: short, but a decision.
        return !speaksOfDeciding(u.text) && !["carried", "not agreed"].contains(u.text.matchKey)
    }

    /// A lead-in carries the clauses under it. `absorbs`: it ends in a colon (`… approve:`,
    /// `Resolved to RECOMMEND: (to Council)`, `… as set out below.`), so plain paragraphs
    /// under it are its clauses too; otherwise (`… Council;`, `That having regard to …`)
    /// only marked clauses are.
    static func isLeadIn(_ text: String) -> (isLead: Bool, absorbs: Bool) {
        var t = text.trimmedSpaces()
        // `: (to Council)`: a bracketed note after the colon.
        if t.hasSuffix(")"), let open = t.lastIndex(of: "("), t[..<open].trimmedSpaces().hasSuffix(":") {
            t = t[..<open].trimmedSpaces()
        }
        // `that: -`, `:–`, or a dash alone (`That Cabinet –`).
        if let last = t.last, last == "-" || last == "–" || last == "—" {
            return (true, t.dropLast().trimmedSpaces().hasSuffix(":"))
        }
        if t.hasSuffix(":") { return (true, true) }
        let lower = t.suffix(16).lowercased()
        if lower.hasSuffix("below.") || lower.hasSuffix("as follows.") || lower.hasSuffix("the following.") {
            return (true, true)
        }
        if t.hasSuffix(";") || t.hasSuffix(",") || !isFinished(String(t)) { return (true, false) }
        return (false, false)
    }

    /// A plain paragraph that reads as a resolution in its own right: `That …`, `To …`, a
    /// verb of deciding first (`Approve …`, `Note …`), or `… be approved` (not `would be`).
    static func readsAsResolution(_ text: String) -> Bool {
        // `Councillor Vale asked that her vote against be recorded.`: the record of a vote.
        if ASCIIText.contains("be recorded", in: text) || ASCIIText.contains("abstained", in: text) { return false }
        if startsOwnClause(text) || text.hasPrefix("that ") || text.hasPrefix("to ") { return true }
        let firstWord = text.prefix(while: { $0.isLetter }).lowercased()
        if decidingVerbs.contains(firstWord) { return true }
        return hasPassiveDecision(text)
    }

    /// Wider than `readsAsResolution`: a paragraph that says anything was decided, in any
    /// tense (`Cabinet approved …`, `The Trustees noted …`, `… is delegated to …`).
    static func speaksOfDeciding(_ text: String) -> Bool {
        if readsAsResolution(text) { return true }
        // Past and third-person forms only: `to extend` in an explanation decides nothing.
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) where decidedForms.contains(String(word)) {
            return true
        }
        return false
    }

    static let decidedForms: Set<String> = [
        "noted", "agreed", "approved", "resolved", "decided", "endorsed", "authorised", "authorized",
        "delegated", "recommended", "adopted", "accepted", "refused", "granted", "deferred", "confirmed",
        "appointed", "supported", "welcomed", "rejected", "requested", "instructed", "determined",
        "notes", "agrees", "approves", "resolves", "decides", "endorses", "authorises", "authorizes",
        "delegates", "recommends", "adopts", "accepts", "refuses", "grants", "defers", "confirms",
        "appoints", "supports", "welcomes", "rejects", "requests", "instructs",
    ]

    static let decidingVerbs: Set<String> = [
        "approve", "approves", "agree", "agrees", "note", "notes", "endorse", "endorses", "delegate",
        "delegates", "authorise", "authorises", "authorize", "authorizes", "recommend", "recommends",
        "request", "requests", "ask", "asks", "adopt", "adopts", "accept", "accepts", "refuse", "refuses",
        "grant", "grants", "defer", "defers", "confirm", "confirms", "appoint", "appoints", "support",
        "supports", "welcome", "welcomes", "instruct", "instructs", "reject", "rejects", "thank",
        "thanks", "receive", "receives", "consider", "considers", "continue", "continues",
        // Imperatives that open decision text: `Renew the order …`, `Award the contract …`.
        "renew", "extend", "increase", "reduce", "allocate", "award", "implement", "proceed", "publish",
        "consult", "establish", "introduce", "amend", "revoke", "release", "transfer", "acquire",
        "commission", "procure", "retain", "withdraw", "submit", "set", "make", "undertake", "vary",
        "dispose", "close", "create", "fund", "waive", "designate", "nominate", "elect", "determine",
    ]

    /// `the report be noted`, `officers be authorised`: the subjunctive of a resolution.
    static func hasPassiveDecision(_ text: String) -> Bool {
        guard ASCIIText.contains(" be ", in: text) else { return false }
        let words = text.split(separator: " ")
        for (n, w) in words.enumerated() where w == "be" && n + 1 < words.count {
            if n > 0, ["would", "will", "could", "might", "can", "may", "to", "should", "must", "not", "shall"]
                .contains(words[n - 1].lowercased()) { continue }
            let next = words[n + 1].lowercased().filter(\.isLetter)
            if next.hasSuffix("ed") || ["given", "made", "sent", "taken", "held", "drawn", "set", "put", "shown",
                                        "written", "undertaken", "brought", "sought", "paid", "kept"].contains(next) {
                return true
            }
        }
        return false
    }

    static func isNotingSentence(_ line: String) -> Bool {
        line.hasPrefix("NOTED")
            || ["the report was noted", "the report be noted", "the update was noted",
                "the committee noted the report", "the board noted the report"].contains { line.hasPrefixIgnoringCase($0) }
    }

    /// A procedural item's title on a line of its own (`Apologies for Absence`,
    /// `Declarations of Interest`): short, no full stop.
    static func isProceduralHeading(_ line: String) -> Bool {
        line.split(separator: " ").count <= 6 && !isFinished(line) && ItemIdentity.isProcedural(line.matchKey)
    }

    /// Lines that end a run of resolutions in minutes without being a section label.
    static func isStopLine(_ line: String) -> Bool {
        ["reason for", "reasons for", "(the meeting ended", "the meeting ended", "meeting ended at", "the meeting closed"]
            .contains { line.hasPrefixIgnoringCase($0) }
    }
}
