import Foundation
import XCTest

/// Issue 14, fault 8: Ctrl-Z, a resize while stopped, then `fg` kept the old layout until
/// the next key. A stopped program is not in the foreground, so it never gets SIGWINCH;
/// the browser must look at the size itself when it is continued. Run in an interactive
/// bash inside tmux, so Ctrl-Z and `fg` are the shell's job control, as a user has them.
final class BrowserSuspendTests: XCTestCase {
    func testAResizeWhileSuspendedIsDrawnOnResume() throws {
        guard Tmux.available else { throw XCTSkip("tmux is not installed") }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/bash") else { throw XCTSkip("bash is not installed") }
        guard let binary = BrowserEndToEndTests.binary else { throw XCTSkip("the minutes binary was not built next to the tests") }
        let folder = try BrowserEndToEndTests.writeFixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = Tmux()
        defer { tmux.stop() }
        XCTAssertEqual(tmux.start("PS1='ready$ ' exec /usr/bin/bash --norc --noprofile -i"), "")
        tmux.waitFor("ready$")
        tmux.type("cd \(BrowserEndToEndTests.quote(folder.path)) && LANG=C.UTF-8 LC_ALL=C.UTF-8 MINUTES_CACHE_DIR=off "
                  + "\(BrowserEndToEndTests.quote(binary)) testshire-data")
        tmux.keys("Enter")
        tmux.waitForAll(["┏━ Meetings 1/3", "┌─ Decision", "1/3 meetings"])
        tmux.keys("C-z")
        tmux.waitFor("Stopped")
        tmux.resize(width: 80, height: 24)
        tmux.type("fg")
        tmux.keys("Enter")
        // No key after fg: the narrow layout must come by itself.
        tmux.waitForAll(["Meetings 1/3 › 2021-03-10 Planning Committee", "1/3 meetings"], absent: ["┌─ Decision"])
        tmux.keys("q")
        tmux.waitFor("ready$")
    }
}
