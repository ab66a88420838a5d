import ArgumentParser
import MinutesKit

/// `minutes committees DIR`: every committee with its meeting and item counts.
struct CommitteesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "committees",
        abstract: "List committees: council, committee, number of meetings, number of items."
    )

    @OptionGroup var folder: FolderArgument

    @Option(help: ArgumentHelp("Only this council: its name or folder, or part of it.", valueName: "name"))
    var council: String?

    @Flag(help: "Print a JSON array of {record, council, committee, meetings, items, sources}; committee is null when not stated.")
    var json = false

    func run() throws {
        let corpus = try folder.load()
        var ids = Ordering.committees(corpus)
        if let council {
            _ = try ResolvedFilter(Filter(council: council), in: corpus) // reports a name matching nothing
            let councils = Set(ResolvedFilter.councils(matching: council, in: corpus).map(\.id))
            ids = ids.filter { councils.contains(corpus.committees[$0].councilID) }
        }
        let records = ids.map { CommitteeRecord(corpus.committees[$0], in: corpus) }
        if json { return try Output.json(records) }
        var table = TextTable(columns: [.init("COUNCIL"), .init("COMMITTEE", flexible: true),
                                        .init("MEETINGS", rightAligned: true), .init("ITEMS", rightAligned: true)])
        for r in records {
            table.append([r.council, r.committee ?? Committee.notStatedName, "\(r.meetings)", "\(r.items)"])
        }
        for line in table.render(maxWidth: Output.terminalWidth) { Output.line(line) }
    }
}
