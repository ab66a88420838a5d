import XCTest
import Foundation

/// Runs the built `minutes` executable on temporary folders and checks exit status, stdout
/// and stderr: what a script calling the command line sees.
final class CLIEndToEndTests: XCTestCase {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
        let stdoutBytes: [UInt8]
    }

    var root: URL!

    override func setUpWithError() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("minutes-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: root)
    }

    /// The `minutes` executable built next to this test bundle (SwiftPM puts every product
    /// of a build in one folder).
    static func executable() throws -> URL {
        var folders: [URL] = [Bundle.main.bundleURL, Bundle.main.bundleURL.deletingLastPathComponent(),
                              Bundle(for: CLIEndToEndTests.self).bundleURL.deletingLastPathComponent()]
        if let first = CommandLine.arguments.first {
            folders.append(URL(fileURLWithPath: first).deletingLastPathComponent())
        }
        for folder in folders {
            let candidate = folder.appendingPathComponent("minutes")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
        }
        throw XCTSkip("the minutes executable was not built next to the tests (looked in \(folders.map(\.path)))")
    }

    func minutes(_ arguments: String...) throws -> Run {
        let process = Process()
        process.executableURL = try Self.executable()
        process.arguments = arguments
        // The parsed-corpus cache goes in this test's own folder, not the user's home.
        var environment = ProcessInfo.processInfo.environment
        environment["MINUTES_CACHE_DIR"] = root.appendingPathComponent("cache").path
        process.environment = environment
        // Output to files, not pipes: no deadlock however much is printed.
        let out = root.appendingPathComponent("stdout-\(UUID().uuidString)")
        let err = root.appendingPathComponent("stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let outHandle = try FileHandle(forWritingTo: out), errHandle = try FileHandle(forWritingTo: err)
        process.standardOutput = outHandle
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try outHandle.close(); try errHandle.close()
        let stdout = try Data(contentsOf: out), stderr = try Data(contentsOf: err)
        try FileManager.default.removeItem(at: out); try FileManager.default.removeItem(at: err)
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                   stderr: String(decoding: stderr, as: UTF8.self), stdoutBytes: Array(stdout))
    }

    /// A folder of saved pages: one council (`surrey`), an Issue - meetings page in the
    /// seed's layout, and a damaged PDF (a header and nothing else).
    func makeFolder(extraTitle: String = "Special Educational Needs And Disabilities (Send) Transformation Programme Update") throws -> URL {
        let dir = root.appendingPathComponent("pages")
        let council = dir.appendingPathComponent("surrey")
        try FileManager.default.createDirectory(at: council, withIntermediateDirectories: true)
        let page = """
        Issue - meetings

        \(extraTitle)

        Meeting: 23/02/2021 - Cabinet (Item 45)

        45 \(extraTitle) pdf icon PDF 448 KB

        Decision:

        RESOLVED:

        1. That the progress of the SEND Transformation programme be noted.

        2. That the focus and priorities for the programme for 2021-22 be agreed.

        Reason for Decision:

        The Council has invested significant resources into the programme.

        Minutes:

        The Cabinet Member for Education introduced the report on home to school transport.

        """
        try Data(page.utf8).write(to: council.appendingPathComponent("cabinet-2021-02-23-item-45.txt"))
        try Data([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x34, 0x0A]).write(to: dir.appendingPathComponent("agenda.pdf"))
        return dir
    }

    func listing(_ dir: URL) -> [String] {
        (FileManager.default.enumerator(atPath: dir.path)?.allObjects as? [String] ?? []).sorted()
    }

    func assertOneSentenceError(_ run: Run, _ expected: String? = nil, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(run.status, 1, "exit status", file: file, line: line)
        XCTAssertEqual(run.stdout, "", "nothing on stdout", file: file, line: line)
        XCTAssertTrue(run.stderr.hasPrefix("minutes: "), run.stderr, file: file, line: line)
        XCTAssertEqual(run.stderr.filter { $0 == "\n" }.count, 1, "one line: \(run.stderr)", file: file, line: line)
        XCTAssertTrue(run.stderr.hasSuffix(".\n"), "a sentence: \(run.stderr)", file: file, line: line)
        for noise in ["Fatal error", "Stack", "0x0", "Error:", "CommandError"] {
            XCTAssertFalse(run.stderr.contains(noise), run.stderr, file: file, line: line)
        }
        if let expected { XCTAssertEqual(run.stderr, "minutes: " + expected + "\n", file: file, line: line) }
    }

    // MARK: stats

    func testStatsJSON() throws {
        let dir = try makeFolder()
        let before = listing(dir)
        let run = try minutes("stats", dir.path, "--json")
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertEqual(run.stderr, "")
        let o = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(o["files"] as? Int, 2)
        XCTAssertEqual(o["documents"] as? Int, 1)
        XCTAssertEqual(o["councils"] as? Int, 1)
        XCTAssertEqual(o["committees"] as? Int, 1)
        XCTAssertEqual(o["meetings"] as? Int, 1)
        XCTAssertEqual(o["items"] as? Int, 1)
        XCTAssertEqual(o["resolutions"] as? Int, 2)
        let skipped = try XCTUnwrap(o["skipped"] as? [[String: Any]])
        XCTAssertEqual(skipped.count, 1)
        XCTAssertEqual(skipped.first?["path"] as? String, "agenda.pdf")
        XCTAssertNotNil(skipped.first?["reason"] as? String)
        XCTAssertEqual(listing(dir), before, "nothing is written under DIR")
    }

    func testStatsPlainListsSkippedFilesAndReportListsLoaded() throws {
        let dir = try makeFolder()
        let run = try minutes("stats", dir.path, "--report")
        XCTAssertEqual(run.status, 0, run.stderr)
        XCTAssertTrue(run.stdout.contains("2 files, 1 read, 1 skipped"), run.stdout)
        XCTAssertTrue(run.stdout.contains("Skipped (1):\n  agenda.pdf  unreadable (PDF is damaged)"), run.stdout)
        XCTAssertTrue(run.stdout.contains("surrey/cabinet-2021-02-23-item-45.txt"), run.stdout)
        XCTAssertTrue(run.stdout.contains("Issue - meetings"), run.stdout)
    }

    // MARK: errors

    func testMissingFolder() throws {
        let missing = root.appendingPathComponent("no-such-folder").path
        let run = try minutes("stats", missing, "--json")
        assertOneSentenceError(run, "No such folder: \(missing). Give the folder that holds your saved minute pages.")
        // The default command (the browser) names the folder problem before any terminal one.
        assertOneSentenceError(try minutes(missing), "No such folder: \(missing). Give the folder that holds your saved minute pages.")
    }

    func testFileInsteadOfFolder() throws {
        let dir = try makeFolder()
        let file = dir.appendingPathComponent("agenda.pdf").path
        assertOneSentenceError(try minutes("items", file),
                               "\(file) is a file, not a folder. Give the folder that holds your saved minute pages.")
        assertOneSentenceError(try minutes(file),
                               "\(file) is a file, not a folder. Give the folder that holds your saved minute pages.")
    }

    func testShowUnknownRef() throws {
        let dir = try makeFolder()
        let run = try minutes("show", dir.path, "ffffffffff")
        assertOneSentenceError(run)
        XCTAssertTrue(run.stderr.contains("'ffffffffff'"), run.stderr)
    }

    func testUsageErrorsExitOneWithOneLine() throws {
        let dir = try makeFolder()
        assertOneSentenceError(try minutes("stats"))
        assertOneSentenceError(try minutes("meetings", dir.path, "--from", "2021-13-01"),
                               "--from takes a date as YYYY-MM-DD, like 2021-02-23, not '2021-13-01'; see 'minutes meetings --help'.")
        assertOneSentenceError(try minutes("items", dir.path, "--date", "23/02/2021"))
        assertOneSentenceError(try minutes("items", dir.path, "--bogus"))
        assertOneSentenceError(try minutes("meetings", dir.path, "--committee", "planning"))
        assertOneSentenceError(try minutes("search", dir.path, "after:yesterday", "budget"))
    }

    func testHelpExitsZero() throws {
        for args in [["--help"], ["stats", "--help"], ["help", "search"], ["show", "-h"]] {
            let process = try minutesArgs(args)
            XCTAssertEqual(process.status, 0, "\(args): \(process.stderr)")
            XCTAssertTrue(process.stdout.contains("USAGE: minutes"), process.stdout)
            XCTAssertEqual(process.stderr, "")
        }
        for sub in ["stats", "committees", "meetings", "items", "show", "search", "export", "browse"] {
            XCTAssertEqual(try minutesArgs([sub, "--help"]).status, 0, sub)
        }
    }

    func minutesArgs(_ args: [String]) throws -> Run {
        switch args.count {
        case 1: return try minutes(args[0])
        case 2: return try minutes(args[0], args[1])
        default: return try minutes(args[0], args[1], args[2])
        }
    }

    // MARK: the parsed-corpus cache

    func testASecondRunReadsTheCacheAndSaysSo() throws {
        let dir = try makeFolder()
        let before = try FileManager.default.subpathsOfDirectory(atPath: dir.path).sorted()
        let first = try minutes("stats", dir.path)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertFalse(first.stdout.contains("from cache"), first.stdout)
        let second = try minutes("stats", dir.path)
        XCTAssertTrue(second.stdout.contains("2 files, 1 read, 1 skipped, from cache"), second.stdout)
        // Apart from that note, the same report.
        XCTAssertEqual(second.stdout.replacingOccurrences(of: ", from cache (none changed since)", with: ""), first.stdout)
        let json = try minutes("stats", dir.path, "--json")
        let record = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(record["fromCache"] as? Bool, true)
        let uncached = try minutes("stats", dir.path, "--no-cache")
        XCTAssertEqual(uncached.stdout, first.stdout)
        let cacheFiles = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("cache").path)
        XCTAssertEqual(cacheFiles.filter { $0.hasPrefix("corpus-") }.count, 1, "\(cacheFiles)")
        XCTAssertEqual(try FileManager.default.subpathsOfDirectory(atPath: dir.path).sorted(), before)
    }

    func testAPDFIsReadOnceThenComesFromTheCache() throws {
        let pdf = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("sample-data/ashbourne-vale/2023/pension-fund-committee-2023-09-28-minutes.pdf")
        let dir = root.appendingPathComponent("pdf/ashbourne-vale")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: pdf, to: dir.appendingPathComponent("minutes.pdf"))
        let folder = dir.deletingLastPathComponent().path
        let first = try minutes("stats", folder)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.hasPrefix("\(folder): 1 file, 1 read, 0 skipped\n"), first.stdout)
        XCTAssertTrue(first.stdout.contains("\nItems        8\nResolutions  8\n"), first.stdout)
        let second = try minutes("stats", folder)
        XCTAssertEqual(second.stdout.split(separator: "\n").first.map(String.init), "\(folder): 1 file, 1 read, 0 skipped, from cache (none changed since)")
        let items = try minutes("items", folder)
        XCTAssertTrue(items.stdout.contains("RESPONSIBLE INVESTMENT POLICY AND CLIMATE RISK REPORTING"), items.stdout)
    }

    // MARK: the listing commands

    func testItemsShowAndExportAgree() throws {
        let dir = try makeFolder()
        let items = try minutes("items", dir.path, "--json")
        XCTAssertEqual(items.status, 0, items.stderr)
        let array = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(items.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(array.count, 1)
        let ref = try XCTUnwrap(array.first?["ref"] as? String)
        XCTAssertEqual(array.first?["number"] as? String, "45")
        XCTAssertEqual(array.first?["resolutions"] as? Int, 2)

        let plain = try minutes("items", dir.path)
        XCTAssertTrue(plain.stdout.split(separator: "\n")[1].hasPrefix(ref + "  2021-02-23  Cabinet"), plain.stdout)

        let show = try minutes("show", dir.path, String(ref.prefix(6)))
        XCTAssertEqual(show.status, 0, show.stderr)
        XCTAssertTrue(show.stdout.hasPrefix("Surrey · Cabinet · Tue 23 Feb 2021\n45 Special Educational"), show.stdout)
        XCTAssertTrue(show.stdout.contains("  1. That the progress of the SEND Transformation programme be noted."), show.stdout)
        XCTAssertTrue(show.stdout.contains("  2. That the focus"), show.stdout)
        XCTAssertTrue(show.stdout.contains("  surrey/cabinet-2021-02-23-item-45.txt  Issue - meetings"), show.stdout)
        for line in show.stdout.split(separator: "\n") where !line.hasPrefix("  surrey/") {
            XCTAssertLessThanOrEqual(line.count, 80, "wrapped to 80 into a pipe: \(line)")
        }

        let export = try minutes("export", dir.path)
        XCTAssertEqual(export.status, 0, export.stderr)
        let lines = export.stdout.split(separator: "\n")
        XCTAssertEqual(lines.count, 1)
        let o = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        XCTAssertEqual(o["ref"] as? String, ref)
        XCTAssertEqual(o["council"] as? String, "Surrey")
        XCTAssertEqual(o["committee"] as? String, "Cabinet")
        XCTAssertEqual(o["date"] as? String, "2021-02-23")
        XCTAssertEqual((o["resolutions"] as? [String])?.count, 2)
        let sources = try XCTUnwrap(o["sources"] as? [[String: Any]])
        XCTAssertEqual(sources.first?["path"] as? String, "surrey/cabinet-2021-02-23-item-45.txt")
        XCTAssertEqual(sources.first?["kind"] as? String, "issue-meetings")

        let again = try minutes("export", dir.path)
        XCTAssertEqual(again.stdout, export.stdout, "deterministic")
    }

    func testCommitteesMeetingsAndSearch() throws {
        let dir = try makeFolder()
        let committees = try minutes("committees", dir.path)
        XCTAssertEqual(committees.status, 0, committees.stderr)
        XCTAssertEqual(committees.stdout, "COUNCIL  COMMITTEE  MEETINGS  ITEMS\nSurrey   Cabinet           1      1\n")

        let meetings = try minutes("meetings", dir.path, "--committee", "CABINET", "--from", "2021-01-01", "--to", "2021-12-31")
        XCTAssertEqual(meetings.stdout, "DATE        COUNCIL  COMMITTEE  ITEMS\n2021-02-23  Surrey   Cabinet        1\n")
        let none = try minutes("meetings", dir.path, "--from", "2022-01-01", "--json")
        XCTAssertEqual(none.status, 0)
        XCTAssertEqual(none.stdout.filter { !$0.isWhitespace }, "[]")

        let search = try minutes("search", dir.path, "home to school", "transport", "--json")
        XCTAssertEqual(search.status, 0, search.stderr)
        let hits = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(search.stdout.utf8)) as? [[String: Any]])
        XCTAssertEqual(hits.count, 1)
        XCTAssertTrue((hits.first?["snippet"] as? String)?.contains("home to school transport") ?? false)
        let miss = try minutes("search", dir.path, "school home to", "committee:cabinet")
        XCTAssertEqual(miss.status, 0)
        XCTAssertEqual(miss.stdout, "", "a quoted argument is a phrase, in order")
    }

    // MARK: symbolic links

    func testLinksAreListedNotFollowedUnlessFollowIsGiven() throws {
        let dir = try makeFolder()
        let outside = root.appendingPathComponent("outside/surrey-extra")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: dir.appendingPathComponent("surrey/cabinet-2021-02-23-item-45.txt"),
                                         to: outside.appendingPathComponent("copy.txt"))
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/extra", withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/proc", withDestinationPath: "/proc")
        let plain = try minutes("stats", dir.path)
        XCTAssertEqual(plain.status, 0, plain.stderr)
        XCTAssertTrue(plain.stdout.hasPrefix("\(dir.path): 4 files, 1 read, 3 skipped\n"), plain.stdout)
        XCTAssertTrue(plain.stdout.contains("  extra       symlink not followed (--follow reads it)\n"), plain.stdout)
        XCTAssertTrue(plain.stdout.contains("  proc        symlink not followed (--follow reads it)\n"), plain.stdout)
        for flag in ["--follow", "-L"] {
            let followed = try minutes("stats", dir.path, flag)
            XCTAssertEqual(followed.status, 0, followed.stderr)
            XCTAssertTrue(followed.stdout.hasPrefix("\(dir.path): 4 files, 2 read, 2 skipped"), followed.stdout)
            XCTAssertTrue(followed.stdout.contains("  proc        symlink not followed (leads into /proc)\n"), followed.stdout)
        }
    }

    // MARK: output errors

    /// Runs `minutes` through /bin/sh so stdout can be a full device or closed; returns the
    /// status and stderr.
    func minutesWithStdout(_ redirect: String, _ arguments: [String]) throws -> (status: Int32, stderr: String) {
        try minutesInShell("exec \"$@\" " + redirect, arguments)
    }

    /// Runs `minutes` (as `"$@"`) through a shell line; stdout goes where the line says.
    func minutesInShell(_ line: String, _ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", line, "sh", try Self.executable().path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["MINUTES_CACHE_DIR"] = root.appendingPathComponent("cache").path
        process.environment = environment
        let err = root.appendingPathComponent("stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: err.path, contents: nil)
        let errHandle = try FileHandle(forWritingTo: err)
        process.standardError = errHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try errHandle.close()
        return (process.terminationStatus, String(decoding: try Data(contentsOf: err), as: UTF8.self))
    }

    func testAnOutputErrorIsOneSentenceAndAFailure() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { throw XCTSkip("no /dev/full") }
        let dir = try makeFolder()
        for arguments in [["export", dir.path], ["stats", dir.path, "--json"], ["items", dir.path]] {
            let full = try minutesWithStdout(">/dev/full", arguments)
            XCTAssertNotEqual(full.status, 0, "\(arguments)")
            XCTAssertEqual(full.stderr, "minutes: cannot write output: No space left on device\n", "\(arguments)")
        }
        let closed = try minutesWithStdout(">&-", ["export", dir.path])
        XCTAssertNotEqual(closed.status, 0)
        XCTAssertEqual(closed.stderr, "minutes: cannot write output: Bad file descriptor\n")
    }

    // MARK: memory shortage

    /// Issue 14, fault 3: under `ulimit -v`, pages were cut or dropped, the run exited 0,
    /// and that corpus was cached and served on the next normal run; libxml2's "out of
    /// memory" went to the terminal. Whichever way memory runs out (libxml2 fails an
    /// allocation and carries on, or Swift's cannot be survived), the run says so and
    /// caches nothing, and the next run with memory reads the page whole.
    func testAMemoryShortageIsReportedAndNeverCached() throws {
        let dir = try makeFolder()
        let deep = "<html><body><h1>Agenda, decisions and minutes</h1><p>Cabinet - Tuesday, 12th March, 2024 2.00 pm</p>"
            + String(repeating: "<div>", count: 1_000_000)
            + "<p>1.</p><p>Deep item</p><p>Decision:</p><p>RESOLVED: That it be agreed.</p></body></html>"
        try Data(deep.utf8).write(to: dir.appendingPathComponent("surrey/deep.html"))
        let cache = root.appendingPathComponent("cache")
        let report = root.appendingPathComponent("report.txt")
        let fatal = "minutes: stopped by a fatal error, most likely memory running out; nothing was cached, so run it again with more memory.\n"
        var shortages = 0
        for limit in [150_000, 200_000, 300_000] {
            // A limit the program cannot even start under (a sanitizer build) says nothing.
            guard try minutesInShell("ulimit -v \(limit); exec \"$@\" >/dev/null", ["--help"]).status == 0 else { continue }
            try? FileManager.default.removeItem(at: cache)
            let run = try minutesInShell("ulimit -v \(limit); exec timeout 60 \"$@\" >\(report.path)", ["stats", dir.path, "--report"])
            let out = (try? String(contentsOf: report, encoding: .utf8)) ?? ""
            let cached = ((try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []).filter { $0.hasPrefix("corpus-") }
            switch run.status {
            case 2:
                // The Swift runtime may first print its own one line ("Fatal error: failed to
                // allocate ..."), which no handler of ours can stop; never a backtrace.
                let lines = run.stderr.split(separator: "\n")
                XCTAssertTrue(run.stderr.hasSuffix(fatal), "our sentence ends the output (limit \(limit)): \(run.stderr)")
                XCTAssertTrue(lines.count == 1 || lines.count == 2 && lines[0].hasPrefix("Fatal error: failed to allocate"),
                              "one sentence, no backtrace (limit \(limit)): \(run.stderr)")
                XCTAssertEqual(cached, [], "limit \(limit)")
                shortages += 1
            case 0:
                XCTAssertEqual(run.stderr, "", "nothing from libxml2 (limit \(limit))")
                if out.contains("surrey/deep.html") && out.contains("read again next run") {
                    XCTAssertEqual(cached, [], "a load short of memory is not cached (limit \(limit))")
                    shortages += 1
                } else {
                    XCTAssertTrue(deepLine(out).contains("Meeting page"), "read whole, or said why not: \(out)")
                }
            default:
                XCTFail("limit \(limit): status \(run.status), \(run.stderr)")
            }
        }
        XCTAssertGreaterThan(shortages, 0, "no limit ran short: the test proved nothing")
        let normal = try minutes("stats", dir.path, "--report")
        XCTAssertEqual(normal.status, 0, normal.stderr)
        XCTAssertFalse(normal.stdout.contains("from cache"), normal.stdout)
        XCTAssertTrue(deepLine(normal.stdout).contains("Meeting page"), normal.stdout)
        XCTAssertTrue(deepLine(normal.stdout).hasSuffix("1 item"), normal.stdout)
        XCTAssertFalse(normal.stdout.contains("read again next run"), normal.stdout)
    }

    func deepLine(_ report: String) -> String {
        report.split(separator: "\n").first { $0.contains("surrey/deep.html") }.map(String.init) ?? ""
    }

    // MARK: untrusted text

    func testEscapeSequencesInDocumentsNeverReachStdout() throws {
        let dir = try makeFolder(extraTitle: "Road \u{1B}[31mSafety\u{1B}[0m \u{1B}]0;pwned\u{07}Scheme \u{9B}2J")
        let items = try minutes("items", dir.path)
        XCTAssertEqual(items.status, 0, items.stderr)
        let ref = String(try XCTUnwrap(items.stdout.split(separator: "\n").dropFirst().first?.split(separator: " ").first))
        for run in [items, try minutes("show", dir.path, ref), try minutes("export", dir.path),
                    try minutes("search", dir.path, "road"), try minutes("stats", dir.path, "--report"),
                    try minutes("show", dir.path, ref, "--json"), try minutes("items", dir.path, "--json")] {
            XCTAssertEqual(run.status, 0, run.stderr)
            XCTAssertFalse(run.stdoutBytes.contains(0x1B), "ESC in \(run.stdout)")
            XCTAssertFalse(run.stdoutBytes.contains(0x07), "BEL in \(run.stdout)")
            XCTAssertFalse(run.stdout.unicodeScalars.contains { (0x80...0x9F).contains($0.value) }, "C1 in \(run.stdout)")
        }
    }
}
