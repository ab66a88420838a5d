import Foundation
import XCTest
@testable import MinutesKit

/// The parsed-corpus cache: a second load reads exactly what parsing gives, any change to
/// the folder is noticed, a damaged file is a miss, and nothing lands under the folder.
final class CorpusCacheTests: XCTestCase {
    static let sampleData = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("sample-data").path

    func assertSameCorpus(_ a: Corpus, _ b: Corpus, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(a.councils, b.councils, file: file, line: line)
        XCTAssertEqual(a.committees, b.committees, file: file, line: line)
        XCTAssertEqual(a.meetings, b.meetings, file: file, line: line)
        XCTAssertEqual(a.items, b.items, file: file, line: line)
        XCTAssertEqual(a.issues, b.issues, file: file, line: line)
        XCTAssertEqual(a.report.loaded, b.report.loaded, file: file, line: line)
        XCTAssertEqual(a.report.skipped, b.report.skipped, file: file, line: line)
        XCTAssertEqual(a.meetingsNewestFirst, b.meetingsNewestFirst, file: file, line: line)
        XCTAssertEqual(a.root, b.root, file: file, line: line)
    }

    func testSecondLoadComesFromTheCacheAndEqualsParsing() throws {
        let cacheFolder = try TemporaryFolder()
        let options = Loader.Options(cache: CorpusCache(directory: cacheFolder.path + "/minutes"))
        let parsed = try Loader.load(directory: Self.sampleData)
        let first = try Loader.load(directory: Self.sampleData, options: options)
        XCTAssertFalse(first.isFromCache)
        let second = try Loader.load(directory: Self.sampleData, options: options)
        XCTAssertTrue(second.isFromCache)
        assertSameCorpus(parsed, first)
        assertSameCorpus(parsed, second)
        let anyItem = try XCTUnwrap(parsed.items.last)
        XCTAssertEqual(second.item(ref: anyItem.ref)?.title, anyItem.title)
        XCTAssertEqual(second.item(ref: String(anyItem.ref.prefix(6)))?.id, anyItem.id)
    }

    func testAnyChangeToTheFolderIsNoticed() throws {
        let docs = try TemporaryFolder()
        let cacheFolder = try TemporaryFolder()
        let options = Loader.Options(cache: CorpusCache(directory: cacheFolder.path))
        let page = "Agenda, decisions and minutes\n\nCabinet - Tuesday, 12th March, 2024 2.00 pm\n\nItems\nNo. Item\n\n1.\n\nBudget\n\nDecision:\n\nRESOLVED:\n\n1. That the budget be agreed.\n"
        try docs.write("vale/cabinet/a.txt", page)
        _ = try Loader.load(directory: docs.path, options: options)
        XCTAssertTrue(try Loader.load(directory: docs.path, options: options).isFromCache)

        // Same size, new content and time: the stamp sees the modification time.
        try docs.write("vale/cabinet/a.txt", page.replacingOccurrences(of: "Budget", with: "Parks!"))
        let edited = try Loader.load(directory: docs.path, options: options)
        XCTAssertFalse(edited.isFromCache)
        XCTAssertEqual(edited.items.map(\.title), ["Parks!"])
        XCTAssertTrue(try Loader.load(directory: docs.path, options: options).isFromCache)

        try docs.write("vale/cabinet/b.txt", page.replacingOccurrences(of: "12th March", with: "14th March"))
        let added = try Loader.load(directory: docs.path, options: options)
        XCTAssertFalse(added.isFromCache)
        XCTAssertEqual(added.meetings.count, 2)

        try FileManager.default.removeItem(atPath: docs.path + "/vale/cabinet/a.txt")
        let removed = try Loader.load(directory: docs.path, options: options)
        XCTAssertFalse(removed.isFromCache)
        XCTAssertEqual(removed.meetings.count, 1)

        // A different size limit is a different load.
        var smaller = options
        smaller.maximumFileSize = 10
        let limited = try Loader.load(directory: docs.path, options: smaller)
        XCTAssertFalse(limited.isFromCache)
        XCTAssertEqual(limited.report.skipped.map(\.reason), ["too large"])
    }

