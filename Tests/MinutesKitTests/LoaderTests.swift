import XCTest
@testable import MinutesKit

/// Loading a folder: encodings, councils from folders, merging pages, the load report.
final class LoaderTests: XCTestCase {
    static let meetingPage = """
    Agenda, decisions and minutes

    Cabinet - Tuesday, 26th October, 2021 2.00 pm

    Items
    No. Item

    163/21

    Home to School Travel Assistance Policy 2022/23 pdf icon PDF 300 KB

    Decision:

    RESOLVED:

    1. That the policy be approved.

    164/21

    School Place Planning

    Decision:

    RESOLVED: That the expansion be approved.
    """

    static let issuePage = """
    Issue - meetings

    Home to School Travel Assistance Policy 2022/23

    Meeting: 26/10/2021 - Cabinet (Item 163)

    163 Home to School Travel Assistance Policy 2022/23 pdf icon PDF 300 KB

    Decision:

    RESOLVED:

    1. That the policy be approved.

    2. That personal transport budgets be offered.
    """

    static let decisionPage = """
    Decision details

    School Place Planning

    Decision Maker: Cabinet

    Is Key decision?: Yes

    Decision:

    That the expansion be approved.

    Decided at meeting: 26/10/2021 - Cabinet
    """

    static let agendaItemPage = """
    Agenda item

    School Place Planning

    Minutes:

    The Cabinet Member explained the need for places.
    """

    func testTheSameItemOnThreePagesIsOneItemWithThreeSources() throws {
        let dir = try TemporaryFolder()
        try dir.write("ashbourne/meeting.txt", Self.meetingPage)
        try dir.write("ashbourne/issue.txt", Self.issuePage)
        try dir.write("ashbourne/decision.txt", Self.decisionPage)
        try dir.write("ashbourne/agenda-item.txt", Self.agendaItemPage)
        let corpus = try Loader.load(directory: dir.path)
        XCTAssertEqual(corpus.councils.map(\.name), ["Ashbourne"])
        // The agenda item page names no meeting: the same title at some meeting is not
        // enough to say it is that meeting's item, so it keeps an undated meeting of its own.
        XCTAssertEqual(corpus.meetings.count, 2)
        XCTAssertEqual(corpus.items.count, 3)
        let meeting = try XCTUnwrap(corpus.meetings.first { $0.date != nil })
        let items = corpus.items(of: meeting)
        XCTAssertEqual(items.map(\.number), ["163/21", "164/21"])
        let travel = items[0]
        XCTAssertEqual(travel.decision.resolutions, ["That the policy be approved.", "That personal transport budgets be offered."])
        XCTAssertEqual(Set(travel.sources.map(\.path)), ["ashbourne/meeting.txt", "ashbourne/issue.txt"])
        XCTAssertNotNil(travel.issueID)
        let places = items[1]
        XCTAssertEqual(places.decision.resolutions, ["That the expansion be approved."])
        XCTAssertEqual(places.decision.isKeyDecision, true)
        XCTAssertEqual(Set(places.sources.map(\.kind)), [.meeting, .decisionDetails])
        let apart = try XCTUnwrap(corpus.items.first { $0.sources.map(\.kind) == [.agendaItem] })
        XCTAssertEqual(apart.title, places.title)
        XCTAssertEqual(apart.minutes, "The Cabinet Member explained the need for places.")
        XCTAssertNil(corpus.meetings[apart.meetingID].date)
    }

    func testRefsAreStableAcrossLoadsAndFindItems() throws {
        let dir = try TemporaryFolder()
        try dir.write("a/meeting.txt", Self.meetingPage)
        let first = try Loader.load(directory: dir.path)
        try dir.write("a/other.txt", Self.issuePage.replacingOccurrences(of: "26/10/2021", with: "01/01/2020"))
        let second = try Loader.load(directory: dir.path)
        for item in first.items {
            XCTAssertEqual(second.item(ref: item.ref)?.title, item.title)
            XCTAssertEqual(second.item(ref: String(item.ref.prefix(6)))?.ref, item.ref)
        }
        XCTAssertEqual(Set(first.items.map(\.ref)).count, first.items.count)
        XCTAssertNil(first.item(ref: "zzzzzz"))
    }

    func testMissingFactsGoIntoExplicitBuckets() throws {
        let dir = try TemporaryFolder()
        try dir.write("loose.txt", Self.agendaItemPage)
        let corpus = try Loader.load(directory: dir.path)
        XCTAssertEqual(corpus.councils.map(\.name), [Council.unknownName])
        XCTAssertEqual(corpus.committees.map(\.displayName), [Committee.notStatedName])
        XCTAssertNil(corpus.meetings.first?.date)
        XCTAssertEqual(corpus.items.count, 1)
    }

