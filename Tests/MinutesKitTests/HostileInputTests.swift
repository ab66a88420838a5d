import XCTest
@testable import MinutesKit
#if canImport(Glibc)
import Glibc
#endif

/// Issue 4: whatever is in a downloads folder, the load completes, every file is accounted
/// for with a reason, other files load normally, and nothing escapes to the terminal.
final class HostileInputTests: XCTestCase {
    static let good = LoaderTests.meetingPage

    /// Loads `dir` with a good page beside the hostile ones and checks the good page
    /// still yields its two items.
    @discardableResult
    private func loadBesideGoodPage(_ dir: TemporaryFolder, options: Loader.Options = .init()) throws -> Corpus {
        try dir.write("council/good.txt", Self.good)
        let corpus = try Loader.load(directory: dir.path, options: options)
        XCTAssertEqual(corpus.items.filter { $0.sources.contains { $0.path == "council/good.txt" } }.count, 2)
        // Counted on disk here, not from the report: every entry that is not a folder (a
        // file, a link, a fifo), in every folder but hidden ones, is read or skipped.
        XCTAssertEqual(corpus.report.loaded.count + corpus.report.skipped.count, Self.entriesOnDisk(dir.path))
        return corpus
    }

    /// Non-folder entries under `root` by `lstat`, names kept as bytes, hidden folders left out.
    static func entriesOnDisk(_ root: String) -> Int { entriesOnDisk(path: Array(root.utf8CString)) }

    /// `path`: NUL-terminated bytes.
    private static func entriesOnDisk(path: [CChar]) -> Int {
        guard let d = opendir(path) else { return 1 }  // an unreadable folder is one report entry
        defer { closedir(d) }
        var count = 0
        while let e = readdir(d) {
            // Read the name in place: copying the whole d_name tuple reads past glibc's buffer.
            let namePointer = UnsafeRawPointer(e).advanced(by: direntNameOffset).assumingMemoryBound(to: CChar.self)
            let name = Array(UnsafeBufferPointer(start: namePointer, count: strlen(namePointer)))
            if name == [46] || name == [46, 46] { continue }
            let child = Array(path.dropLast()) + [47] + name + [0]
            var st = stat()
            guard lstat(child, &st) == 0 else { count += 1; continue }
            if st.st_mode & S_IFMT == S_IFDIR {
                if name.first != 46 { count += entriesOnDisk(path: child) }
            } else {
                count += 1
            }
        }
        return count
    }

    private func reason(_ corpus: Corpus, _ path: String) -> String? {
        corpus.report.skipped.first { $0.path == path }?.reason
    }

    // MARK: - Empty and binary

    func testEmptyWhitespaceAndZeroByteFiles() throws {
        let dir = try TemporaryFolder()
        try dir.write("council/empty.txt", "")
        try dir.write("council/spaces.txt", "   \n\t\n\r\n  ")
        try dir.write("council/nbsp.txt", "\u{00A0}\n \u{00A0} \n")
        try dir.write("council/zero.html", "")
        let c = try loadBesideGoodPage(dir)
        for p in ["council/empty.txt", "council/spaces.txt", "council/nbsp.txt", "council/zero.html"] {
            XCTAssertEqual(reason(c, p), "empty", p)
        }
    }

