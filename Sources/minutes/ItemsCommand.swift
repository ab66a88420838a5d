import ArgumentParser
import MinutesKit

/// `minutes items DIR`: items in meeting order, each with the ref `show` takes.
struct ItemsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "items",
        abstract: "List items: ref, date, committee, number, title, number of resolutions.",
        discussion: """
        Items come oldest meeting first (undated last), in page order within a meeting. The \
        first column is the item's ref, stable across runs: pass it to `minutes show`.
        """
    )

    @OptionGroup var folder: FolderArgument
    @OptionGroup var filters: FilterOptions

    @Option(help: ArgumentHelp("Only items of meetings on this date (YYYY-MM-DD).", valueName: "date"))
    var date: String?

    @Flag(help: "Print a JSON array of {ref, council, committee, date, number, title, resolutions}.")
    var json = false

    func validate() throws {
        _ = try DateArgument.parse(date, option: "--date")
    }

    func run() throws {
        let corpus = try folder.load()
        var filter = filters.filter
        if let day = try DateArgument.parse(date, option: "--date") {
            filter = filter.intersected(with: Filter(from: day, to: day))
        }
        let resolved = try ResolvedFilter(filter, in: corpus)
        let items = Ordering.itemsChronological(corpus).map { corpus.items[$0] }.filter { resolved.accepts($0, in: corpus) }
        if json { return try Output.json(items.map { ItemSummaryRecord($0, in: corpus) }) }
        var table = TextTable(columns: [.init("REF"), .init("DATE"), .init("COMMITTEE"), .init("NO"),
                                        .init("TITLE", flexible: true), .init("RES", rightAligned: true)])
        for item in items {
            let m = corpus.meeting(of: item)
            table.append([item.ref, m.date?.iso ?? Meeting.undatedName, corpus.committee(of: m).displayName,
                          item.number ?? "", item.title, "\(item.decision.resolutions.count)"])
        }
        for line in table.render(maxWidth: Output.terminalWidth) { Output.line(line) }
    }
}
