import BrowserUI
import CNcursesW
import Foundation
import MinutesKit

/// What the command line calls for `minutes [DIR]`: checks the terminal, loads DIR in the
/// background with a progress line, runs the browser and always restores the terminal.
public enum BrowserLauncher {
    static let scriptHint = "use `minutes stats|meetings|items|search|show|export DIR` instead"

    /// Returns the exit status: 0 after q, 1 when the browser cannot start or DIR cannot be
    /// loaded (one sentence on stderr), 128+N after signal N.
    public static func run(directory: String, cache: CorpusCache? = nil, followsSymlinks: Bool = false) -> Int32 {
        if let refusal = terminalRefusal() {
            printError(refusal)
            return 1
        }
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            printError(Loader.Failure.notFound(directory).description)
            return 1
        }
        if !isDirectory.boolValue {
            printError(Loader.Failure.notADirectory(directory).description)
            return 1
        }
        let session: Session
        switch Session.open() {
        case .success(let s): session = s
        case .failure(let refusal):
            printError(refusal.message)
            return 1
        }
        let job = LoadJob()
        job.start(directory: directory, cache: cache, followsSymlinks: followsSymlinks)
        let outcome = session.run(directory: directory, job: job)
        session.close()
        switch outcome {
        case .quit:
            job.finishSaves()
            return 0
        case .signal(let sig): return 128 + sig
        case .failed(let message):
            printError(message)
            return 1
        }
    }

    /// Why the browser cannot run here, or nil. One sentence, naming the way out.
    static func terminalRefusal() -> String? {
        if isatty(STDOUT_FILENO) == 0 {
            return "minutes: the browser needs a terminal and standard output is not one; \(scriptHint)."
        }
        let term = ProcessInfo.processInfo.environment["TERM"] ?? ""
        if term.isEmpty || term == "dumb" {
            return "minutes: the browser needs a terminal that can move the cursor and TERM is \(term.isEmpty ? "not set" : "dumb"); set TERM (e.g. xterm-256color) or \(scriptHint)."
        }
        return nil
    }

    /// Every message goes through the one terminal-text sanitiser: they can carry TERM, a
    /// folder name or a load failure, and `TERM=$'\e]0;X\a'` must not set the window title.
    static func printError(_ message: String) {
        FileHandle.standardError.write(Data((TerminalText.singleLine(message) + "\n").utf8))
    }
}

struct Refusal: Error {
    let message: String
}
