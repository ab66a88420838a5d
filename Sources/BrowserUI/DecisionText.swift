import MinutesKit

/// One line of the Decision pane, already wrapped.
struct TextLine: Equatable {
    var text: String
    var style: Style
}

/// The Decision pane's text for an item: resolutions numbered 1., 2., then reason,
/// alternatives, call-in, the flags, then minutes and sources. Shared by the pane, the
/// full-width reader and the reducer (which needs the line count to scroll).
enum DecisionText {
    static func lines(corpus: Corpus, item: Item, width: Int) -> [TextLine] {
        var out: [TextLine] = []
        func blank() { if let last = out.last, !last.text.isEmpty { out.append(TextLine(text: "", style: .normal)) } }
        func heading(_ s: String) { blank(); out.append(TextLine(text: s, style: .heading)) }
        func body(_ s: String, indent: String = "") {
            for l in Wrap.text(s, width: width, indent: indent) { out.append(TextLine(text: l, style: .normal)) }
        }

        let number = item.number.map { $0 + "  " } ?? ""
        for l in Wrap.paragraph(number + item.title, width: width, rest: String(repeating: " ", count: TextWidth.columns(of: number))) {
            out.append(TextLine(text: l, style: .title))
        }
        let meeting = corpus.meeting(of: item)
        var where_ = [corpus.committee(of: meeting).displayName, meeting.date?.display ?? Meeting.undatedName]
        if corpus.councils.count > 1 { where_.append(corpus.council(of: meeting).name) }
        for l in Wrap.paragraph(where_.joined(separator: " · "), width: width) { out.append(TextLine(text: l, style: .dim)) }

        let d = item.decision
        if d.isEmpty {
            blank()
            out.append(TextLine(text: "No decision recorded for this item.", style: .dim))
        }
        if !d.resolutions.isEmpty {
            heading(d.resolutions.count == 1 ? "Resolution" : "Resolutions")
            let numWidth = String(d.resolutions.count).count + 2
            for (i, r) in d.resolutions.enumerated() {
                let label = String(i + 1) + "."
                let first = String(repeating: " ", count: numWidth - label.count) + label + " "
                let rest = String(repeating: " ", count: numWidth + 1)
                var para = 0
                for p in r.split(separator: "\n", omittingEmptySubsequences: true) {
                    let f = para == 0 ? first : rest
                    for l in Wrap.paragraph(String(p), width: width, first: f, rest: rest) {
                        out.append(TextLine(text: l, style: .normal))
                    }
                    para += 1
                }
            }
        }
        if let r = d.reasons { heading("Reason"); body(r) }
        if let a = d.alternatives { heading("Alternatives considered"); body(a) }
        if let c = d.callIn { heading("Call-in"); body(c) }
        var flags: [String] = []
        if let k = d.isKeyDecision { flags.append("Key decision: " + (k ? "yes" : "no")) }
        if let s = d.isSubjectToCallIn { flags.append("Subject to call-in: " + (s ? "yes" : "no")) }
        if let s = d.status { flags.append("Status: " + s) }
        if let m = d.decisionMaker { flags.append("Decision maker: " + m) }
        if !flags.isEmpty {
            blank()
            for f in flags { body(f) }
        }
        if let a = item.agendaText, d.isEmpty { heading("Agenda"); body(a) }
        if let m = item.minutes { heading("Minutes"); body(m) }
        let sources = item.sources.isEmpty ? meeting.sources : item.sources
        if !sources.isEmpty {
            heading("Sources")
            for s in sources {
                for l in Wrap.paragraph("\(s.path) (\(s.kind.label), line \(s.line))", width: width, rest: "  ") {
                    out.append(TextLine(text: l, style: .dim))
                }
            }
        }
        return out
    }
}
