/// The search index in the cache: its flat arrays written as they sit in memory, so a
/// load is a few memcpys instead of a 4-second rebuild.
///
/// Layout: one block (version, item count, vocabulary, offsets, item counts, postings,
/// positions) followed by a checksum of the block. A damaged file must be a cache miss,
/// never a crash or wrong results, so decoding checks the checksum (any changed byte), the
/// shape (offsets start at 0, never go down, end at their buffer's size, one per token + 1)
/// and that the vocabulary is sorted. Item ids inside the postings are not decoded here;
/// `PostingCursor` ends a list at any id beyond the corpus, so even a bad list that got past
/// the checksum cannot index out of bounds.
extension SearchIndex {
    static let codingVersion = 1

    struct DecodingError: Error, CustomStringConvertible {
        let reason: String
        var description: String { "search index cache unusable: \(reason)" }
    }

    func encode(into writer: inout BinaryWriter) {
        var w = BinaryWriter(reservingCapacity: postings.count + positions.count + (postingOffsets.count + positionOffsets.count) * 8
                                                + itemCounts.count * 4 + vocabulary.count * 12 + 64)
        w.count(Self.codingVersion)
        w.count(itemCount)
        w.strings(vocabulary)
        w.raw(postingOffsets)
        w.raw(positionOffsets)
        w.raw(itemCounts)
        w.raw(postings)
        w.raw(positions)
        writer.block(w.bytes)
        writer.varint(w.bytes.withUnsafeBytes(Self.checksum))
    }

    init(decoding reader: inout BinaryReader, corpus: Corpus) throws {
        let block = try reader.block()
        guard try reader.varint() == Self.checksum(block) else { throw DecodingError(reason: "checksum differs") }
        var r = BinaryReader(block)
        guard try r.index() == Self.codingVersion else { throw DecodingError(reason: "another format version") }
        guard try r.count() == corpus.items.count else { throw DecodingError(reason: "built for another corpus") }
        let vocabulary = try r.strings()
        let postingOffsets: [UInt64] = try r.raw()
        let positionOffsets: [UInt64] = try r.raw()
        let itemCounts: [UInt32] = try r.raw()
        let postings: [UInt8] = try r.raw()
        let positions: [UInt8] = try r.raw()
        guard r.isAtEnd else { throw DecodingError(reason: "bytes after the positions") }
        try self.init(validating: corpus, vocabulary: vocabulary, postingOffsets: postingOffsets, postings: postings,
                      positionOffsets: positionOffsets, positions: positions, itemCounts: itemCounts)
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

    /// A 64-bit checksum at memory speed (8 bytes per multiply, two independent lanes).
    /// Every step is a bijection of the lane's state, so any one changed word changes it.
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let prime: UInt64 = 0x9E37_79B9_7F4A_7C15 // odd
        var a: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count), b: UInt64 = 0x1319_8A2E_0370_7344
        let words = bytes.count / 8
        var i = 0
        while i + 1 < words {
            a = (a ^ bytes.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) &* prime
            b = (b ^ bytes.loadUnaligned(fromByteOffset: i * 8 + 8, as: UInt64.self)) &* prime
            i += 2
        }
        if i < words { a = (a ^ bytes.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) &* prime }
        for k in words * 8..<bytes.count { b = (b ^ UInt64(bytes[k])) &* prime }
        return a ^ (b >> 31 | b << 33) // a bijection of either lane alone
    }
}
