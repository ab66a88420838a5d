import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Loads every minute document under a folder into a `Corpus`.
///
/// Walk (one thread) → read, decode and parse (all cores) → merge (one thread, in sorted
/// path order so ids and refs do not depend on thread timing). Nothing is written anywhere.
public enum Loader {
    public struct Options: Sendable {
        /// Files over this size are reported, not read (real pages are 1–200 KB).
        public var maximumFileSize: Int = 20 * 1024 * 1024
        /// Where to keep the parsed corpus between runs; nil parses every time.
        public var cache: CorpusCache?
        /// false: a freshly parsed corpus is not saved by `load`; the caller saves it with
        /// `CorpusCache.save(_:)` when it suits (the browser, after the first screen is full).
        public var savesToCache = true
        /// `--follow`: read what symbolic links point to (never into /proc, /sys, /dev or
        /// onto another file system; see `SymlinkPolicy`). Off, each link is reported.
        public var followsSymlinks = false
        public init(cache: CorpusCache? = nil, savesToCache: Bool = true, followsSymlinks: Bool = false) {
            self.cache = cache
            self.savesToCache = savesToCache
            self.followsSymlinks = followsSymlinks
        }
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notFound(String)
        case notADirectory(String)
        case unreadable(String, String)

        public var description: String {
            switch self {
            case .notFound(let p): return "No such folder: \(p). Give the folder that holds your saved minute pages."
            case .notADirectory(let p): return "\(p) is a file, not a folder. Give the folder that holds your saved minute pages."
            case .unreadable(let p, let why): return "Cannot read the folder \(p): \(why)."
            }
        }
    }

    /// Called from loader threads with (files read, files in total); may be called often.
    public typealias Progress = @Sendable (Int, Int) -> Void

    /// Called on the loading thread with the corpus read so far, while loading goes on, so a
    /// browser can show the first documents at once. The final corpus is `load`'s result.
    public typealias Snapshot = @Sendable (Corpus) -> Void

    public static func load(directory: String, options: Options = Options(), progress: Progress? = nil,
                            snapshot: Snapshot? = nil) throws -> Corpus {
        var st = stat()
        guard stat(directory, &st) == 0 else {
            if errno == ENOENT || errno == ENOTDIR { throw Failure.notFound(directory) }
            throw Failure.unreadable(directory, String(cString: strerror(errno)))
        }
        guard (st.st_mode & S_IFMT) == S_IFDIR else { throw Failure.notADirectory(directory) }
        guard access(directory, R_OK | X_OK) == 0 else {
            throw Failure.unreadable(directory, String(cString: strerror(errno)))
        }

        let walk = DirectoryWalk(root: directory, followsSymlinks: options.followsSymlinks)
        let files = walk.files
        let cacheKey = options.cache == nil ? nil
            : CorpusCache.Key(directory: directory, walk: walk, maximumFileSize: options.maximumFileSize,
                              followsSymlinks: options.followsSymlinks)
        if let cache = options.cache, let cacheKey, var cached = cache.corpus(root: directory, key: cacheKey) {
            cached.isFromCache = true
            progress?(files.count, files.count)
            return cached
        }

        var report = LoadReport()
        report.skipped = walk.skipped
        var builder = CorpusBuilder(root: directory)
        let counter = ProgressCounter()
        let progress = progress
        // Batches in path order: each is read on every core while the one before it is
        // merged on this thread. With a snapshot callback the first batch is small, so the
        // first screen comes early.
        var bounds: [Range<Int>] = []
        var start = 0
        var size = snapshot == nil ? 4096 : 256
        while start < files.count {
            bounds.append(start..<min(files.count, start + size))
            start += size
            size = 4096
        }
        var lastSnapshot = DispatchTime.now().uptimeNanoseconds
        // A snapshot finishes a copy of everything merged so far, so it costs more as the
        // corpus grows: the wait before the next is at least eight times what the last one
        // took, keeping snapshots under a ninth of the load (at 100,000 documents a fixed
        // 0.4 s made the browser's load take 14 s instead of 8).
        var snapshotInterval: UInt64 = 400_000_000
        let maximumSize = options.maximumFileSize
        func parse(_ range: Range<Int>) -> PendingBatch {
            let pending = PendingBatch()
            let slice = files[range]
            pending.group.enter()
            DispatchQueue.global(qos: .userInitiated).async {
                pending.outcomes = readAll(slice, maximumSize: maximumSize, counter: counter, total: files.count, progress: progress)
                pending.group.leave()
            }
            return pending
        }
        var next = bounds.first.map(parse)
        for (n, range) in bounds.enumerated() {
            guard let current = next else { break }
            current.group.wait()
            next = n + 1 < bounds.count ? parse(bounds[n + 1]) : nil
            let slice = files[range]
            var pages: [CorpusBuilder.Page] = []
            pages.reserveCapacity(slice.count)
            for (entry, outcome) in zip(slice, current.outcomes) {
                if ResourceShortage.isMarked(outcome) { report.shortOfResources.append(entry.relativePath) }
                switch outcome {
                case .page(let page, let encoding):
                    pages.append(.init(path: entry.relativePath, council: councilFolder(entry.relativePath), page: page))
                    report.loaded.append(.init(path: entry.relativePath, kind: page.kind, encoding: encoding,
                                               meetings: page.blocks.count, items: page.itemCount, warnings: page.warnings))
                case .skipped(let reason, let detail):
                    report.skipped.append(.init(path: entry.relativePath, reason: reason, detail: detail))
                }
            }
            builder.add(pages)
            let now = DispatchTime.now().uptimeNanoseconds
            // None past 60% of the files: the whole corpus is not far off, and a snapshot
            // of most of it costs nearly a `finish`.
            if let snapshot, range.upperBound * 5 < files.count * 3, n == 0 || now - lastSnapshot > snapshotInterval {
                var partial = builder
                var partialReport = report
                partialReport.skipped.sort { $0.path < $1.path }
                snapshot(partial.finish(report: partialReport, assigningRefs: false))
                let done = DispatchTime.now().uptimeNanoseconds
                snapshotInterval = max(400_000_000, (done - now) * 8)
                lastSnapshot = done
            }
        }
        report.skipped.sort { $0.path < $1.path }
        var corpus = builder.finish(report: report)
        if let cache = options.cache, let cacheKey {
            corpus.cacheKey = cacheKey
            if options.savesToCache { cache.save(corpus, key: cacheKey) }
        }
        return corpus
    }

