import ArgumentParser
import MinutesKit

/// `minutes export DIR`: every item as JSON Lines.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write every item as JSON Lines, one object per line, in a fixed order.",
        discussion: """
        Each line has a `record` field: item, meeting (a meeting known with no item of it \
        saved: cancelled, or from a list of meetings) or committee (a committee as a page about it \
        describes it: committee details, a list of its meetings). Item fields: record, ref, council, committee (null when not stated), date (YYYY-MM-DD or null), \
        number, title, resolutions (array of strings), reasons, alternatives, callIn, \
        decisionMaker, keyDecision, subjectToCallIn, status, minutes, agendaText, documents, \
        issue, sources (array of {path, kind, line}, path relative to DIR, \\\\ for a backslash and \\xHH for each byte of a name that is not UTF-8 or cannot be printed). Meeting fields: \
        record, council, committee, date, time, venue, status, items, sources. Committee \
        fields: record, council, committee, meetings, items, sources. Order: meeting date \
        (undated last), council, committee, page order; committee records last.
        """
    )

    @OptionGroup var folder: FolderArgument
    @OptionGroup var filters: FilterOptions

    func run() throws {
        let corpus = try folder.load()
        let resolved = try ResolvedFilter(filters.filter, in: corpus)
        for record in Ordering.exportRecords(corpus) {
            switch record {
            case .item(let id) where resolved.accepts(corpus.items[id], in: corpus):
                Output.line(try JSONOutput.line(ItemRecord(corpus.items[id], in: corpus)))
            case .meeting(let id) where resolved.accepts(corpus.meetings[id]):
                Output.line(try JSONOutput.line(MeetingRecord(corpus.meetings[id], in: corpus)))
            case .committee(let id) where resolved.accepts(corpus.committees[id]):
                Output.line(try JSONOutput.line(CommitteeRecord(corpus.committees[id], in: corpus)))
            default:
                continue
            }
        }
    }
}
