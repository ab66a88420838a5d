/// The search index's flat arrays as read back from the cache (`Cache/IndexCache.swift`
/// writes them as they sit in memory, each buffer a checksummed frame, so a load is a few
/// reads instead of a rebuild).
///
/// A damaged file must be a cache miss, never a crash or wrong results: frame checksums
/// catch changed bytes, and this checks the shape (offsets start at 0, never go down, end
/// at their buffer's size, one per token + 1; item counts within the corpus; the
/// vocabulary sorted). Item ids inside the postings are not decoded here;
/// `PostingCursor` ends a list at any id beyond the corpus, so even a bad list that got past
/// the checksum cannot index out of bounds.
extension SearchIndex {
    /// 2: stop-word pair tokens (an index without them would answer phrases wrongly).
    static let codingVersion = 2

    struct DecodingError: Error, CustomStringConvertible {
        let reason: String
        var description: String { "search index cache unusable: \(reason)" }
    }

    /// An index from arrays read back from a cache, after every check that can be made
    /// without decoding the lists (what a cache reader with its own framing should call).
    init(validating corpus: Corpus, vocabulary: [String], postingOffsets: [UInt64], postings: [UInt8],
         positionOffsets: [UInt64], positions: [UInt8], itemCounts: [UInt32]) throws {
        let n = vocabulary.count
        guard postingOffsets.count == n + 1, positionOffsets.count == n + 1, itemCounts.count == n else {
            throw DecodingError(reason: "offsets do not match the vocabulary")
        }
        try Self.validate(postingOffsets, size: postings.count)
        try Self.validate(positionOffsets, size: positions.count)
        guard itemCounts.allSatisfy({ $0 > 0 && Int($0) <= corpus.items.count }) else {
            throw DecodingError(reason: "a token's item count is out of range")
        }
        for i in vocabulary.indices.dropFirst() where !(vocabulary[i - 1] < vocabulary[i]) {
            throw DecodingError(reason: "vocabulary not sorted")
        }
        self.init(corpus: corpus, vocabulary: vocabulary, postingOffsets: postingOffsets, postings: postings,
                  positionOffsets: positionOffsets, positions: positions, itemCounts: itemCounts)
    }

    static func validate(_ offsets: [UInt64], size: Int) throws {
        guard offsets.first == 0, offsets.last == UInt64(size) else { throw DecodingError(reason: "offsets out of range") }
        for i in offsets.indices.dropFirst() where offsets[i] < offsets[i - 1] {
            throw DecodingError(reason: "offsets go backwards")
        }
    }
}
