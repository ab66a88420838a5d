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
        public init() {}
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

        let walk = DirectoryWalk(root: directory)
        let files = walk.files

        var report = LoadReport()
        report.skipped = walk.skipped
        var builder = CorpusBuilder(root: directory)
        let counter = ProgressCounter()
        // Batches in path order: each is read on every core, then merged. With a snapshot
        // callback the first batch is small, so the first screen comes early.
        var start = 0
        var lastSnapshot = DispatchTime.now().uptimeNanoseconds
        var batch = snapshot == nil ? 4096 : 256
        while start < files.count {
            let end = min(files.count, start + batch)
            let slice = files[start..<end]
            let outcomes = readAll(slice, options: options, counter: counter, total: files.count, progress: progress)
            var pages: [CorpusBuilder.Page] = []
            pages.reserveCapacity(slice.count)
            for (entry, outcome) in zip(slice, outcomes) {
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
            start = end
            let now = DispatchTime.now().uptimeNanoseconds
            if let snapshot, start < files.count, start <= 256 || now - lastSnapshot > 400_000_000 {
                var partial = builder
                var partialReport = report
                partialReport.skipped.sort { $0.path < $1.path }
                snapshot(partial.finish(report: partialReport))
                lastSnapshot = DispatchTime.now().uptimeNanoseconds
            }
            batch = 4096
        }
        report.skipped.sort { $0.path < $1.path }
        return builder.finish(report: report)
    }

    /// `surrey/cabinet/x.txt` → `surrey`; a file directly in the folder has no council.
    static func councilFolder(_ relativePath: String) -> String? {
        guard let slash = relativePath.firstIndex(of: "/") else { return nil }
        return String(relativePath[..<slash])
    }

    /// Reads and parses in parallel, keeping results in input order.
    static func readAll(_ files: ArraySlice<DirectoryWalk.Entry>, options: Options, counter: ProgressCounter,
                        total: Int, progress: Progress?) -> [DocumentReading.Outcome] {
        let files = Array(files)
        let count = files.count
        if count == 0 { return [] }
        let results = UnsafeMutableBufferPointer<DocumentReading.Outcome?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        let chunk = 32
        let chunks = (count + chunk - 1) / chunk
        let done = counter
        let maximum = options.maximumFileSize
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
