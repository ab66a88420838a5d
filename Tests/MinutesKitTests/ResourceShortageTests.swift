import XCTest
@testable import MinutesKit

/// Issue 14, fault 3, in process: a file whose reading ran short of resources is marked in
/// the load report, and a corpus holding one is never cached. (The child process under
/// `ulimit -v` is `CLIEndToEndTests.testAMemoryShortageIsReportedAndNeverCached`.)
final class ResourceShortageTests: XCTestCase {
    func converter(_ body: String, in folder: TemporaryFolder) throws -> PDFConverter {
        let path = folder.path + "/fake-pdftotext"
        try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertEqual(chmod(path, 0o755), 0)
        return PDFConverter(executable: path)
    }

    func testAPDFHelperThatCrashedIsReadAgainAndADamagedOneIsNot() throws {
        let folder = try TemporaryFolder()
        try folder.write("a.pdf", "%PDF-1.4\n")
        let entry = DirectoryWalk.Entry(relativePath: "a.pdf", absolutePath: folder.path + "/a.pdf")
        // pdftotext killed (out of memory is one cause): maybe not next time.
        let crashed = DocumentReading.read(entry, maximumSize: 1 << 20, pdf: try converter("kill -SEGV $$", in: folder))
        XCTAssertTrue(ResourceShortage.isMarked(crashed), "\(crashed)")
        guard case .skipped(_, let detail) = crashed else { return XCTFail("\(crashed)") }
        XCTAssertEqual(detail, "PDF is damaged: pdftotext crashed on it, signal 11 (short of resources, not a fault of the file: read again next run)")
        // pdftotext said the file is damaged: that is the file's fault, and stays cached.
        let damaged = DocumentReading.read(entry, maximumSize: 1 << 20, pdf: try converter("exit 1", in: folder))
        XCTAssertFalse(ResourceShortage.isMarked(damaged), "\(damaged)")
    }

    func testACorpusShortOfResourcesIsNeverCached() throws {
        let docs = try TemporaryFolder()
        let cacheFolder = try TemporaryFolder()
        try docs.write("vale/a.txt", LoaderTests.meetingPage)
        let cache = CorpusCache(directory: cacheFolder.path)
        var corpus = try Loader.load(directory: docs.path, options: Loader.Options(cache: cache, savesToCache: false))
        corpus.report.shortOfResources = ["vale/a.txt"]
        XCTAssertFalse(cache.save(corpus))
        cache.save(SearchIndex(corpus), for: corpus)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cacheFolder.path), [])
        corpus.report.shortOfResources = []
        XCTAssertTrue(cache.save(corpus))
    }

    func testTheMarkIsAddedOnce() {
        let skipped = DocumentReading.Outcome.skipped(.notMinuteDocument, "no page kind line")
        let once = ResourceShortage.marking(skipped, "libxml2 ran out of memory")
        guard case .skipped(_, let detail) = ResourceShortage.marking(once, "libxml2 ran out of memory") else { return XCTFail() }
        XCTAssertEqual(detail, "no page kind line; libxml2 ran out of memory (short of resources, not a fault of the file: read again next run)")
    }
}
