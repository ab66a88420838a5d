import ArgumentParser
import CorpusGenerator

/// `minutes-bench generate N OUT [--seed S]`: N fictional documents under OUT (new or empty).
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write N realistic fictional minute documents under OUT (which must be new or empty)."
    )

    @Argument(help: "How many documents to write.") var count: Int
    @Argument(help: "The folder to write into; nothing is written outside it.") var out: String
    @Option(help: "Seed: the same seed and N always give the same files.") var seed: UInt64 = 1

    func validate() throws {
        guard count >= 0 else { throw ValidationError("N must be zero or more.") }
    }

    func run() throws {
        let start = Clock.now()
        let summary: CorpusGenerator.Summary
        do {
            summary = try CorpusGenerator(seed: seed).write(count: count, to: out) { done in
                if done % 10_000 == 0 { printError("  \(done) documents written") }
            }
        } catch let failure as CorpusGenerator.Failure {
            printError("minutes-bench: \(failure)")
            throw ExitCode.failure
        }
        let seconds = Clock.seconds(since: start)
        print("Wrote \(summary.files) documents, \(Format.bytes(summary.bytes)), under \(out) in \(Format.seconds(seconds)).")
    }
}
