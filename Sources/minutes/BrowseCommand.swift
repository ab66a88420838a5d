import ArgumentParser
import MinutesKit
import Terminal

/// `minutes [DIR]`: the interactive browser.
struct BrowseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the terminal browser on DIR (the default subcommand)."
    )

    @Argument(help: ArgumentHelp("The folder of saved minute pages.", valueName: "dir"))
    var dir: String = "."

    func run() throws {
        // TEMPORARY FALLBACK until Terminal provides `BrowserLauncher.run(directory:)`:
        // load and print what was loaded, as issue 2 asks for meanwhile. Replace this body
        // with `throw ExitCode(BrowserLauncher.run(directory: dir))` when it lands.
        let corpus = try CorpusLoading.load(dir)
        Output.write(ReportText.stats(corpus, maxWidth: Output.terminalWidth))
        Output.line()
        Output.line("(The browser is not built yet; `minutes --help` lists the commands that work now.)")
    }
}
