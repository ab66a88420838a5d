import Dispatch

/// The order of a corpus cache file's frames, after the header:
/// paths, councils and committees, meetings (in runs), items (in runs), issues, the load
/// report, the meeting order, and an end mark. Items are most of the bytes, so their runs
/// are decoded on every core.
enum CorpusFrames {
    enum Tag: UInt8 {
        case paths = 1, councilsAndCommittees, meetings, items, issues, loaded, skipped, order, end
    }

    static let meetingsPerFrame = 4096
    static let itemsPerFrame = 2048
    static let loadedPerFrame = 8192

    static func counts(of corpus: Corpus, paths: CorpusCoding.PathTable) -> CorpusCoding.Counts {
        var c = CorpusCoding.Counts()
        c.councils = corpus.councils.count
        c.committees = corpus.committees.count
        c.meetings = corpus.meetings.count
        c.items = corpus.items.count
        c.issues = corpus.issues.count
        c.paths = paths.strings.count
        return c
    }

    static func pathTable(of corpus: Corpus) -> CorpusCoding.PathTable {
        var table = CorpusCoding.PathTable()
        for l in corpus.report.loaded { _ = table.id(l.path); _ = table.id(l.encoding) }
        for c in corpus.committees { for s in c.sources { _ = table.id(s.path) } }
        for m in corpus.meetings { for s in m.sources { _ = table.id(s.path) } }
        for i in corpus.items { for s in i.sources { _ = table.id(s.path) } }
        for i in corpus.issues { for s in i.sources { _ = table.id(s.path) } }
        return table
    }

    // MARK: - Writing

    /// `paths` is `pathTable(of: corpus)`, made once by the caller, who also wrote its size.
    static func write(_ corpus: Corpus, paths: CorpusCoding.PathTable, to file: CacheFile.Writer) {
        var paths = paths
        func frame(_ tag: Tag, _ fill: (inout BinaryWriter) -> Void) {
            var w = BinaryWriter(reservingCapacity: 1 << 20)
            w.byte(tag.rawValue)
            fill(&w)
            file.frame(w)
        }
        frame(.paths) { $0.strings(paths.strings) }
        frame(.councilsAndCommittees) { w in
            w.count(corpus.councils.count)
            for c in corpus.councils { CorpusCoding.encode(c, into: &w) }
            w.count(corpus.committees.count)
            for c in corpus.committees { CorpusCoding.encode(c, paths: &paths, into: &w) }
        }
        for run in runs(corpus.meetings.count, meetingsPerFrame) {
            frame(.meetings) { w in
                w.count(run.count)
                for m in corpus.meetings[run] { CorpusCoding.encode(m, paths: &paths, into: &w) }
            }
        }
        for run in runs(corpus.items.count, itemsPerFrame) {
            frame(.items) { w in
                w.count(run.count)
                for i in corpus.items[run] { CorpusCoding.encode(i, paths: &paths, into: &w) }
            }
        }
        frame(.issues) { w in
            w.count(corpus.issues.count)
            for i in corpus.issues { CorpusCoding.encode(i, paths: &paths, into: &w) }
        }
        for run in runs(corpus.report.loaded.count, loadedPerFrame) {
            frame(.loaded) { w in
                w.count(run.count)
                for l in corpus.report.loaded[run] { CorpusCoding.encode(l, paths: &paths, into: &w) }
            }
        }
        frame(.skipped) { w in
            w.count(corpus.report.skipped.count)
            for s in corpus.report.skipped { CorpusCoding.encode(s, into: &w) }
            w.count(corpus.report.conflicts.count)
            for c in corpus.report.conflicts { CorpusCoding.encode(c, into: &w) }
        }
        frame(.order) { w in
            w.raw(corpus.meetingsNewestFirst.map { Int32($0) })
        }
        frame(.end) { _ in }
    }

    static func runs(_ count: Int, _ size: Int) -> [Range<Int>] {
        stride(from: 0, to: count, by: size).map { $0..<min(count, $0 + size) }
    }

    // MARK: - Reading

