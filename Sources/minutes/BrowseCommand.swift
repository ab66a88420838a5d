import ArgumentParser
import MinutesKit
import Terminal

/// `minutes [DIR]`: the interactive browser.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the terminal browser on DIR (the default subcommand).",
        discussion: "Needs a terminal; for scripts use the other subcommands."
    )

    @Argument(help: ArgumentHelp("The folder of saved minute pages.", valueName: "dir"))
    var dir: String = "."

    @Flag(name: .customLong("no-cache"), help: "Parse every page now; neither read nor write the parsed-corpus cache.")
    var noCache = false

    @Flag(name: [.customLong("follow"), .customShort("L")], help: FolderArgument.followHelp)
    var follow = false

    func run() throws {
        // The folder is checked first so a typo is reported as such, whatever the terminal.
        try CorpusLoading.checkFolder(dir)
        let status = BrowserLauncher.run(directory: dir, cache: noCache ? nil : CorpusCache.standard(),
                                         followsSymlinks: follow)
        if status != 0 { throw ExitCode(status) }
    }
}
