/// The plain text `minutes show` prints for one item: decision first, because that is what
/// a reader of minutes is looking for, then the reasoning, the narrative and where each fact
/// was read. Every line is terminal-safe and wrapped to `width` cells.
public enum ItemText {
    public static func render(_ item: Item, in corpus: Corpus, width: Int = 80) -> String {
        let width = max(20, width)
        let meeting = corpus.meeting(of: item)
        var out: [String] = []
        func section(_ title: String, _ body: String?) {
            guard let body, !TerminalText.singleLine(body).isEmpty else { return }
            out.append("")
            out.append(title)
            out.append(contentsOf: TerminalText.wrap(body, width: width, indent: "  "))
        }

        // Heading.
        let place = [corpus.council(of: meeting).name,
                     corpus.committee(of: meeting).displayName,
                     meeting.date?.display ?? Meeting.undatedName]
            .map(TerminalText.singleLine).joined(separator: " · ")
        out.append(contentsOf: TerminalText.wrap(place, width: width))
        let number = item.number.map(TerminalText.singleLine).map { $0 + " " } ?? ""
        out.append(contentsOf: TerminalText.wrap(number + TerminalText.singleLine(item.title), width: width))
        out.append("ref " + item.ref)

        // Decision first, renumbered: pages number clauses inconsistently.
        let d = item.decision
        if !d.resolutions.isEmpty {
            out.append("")
            out.append(d.resolutions.count == 1 ? "Resolution" : "Resolutions")
            let digits = String(d.resolutions.count).count
            for (i, r) in d.resolutions.enumerated() {
                let label = TerminalText.pad("\(i + 1).", toWidth: digits + 1, rightAligned: true) + " "
                let indent = "  " + String(repeating: " ", count: label.count)
                var lines = TerminalText.wrap(r, width: width, indent: indent)
                if !lines.isEmpty {
                    lines[0] = "  " + label + lines[0].dropFirst(indent.count)
                }
                out.append(contentsOf: lines)
            }
        }
        section("Reasons for decision", d.reasons)
        section("Alternative options considered", d.alternatives)
        section("Call-in", d.callIn)

        var facts: [String] = []
        if let maker = d.decisionMaker { facts.append("Decision maker: " + TerminalText.singleLine(maker)) }
        if let key = d.isKeyDecision { facts.append("Key decision: " + (key ? "yes" : "no")) }
        if let callIn = d.isSubjectToCallIn { facts.append("Subject to call-in: " + (callIn ? "yes" : "no")) }
        if let status = d.status { facts.append("Status: " + TerminalText.singleLine(status)) }
        if !facts.isEmpty {
            out.append("")
            for f in facts { out.append(contentsOf: TerminalText.wrap(f, width: width)) }
        }

        section("Minutes", item.minutes)
        section("Agenda text", item.agendaText)
        if !item.documents.isEmpty {
            out.append("")
            out.append("Documents")
            for doc in item.documents {
                var lines = TerminalText.wrap(TerminalText.singleLine(doc), width: width, indent: "    ")
                if !lines.isEmpty { lines[0] = "  - " + lines[0].dropFirst(4) }
                out.append(contentsOf: lines)
            }
        }

        if let issueID = item.issueID, issueID < corpus.issues.count {
            let issue = corpus.issues[issueID]
            let others = issue.itemIDs.filter { $0 != item.id && $0 < corpus.items.count }
            out.append("")
            out.append(contentsOf: TerminalText.wrap("Issue: " + TerminalText.singleLine(issue.title), width: width))
            for id in others {
                let other = corpus.items[id]
                let m = corpus.meeting(of: other)
                let line = "  also at " + corpus.committee(of: m).displayName + ", "
                    + (m.date?.iso ?? Meeting.undatedName) + " (ref " + other.ref + ")"
                out.append(contentsOf: TerminalText.wrap(TerminalText.singleLine(line), width: width, indent: "  "))
            }
        }

        if !item.sources.isEmpty {
            out.append("")
            out.append("Sources")
            var table = TextTable(columns: [.init("path"), .init("kind"), .init("line", rightAligned: true)])
            for s in item.sources { table.append([s.path, s.kind.label, "line \(s.line)"]) }
            // Not wrapped: a path broken across lines cannot be copied.
            for line in table.render(maxWidth: nil, header: false) { out.append("  " + line) }
        }
        return out.joined(separator: "\n") + "\n"
    }
}
