import ArgumentParser
import Foundation
import MinutesKit

/// Parses, runs, and turns every error into one line on stderr and an exit status.
enum Entry {
    static func run(_ arguments: [String]) -> Never {
        do {
            var command = try MinutesCommand.parseAsRoot(arguments)
            try command.run()
            Output.flush()
            exit(0)
        } catch {
            handle(error, arguments: arguments)
        }
    }

    static func handle(_ error: Error, arguments: [String]) -> Never {
        switch error {
        case let code as ExitCode:
            Output.flush()
            exit(code.rawValue)
        case is UserError, is Loader.Failure, is ResolvedFilter.Problem, is SearchQuery.ParseError:
            fail(String(describing: error))
        default:
            if MinutesCommand.exitCode(for: error) == .success {
                // --help, help SUBCOMMAND: the full text on stdout, status 0.
                Output.write(MinutesCommand.fullMessage(for: error, columns: Output.terminalWidth))
                Output.write("\n")
                Output.flush()
                exit(0)
            }
            fail(usageMessage(for: error, arguments: arguments))
        }
    }

    /// ArgumentParser's message, made one sentence that names the help to read.
    static func usageMessage(for error: Error, arguments: [String]) -> String {
        var message = MinutesCommand.message(for: error)
        if let firstLine = message.split(separator: "\n").first { message = String(firstLine) }
        while message.last == "." || message.last == " " { message.removeLast() }
        let names = MinutesCommand.configuration.subcommands.map { $0.configuration.commandName ?? "" }
        let sub = arguments.first { names.contains($0) }
        return message + "; see 'minutes\(sub.map { " " + $0 } ?? "") --help'."
    }

    static func fail(_ message: String) -> Never {
        Output.flush()
        let line = "minutes: " + TerminalText.singleLine(message) + "\n"
        FileHandle.standardError.write(Data(line.utf8))
        exit(1)
    }
}
