import XCTest
@testable import MinutesKit
#if canImport(Glibc)
import Glibc
#endif

/// Issue 14, fault 4: `ln -s /usr DIR/usr` walked 116,892 files and `ln -s /proc DIR/proc`
/// walked on through /proc/1/root. Links are not followed unless asked (`--follow`), never
/// into /proc, /sys or /dev nor onto another file system, and each one left is reported.
final class SymlinkTests: XCTestCase {
    /// DIR with one page of its own; `outside` with a page DIR links to, as a folder and as
    /// a file, plus links into the kernel's trees.
    func makeFolders() throws -> (dir: TemporaryFolder, outside: TemporaryFolder) {
        let dir = try TemporaryFolder()
        let outside = try TemporaryFolder()
        try dir.write("council/own.txt", LoaderTests.meetingPage)
        try outside.write("elsewhere/page.txt", LoaderTests.agendaItemPage)
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: dir.path + "/out", withDestinationPath: outside.path + "/elsewhere")
        try fm.createSymbolicLink(atPath: dir.path + "/council/linked.txt", withDestinationPath: outside.path + "/elsewhere/page.txt")
        try fm.createSymbolicLink(atPath: dir.path + "/proc", withDestinationPath: "/proc")
        try fm.createSymbolicLink(atPath: dir.path + "/self", withDestinationPath: "/proc/self")
        try fm.createSymbolicLink(atPath: dir.path + "/sys", withDestinationPath: "/sys")
        try fm.createSymbolicLink(atPath: dir.path + "/council/shm", withDestinationPath: "/dev/shm")
        try fm.createSymbolicLink(atPath: dir.path + "/council/zero.txt", withDestinationPath: "/dev/zero")
        return (dir, outside)
    }

    func skipped(_ corpus: Corpus) -> [String: LoadReport.Skipped] {
        Dictionary(corpus.report.skipped.map { ($0.path, $0) }, uniquingKeysWith: { a, _ in a })
    }

    func testLinksAreNotFollowedByDefaultAndEachIsReported() throws {
        let (dir, outside) = try makeFolders()
        defer { withExtendedLifetime(outside) {} }
        let corpus = try Loader.load(directory: dir.path)
        XCTAssertEqual(corpus.report.loaded.map(\.path), ["council/own.txt"])
        let links = ["out", "council/linked.txt", "proc", "self", "sys", "council/shm", "council/zero.txt"]
        XCTAssertEqual(corpus.report.skipped.map(\.path).sorted(), links.sorted(), "one entry per link, nothing under them")
        for link in links {
            XCTAssertEqual(skipped(corpus)[link]?.reason, "symlink not followed", link)
            XCTAssertEqual(skipped(corpus)[link]?.detail, "--follow reads it", link)
        }
        XCTAssertEqual(corpus.report.files, 1 + links.count)
    }

    func testFollowReadsLinksButNeverIntoTheKernelsTrees() throws {
        let (dir, outside) = try makeFolders()
        defer { withExtendedLifetime(outside) {} }
        let corpus = try Loader.load(directory: dir.path, options: Loader.Options(followsSymlinks: true))
        XCTAssertEqual(corpus.report.loaded.map(\.path).sorted(), ["council/linked.txt", "council/own.txt", "out/page.txt"])
        let report = skipped(corpus)
        XCTAssertEqual(report["proc"]?.explanation, "symlink not followed (leads into /proc)")
        XCTAssertEqual(report["self"]?.explanation, "symlink not followed (leads into /proc)")
        XCTAssertEqual(report["sys"]?.explanation, "symlink not followed (leads into /sys)")
        XCTAssertEqual(report["council/shm"]?.explanation, "symlink not followed (leads into /dev)")
        XCTAssertEqual(report["council/zero.txt"]?.explanation, "symlink not followed (leads into /dev)")
        XCTAssertEqual(corpus.report.skipped.count, 5, "\(corpus.report.skipped)")
    }

    func testFollowNeverLeavesTheFoldersFileSystem() throws {
        let (dir, outside) = try makeFolders()
        var st = stat()
        XCTAssertEqual(stat(outside.path, &st), 0)
        // DIR's file system as if it were another: `outside` is then on a different one.
        let policy = SymlinkPolicy(follows: true, device: UInt64(st.st_dev) &+ 1)
        XCTAssertEqual(policy.refusal(link: Array((dir.path + "/out").utf8), target: st), "leads onto another file system")
        XCTAssertNil(SymlinkPolicy(follows: true, device: UInt64(st.st_dev)).refusal(link: Array((dir.path + "/out").utf8), target: st))
        XCTAssertEqual(SymlinkPolicy(follows: false, device: UInt64(st.st_dev)).refusal(link: Array((dir.path + "/out").utf8), target: st),
                       "--follow reads it")
    }

    func testALoopIsVisitedOnceWhenFollowing() throws {
        let dir = try TemporaryFolder()
        try dir.write("c/good.txt", LoaderTests.meetingPage)
        try FileManager.default.createSymbolicLink(atPath: dir.path + "/c/loop", withDestinationPath: dir.path + "/c")
        let followed = try Loader.load(directory: dir.path, options: Loader.Options(followsSymlinks: true))
        XCTAssertEqual(followed.report.loaded.count, 1)
        XCTAssertEqual(followed.report.skipped.map(\.explanation), ["symlink loop (folder already visited)"])
        let plain = try Loader.load(directory: dir.path)
        XCTAssertEqual(plain.report.skipped.map(\.explanation), ["symlink not followed (--follow reads it)"])
    }

    func testFollowingIsPartOfTheCacheKey() throws {
        let (dir, outside) = try makeFolders()
        defer { withExtendedLifetime(outside) {} }
        let cacheFolder = try TemporaryFolder()
        let cache = CorpusCache(directory: cacheFolder.path)
        _ = try Loader.load(directory: dir.path, options: Loader.Options(cache: cache))
        let followed = try Loader.load(directory: dir.path, options: Loader.Options(cache: cache, followsSymlinks: true))
        XCTAssertFalse(followed.isFromCache)
        XCTAssertEqual(followed.report.loaded.count, 3)
    }

    /// A folder given as DIR is itself followed when it is a link: the user named it.
    func testTheFolderGivenMayItselfBeALink() throws {
        let (dir, outside) = try makeFolders()
        try FileManager.default.createSymbolicLink(atPath: outside.path + "/docs", withDestinationPath: dir.path)
        let corpus = try Loader.load(directory: outside.path + "/docs")
        XCTAssertEqual(corpus.report.loaded.map(\.path), ["council/own.txt"])
    }
}
