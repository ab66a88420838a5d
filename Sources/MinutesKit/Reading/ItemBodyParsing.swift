/// Splits an item's body into agenda text, decision, reasons, call-in and minutes, and
/// pulls out the resolutions once even when Decision and Minutes repeat them.
enum ItemBodyParsing {
    static func fill(_ item: inout ParsedItem, body: [String]) {
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
        var decisionLines: [String] = []
        var minutesLines: [String] = []
        var agendaLines: [String] = []
        var reasons: [String] = []
        var alternatives: [String] = []
        var documents: [String] = []
        var sawDecisionOrMinutes = false
        for (label, lines) in sections {
            switch label {
            case nil: agendaLines += lines
            case .decision?:
                sawDecisionOrMinutes = true
                decisionLines += (decisionLines.isEmpty ? [] : [""]) + lines
            case .minutes?:
                sawDecisionOrMinutes = true
                minutesLines += (minutesLines.isEmpty ? [] : [""]) + lines
            case .reasons?:
                // Minutes often repeat the reasons; keep the first statement only.
                if reasons.isEmpty { reasons = lines }
            case .alternatives?: if alternatives.isEmpty { alternatives = lines }
            case .documents?:
                documents += lines.filter { !$0.isEmpty }
            }
        }
        // FORMATS.md variation 2: labels may be missing and prose runs on. If the page never
        // labelled a decision or minutes, look for a RESOLVED in the agenda text itself.
        // Only the plain markers count there: agenda text may recommend in capitals.
        var minutesMode = ResolutionParsing.Mode.minutes
        if !sawDecisionOrMinutes {
            let found = ResolutionParsing.parse(agendaLines, mode: .unlabelled)
            if found.foundMarker || !found.clauses.isEmpty {
                minutesLines = agendaLines
                agendaLines = []
                minutesMode = .unlabelled
            }
        }

        var clauses: [String] = []
        if !decisionLines.isEmpty {
            let d = ResolutionParsing.parse(decisionLines, wholeBlockIsDecision: true)
            clauses += d.clauses
        }
        var narrative: [String] = []
        if !minutesLines.isEmpty {
            let m = ResolutionParsing.parse(minutesLines, mode: minutesMode)
            clauses += m.clauses
            narrative = m.before
            if reasons.isEmpty, let r = reasonsTrailing(m.after) { reasons = r }
        }
        item.decision.resolutions = dedupe(clauses)
        item.decision.reasons = Paragraphs.join(reasons)
        item.decision.alternatives = Paragraphs.join(alternatives)
        item.decision.callIn = callIn
        item.agendaText = Paragraphs.join(agendaLines)
        item.minutes = Paragraphs.join(narrative)
        item.documents = documents
    }

    /// After resolutions in minutes, a `Reasons for decision` run without a colon.
    static func reasonsTrailing(_ lines: [String]) -> [String]? {
        guard let first = lines.firstIndex(where: { !$0.isEmpty }) else { return nil }
        let lower = lines[first].lowercased()
        guard lower.hasPrefix("reason for") || lower.hasPrefix("reasons for") else { return nil }
        let rest = Array(lines[(first + 1)...])
        return rest.contains(where: { !$0.isEmpty }) ? rest : nil
    }

    /// Each distinct clause once, in first-seen order (variation 6).
    static func dedupe(_ clauses: [String]) -> [String] {
        var seen = Set<String>()
        var out: [String] = []
        for c in clauses {
            let key = c.matchKey
            if key.isEmpty || seen.contains(key) { continue }
            seen.insert(key)
            out.append(c)
        }
        return out
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