    func testWindows1252AndBOMWithCRLF() throws {
        let dir = try TemporaryFolder()
        var cp1252 = Array("Agenda item\n\nFees \u{0}".utf8.dropLast(1))
        cp1252 += [0x96, 0x20] + Array("2021\n\nMinutes:\n\nRESOLVED: That the fee be ".utf8) + [0xA3] + Array("10 and the council".utf8) + [0x92] + Array("s policy stand.\n".utf8)
        try dir.write("old.txt", bytes: cp1252)
        let bomCRLF: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(Self.agendaItemPage.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        try dir.write("bom.txt", bytes: bomCRLF)
        let corpus = try Loader.load(directory: dir.path)
        XCTAssertEqual(corpus.items.count, 2)
        let fees = try XCTUnwrap(corpus.items.first { $0.title.hasPrefix("Fees") })
        XCTAssertEqual(fees.title, "Fees – 2021")
        XCTAssertEqual(fees.decision.resolutions, ["That the fee be £10 and the council’s policy stand."])
        let encodings = Dictionary(uniqueKeysWithValues: corpus.report.loaded.map { ($0.path, $0.encoding) })
        XCTAssertEqual(encodings["old.txt"], "windows1252")
        XCTAssertEqual(encodings["bom.txt"], "utf8-bom")
        let places = try XCTUnwrap(corpus.items.first { $0.title == "School Place Planning" })
        XCTAssertFalse(places.minutes?.contains("\r") ?? true)
    }

    func testEveryFileIsAccountedFor() throws {
        let dir = try TemporaryFolder()
        try dir.write("c/good.txt", Self.meetingPage)
        try dir.write("c/notes.md", "# not minutes")
        try dir.write("c/empty.txt", "")
        try dir.write("c/blank.html", "   \n\n  ")
        try dir.write("c/picture.txt", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D])
        try dir.write("c/shopping.txt", "milk\neggs\n")
        try dir.write("c/huge.txt", String(repeating: "x", count: 2048))
        var options = Loader.Options()
        options.maximumFileSize = 1024
        let corpus = try Loader.load(directory: dir.path, options: options)
        XCTAssertEqual(corpus.report.files, 7)
        XCTAssertEqual(corpus.report.loaded.map(\.path), ["c/good.txt"])
        let reasons = Dictionary(uniqueKeysWithValues: corpus.report.skipped.map { ($0.path, $0.reason) })
        XCTAssertEqual(reasons, [
            "c/notes.md": "not a minute document",
            "c/empty.txt": "empty",
            "c/blank.html": "empty",
            "c/picture.txt": "binary",
            "c/shopping.txt": "not a minute document",
            "c/huge.txt": "too large",
        ])
    }

    func testMissingFolderAndFileInsteadOfFolder() throws {
        XCTAssertThrowsError(try Loader.load(directory: "/nonexistent/minutes")) { error in
            XCTAssertEqual(error as? Loader.Failure, .notFound("/nonexistent/minutes"))
        }
        let dir = try TemporaryFolder()
        try dir.write("file.txt", "x")
        XCTAssertThrowsError(try Loader.load(directory: dir.path + "/file.txt")) { error in
            XCTAssertEqual(error as? Loader.Failure, .notADirectory(dir.path + "/file.txt"))
            XCTAssertTrue("\(error)".contains("is a file, not a folder"))
        }
    }

    func testSymlinkLoopIsReportedNotFollowedForever() throws {
        let dir = try TemporaryFolder()
        try dir.write("c/good.txt", Self.meetingPage)
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/c/loop", withDestinationPath: dir.path + "/c")
        let corpus = try Loader.load(directory: dir.path, options: Loader.Options(followsSymlinks: true))
        XCTAssertEqual(corpus.report.loaded.count, 1)
        XCTAssertEqual(corpus.report.skipped.map(\.reason), ["symlink loop"])
    }

    func testControlAndEscapeCharactersNeverSurvive() throws {
        let dir = try TemporaryFolder()
        try dir.write("x.txt", "Agenda item\n\nEvil \u{1B}]0;pwned\u{07} title \u{202E}gnp.exe\n\nMinutes:\n\nRESOLVED: That \u{1B}[2J clear.\n")
        let corpus = try Loader.load(directory: dir.path)
        let item = try XCTUnwrap(corpus.items.first)
        let all = item.title + item.decision.resolutions.joined()
        XCTAssertFalse(all.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0 == "\u{202E}" })
        XCTAssertTrue(item.title.contains("\u{FFFD}"))
    }
}

final class ProgressiveLoadTests: XCTestCase {
    /// A browser shows the first documents while the rest load: snapshots come early, grow,
    /// and the final corpus is the same as a load without them.
    func testSnapshotsArriveEarlyAndTheEndResultIsUnchanged() throws {
        let dir = try TemporaryFolder()
        for i in 0..<700 {
            let page = LoaderTests.meetingPage.replacingOccurrences(of: "26th October, 2021", with: "\(i % 28 + 1)th October, \(2000 + i / 28)")
            try dir.write("c/m\(String(format: "%04d", i)).txt", page)
        }
        try dir.write("c/zz-agenda-item.txt", LoaderTests.agendaItemPage)
        final class Box: @unchecked Sendable { var sizes: [Int] = [] }
        let box = Box()
        let progressive = try Loader.load(directory: dir.path, snapshot: { box.sizes.append($0.items.count) })
        let plain = try Loader.load(directory: dir.path)
        XCTAssertFalse(box.sizes.isEmpty)
        XCTAssertEqual(box.sizes.first, 512) // the first batch: 256 pages of two items
        XCTAssertEqual(box.sizes, box.sizes.sorted())
        XCTAssertLessThan(box.sizes.last ?? 0, plain.items.count)
        XCTAssertEqual(progressive.items.map(\.ref), plain.items.map(\.ref))
        XCTAssertEqual(progressive.items.map(\.title), plain.items.map(\.title))
        XCTAssertEqual(progressive.meetingsNewestFirst, plain.meetingsNewestFirst)
    }
}
