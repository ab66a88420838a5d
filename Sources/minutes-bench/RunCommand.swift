import ArgumentParser

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Measure.")
    @Argument var directory: String
    func run() throws {}
}
