/// Splits an item's body into agenda text, decision, reasons, call-in and minutes, and
/// pulls out the resolutions once even when Decision and Minutes repeat them.
enum ItemBodyParsing {
    /// `unlabelledIsMinutes`: the reader knows text under no label is minutes (PDF minutes,
    /// plain minutes pages), so the forms only minutes use (`THAT …`, `NOTED.`, `the
    /// Committee:`) count there; otherwise such text may be agenda text and they do not.
    static func fill(_ item: inout ParsedItem, body: [String], unlabelledIsMinutes: Bool = false) {
        var sections: [(SectionLabel?, [String])] = [(nil, [])]
        var callIn: String?
        for line in body {
            if let note = CallInNote.match(line) {
                if callIn == nil { callIn = note }
                continue
            }
            if let (label, rest) = SectionLabel.match(line) {
                sections.append((label, rest.isEmpty ? [] : [rest]))
            } else {
                sections[sections.count - 1].1.append(line)
            }
        }
        // Decision sections next to each other are one block (`Decision:` then `DECISION`);
        // apart (a `Decision:` again inside the minutes) they are separate statements.
        var decisionBlocks: [[String]] = []
        var previousLabel: SectionLabel?
        var minutesLines: [String] = []
        var agendaLines: [String] = []
        var reasons: [String] = []
        var alternatives: [String] = []
        var documents: [String] = []
        var afterDocuments: [String] = []
        var sawDecisionOrMinutes = false
        for (label, lines) in sections {
            defer { previousLabel = label }
            switch label {
            case nil: agendaLines += lines
            case .decision?:
                sawDecisionOrMinutes = true
                if previousLabel == .decision, !decisionBlocks.isEmpty {
                    decisionBlocks[decisionBlocks.count - 1] += [""] + lines
                } else {
                    decisionBlocks.append(lines)
                }
            case .minutes?:
                sawDecisionOrMinutes = true
                minutesLines += (minutesLines.isEmpty ? [] : [""]) + lines
            case .reasons?:
                // Minutes often repeat the reasons; keep the first statement only.
                if reasons.isEmpty { reasons = lines }
            case .alternatives?: if alternatives.isEmpty { alternatives = lines }
            case .documents?:
                let (list, prose) = documentsThenProse(lines)
                documents += list.filter { !$0.isEmpty }
                afterDocuments += prose
            }
        }
        // Prose after a documents list is the minutes with their label stripped (ModernGov
        // prints Additional documents, then Decision and Minutes). With a label elsewhere on
        // the item it is left as agenda text.
        if !afterDocuments.isEmpty {
            if sawDecisionOrMinutes {
                agendaLines += [""] + afterDocuments
            } else {
                minutesLines = afterDocuments
                sawDecisionOrMinutes = true
            }
        }
        // Labels may be missing and prose runs on. If the page never
        // labelled a decision or minutes, look for a RESOLVED in the agenda text itself.
        // Only the plain markers count there: agenda text may recommend in capitals.
        var minutesMode = ResolutionParsing.Mode.minutes
        if !sawDecisionOrMinutes, unlabelledIsMinutes {
            minutesLines = agendaLines
            agendaLines = []
        } else if !sawDecisionOrMinutes {
            let found = ResolutionParsing.parse(agendaLines, mode: .unlabelled)
            if let cut = ResolutionParsing.strippedMinutesResolution(agendaLines),
               !agendaLines[..<cut].contains(where: { ResolutionParsing.opening($0, mode: .unlabelled) != nil }) {
                // The Minutes label stripped: agenda text above the blank run, minutes below.
                minutesLines = Array(agendaLines[cut...])
                agendaLines = Array(agendaLines[..<cut])
                while agendaLines.last?.isEmpty == true { agendaLines.removeLast() }
            } else if found.foundMarker || !found.clauses.isEmpty {
                minutesLines = agendaLines
                agendaLines = []
                minutesMode = .unlabelled
            }
        }

        // Each statement of the decision, in page order; its clauses and whether it had the
        // shape of one (a marker, numbered clauses).
        var statements: [(clauses: [String], structured: Bool)] = []
        for block in decisionBlocks where block.contains(where: { !$0.isEmpty }) {
            let d = ResolutionParsing.parse(block, mode: .decision)
            statements.append((d.clauses, d.structured))
        }
        // A plain statement ahead of a structured one introduces it (a quotation from the
        // Cabinet Member under `Decisions:`, then `Decision – (a) … (b) …`).
        for n in statements.indices.reversed() where !statements[n].structured
            && statements[(n + 1)...].contains(where: { $0.structured }) {
            statements.remove(at: n)
        }
        var narrative: [String] = []
        if !minutesLines.isEmpty {
            let m = ResolutionParsing.parse(minutesLines, mode: minutesMode)
            statements.append((m.clauses, m.structured))
            narrative = m.before
            if let r = reasonsTrailing(m.after) {
                if reasons.isEmpty { reasons = r }
            } else if m.after.contains(where: { !$0.isEmpty }) {
                // What the minutes record after the resolutions is minutes too.
                narrative += [""] + m.after
            }
        }
        // `Decision: AGREED.` beside minutes that spell the resolutions out: the assent is a
        // summary of them, not one more.
        if statements.contains(where: { !$0.clauses.isEmpty && !$0.clauses.allSatisfy(isBareAssent) }) {
            statements.removeAll { !$0.clauses.isEmpty && $0.clauses.allSatisfy(isBareAssent) }
        }
        item.decision.resolutions = dedupe(statements.map(\.clauses))
        item.decision.reasons = Paragraphs.join(reasons)
        item.decision.alternatives = Paragraphs.join(alternatives)
        item.decision.callIn = callIn
        item.agendaText = Paragraphs.join(agendaLines)
        item.minutes = Paragraphs.join(narrative)
        item.documents = documents
    }

