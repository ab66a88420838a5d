import Foundation
import XCTest

/// The real binary in tmux on a small corpus written in the seed's text layout: browse,
/// open a resolution, filter by committee, search, resize, quit with the terminal restored.
final class BrowserEndToEndTests: XCTestCase {
    var tmux: Tmux!
    var folder: URL!

    override func setUpWithError() throws {
        guard Tmux.available else { throw XCTSkip("tmux is not installed") }
        guard let binary = Self.binary else { throw XCTSkip("the minutes binary was not built next to the tests") }
        folder = try Self.writeFixture()
        tmux = Tmux()
        // After the browser ends, print its exit status and whether the terminal is back in
        // canonical mode with echo, then wait to be captured.
        // Standard input is /dev/null: keys must come from /dev/tty all the same.
        let command = "cd \(Self.quote(folder.path)) && LANG=C.UTF-8 LC_ALL=C.UTF-8 PAGER=less LESS= \(Self.quote(binary)) testshire-data </dev/null; "
            + "echo EXIT=$?; stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo | tr '\\n' ' '; echo RESTORED; exec sleep 600"
        let problem = tmux.start(command)
        XCTAssertEqual(problem, "")
    }

    override func tearDown() {
        tmux?.stop()
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    func testBrowseOpenAResolutionAndQuit() {
        tmux.waitForAll(["Meetings 1/3", "Wed 10 Mar 2021  Planning Comm", "Items · Wed 10 Mar 2021", "1/3 meetings"])
        tmux.keys("j")
        tmux.waitFor("Meetings 2/3")
        tmux.keys("Tab", "Enter")
        tmux.waitForAll(["Decision · Esc back", " 1. That the progress of the SEND Transformation programme",
                         " 2. That the focus and priorities", "£79m"])
        tmux.keys("Escape")
        tmux.waitFor("Meetings 2/3")
        tmux.keys("q")
        tmux.waitForAll(["EXIT=0", "icanon echo RESTORED"])
    }

    func testFilterByCommittee() {
        tmux.waitFor("Meetings 1/3")
        tmux.keys("c")
        tmux.waitFor("Committees · Space marks")
        tmux.type("cab")
        tmux.waitFor("1 of 2")
        tmux.keys("Enter")
        tmux.waitForAll(["Meetings 1/2", "Testshire › Cabinet · 1/2 meetings"], absent: ["Planning Comm"])
        // Clearing keeps the selected meeting: the Cabinet of 23 Feb, second of three.
        tmux.keys("C")
        tmux.waitFor("Testshire › all committees · 2/3 meetings")
    }

    func testSearchAsYouTypeThenStepAndClear() {
        tmux.waitFor("Meetings 1/3")
        tmux.keys("/")
        tmux.type("zebra")
        tmux.waitForAll(["1 item in 1 meeting", "Meetings 1/1", "Budget Monitoring"])
        tmux.keys("Enter")
        tmux.waitFor("/zebra (1 items, n/N)")
        // Clearing keeps the matching meeting selected: the oldest, third of three.
        tmux.keys("Escape")
        tmux.waitFor("Meetings 3/3")
    }

    func testResizeRelaysOutAtOnce() {
        tmux.waitFor("Meetings 1/3")
        tmux.resize(width: 80, height: 24)
        tmux.waitForAll(["Meetings 1/3 › 2021-03-10 Planning Committee", "1/3 meetings"], absent: ["┌─ Decision"])
        tmux.resize(width: 30, height: 8)
        tmux.waitFor("Too small: need 40x10")
        tmux.resize(width: 120, height: 40)
        tmux.waitForAll(["┌─ Decision", "┏━ Meetings 1/3", "1/3 meetings"])
    }

    func testOpenTheSourceInThePagerAndComeBackIntact() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/less") else { throw XCTSkip("less is not installed") }
        tmux.waitFor("Meetings 1/3")
        tmux.keys("Tab", "o")
        // less shows the item's file as saved ("Minutes:" with its colon is never on the
        // browser's screen); the browser's screen is gone meanwhile.
        tmux.waitForAll(["Minutes:", "Members discussed the height of Block F."], absent: ["? help"])
        tmux.keys("q")
        tmux.waitForAll(["Meetings 1/3", "┏━ Items", "1/3 meetings", "? help"], absent: ["Minutes:"])
        tmux.keys("q")
        tmux.waitForAll(["EXIT=0", "RESTORED"])
    }

