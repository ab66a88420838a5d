import ArgumentParser

/// `minutes-bench generate N OUT` writes a corpus; `minutes-bench run DIR` measures.
struct MinutesBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "minutes-bench",
        abstract: "Generate realistic minute corpora and measure load, memory, search, filter and render times.",
        subcommands: [GenerateCommand.self, RunCommand.self, ProfileCommand.self]
    )
}

MinutesBench.main()
