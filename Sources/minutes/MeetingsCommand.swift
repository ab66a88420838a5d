import ArgumentParser
import MinutesKit

/// `minutes meetings DIR`: meetings newest first.
struct MeetingsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "meetings",
        abstract: "List meetings newest first: date (or undated), council, committee, number of items."
    )

    @OptionGroup var folder: FolderArgument
    @OptionGroup var filters: FilterOptions

    @Flag(help: "Print a JSON array of {record, date, council, committee, time, venue, status, items, sources}.")
    var json = false

    func run() throws {
        let corpus = try folder.load()
        let resolved = try ResolvedFilter(filters.filter, in: corpus)
        let meetings = corpus.meetingsNewestFirst.map { corpus.meetings[$0] }.filter(resolved.accepts)
        if json { return try Output.json(meetings.map { MeetingRecord($0, in: corpus) }) }
        var table = TextTable(columns: [.init("DATE"), .init("COUNCIL"), .init("COMMITTEE", flexible: true),
                                        .init("ITEMS", rightAligned: true)])
        for m in meetings {
            table.append([m.date?.iso ?? Meeting.undatedName, corpus.council(of: m).name,
                          corpus.committee(of: m).displayName, "\(m.itemIDs.count)"])
        }
        for line in table.render(maxWidth: Output.terminalWidth) { Output.line(line) }
    }
}