    func testBinaryFilesWithTextNames() throws {
        let dir = try TemporaryFolder()
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52]
        try dir.write("council/image.txt", bytes: png + [UInt8](repeating: 7, count: 500))
        var generator = SystemRandomNumberGenerator()
        try dir.write("council/random.txt", bytes: (0..<4096).map { _ in UInt8.random(in: 0...255, using: &generator) })
        try dir.write("council/nuls.txt", bytes: [UInt8](repeating: 0, count: 10_000))
        let c = try loadBesideGoodPage(dir)
        XCTAssertEqual(reason(c, "council/image.txt"), "binary")
        XCTAssertEqual(reason(c, "council/nuls.txt"), "binary")
        // Random bytes nearly always hold a NUL; if not they decode as Windows-1252 text that
        // is no minute document. Either way, skipped with a reason.
        XCTAssertNotNil(reason(c, "council/random.txt"))
    }

    // MARK: - Encodings

    func testInvalidUTF8FallsBackToWindows1252() throws {
        let dir = try TemporaryFolder()
        let bytes: [UInt8] = Array("Agenda item\n\nFees ".utf8) + [0xA3, 0x31, 0x30, 0x20, 0x92, 0xC3, 0x28] + Array("\n\nMinutes:\nRESOLVED: That it be noted.\n".utf8)
        try dir.write("council/bad.txt", bytes: bytes)
        let c = try loadBesideGoodPage(dir)
        let item = try XCTUnwrap(c.items.first { $0.sources.contains { $0.path == "council/bad.txt" } })
        XCTAssertEqual(item.title, "Fees £10 ’Ã(")
    }

    func testUTF16WithBOMBothEndiannesses() throws {
        let dir = try TemporaryFolder()
        let text = "Agenda item\r\n\r\nSchool Streets – phase 3\r\n\r\nMinutes:\r\nRESOLVED: That it proceed.\r\n"
        let le: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let be: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        try dir.write("council/le.txt", bytes: le)
        try dir.write("other/be.txt", bytes: be)
        let c = try loadBesideGoodPage(dir)
        let titles = c.items.filter { $0.number == nil }.map(\.title)
        XCTAssertEqual(titles, ["School Streets – phase 3", "School Streets – phase 3"])
        XCTAssertEqual(Set(c.report.loaded.map(\.encoding)), ["utf8", "utf16le", "utf16be"])
    }

    func testLatin1WithC1BytesAndMixedLineEnds() throws {
        let dir = try TemporaryFolder()
        // 0x85 is … in Windows-1252 (not NEL), 0x81 is a hole, CR / LF / CRLF mixed.
        let bytes: [UInt8] = Array("Agenda item\r\rWaste \u{0}".utf8.dropLast()) + [0x85, 0x20, 0x81] + Array("\n\r\nMinutes:\r\nRESOLVED: That it be noted.\r".utf8)
        try dir.write("council/latin1.txt", bytes: bytes)
        let c = try loadBesideGoodPage(dir)
        let item = try XCTUnwrap(c.items.first { $0.sources.contains { $0.path == "council/latin1.txt" } })
        XCTAssertEqual(item.title, "Waste … \u{FFFD}")
        XCTAssertEqual(item.decision.resolutions, ["That it be noted."])
    }

    // MARK: - Size

    func testOverTheSizeLimitIsReportedNotRead() throws {
        let dir = try TemporaryFolder()
        var options = Loader.Options()
        options.maximumFileSize = 1_000_000
        try dir.write("council/big.txt", String(repeating: "RESOLVED: That x.\n", count: 60_000))
        let c = try loadBesideGoodPage(dir, options: options)
        XCTAssertEqual(reason(c, "council/big.txt"), "too large")
    }

    func testAFiftyMegabyteFileIsOverTheDefaultLimit() throws {
        let dir = try TemporaryFolder()
        let path = dir.path + "/council/huge.txt"
        try dir.write("council/huge.txt", "x")
        // A sparse 50 MB file: the size check must happen before any read.
        XCTAssertEqual(truncate(path, 50 * 1024 * 1024), 0)
        let c = try loadBesideGoodPage(dir)
        XCTAssertEqual(reason(c, "council/huge.txt"), "too large")
        XCTAssertEqual(c.report.skipped.first { $0.path == "council/huge.txt" }?.detail, "50 MB, limit 20 MB")
    }

    func testOneFiveMegabyteLineIsReadInLinearTime() throws {
        let dir = try TemporaryFolder()
        let line = String(repeating: "The committee discussed the bus station at length. ", count: 100_000)
        try dir.write("council/long-line.txt", "Agenda item\n\nBus Station\n\nMinutes:\n" + line + "\nRESOLVED: That it be noted.\n")
        let started = DispatchTime.now().uptimeNanoseconds
        let c = try loadBesideGoodPage(dir)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        let item = try XCTUnwrap(c.items.first { $0.title == "Bus Station" })
        XCTAssertEqual(item.minutes?.utf8.count, line.utf8.count - 1)
        // Not a timing target: a guard against quadratic work, which would take minutes.
        XCTAssertLessThan(seconds, 30)
    }

    // MARK: - Many files, deep folders, odd file types

    func testTenThousandFilesInOneFolder() throws {
        let dir = try TemporaryFolder()
        for i in 0..<10_000 {
            try dir.write("many/f\(i).txt", "Agenda item\n\nItem \(i)\n\nMinutes:\nRESOLVED: That item \(i) be noted.\n")
        }
        let c = try loadBesideGoodPage(dir)
        XCTAssertEqual(c.report.loaded.count, 10_001)
        XCTAssertEqual(c.items.count, 10_002)
    }

    func testFoldersNestedTwoHundredDeep() throws {
        let dir = try TemporaryFolder()
        let deep = (0..<200).map { "d\($0)" }.joined(separator: "/")
        try dir.write("council/\(deep)/deep.txt", LoaderTests.agendaItemPage)
        let c = try loadBesideGoodPage(dir)
        XCTAssertTrue(c.report.loaded.contains { $0.path.hasSuffix("/d199/deep.txt") })
    }

    func testSymlinkLoopDevZeroFIFOAndBrokenLink() throws {
        let dir = try TemporaryFolder()
        try dir.write("council/x.txt", LoaderTests.agendaItemPage)
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: dir.path + "/council/loop", withDestinationPath: dir.path)
        try fm.createSymbolicLink(atPath: dir.path + "/council/zero.txt", withDestinationPath: "/dev/zero")
        try fm.createSymbolicLink(atPath: dir.path + "/council/gone.txt", withDestinationPath: dir.path + "/nothing-here")
        XCTAssertEqual(mkfifo(dir.path + "/council/pipe.txt", 0o644), 0)
        // Followed (--follow): links are not followed by default (SymlinkTests).
        let c = try loadBesideGoodPage(dir, options: Loader.Options(followsSymlinks: true))
        XCTAssertEqual(reason(c, "council/loop/"), "symlink loop")
        XCTAssertEqual(reason(c, "council/zero.txt"), "symlink not followed")
        XCTAssertEqual(reason(c, "council/pipe.txt"), "not a regular file")
        XCTAssertEqual(reason(c, "council/gone.txt"), "unreadable")
    }

    func testUnreadableFile() throws {
        guard getuid() != 0 else { throw XCTSkip("root reads every file; permission denied cannot happen") }
        let dir = try TemporaryFolder()
        try dir.write("council/secret.txt", LoaderTests.agendaItemPage)
        XCTAssertEqual(chmod(dir.path + "/council/secret.txt", 0), 0)
        let c = try loadBesideGoodPage(dir)
        XCTAssertEqual(reason(c, "council/secret.txt"), "unreadable")
    }

    func testFileDeletedBetweenListingAndReading() throws {
        let entry = DirectoryWalk.Entry(relativePath: "council/vanished.txt", absolutePath: "/nonexistent-\(UUID())/vanished.txt")
        guard case .skipped(let reason, let detail) = DocumentReading.read(entry, maximumSize: 1 << 20) else {
            return XCTFail("a vanished file must be skipped")
        }
        XCTAssertEqual(reason, .unreadable)
        XCTAssertEqual(detail, "deleted while loading")
    }

    // MARK: - Escape sequences

    func testTerminalEscapesBecomeVisiblePlaceholders() throws {
        let dir = try TemporaryFolder()
        let nasty = [
            "\u{1B}[2J", "\u{1B}]0;owned\u{07}", "\u{1B}]52;c;ZXZpbA==\u{07}", "\u{1B}P1$q\u{1B}\\",
            "\u{9B}31m", "\u{202E}", "\u{2066}", "zero\u{200B}width", "\u{7F}", "\u{1}\u{8}",
        ].joined(separator: " ")
        try dir.write("council/escape.txt", "Agenda item\n\nTitle \(nasty)\n\nMinutes:\n\(nasty)\nRESOLVED: That \(nasty) stand.\n")
        let c = try loadBesideGoodPage(dir)
        let item = try XCTUnwrap(c.items.first { $0.sources.contains { $0.path == "council/escape.txt" } })
        for text in [item.title, item.minutes ?? ""] + item.decision.resolutions {
            XCTAssertFalse(text.unicodeScalars.contains { s in
                s.value < 0x20 || (0x7F...0x9F).contains(s.value) || (0x202A...0x202E).contains(s.value)
                    || (0x2066...0x2069).contains(s.value) || s.value == 0x200B
            }, text.debugDescription)
            XCTAssertTrue(text.contains("\u{FFFD}[2J"), text.debugDescription)
        }
        XCTAssertTrue(item.title.contains("zerowidth"))
    }

    // MARK: - Malformed pages

    func testKindLineAndNothingElse() throws {
        let dir = try TemporaryFolder()
        try dir.write("council/kind-only.txt", "Issue - meetings\n")
        let c = try loadBesideGoodPage(dir)
        let loaded = try XCTUnwrap(c.report.loaded.first { $0.path == "council/kind-only.txt" })
        XCTAssertEqual(loaded.items, 0)
        XCTAssertEqual(loaded.warnings, ["no agenda items found on this page (Issue - meetings)"])
    }

    func testMeetingLinesWithoutOrWithImpossibleDates() throws {
        let dir = try TemporaryFolder()
        for (name, date) in [("none", ""), ("impossible", "31/02/2021"), ("year1", "01/01/0001"), ("year9999", "31/12/9999")] {
            try dir.write("council/\(name).txt", "Issue - meetings\n\nT\n\nMeeting: \(date) - Cabinet (Item 4)\n\n4 Budget \(name)\n\nDecision:\nRESOLVED: That it pass.\n")
        }
        let c = try loadBesideGoodPage(dir)
        for name in ["none", "impossible", "year1", "year9999"] {
            let item = try XCTUnwrap(c.items.first { $0.title == "Budget \(name)" }, name)
            XCTAssertNil(c.meeting(of: item).date, name)
            XCTAssertEqual(c.committee(of: c.meeting(of: item)).name, "Cabinet", name)
            XCTAssertEqual(c.report.loaded.first { $0.path == "council/\(name).txt" }?.warnings,
                           ["line 5: the Meeting: line has no valid date"], name)
        }
    }

    func testUnbalancedBracketsAndAHugeItemNumber() throws {
        let dir = try TemporaryFolder()
        let number = String(repeating: "9", count: 400)
        try dir.write("council/brackets.txt", "Issue - meetings\n\nT\n\nMeeting: 01/02/2021 - Cabinet ((Sub (Item \(number)\n\n\(number) Title\n\nMinutes:\nRESOLVED: That x.\n")
        try dir.write("council/number.txt", "Agenda and minutes\n\nCabinet - Monday, 1st February, 2021 10.00 am\n\nItems\n\(number)\n\nTitle\n")
        let c = try loadBesideGoodPage(dir)
        XCTAssertEqual(c.report.loaded.count, 3)
        XCTAssertTrue(c.committees.contains { $0.name == "Cabinet ((Sub (Item \(number)" })
    }

    func testFiveThousandItemsOnOneMeetingPage() throws {
        let dir = try TemporaryFolder()
        var page = "Agenda, decisions and minutes\n\nCouncil - Tuesday, 2nd March, 2021 7.00 pm\n\nItems\nNo. Item\n\n"
        for i in 1...5000 { page += "\(i).\n\nMotion \(i)\n\nMinutes:\nRESOLVED: That motion \(i) be carried.\n\n" }
        try dir.write("council/5000.txt", page)
        let c = try loadBesideGoodPage(dir)
        let meeting = try XCTUnwrap(c.meetings.first { $0.itemIDs.count == 5000 })
        XCTAssertEqual(c.items(of: meeting).map(\.number).prefix(3), ["1.", "2.", "3."])
        XCTAssertEqual(c.items(of: meeting).last?.title, "Motion 5000")
    }

    func testTheSameItemOnFiftyPages() throws {
        let dir = try TemporaryFolder()
        for i in 0..<50 { try dir.write("council/copy\(i).txt", LoaderTests.issuePage) }
        let c = try loadBesideGoodPage(dir)
        let item = try XCTUnwrap(c.items.first { $0.number == "163/21" })
        XCTAssertEqual(item.sources.count, 51)
        XCTAssertEqual(item.decision.resolutions.count, 2)
        XCTAssertEqual(c.items.count, 2)
    }

    // MARK: - HTML

    func testHostileHTML() throws {
        let dir = try TemporaryFolder()
        try dir.write("council/unclosed.html", "<html><body><h1>Agenda item<p>Libraries <b>review<div>Minutes:<p>RESOLVED: That it <i>proceed.")
        try dir.write("council/script.html", """
        <html><head><script>document.write("RESOLVED: evil")</script><style>.x{content:"Decision:"}</style></head>
        <body><h1>Agenda item</h1><p>Parks</p><script>alert("Minutes: evil")</script><p>Minutes:</p><p>RESOLVED: That parks open.</p></body></html>
        """)
        try dir.write("council/entities.html", "<h1>Agenda item</h1><p>Fees &amp;pound;5 &pound;6</p><p>Minutes:</p><p>RESOLVED: That &amp;amp; stays.</p>")
        try dir.write("council/deep.html", String(repeating: "<div>", count: 100_000) + "Agenda item" + String(repeating: "</div>", count: 100_000))
        let c = try loadBesideGoodPage(dir)
        let all = c.items.map { $0.title + ($0.minutes ?? "") + $0.decision.resolutions.joined() }.joined()
        XCTAssertFalse(all.contains("evil"))
        XCTAssertTrue(c.items.contains { $0.title == "Parks" && $0.decision.resolutions == ["That parks open."] })
        XCTAssertTrue(c.items.contains { $0.title == "Fees &pound;5 £6" && $0.decision.resolutions == ["That &amp; stays."] })
        XCTAssertTrue(c.items.contains { $0.title.hasPrefix("Libraries review") })
        XCTAssertNotNil(c.report.loaded.first { $0.path == "council/deep.html" } ?? c.report.skipped.first { $0.path == "council/deep.html" }.map { _ in c.report.loaded[0] })
    }

    // MARK: - Read-only

    func testLoadingLeavesEveryFileAndFolderUnchanged() throws {
        let dir = try TemporaryFolder()
        try dir.write("council/a.txt", Self.good)
        try dir.write("council/sub/b.html", "<h1>Agenda item</h1><p>X</p><p>Minutes:</p><p>RESOLVED: That y.</p>")
        try dir.write("loose.md", "notes")
        let before = try snapshot(dir.path)
        let corpus = try Loader.load(directory: dir.path)
        XCTAssertEqual(corpus.report.documents, 2)
        XCTAssertEqual(try snapshot(dir.path), before)
    }

    /// Path → (bytes, mode, size, mtime, ctime, atime) for everything under `root`.
    private func snapshot(_ root: String) throws -> [String: String] {
        var result: [String: String] = [:]
        let fm = FileManager.default
        let paths = [""] + (fm.subpaths(atPath: root) ?? [])
        for p in paths {
            let full = p.isEmpty ? root : root + "/" + p
            var st = stat()
            XCTAssertEqual(lstat(full, &st), 0)
            var line = "\(st.st_mode) \(st.st_size) \(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec) \(st.st_ctim.tv_sec).\(st.st_ctim.tv_nsec)"
            if getuid() == st.st_uid { line += " atime \(st.st_atim.tv_sec).\(st.st_atim.tv_nsec)" }
            if (st.st_mode & S_IFMT) == S_IFREG {
                // Read without touching the access time, or the snapshot would change it.
                guard case .success(let bytes) = DocumentReading.readBytes(Array(full.utf8), maximumSize: 1 << 30) else {
                    XCTFail("cannot read \(full)"); continue
                }
                line += " \(bytes.hashValue)"
            }
            result[p] = line
        }
        return result
    }
}