    /// `surrey/cabinet/x.txt` → `surrey`; a file directly in the folder has no council.
    static func councilFolder(_ relativePath: String) -> String? {
        guard let slash = relativePath.firstIndex(of: "/") else { return nil }
        return String(relativePath[..<slash])
    }

    /// Reads and parses in parallel, keeping results in input order.
    static func readAll(_ files: ArraySlice<DirectoryWalk.Entry>, maximumSize: Int, counter: ProgressCounter,
                        total: Int, progress: Progress?) -> [DocumentReading.Outcome] {
        let files = Array(files)
        let count = files.count
        if count == 0 { return [] }
        let results = UnsafeMutableBufferPointer<DocumentReading.Outcome?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        // Deinitialised before it is freed: deallocating alone would leak every parsed page
        // the outcomes hold (at 100,000 documents, 580 MB that outlived the load).
        defer {
            _ = results.deinitialize()
            results.deallocate()
        }
        let chunk = 32
        let chunks = (count + chunk - 1) / chunk
        let done = counter
        let maximum = maximumSize
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let start = c * chunk, end = min(count, start + chunk)
            for i in start..<end {
                results[i] = DocumentReading.read(files[i], maximumSize: maximum)
            }
            let finished = done.add(end - start)
            progress?(finished, total)
        }
        return results.map { $0! }
    }
}

/// One batch being read on other threads; `outcomes` is set before `group` is left.
final class PendingBatch: @unchecked Sendable {
    let group = DispatchGroup()
    var outcomes: [DocumentReading.Outcome] = []
}

/// A counter several loader threads bump.
final class ProgressCounter: @unchecked Sendable {
    private var value = 0
    private var lock = pthread_mutex_t()
    init() { pthread_mutex_init(&lock, nil) }
    deinit { pthread_mutex_destroy(&lock) }
    func add(_ n: Int) -> Int {
        pthread_mutex_lock(&lock)
        defer { pthread_mutex_unlock(&lock) }
        value += n
        return value
    }
}
