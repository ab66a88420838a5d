/// The search index beside its corpus in the cache.
///
/// The index's two big buffers (postings and positions) are frames of their own, so a
/// load reads each straight into the array the index keeps: no second copy of 100 MB
/// alive while decoding. Frame checksums catch damage; `SearchIndex(validating:)` checks
/// the shape, for a file from a confused writer.
extension CorpusCache {
    /// The cached search index for `corpus`, if one was saved for exactly this corpus.
    public func index(for corpus: Corpus) -> SearchIndex? {
        guard let key = corpus.cacheKey, isUsable(for: key.root), let reader = CacheFile.Reader(path: path(of: "index", key)) else { return nil }
        do {
            let header = try reader.requiredFrame()
            let valid = try header.withUnsafeBytes { raw -> Bool in
                var r = BinaryReader(raw)
                return try Self.readHeader(&r, magic: Self.indexMagic, key: key)
            }
            guard valid else { return nil }
            let meta = try reader.requiredFrame()
            let postings = try reader.requiredFrame()
            let positions = try reader.requiredFrame()
            guard try reader.frame() == nil else { return nil }
            return try meta.withUnsafeBytes { raw in
                var r = BinaryReader(raw)
                guard try r.index() == SearchIndex.codingVersion, try r.count() == corpus.items.count else { return nil }
                let vocabulary = try r.strings()
                let postingOffsets: [UInt64] = try r.raw()
                let positionOffsets: [UInt64] = try r.raw()
                let itemCounts: [UInt32] = try r.raw()
                guard r.isAtEnd else { return nil }
                return try SearchIndex(validating: corpus, vocabulary: vocabulary, postingOffsets: postingOffsets,
                                       postings: postings, positionOffsets: positionOffsets, positions: positions,
                                       itemCounts: itemCounts)
            }
        } catch {
            return nil
        }
    }

    /// Saves `index`, built for `corpus`; false when it could not (nothing is thrown).
    @discardableResult
    public func save(_ index: SearchIndex, for corpus: Corpus) -> Bool {
        guard let key = corpus.cacheKey, corpus.report.shortOfResources.isEmpty, prepareDirectory(notUnder: key.root),
              let writer = CacheFile.Writer(path: path(of: "index", key)) else { return false }
        writer.frame(Self.header(magic: Self.indexMagic, key: key))
        var meta = BinaryWriter()
        meta.count(SearchIndex.codingVersion)
        meta.count(index.itemCount)
        meta.strings(index.vocabulary)
        meta.raw(index.postingOffsets)
        meta.raw(index.positionOffsets)
        meta.raw(index.itemCounts)
        writer.frame(meta)
        writer.frame(index.postings)
        writer.frame(index.positions)
        return writer.commit()
    }

    /// The index from the cache when it is there, else built now and saved for next time;
    /// `willBuild` is called first in that case (a command line says what it is doing).
    public func loadOrBuildIndex(for corpus: Corpus, willBuild: (() -> Void)? = nil) -> SearchIndex {
        if let index = index(for: corpus) { return index }
        willBuild?()
        let index = FreedMemory.buildIndex(corpus)
        save(index, for: corpus)
        return index
    }
}