    func testADamagedCacheFileIsAMissNotACrash() throws {
        let cacheFolder = try TemporaryFolder()
        let cache = CorpusCache(directory: cacheFolder.path)
        let options = Loader.Options(cache: cache)
        let parsed = try Loader.load(directory: Self.sampleData, options: options)
        let files = try FileManager.default.contentsOfDirectory(atPath: cacheFolder.path).filter { $0.hasPrefix("corpus-") }
        XCTAssertEqual(files.count, 1)
        let path = cacheFolder.path + "/" + files[0]
        let good = try Data(contentsOf: URL(fileURLWithPath: path))
        var rng = SystemRandomNumberGenerator()
        // Cut short at many points, and bytes flipped at many points.
        var damaged: [Data] = stride(from: 0, to: good.count, by: max(1, good.count / 60)).map { good.prefix($0) }
        for _ in 0..<60 {
            var d = good
            let at = Int.random(in: 0..<d.count, using: &rng)
            d[at] ^= UInt8.random(in: 1...255, using: &rng)
            damaged.append(d)
        }
        for bytes in damaged {
            try bytes.write(to: URL(fileURLWithPath: path))
            let fromDamaged = try Loader.load(directory: Self.sampleData, options: options)
            // Every frame carries a checksum, so damage is a miss and the folder is parsed.
            XCTAssertEqual(fromDamaged.isFromCache, bytes == good)
            assertSameCorpus(parsed, fromDamaged)
        }
    }

    func testNothingIsWrittenUnderTheLoadedFolder() throws {
        let docs = try TemporaryFolder()
        try docs.write("vale/cabinet/a.txt", "Meeting of Cabinet\nDate: 12 March 2024\n\n1. Budget\nRESOLVED: That it be agreed.\n")
        let before = try FileManager.default.subpathsOfDirectory(atPath: docs.path).sorted()
        for inside in [docs.path + "/.cache", docs.path, docs.path + "/vale/x/y"] {
            let options = Loader.Options(cache: CorpusCache(directory: inside))
            _ = try Loader.load(directory: docs.path, options: options)
            XCTAssertFalse(try Loader.load(directory: docs.path, options: options).isFromCache)
        }
        XCTAssertEqual(try FileManager.default.subpathsOfDirectory(atPath: docs.path).sorted(), before)
    }

    /// `cd DIR; MINUTES_CACHE_DIR=mycache minutes stats .` once wrote the cache into DIR:
    /// the inside-DIR check compared the relative path with DIR's real path.
    func testARelativeOrLinkedCachePathInsideTheFolderIsNeverUsed() throws {
        let docs = try TemporaryFolder()
        let elsewhere = try TemporaryFolder()
        try docs.write("vale/cabinet/a.txt", "Meeting of Cabinet\nDate: 12 March 2024\n\n1. Budget\nRESOLVED: That it be agreed.\n")
        XCTAssertEqual(symlink(docs.path, elsewhere.path + "/link"), 0)
        let before = try FileManager.default.subpathsOfDirectory(atPath: docs.path).sorted()
        let docsName = URL(fileURLWithPath: docs.path).lastPathComponent
        let saved = FileManager.default.currentDirectoryPath
        defer { XCTAssertEqual(chdir(saved), 0) }
        // From inside DIR: relative, ./, ../DIR/x, a missing folder and back out of it.
        XCTAssertEqual(chdir(docs.path), 0)
        for inside in ["mycache", "./mycache", "../\(docsName)/x", "a/b", "missing/../mycache", "vale/../vale/c"] {
            let options = Loader.Options(cache: CorpusCache(directory: inside))
            _ = try Loader.load(directory: ".", options: options)
            XCTAssertFalse(try Loader.load(directory: ".", options: options).isFromCache, inside)
            XCTAssertEqual(try FileManager.default.subpathsOfDirectory(atPath: docs.path).sorted(), before, inside)
        }
        // From elsewhere: through a symlink to DIR, and out of a folder not yet made back in.
        XCTAssertEqual(chdir(elsewhere.path), 0)
        for inside in ["link/x", "link/./y", "new/../link/z", "new/../../\(docsName)/w"] {
            let options = Loader.Options(cache: CorpusCache(directory: inside))
            _ = try Loader.load(directory: docs.path, options: options)
            XCTAssertFalse(try Loader.load(directory: docs.path, options: options).isFromCache, inside)
            XCTAssertEqual(try FileManager.default.subpathsOfDirectory(atPath: docs.path).sorted(), before, inside)
        }
        // A relative path outside DIR still works as a cache.
        let outside = Loader.Options(cache: CorpusCache(directory: "mycache"))
        _ = try Loader.load(directory: docs.path, options: outside)
        XCTAssertTrue(try Loader.load(directory: docs.path, options: outside).isFromCache)
        XCTAssertTrue(FileManager.default.fileExists(atPath: elsewhere.path + "/mycache"))
    }

