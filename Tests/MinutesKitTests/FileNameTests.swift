import Foundation
import XCTest
@testable import MinutesKit
#if canImport(Glibc)
import Glibc
#endif

/// Issue 14, fault 5: a Latin-1 `Comit\xe9.txt` was skipped as "No such file or directory"
/// (its name decoded lossily, then used to open it), and `new\nline.txt` was exported as
/// `new line.txt`, another file's name. Names are opened as bytes and shown escaped.
final class FileNameTests: XCTestCase {
    /// Creates `bytes` (a name, not UTF-8 perhaps) under `folder`, with `text` in it.
    func write(_ folder: String, _ bytes: [UInt8], _ text: String) throws {
        let path = Array(folder.utf8) + [0x2F] + bytes
        let fd = withCPath(path) { open($0, O_WRONLY | O_CREAT | O_EXCL, 0o644) }
        XCTAssertGreaterThanOrEqual(fd, 0, String(cString: strerror(errno)))
        let data = Array(text.utf8)
        XCTAssertEqual(data.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }, data.count)
        close(fd)
    }

    func makeFolder(_ folder: String, _ bytes: [UInt8]) {
        let path = Array(folder.utf8) + [0x2F] + bytes
        XCTAssertEqual(withCPath(path) { mkdir($0, 0o755) }, 0)
    }

    func testNamesThatAreNotUTF8AreReadAndShownEscaped() throws {
        let dir = try TemporaryFolder()
        let latin1 = Array("Comit".utf8) + [0xE9] + Array(".txt".utf8)
        try write(dir.path, latin1, LoaderTests.meetingPage)
        makeFolder(dir.path, Array("Ann".utf8) + [0xE9, 0x65])
        try write(dir.path, Array("Ann".utf8) + [0xE9, 0x65, 0x2F] + Array("item.txt".utf8), LoaderTests.agendaItemPage)
        try write(dir.path, Array("new\nline.txt".utf8), LoaderTests.agendaItemPage)
        try write(dir.path, Array("new line.txt".utf8), LoaderTests.agendaItemPage)
        try write(dir.path, Array("back\\slash\u{1B}]0;x\u{07}.txt".utf8), LoaderTests.agendaItemPage)
        let corpus = try Loader.load(directory: dir.path)
        XCTAssertEqual(corpus.report.skipped, [], "\(corpus.report.skipped)")
        XCTAssertEqual(corpus.report.loaded.map(\.path).sorted(), [
            "Ann\\xe9e/item.txt", "Comit\\xe9.txt", "back\\\\slash\\x1b]0;x\\x07.txt", "new line.txt", "new\\x0aline.txt",
        ])
        // Each shown path leads back to its file's bytes.
        for loaded in corpus.report.loaded {
            let path = FileName.path(root: dir.path, relative: loaded.path)
            XCTAssertEqual(path.withUnsafeBufferPointer { access($0.baseAddress!, R_OK) }, 0, loaded.path)
        }
    }

    func testExportNamesEachSourceByItsOwnEscapedPath() throws {
        let dir = try TemporaryFolder()
        try write(dir.path, Array("new\nline.txt".utf8), LoaderTests.agendaItemPage)
        try write(dir.path, Array("new line.txt".utf8), LoaderTests.agendaItemPage)
        let corpus = try Loader.load(directory: dir.path)
        var paths: [String] = []
        for item in corpus.items {
            let line = try JSONOutput.line(ItemRecord(item, in: corpus))
            let o = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            paths += (o["sources"] as? [[String: Any]] ?? []).compactMap { $0["path"] as? String }
        }
        XCTAssertEqual(paths.sorted(), ["new line.txt", "new\\x0aline.txt"])
        XCTAssertEqual(FileName.bytes("new\\x0aline.txt"), Array("new\nline.txt".utf8))
    }

    func testEscapingIsReversibleAndPrintable() {
        XCTAssertEqual(FileName.escaped(Array("plain £ – 日本.txt".utf8)), "plain £ – 日本.txt")
        XCTAssertEqual(FileName.escaped(Array("a\\b".utf8)), "a\\\\b")
        XCTAssertEqual(FileName.escaped(Array("\u{202E}gnp.exe".utf8)), "\\xe2\\x80\\xaegnp.exe")
        XCTAssertEqual(FileName.escaped(Array("tab\there".utf8)), "tab\\x09here")
        XCTAssertEqual(FileName.escaped([0xC0, 0xAF, 0xED, 0xA0, 0x80, 0xF4, 0x90, 0x80, 0x80]),
                       "\\xc0\\xaf\\xed\\xa0\\x80\\xf4\\x90\\x80\\x80", "overlong, surrogate, past U+10FFFF")
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let name = (0..<Int.random(in: 1...24, using: &rng)).map { _ -> UInt8 in
                let b = UInt8.random(in: 1...255, using: &rng)
                return b == 0x2F ? 0x5C : b
            }
            let shown = FileName.escaped(name)
            XCTAssertEqual(FileName.bytes(shown), name, shown)
            XCTAssertFalse(shown.unicodeScalars.contains { TerminalText.isUnsafe($0) || $0 == "\n" || $0 == "\t" }, shown)
        }
    }
}
