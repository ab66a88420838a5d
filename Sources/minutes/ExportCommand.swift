import ArgumentParser
import MinutesKit

/// `minutes export DIR`: every item as JSON Lines.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every item as JSON Lines, one object per line, in a fixed order.",
        discussion: """
        Fields: ref, council, committee (null when not stated), date (YYYY-MM-DD or null), \
        number, title, resolutions (array of strings), reasons, alternatives, callIn, \
        decisionMaker, keyDecision, subjectToCallIn, status, minutes, agendaText, documents, \
        issue, sources (array of {path, kind, line}, path relative to DIR, \\\\ for a backslash and \\xHH for each byte of a name that is not UTF-8 or cannot be printed). Order: meeting \
        date (undated last), council, committee, page order.
        """
    )

    @OptionGroup var folder: FolderArgument
    @OptionGroup var filters: FilterOptions

    func run() throws {
        let corpus = try folder.load()
        let resolved = try ResolvedFilter(filters.filter, in: corpus)
        for id in Ordering.itemsChronological(corpus) where resolved.accepts(corpus.items[id], in: corpus) {
            Output.line(try JSONOutput.line(ItemRecord(corpus.items[id], in: corpus)))
        }
    }
}