    func testTheBrowserCanSaveLaterAndHalfWrittenFilesOfDeadRunsGo() throws {
        let cacheFolder = try TemporaryFolder()
        let cache = CorpusCache(directory: cacheFolder.path)
        // A save cut off by the end of a run (pid 4194303 is above Linux's default pid_max).
        try cacheFolder.write("corpus-0123456789abcdef.bin.tmp.4194303", "half a file")
        let later = Loader.Options(cache: cache, savesToCache: false)
        let parsed = try Loader.load(directory: Self.sampleData, options: later)
        XCTAssertFalse(try Loader.load(directory: Self.sampleData, options: later).isFromCache, "nothing saved yet")
        XCTAssertTrue(cache.save(parsed))
        let cached = try Loader.load(directory: Self.sampleData, options: later)
        XCTAssertTrue(cached.isFromCache)
        XCTAssertFalse(cache.save(cached), "a corpus from the cache is not written back")
        let left = try FileManager.default.contentsOfDirectory(atPath: cacheFolder.path)
        XCTAssertEqual(left.filter { $0.contains(".tmp.") }, [])
    }

    func testACacheFolderOthersCanWriteInIsNeverUsed() throws {
        let cacheFolder = try TemporaryFolder()
        let options = Loader.Options(cache: CorpusCache(directory: cacheFolder.path))
        _ = try Loader.load(directory: Self.sampleData, options: options)
        XCTAssertTrue(try Loader.load(directory: Self.sampleData, options: options).isFromCache)
        // Someone else could have planted the file: a miss, and nothing written there.
        XCTAssertEqual(chmod(cacheFolder.path, 0o777), 0)
        XCTAssertFalse(try Loader.load(directory: Self.sampleData, options: options).isFromCache)
        XCTAssertFalse(CorpusCache(directory: cacheFolder.path).save(try Loader.load(directory: Self.sampleData)))
        XCTAssertEqual(chmod(cacheFolder.path, 0o700), 0)
        XCTAssertTrue(try Loader.load(directory: Self.sampleData, options: options).isFromCache)
        // A cache file others may write is refused too.
        let name = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: cacheFolder.path).first { $0.hasPrefix("corpus-") })
        XCTAssertEqual(chmod(cacheFolder.path + "/" + name, 0o666), 0)
        XCTAssertFalse(try Loader.load(directory: Self.sampleData, options: options).isFromCache)
    }

    func testAFifoOrFolderInPlaceOfTheCacheFileIsAMissNotAHang() throws {
        let cacheFolder = try TemporaryFolder()
        let cache = CorpusCache(directory: cacheFolder.path)
        let options = Loader.Options(cache: cache, savesToCache: false)
        let corpus = try Loader.load(directory: Self.sampleData, options: options)
        let key = try XCTUnwrap(corpus.cacheKey)
        XCTAssertEqual(mkfifo(cache.path(of: "corpus", key), 0o600), 0)
        XCTAssertEqual(mkdir(cache.path(of: "index", key), 0o700), 0)
        XCTAssertFalse(try Loader.load(directory: Self.sampleData, options: options).isFromCache)
        XCTAssertNil(cache.index(for: corpus))
    }

    func testCachesOfFoldersThatNoLongerExistAreRemoved() throws {
        let cacheFolder = try TemporaryFolder()
        let options = Loader.Options(cache: CorpusCache(directory: cacheFolder.path))
        var gone: TemporaryFolder? = try TemporaryFolder()
        try gone!.write("a.txt", "Meeting of Cabinet\nDate: 12 March 2024\n\n1. Budget\nRESOLVED: That it be agreed.\n")
        _ = try Loader.load(directory: gone!.path, options: options)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cacheFolder.path).count, 1)
        gone = nil
        _ = try Loader.load(directory: Self.sampleData, options: options)
        let left = try FileManager.default.contentsOfDirectory(atPath: cacheFolder.path)
        XCTAssertEqual(left.count, 1)
        XCTAssertTrue(try Loader.load(directory: Self.sampleData, options: options).isFromCache)
    }
}

