/// The load report as plain text: what `minutes stats` prints and what the browser points
/// users to when a file did not load.
public enum ReportText {
    public static func stats(_ corpus: Corpus, listLoaded: Bool = false, maxWidth: Int? = nil) -> String {
        let s = StatsRecord(corpus, includeLoaded: false)
        var out: [String] = []
        out.append("\(TerminalText.singleLine(corpus.root)): \(s.files) \(plural(s.files, "file")), "
                   + "\(s.documents) read, \(s.skipped.count) skipped" + (s.fromCache ? ", from cache (none changed since)" : ""))
        var counts = TextTable(columns: [.init("what"), .init("count", rightAligned: true), .init("note")])
        counts.append(["Councils", "\(s.councils)", ""])
        counts.append(["Committees", "\(s.committees)", ""])
        counts.append(["Meetings", "\(s.meetings)", s.undatedMeetings > 0 ? "(\(s.undatedMeetings) undated)" : ""])
        counts.append(["Items", "\(s.items)", ""])
        counts.append(["Resolutions", "\(s.resolutions)", ""])
        counts.append(["Issues", "\(s.issues)", ""])
        out.append(contentsOf: counts.render(header: false))

        if !corpus.report.skipped.isEmpty {
            out.append("")
            out.append("Skipped (\(corpus.report.skipped.count)):")
            var table = TextTable(columns: [.init("path"), .init("reason", flexible: true)])
            for f in corpus.report.skipped { table.append([f.path, f.explanation]) }
            out.append(contentsOf: table.render(maxWidth: maxWidth.map { $0 - 2 }, header: false).map { "  " + $0 })
        }
        let warned = corpus.report.withWarnings
        if !warned.isEmpty {
            out.append("")
            out.append("Read with warnings (\(warned.count)):")
            var table = TextTable(columns: [.init("path"), .init("warning", flexible: true)])
            for f in warned {
                for w in f.warnings { table.append([f.path, TerminalText.singleLine(w)]) }
            }
            out.append(contentsOf: table.render(maxWidth: maxWidth.map { $0 - 2 }, header: false).map { "  " + $0 })
        }
        if !corpus.report.conflicts.isEmpty {
            out.append("")
            out.append("Pages that disagree (\(corpus.report.conflicts.count)); the item shows the first:")
            var table = TextTable(columns: [.init("fact"), .init("item", flexible: true), .init("value"), .init("where")])
            for c in corpus.report.conflicts {
                for (n, s) in [c.kept, c.other].enumerated() {
                    table.append([n == 0 ? c.fact : "", n == 0 ? TerminalText.singleLine(c.item) : "",
                                  TerminalText.singleLine(s.value), "\(TerminalText.singleLine(s.path)):\(s.line)"])
                }
            }
            out.append(contentsOf: table.render(maxWidth: maxWidth.map { $0 - 2 }, header: false).map { "  " + $0 })
        }
        if listLoaded && !corpus.report.loaded.isEmpty {
            out.append("")
            out.append("Loaded (\(corpus.report.loaded.count)):")
            var table = TextTable(columns: [.init("path", flexible: true), .init("kind"), .init("encoding"),
                                            .init("meetings", rightAligned: true), .init("items", rightAligned: true)])
            for f in corpus.report.loaded {
                table.append([f.path, f.kind.label, f.encoding,
                              "\(f.meetings) \(plural(f.meetings, "meeting"))", "\(f.items) \(plural(f.items, "item"))"])
            }
            out.append(contentsOf: table.render(maxWidth: maxWidth.map { $0 - 2 }, header: false).map { "  " + $0 })
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func plural(_ n: Int, _ word: String) -> String { n == 1 ? word : word + "s" }
}