    static func read(from file: CacheFile.Reader, counts: CorpusCoding.Counts, root: String, key: CorpusCache.Key) throws -> Corpus {
        var corpus = Corpus(root: root)
        let paths: [String] = try section(file, .paths) { r in
            let p = try r.strings()
            guard p.count == counts.paths else { throw BinaryReader.Malformed(offset: r.offset) }
            return p
        }
        try section(file, .councilsAndCommittees) { r in
            let nc = try r.count()
            guard nc == counts.councils else { throw BinaryReader.Malformed(offset: r.offset) }
            for id in 0..<nc { corpus.councils.append(try CorpusCoding.council(id: id, &r)) }
            let nm = try r.count()
            guard nm == counts.committees else { throw BinaryReader.Malformed(offset: r.offset) }
            for id in 0..<nm { corpus.committees.append(try CorpusCoding.committee(id: id, counts: counts, paths: paths, &r)) }
        }
        corpus.meetings.reserveCapacity(counts.meetings)
        while corpus.meetings.count < counts.meetings {
            try section(file, .meetings) { r in
                let n = try r.count()
                let first = corpus.meetings.count
                guard n > 0, first + n <= counts.meetings else { throw BinaryReader.Malformed(offset: r.offset) }
                for id in first..<first + n {
                    corpus.meetings.append(try CorpusCoding.meeting(id: id, counts: counts, paths: paths, &r))
                }
            }
        }
        corpus.items = try readItems(file, counts: counts, paths: paths)
        try section(file, .issues) { r in
            let n = try r.count()
            guard n == counts.issues else { throw BinaryReader.Malformed(offset: r.offset) }
            for id in 0..<n { corpus.issues.append(try CorpusCoding.issue(id: id, counts: counts, paths: paths, &r)) }
        }
        // The report's runs of loaded files end at the first frame that is not one.
        var next = try file.requiredFrame()
        while next.first == Tag.loaded.rawValue {
            try decode(next, .loaded) { r in
                let n = try r.count()
                for _ in 0..<n { corpus.report.loaded.append(try CorpusCoding.loaded(paths: paths, &r)) }
            }
            next = try file.requiredFrame()
        }
        try decode(next, .skipped) { r in
            let n = try r.count()
            for _ in 0..<n { corpus.report.skipped.append(try CorpusCoding.skipped(&r)) }
            let conflicts = try r.count()
            for _ in 0..<conflicts { corpus.report.conflicts.append(try CorpusCoding.conflict(&r)) }
        }
        corpus.meetingsNewestFirst = try section(file, .order) { r in
            let order = try r.raw(Int32.self).map(Int.init)
            guard order.count == counts.meetings, order.allSatisfy({ $0 >= 0 && $0 < counts.meetings }) else {
                throw BinaryReader.Malformed(offset: r.offset)
            }
            return order
        }
        try section(file, .end) { _ in }
        corpus.cacheKey = key
        return corpus
    }

    /// Item runs, a batch of frames at a time, each batch checked and decoded on every
    /// core straight into the final array (copying 200,000 items would retain and release
    /// every string in them twice).
    static func readItems(_ file: CacheFile.Reader, counts: CorpusCoding.Counts, paths: [String]) throws -> [Item] {
        let total = counts.items
        let storage = UnsafeMutablePointer<Item>.allocate(capacity: max(1, total))
        defer { storage.deallocate() }
        var done = 0
        var failure: Error?
        while done < total && failure == nil {
            var frames: [CacheFile.Frame] = []
            var firstIDs: [Int] = []
            var planned = done
            while frames.count < 16 && planned < total {
                let f = try file.requiredUncheckedFrame()
                let n = try f.bytes.withUnsafeBytes { raw -> Int in
                    var r = BinaryReader(raw)
                    guard try r.byte() == Tag.items.rawValue else { throw BinaryReader.Malformed(offset: 0) }
                    return try r.count()
                }
                guard n > 0, planned + n <= total else { throw BinaryReader.Malformed(offset: 0) }
                frames.append(f)
                firstIDs.append(planned)
                planned += n
            }
            let outcomes = ResultSlots(count: frames.count)
            DispatchQueue.concurrentPerform(iterations: frames.count) { k in
                let first = firstIDs[k]
                var decoded = 0
                do {
                    try frames[k].verify()
                    try frames[k].bytes.withUnsafeBytes { raw in
                        var r = BinaryReader(raw)
                        _ = try r.byte()
                        let n = try r.count()
                        for id in first..<first + n {
                            (storage + id).initialize(to: try CorpusCoding.item(id: id, counts: counts, paths: paths, &r))
                            decoded += 1
                        }
                        guard r.isAtEnd else { throw BinaryReader.Malformed(offset: r.offset) }
                    }
                    outcomes.set(k, nil)
                } catch {
                    (storage + first).deinitialize(count: decoded)
                    outcomes.set(k, error)
                }
            }
            // A failed run leaves nothing initialised; the good runs of this batch are undone
            // with everything before them.
            if let error = outcomes.firstError {
                for (k, first) in firstIDs.enumerated() where outcomes.error(k) == nil {
                    let end = k + 1 < firstIDs.count ? firstIDs[k + 1] : planned
                    (storage + first).deinitialize(count: end - first)
                }
                failure = error
            } else {
                done = planned
            }
        }
        if let failure {
            storage.deinitialize(count: done)
            throw failure
        }
        return [Item](unsafeUninitializedCapacity: total) { buffer, initialized in
            if total > 0 { buffer.baseAddress!.moveInitialize(from: storage, count: total) }
            initialized = total
        }
    }

    @discardableResult
    static func section<T>(_ file: CacheFile.Reader, _ tag: Tag, _ body: (inout BinaryReader) throws -> T) throws -> T {
        try decode(try file.requiredFrame(), tag, body)
    }

    static func decode<T>(_ frame: [UInt8], _ tag: Tag, _ body: (inout BinaryReader) throws -> T) throws -> T {
        try frame.withUnsafeBytes { raw in
            var r = BinaryReader(raw)
            guard try r.byte() == tag.rawValue else { throw BinaryReader.Malformed(offset: 0) }
            let value = try body(&r)
            guard r.isAtEnd else { throw BinaryReader.Malformed(offset: r.offset) }
            return value
        }
    }
}

/// Per-run outcomes written from several threads, each slot by one thread only.
final class ResultSlots: @unchecked Sendable {
    private var errors: [Error?]
    init(count: Int) { errors = Array(repeating: nil, count: count) }
    func set(_ k: Int, _ error: Error?) { errors.withUnsafeMutableBufferPointer { $0[k] = error } }
    func error(_ k: Int) -> Error? { errors[k] }
    var firstError: Error? { errors.lazy.compactMap { $0 }.first }
}
