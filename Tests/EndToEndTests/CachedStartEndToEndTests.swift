import Foundation
import XCTest

/// The parsed-corpus cache through the real binary: a command line run writes it, the
/// browser then starts from it, builds and saves the index, and a second browser finds
/// both and searches at once. Nothing lands in the documents folder.
final class CachedStartEndToEndTests: XCTestCase {
    func testTheBrowserStartsFromTheCacheAndKeepsTheIndex() throws {
        guard Tmux.available else { throw XCTSkip("tmux is not installed") }
        guard let binary = BrowserEndToEndTests.binary else { throw XCTSkip("the minutes binary was not built next to the tests") }
        let folder = try BrowserEndToEndTests.writeFixture()
        defer { try? FileManager.default.removeItem(at: folder) }
        let cache = folder.appendingPathComponent("cache").path
        let documents = folder.appendingPathComponent("testshire-data").path
        let before = try FileManager.default.subpathsOfDirectory(atPath: documents).sorted()
        let tmux = Tmux()
        defer { tmux.stop() }
        let minutes = "MINUTES_CACHE_DIR=\(BrowserEndToEndTests.quote(cache)) LANG=C.UTF-8 LC_ALL=C.UTF-8 \(BrowserEndToEndTests.quote(binary))"
        let command = "cd \(BrowserEndToEndTests.quote(folder.path)) && \(minutes) stats testshire-data | head -1; "
            + "\(minutes) testshire-data; echo FIRST=$?; \(minutes) testshire-data; echo SECOND=$?; "
            + "\(minutes) stats testshire-data | head -1; exec sleep 600"
        XCTAssertEqual(tmux.start(command), "")

        // First browser: the corpus comes from the cache the stats run wrote.
        tmux.waitForAll(["Meetings 1/3", "1/3 meetings"])
        tmux.keys("/")
        tmux.type("zebra")
        tmux.waitFor("1 item in 1 meeting")
        tmux.keys("Enter")
        tmux.waitFor("/zebra (1 items, n/N)")
        // Quit at once: the index is saved after it is built, and q lets the save finish.
        tmux.keys("q")

        // Second browser: corpus and index both from the cache; a search typed at once,
        // even before it has drawn, runs (the second screen covers the first's exit line).
        tmux.keys("/")
        tmux.type("zebra")
        tmux.keys("Enter")
        tmux.waitForAll(["/zebra (1 items, n/N)", "Meetings 1/1"])
        tmux.keys("q")
        tmux.waitForAll(["FIRST=0", "SECOND=0", ", from cache (none changed since)"])

        let names = try FileManager.default.contentsOfDirectory(atPath: cache).sorted()
        XCTAssertEqual(names.map { String($0.prefix(6)) }, ["corpus", "index-"], "\(names)")
        XCTAssertEqual(try FileManager.default.subpathsOfDirectory(atPath: documents).sorted(), before)
    }
}