/// The search index beside the corpus: saved once, read back giving the same answers, and
/// never used for a corpus it was not built for.
final class IndexCacheTests: XCTestCase {
    func testTheCachedIndexAnswersAsTheBuiltOne() throws {
        let cacheFolder = try TemporaryFolder()
        let cache = CorpusCache(directory: cacheFolder.path)
        let corpus = try Loader.load(directory: CorpusCacheTests.sampleData, options: Loader.Options(cache: cache))
        XCTAssertNil(cache.index(for: corpus), "nothing saved yet")
        let built = cache.loadOrBuildIndex(for: corpus)
        let cached = try XCTUnwrap(cache.index(for: corpus))
        XCTAssertEqual(cached.vocabulary, built.vocabulary)
        for q in ["council", "home to school", "\"special educational needs\"", "transport budget", "resolved", "zzzz-nothing"] {
            XCTAssertEqual(try cached.search(q, in: corpus), try built.search(q, in: corpus), q)
        }
        // The next load comes from the cache and finds the index too.
        let again = try Loader.load(directory: CorpusCacheTests.sampleData, options: Loader.Options(cache: cache))
        XCTAssertTrue(again.isFromCache)
        XCTAssertNotNil(cache.index(for: again))
    }

    func testAnIndexIsNotUsedForAnotherCorpus() throws {
        let docs = try TemporaryFolder()
        let cacheFolder = try TemporaryFolder()
        let cache = CorpusCache(directory: cacheFolder.path)
        let page = "Agenda, decisions and minutes\n\nCabinet - Tuesday, 12th March, 2024 2.00 pm\n\nItems\nNo. Item\n\n1.\n\nBudget\n\nDecision:\n\nRESOLVED:\n\n1. That the budget be agreed.\n"
        try docs.write("vale/a.txt", page)
        let first = try Loader.load(directory: docs.path, options: Loader.Options(cache: cache))
        cache.save(SearchIndex(first), for: first)
        try docs.write("vale/b.txt", page.replacingOccurrences(of: "Budget", with: "Parks"))
        let second = try Loader.load(directory: docs.path, options: Loader.Options(cache: cache))
        XCTAssertFalse(second.isFromCache)
        XCTAssertNil(cache.index(for: second), "the folder changed, so the old index is stale")
        XCTAssertEqual(try cache.loadOrBuildIndex(for: second).search("parks", in: second).count, 1)
        XCTAssertNil(cache.index(for: try Loader.load(directory: docs.path)), "a corpus loaded without the cache has no key")
    }

    func testADamagedIndexFileIsAMiss() throws {
        let cacheFolder = try TemporaryFolder()
        let cache = CorpusCache(directory: cacheFolder.path)
        let corpus = try Loader.load(directory: CorpusCacheTests.sampleData, options: Loader.Options(cache: cache))
        let built = cache.loadOrBuildIndex(for: corpus)
        let name = try XCTUnwrap(try FileManager.default.contentsOfDirectory(atPath: cacheFolder.path).first { $0.hasPrefix("index-") })
        let url = URL(fileURLWithPath: cacheFolder.path + "/" + name)
        let good = try Data(contentsOf: url)
        var rng = SystemRandomNumberGenerator()
        for step in 0..<80 {
            var bad = good
            if step % 2 == 0 {
                bad = good.prefix(Int.random(in: 0..<good.count, using: &rng))
            } else {
                let at = Int.random(in: 0..<bad.count, using: &rng)
                bad[at] ^= UInt8.random(in: 1...255, using: &rng)
            }
            try bad.write(to: url)
            XCTAssertNil(cache.index(for: corpus), "step \(step)")
        }
        try good.write(to: url)
        XCTAssertEqual(try cache.index(for: corpus)?.search("council", in: corpus), try built.search("council", in: corpus))
    }
}
