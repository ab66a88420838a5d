import Foundation
import XCTest
#if canImport(Glibc)
import Glibc
#endif

/// Issue 14, fault 6: every signal that ends the browser leaves the terminal as it found
/// it: termios back (canonical mode, echo), and keypad mode, mouse reporting and the
/// alternate screen off, as tmux's own flags for the pane tell.
final class BrowserSignalTests: XCTestCase {
    var tmux: Tmux?
    var folder: URL?

    override func tearDown() {
        tmux?.stop()
        if let folder { try? FileManager.default.removeItem(at: folder) }
    }

    /// Starts the browser in a fresh tmux, waits for its first screen, and returns its pid.
    func startBrowser() throws -> (Tmux, Int32) {
        guard Tmux.available else { throw XCTSkip("tmux is not installed") }
        guard let binary = BrowserEndToEndTests.binary else { throw XCTSkip("the minutes binary was not built next to the tests") }
        let fixture = try BrowserEndToEndTests.writeFixture()
        folder = fixture
        let tmux = Tmux()
        self.tmux = tmux
        // No core file from QUIT or XCPU in the fixture folder.
        let command = "ulimit -c 0; cd \(BrowserEndToEndTests.quote(fixture.path)) && LANG=C.UTF-8 LC_ALL=C.UTF-8 "
            + "MINUTES_CACHE_DIR=off \(BrowserEndToEndTests.quote(binary)) testshire-data </dev/null; "
            + "echo EXIT=$?; stty -a | tr ' ' '\\n' | grep -x -e icanon -e echo | tr '\\n' ' '; echo RESTORED; exec sleep 600"
        XCTAssertEqual(tmux.start(command), "")
        tmux.waitForAll(["Meetings 1/3", "1/3 meetings"])
        let pid = try tmux.paneChildPID()
        return (tmux, pid)
    }

    /// tmux's view of the pane's modes: alternate screen, keypad (application cursor keys
    /// and keypad), and any mouse reporting.
    func paneModes(_ tmux: Tmux) -> String {
        tmux.run(["display-message", "-p", "-t", tmux.session,
                  "alt=#{alternate_on} keys=#{keypad_cursor_flag}#{keypad_flag} mouse=#{mouse_any_flag}#{mouse_standard_flag}#{mouse_button_flag}#{mouse_sgr_flag}"])
            .output.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func assertSignalRestoresTheTerminal(_ sig: Int32, file: StaticString = #filePath, line: UInt = #line) throws {
        let (tmux, pid) = try startBrowser()
        defer { tmux.stop(); self.tmux = nil }
        XCTAssertEqual(paneModes(tmux), "alt=1 keys=11 mouse=1100", "the browser's own modes", file: file, line: line)
        XCTAssertEqual(kill(pid, sig), 0, file: file, line: line)
        tmux.waitForAll(["EXIT=\(128 + sig)", "icanon echo RESTORED"], file: file, line: line)
        XCTAssertEqual(paneModes(tmux), "alt=0 keys=00 mouse=0000", "signal \(sig)", file: file, line: line)
        XCTAssertFalse(tmux.capture().contains("Crash"), "no crash report: \(tmux.capture())", file: file, line: line)
    }

    func testQuit() throws { try assertSignalRestoresTheTerminal(SIGQUIT) }
    func testFloatingPointException() throws { try assertSignalRestoresTheTerminal(SIGFPE) }
    func testUser1() throws { try assertSignalRestoresTheTerminal(SIGUSR1) }
    func testUser2() throws { try assertSignalRestoresTheTerminal(SIGUSR2) }
    func testAlarm() throws { try assertSignalRestoresTheTerminal(SIGALRM) }
    func testCPUTimeLimit() throws { try assertSignalRestoresTheTerminal(SIGXCPU) }
    func testBrokenPipe() throws { try assertSignalRestoresTheTerminal(SIGPIPE) }
    // Handled before issue 14; here their modes are checked too.
    func testAbort() throws { try assertSignalRestoresTheTerminal(SIGABRT) }
    func testSegmentationFault() throws { try assertSignalRestoresTheTerminal(SIGSEGV) }
    func testTerminate() throws { try assertSignalRestoresTheTerminal(SIGTERM) }
    func testHangUp() throws { try assertSignalRestoresTheTerminal(SIGHUP) }
}