final class SanitiseTests: XCTestCase {
    /// The byte-level sanitiser must agree with the scalar-by-scalar rules on every kind of
    /// character it treats specially.
    func testByteSanitiserMatchesTheScalarRules() {
        let specials: [String] = ["\r\n", "\r", "\n", "\t", "\u{0B}", "\u{0C}", "\u{0}", "\u{1B}", "\u{7F}", "\u{85}", "\u{9B}",
                                  "\u{A0}", "\u{AD}", "\u{2007}", "\u{202F}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{200E}",
                                  "\u{200F}", "\u{2028}", "\u{2029}", "\u{202A}", "\u{202E}", "\u{2060}", "\u{2066}", "\u{2069}",
                                  "\u{FEFF}", "\u{061C}", "£", "’", "–", "é", "🚀", "中", "\u{2013}", "\u{2030}", "a"]
        var text = ""
        for (i, a) in specials.enumerated() {
            for b in specials[i...] { text += a + "x" + b }
        }
        XCTAssertEqual(TextDecoding.sanitise(text), TextDecoding.sanitiseScalars(text))
        XCTAssertEqual(TextDecoding.sanitise("a\u{1B}[2Jb\r\nc\u{A0}d"), "a\u{FFFD}[2Jb\nc d")
    }

    func testMatchKeyFastPathAgreesWithUnicodeRules() {
        for text in ["Council’s Budget – 2021/22 £5m", "Ysgol Gymraeg Pont-y-wern: Pŵer â Chân", "CABINET  (Item 4)",
                     "“Quoted” … • bullet · dot", "Café Ñandú 中文 🚀", "it's the Council's", "ªº µ", ""] {
            XCTAssertEqual(text.matchKey, text.unicodeMatchKey, text)
        }
        XCTAssertEqual("Council’s Budget – 2021/22".matchKey, "councils budget 2021 22")
    }
}
