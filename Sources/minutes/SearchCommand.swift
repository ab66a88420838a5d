import ArgumentParser
import MinutesKit

/// `minutes search DIR QUERY...`: full-text search, best first.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find items whose text contains all the words, best first.",
        discussion: """
        The query language is the browser's: bare words must all occur (title or body), \
        "quoted words" must occur together, and committee:NAME, council:NAME, after:DATE, \
        before:DATE, from:DATE, to:DATE, on:DATE narrow the results. Items with the words in \
        their title rank above items with them only in the body; more hits rank higher; newer \
        meetings break ties. An argument holding spaces is taken as a phrase.

        Example: minutes search sample-data 'committee:cabinet after:2021-01-01 "home to school" transport'
        """
    )

    @OptionGroup var folder: FolderArgument

    @Argument(help: ArgumentHelp("Words, \"phrases\" and key:value filters.", valueName: "query"))
    var query: [String]

    @OptionGroup var filters: FilterOptions

    @Option(help: ArgumentHelp("Print at most this many results (0 for all).", valueName: "n"))
    var limit: Int = 20

    @Flag(help: "Print a JSON array of {ref, council, committee, date, number, title, resolutions, snippet}.")
    var json = false

    func validate() throws {
        if limit < 0 { throw ValidationError("--limit takes a number of results, 0 or more, not \(limit)") }
        if query.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            throw ValidationError("Give at least one word to search for")
        }
    }

    /// Shell arguments back into one query: an argument the shell kept together because it
    /// was quoted ("home to school") stays a phrase unless it already uses query syntax.
    static func queryText(_ arguments: [String]) -> String {
        arguments.map { arg in
            let usesSyntax = arg.contains("\"") || arg.split(separator: " ").contains { $0.contains(":") }
            return arg.contains(" ") && !usesSyntax ? "\"" + arg + "\"" : arg
        }.joined(separator: " ")
    }

    func run() throws {
        let corpus = try folder.load()
        var parsed = try SearchQuery(parsing: Self.queryText(query))
        parsed.filter = parsed.filter.intersected(with: filters.filter)
        let resolved = parsed.filter.isEmpty ? nil : try ResolvedFilter(parsed.filter, in: corpus)
        // Building the index at 100,000 documents takes a second or two: say so on a terminal.
        let line = ProgressLine.start()
        let index = folder.cache?.loadOrBuildIndex(for: corpus, willBuild: { line?.show("Building the search index") })
            ?? SearchIndex(corpus)
        line?.finish()
        let hits = index.search(parsed, in: corpus, filter: resolved, limit: limit == 0 ? nil : limit)
        let records = hits.map { hit -> ItemSummaryRecord in
            let item = corpus.items[hit.itemID]
            return ItemSummaryRecord(item, in: corpus, snippet: index.snippet(for: item, query: parsed))
        }
        if json { return try Output.json(records) }
        let width = Output.terminalWidth
        // One table for every result, so columns line up; each row followed by its snippet.
        var table = TextTable(columns: [.init("REF"), .init("DATE"), .init("COMMITTEE"), .init("TITLE", flexible: true)])
        for r in records {
            table.append([r.ref, r.date ?? Meeting.undatedName, r.committee ?? Committee.notStatedName,
                          (r.number.map { $0 + " " } ?? "") + r.title])
        }
        for (line, r) in zip(table.render(maxWidth: width, header: false), records) {
            Output.line(line)
            if let snippet = r.snippet, !snippet.isEmpty {
                Output.line("    " + (width.map { TerminalText.truncate(snippet, toWidth: $0 - 4) } ?? snippet))
            }
        }
        if records.isEmpty, Output.isTerminal { Output.line("No items match.") }
    }
}
