import ArgumentParser
import MinutesKit

/// `minutes stats DIR`: counts and the load report.
struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count what DIR holds and list every file that was skipped, with the reason.",
        discussion: "This is the load report: every file under DIR is either read or listed here."
    )

    @OptionGroup var folder: FolderArgument

    @Flag(help: "Also list every file that was read, with its page kind and what it yielded.")
    var report = false

    @Flag(help: "Print a JSON object (files, documents, skipped, councils, committees, meetings, items, resolutions, ...).")
    var json = false

    func run() throws {
        let corpus = try folder.load()
        if json {
            try Output.json(StatsRecord(corpus, includeLoaded: report))
        } else {
            Output.write(ReportText.stats(corpus, listLoaded: report, maxWidth: Output.terminalWidth))
        }
    }
}
