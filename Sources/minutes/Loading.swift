import ArgumentParser
import Foundation
import MinutesKit
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An error a user can act on, worded as one sentence.
struct UserError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// DIR, the first argument of every subcommand.
struct FolderArgument: ParsableArguments {
    @Argument(help: ArgumentHelp("The folder of saved minute pages (read, never written).", valueName: "dir"))
    var dir: String

    @Flag(name: .customLong("no-cache"), help: "Parse every page now; neither read nor write the parsed-corpus cache.")
    var noCache = false

    @Flag(name: [.customLong("follow"), .customShort("L")], help: FolderArgument.followHelp)
    var follow = false

    static let followHelp = ArgumentHelp(
        "Read what symbolic links under DIR point to (never into /proc, /sys or /dev, nor onto another file system); without it each link is listed in the load report, not followed.")

    /// The cache this run may use, unless --no-cache.
    var cache: CorpusCache? { noCache ? nil : CorpusCache.standard() }

    /// Loads DIR, checking first that it is a folder so the message names the real problem.
    func load() throws -> Corpus {
        let corpus = try CorpusLoading.load(dir, cache: cache, followsSymlinks: follow)
        CorpusLoading.keptUntilExit.append(corpus)
        return corpus
    }
}

enum CorpusLoading {
    /// Every corpus a command loaded, held until the process exits: freeing 100,000
    /// documents' worth of strings one by one when `run` returns costs a tenth of a
    /// second the kernel does for nothing at exit.
    nonisolated(unsafe) static var keptUntilExit: [Corpus] = []

    /// Throws the loader's own one-sentence failure when DIR is missing or is a file.
    static func checkFolder(_ dir: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDirectory) else {
            throw Loader.Failure.notFound(dir)
        }
        guard isDirectory.boolValue else { throw Loader.Failure.notADirectory(dir) }
    }

    static func load(_ dir: String, cache: CorpusCache?, followsSymlinks: Bool = false) throws -> Corpus {
        try checkFolder(dir)
        let progress = ProgressLine.start()
        defer { progress?.finish() }
        var callback: Loader.Progress? = nil
        if let progress { callback = { @Sendable done, total in progress.update(done, total) } }
        return try Loader.load(directory: dir, options: Loader.Options(cache: cache, followsSymlinks: followsSymlinks),
                               progress: callback)
    }
}

/// "Reading 120/640 files" on stderr while loading, only when stderr is a terminal, at most
/// ten times a second, erased when done.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var lastDraw: UInt64 = 0
    private var drawn = false

    static func start() -> ProgressLine? {
        isatty(STDERR_FILENO) != 0 ? ProgressLine() : nil
    }

    func update(_ done: Int, _ total: Int) {
        let now = DispatchTime.now().uptimeNanoseconds
        lock.lock(); defer { lock.unlock() }
        guard now - lastDraw > 100_000_000 || done == total else { return }
        lastDraw = now
        drawn = true
        let text = "\rReading \(done)/\(total) files"
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// One line of what is happening now, in place of the count.
    func show(_ text: String) {
        lock.lock(); defer { lock.unlock() }
        drawn = true
        FileHandle.standardError.write(Data(("\r" + text + String(repeating: " ", count: max(0, 40 - text.count))).utf8))
    }

    func finish() {
        lock.lock(); defer { lock.unlock() }
        guard drawn else { return }
        FileHandle.standardError.write(Data(("\r" + String(repeating: " ", count: 40) + "\r").utf8))
    }
}

/// --committee, --council, --from, --to: shared by meetings, items, search and export.
struct FilterOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Only this committee: an exact name, or any committee whose name contains it (case-insensitive).", valueName: "name"))
    var committee: String?

    @Option(help: ArgumentHelp("Only this council: its name or folder, or part of it (case-insensitive).", valueName: "name"))
    var council: String?

    @Option(help: ArgumentHelp("Only meetings on or after this date (YYYY-MM-DD).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Only meetings on or before this date (YYYY-MM-DD).", valueName: "date"))
    var to: String?

    func validate() throws {
        _ = try DateArgument.parse(from, option: "--from")
        _ = try DateArgument.parse(to, option: "--to")
    }

    var filter: Filter {
        Filter(committee: committee, council: council,
               from: from.flatMap(CivilDate.init(iso:)), to: to.flatMap(CivilDate.init(iso:)))
    }
}

enum DateArgument {
    /// nil stays nil; a bad date is a usage error in one sentence.
    static func parse(_ text: String?, option: String) throws -> CivilDate? {
        guard let text else { return nil }
        guard let date = CivilDate(iso: text) else {
            throw ValidationError("\(option) takes a date as YYYY-MM-DD, like 2021-02-23, not '\(TerminalText.singleLine(text))'")
        }
        return date
    }
}

