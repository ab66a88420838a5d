import ArgumentParser

/// `minutes`: the root. With no subcommand it opens the browser on DIR.
struct MinutesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes",
        abstract: "Browse and query UK local-government meeting records saved as text or HTML pages.",
        usage: """
        minutes [<dir>]
        minutes <subcommand> <dir> [<options>]
        """,
        discussion: """
        With no subcommand, opens the terminal browser on DIR (default: the current folder). \
        The subcommands answer the same questions non-interactively, for scripts; each takes \
        DIR first and --json where a table is printed. Nothing is ever written under DIR.
        """,
        subcommands: [
            BrowseCommand.self, StatsCommand.self, CommitteesCommand.self, MeetingsCommand.self,
            ItemsCommand.self, ShowCommand.self, SearchCommand.self, ExportCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )
}