    /// Mouse reports typed into the pane as the terminal would send them (X10 encoding:
    /// ESC [ M, then button, column and row, each plus 32, counted from 1).
    func testMouseClickSelectsAndFocusesAndTheWheelScrolls() {
        func report(_ button: Int, x: Int, y: Int) -> String {
            "\u{1B}[M" + String(UnicodeScalar(UInt8(32 + button))) + String(UnicodeScalar(UInt8(33 + x)))
                + String(UnicodeScalar(UInt8(33 + y)))
        }
        tmux.waitForAll(["Meetings 1/3", "1/3 meetings"])
        // Press and release on the second row of the Meetings pane.
        tmux.type(report(0, x: 5, y: 2) + report(3, x: 5, y: 2))
        tmux.waitForAll(["Meetings 2/3", "2/3 meetings"])
        // A click in the Items pane focuses it (heavy border) and selects the clicked row.
        tmux.type(report(0, x: 45, y: 2) + report(3, x: 45, y: 2))
        tmux.waitForAll(["┏━ Items", "┌─ Meetings 2/3"])
        // The wheel over the Meetings pane scrolls it (three rows, clamped at the last).
        tmux.type(report(65, x: 5, y: 5))
        tmux.waitForAll(["┏━ Meetings 3/3", "3/3 meetings"])
    }

    /// A crash (here SIGABRT from outside) restores the terminal before the process dies.
    func testACrashStillRestoresTheTerminal() throws {
        tmux.waitForAll(["Meetings 1/3", "1/3 meetings"])
        let pid = try tmux.paneChildPID()
        kill(pid, SIGABRT)
        tmux.waitForAll(["EXIT=134", "icanon echo RESTORED"])
    }

    func testCtrlCEndsWith130AndRestoresTheTerminal() {
        tmux.waitFor("Meetings 1/3")
        tmux.keys("C-c")
        tmux.waitForAll(["EXIT=130", "icanon echo RESTORED"])
    }

    // MARK: Fixture and binary