    /// A documents list (`Annex 1 – Site Plan, item 4 pdf icon PDF 1 MB`), and from the first
    /// paragraph of prose after a blank line, what is not a document: a sentence of eight words
    /// or more, or a resolution.
    static func documentsThenProse(_ lines: [String]) -> ([String], [String]) {
        var sawBlank = false
        for (n, line) in lines.enumerated() {
            if line.isEmpty { sawBlank = true; continue }
            guard sawBlank || n == 0, !line.contains("PDF"), !line.contains(" KB"), !line.contains(" MB") else {
                sawBlank = false
                continue
            }
            let words = line.split(separator: " ").count
            let sentence = words >= 8 && (ResolutionParsing.isFinished(line) || line.hasSuffix(")")) || line.utf8.count > 120
            if sentence || ResolutionParsing.opening(line, mode: .minutes) != nil {
                return (Array(lines[..<n]), Array(lines[n...]))
            }
            sawBlank = false
        }
        return (lines, [])
    }

    /// `AGREED.`, `AGREED recommendations`, `Recommendations approved`, `Noted`: a decision
    /// that only says the recommendations were taken.
    static func isBareAssent(_ clause: String) -> Bool {
        // Four short words at most: a long clause is never one, and costs nothing to refuse.
        guard clause.utf8.count <= 64 else { return false }
        let words = clause.matchKey.split(separator: " ")
        guard !words.isEmpty, words.count <= 4 else { return false }
        // The marker may have taken the verb already: `AGREED recommendations.` reads `recommendations.`.
        return words.allSatisfy { assentWords.contains($0) }
    }

    static let assentWords: Set<Substring> = [
        "agreed", "approved", "noted", "resolved", "accepted", "endorsed", "carried",
        "recommendation", "recommendations", "as", "recommended", "the", "all", "report", "unanimously",
    ]

    /// After resolutions in minutes, a `Reasons for decision` run without a colon.
    static func reasonsTrailing(_ lines: [String]) -> [String]? {
        guard let first = lines.firstIndex(where: { !$0.isEmpty }) else { return nil }
        let lower = lines[first].lowercased()
        guard lower.hasPrefix("reason for") || lower.hasPrefix("reasons for") else { return nil }
        let rest = Array(lines[(first + 1)...])
        return rest.contains(where: { !$0.isEmpty }) ? rest : nil
    }

    /// Each distinct clause once, in first-seen order (variation 6). A statement that
    /// repeats an earlier one (Decision, then Minutes, or a second `Decision:`) may reword a
    /// clause a little; a clause nearly the same as one of an *earlier statement* is the same
    /// clause. Within one statement only exact repeats are, so `minutes of 1 May` and
    /// `minutes of 8 May` stay two.
    static func dedupe(_ statements: [[String]]) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        var earlier: [Set<Substring>] = []
        let compare = statements.filter { !$0.isEmpty }.count > 1
        for (n, clauses) in statements.enumerated() {
            var mine: [Set<Substring>] = []
            let later = compare && statements[(n + 1)...].contains { !$0.isEmpty }
            for c in clauses {
                let key = c.matchKey
                if key.isEmpty || seen.contains(key) { continue }
                // Word sets only where there is another statement to hold them against.
                if compare, !earlier.isEmpty || later {
                    let words = Set(key.split(separator: " "))
                    if earlier.contains(where: { nearlySame($0, words) }) { continue }
                    if later { mine.append(words) }
                }
                seen.insert(key)
                out.append(c)
            }
            earlier += mine
        }
        return out
    }

    static func dedupe(_ clauses: [String]) -> [String] { dedupe([clauses]) }

    /// Word sets where four fifths of the smaller are in the larger, and the smaller is at
    /// least half the larger: a reworded repeat (`… be confirmed as a correct record` beside
    /// `… be confirmed as an accurate record and the Chair sign them`).
    static func nearlySame(_ a: Set<Substring>, _ b: Set<Substring>) -> Bool {
        guard a.count >= 4, b.count >= 4 else { return false }
        let shared = a.intersection(b).count
        let small = min(a.count, b.count), large = max(a.count, b.count)
        return shared * 5 >= small * 4 && small * 2 >= large
    }
}

/// Joins page lines back into readable paragraphs: lines of one paragraph flow together;
/// bullets and numbered lines keep their own line.
enum Paragraphs {
    static func join(_ lines: [String]) -> String? {
        var paragraphs: [String] = []
        var current = ""
        for line in lines {
            if line.isEmpty {
                if !current.isEmpty { paragraphs.append(current); current = "" }
                continue
            }
            if current.isEmpty {
                current = line
            } else if ResolutionParsing.clauseMarkerLength(line) != nil || line.hasPrefix("|") {
                current += "\n" + line
            } else {
                current += " " + line
            }
        }
        if !current.isEmpty { paragraphs.append(current) }
        let text = paragraphs.joined(separator: "\n\n")
        return text.isEmpty ? nil : text
    }
}
