/// Reading that failed for want of memory, time or a helper process rather than for
/// anything in the file. Under `ulimit -v` pages came out cut short or skipped, the run
/// said nothing, and that corpus was cached and served on the next normal run. Such a file
/// now carries this note in the load report, and a load with one is never cached
/// (`CorpusCache.save`), so the next run reads it again.
enum ResourceShortage {
    static let note = "short of resources, not a fault of the file: read again next run"

    /// `text` with the note.
    static func marked(_ text: String) -> String { text + " (" + note + ")" }

    /// `outcome` marked as short of resources, once.
    static func marking(_ outcome: DocumentReading.Outcome, _ what: String) -> DocumentReading.Outcome {
        if isMarked(outcome) { return outcome }
        switch outcome {
        case .page(var page, let encoding):
            page.warnings.append(marked(what))
            return .page(page, encoding: encoding)
        case .skipped(let reason, let detail):
            return .skipped(reason, marked([detail, what].compactMap { $0 }.joined(separator: "; ")))
        }
    }

    /// True when reading the file ran short of resources (see `marked`).
    static func isMarked(_ outcome: DocumentReading.Outcome) -> Bool {
        switch outcome {
        case .page(let page, _): return page.warnings.contains { $0.hasSuffix(" (" + note + ")") }
        case .skipped(_, let detail): return detail?.hasSuffix(" (" + note + ")") ?? false
        }
    }
}