    static var binary: String? {
        var dirs: [URL] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            dirs.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
        }
        dirs.append(Bundle.main.bundleURL.deletingLastPathComponent())
        dirs.append(Bundle.main.bundleURL)
        for b in Bundle.allBundles { dirs.append(b.bundleURL.deletingLastPathComponent()) }
        if let env = ProcessInfo.processInfo.environment["MINUTES_BIN"] { return env }
        for d in dirs {
            let candidate = d.appendingPathComponent("minutes").path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    static func writeFixture() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("minutes-e2e-\(UUID().uuidString)")
        let council = root.appendingPathComponent("testshire-data/testshire")
        try FileManager.default.createDirectory(at: council, withIntermediateDirectories: true)
        for (name, text) in fixtureFiles {
            try text.write(to: council.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return root
    }

    static let fixtureFiles: [(String, String)] = [
        ("cabinet-2021-02-23-item-45.txt", """
        Issue - meetings

        Special Educational Needs And Disabilities (Send) Transformation Programme Update

        Meeting: 23/02/2021 - Cabinet (Item 45)

        45 Special Educational Needs And Disabilities (Send) Transformation Programme Update pdf icon PDF 448 KB

        Decision:

        RESOLVED:

          1. That the progress of the SEND Transformation programme and its impact for children and young people with SEND and their families be noted.

          2. That the focus and priorities for the programme for 2021-22 to embed and accelerate change be agreed.

        Reason for Decision:

        The Council has invested significant resources into the SEND Transformation programme and committed a further £79m capital investment to increase specialist provision.

        [The decisions on this item can be called in by the Children, Families, Lifelong Learning & Culture Select Committee]

        Minutes:

        The Cabinet Member for All-Age Learning introduced the report.

        """),
        ("planning-2021-03-10-item-7.txt", """
        Issue - meetings

        Land at Northway Road

        Meeting: 10/03/2021 - Planning Committee (Item 7)

        7 Land at Northway Road: 224 homes

        Decision:

        RESOLVED: That planning permission be REFUSED.

        Minutes:

        Members discussed the height of Block F.

        """),
        ("cabinet-2020-10-06-item-12.txt", """
        Issue - meetings

        Budget Monitoring Month 5

        Meeting: 06/10/2020 - Cabinet (Item 12)

        12 Budget Monitoring Month 5

        Decision:

        RESOLVED: That the zebra crossing overspend be noted.

        Minutes:

        The Cabinet Member for Finance introduced the report.

        """),
    ]
}

/// Without a terminal the browser refuses in one sentence and exits 1; no tmux needed.
final class BrowserRefusalTests: XCTestCase {
    func testRefusesWhenStandardOutputIsNotATerminal() throws {
        guard let binary = BrowserEndToEndTests.binary else { throw XCTSkip("the minutes binary was not built next to the tests") }
        let folder = try BrowserEndToEndTests.writeFixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        let r = Spawn.run([binary, folder.appendingPathComponent("testshire-data").path],
                          environment: ["TERM=xterm-256color", "LANG=C.UTF-8", "PATH=/usr/bin:/bin"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.output.contains("needs a terminal"), r.output)
        XCTAssertTrue(r.output.contains("minutes stats|"), r.output)
        XCTAssertEqual(r.output.split(separator: "\n").count, 1, r.output)
    }
}

/// Text from the environment is as untrusted as text from documents: a refusal that names
/// TERM must not hand its escape sequences to the terminal.
final class BrowserHostileEnvironmentTests: XCTestCase {
    func testARefusalNeverEchoesEscapesFromTERM() throws {
        guard Tmux.available else { throw XCTSkip("tmux is not installed") }
        guard let binary = BrowserEndToEndTests.binary else { throw XCTSkip("the minutes binary was not built next to the tests") }
        let folder = try BrowserEndToEndTests.writeFixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        let errors = folder.appendingPathComponent("stderr").path
        let tmux = Tmux()
        defer { tmux.stop() }
        // An OSC title sequence, a CSI and a C1 CSI in TERM; stdout is tmux's terminal, so
        // the browser gets as far as asking curses for that terminal type.
        let term = "$(printf 'x\\033]0;pwned\\007\\033[2J\\302\\233y')"
        let command = "TERM=\"\(term)\" \(BrowserEndToEndTests.quote(binary)) \(BrowserEndToEndTests.quote(folder.appendingPathComponent("testshire-data").path))"
            + " 2>\(BrowserEndToEndTests.quote(errors)); echo EXIT=$?; exec sleep 600"
        XCTAssertEqual(tmux.start(command), "")
        tmux.waitFor("EXIT=1")
        let bytes = try XCTUnwrap(FileManager.default.contents(atPath: errors))
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("minutes: TERM=x"), text)
        XCTAssertTrue(text.contains("is not a terminal type this system knows"), text)
        XCTAssertFalse(bytes.contains(0x1B), "ESC in \(text.debugDescription)")
        XCTAssertFalse(bytes.contains(0x07), "BEL in \(text.debugDescription)")
        XCTAssertFalse(text.unicodeScalars.contains { (0x80...0x9F).contains($0.value) }, "C1 in \(text.debugDescription)")
        XCTAssertEqual(text.filter { $0 == "\n" }.count, 1, text)
    }
}
