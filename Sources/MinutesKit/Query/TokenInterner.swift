/// Token bytes → small dense ids, for building the index: an open-addressing table over one
/// byte arena, because a `[String: …]` lookup per token (a String made, hashed with SipHash,
/// and a growable array per entry) was most of the old build's 4.5 s at 100k documents.
struct TokenInterner {
    /// Token texts back to back; token i is `text[starts[i]..<starts[i + 1]]`.
    private var text: [UInt8] = []
    private var starts: [UInt32] = [0]
    private var hashes: [UInt32] = []
    /// Per token: its number among the stop words seen (`StopWordPairs`), or -1; decided
    /// once, when the token is first seen.
    private(set) var stopWordNumber: [Int16] = []
    private var stopWordsSeen = 0
    /// Pair token ids by (first, second) stop-word number, -1 until first made: a pair is
    /// looked up per occurrence, so not through the byte table.
    private var pairIDs = [Int32](repeating: -1, count: StopWordPairs.words.count * StopWordPairs.words.count)
    /// Scratch for building a pair token's bytes.
    private var pairBytes: [UInt8] = []
    /// Token id + 1 per slot, 0 for empty; the table is kept at most half full.
    private var table: [Int32] = [Int32](repeating: 0, count: 1 << 14)
    private var mask = (1 << 14) - 1

    var count: Int { hashes.count }

    func string(_ id: Int) -> String {
        String(decoding: text[Int(starts[id])..<Int(starts[id + 1])], as: UTF8.self)
    }

    @inline(__always)
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        // FNV-1a: tokens are a few bytes long, so byte at a time is fine.
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in word { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return UInt32(truncatingIfNeeded: h ^ (h >> 32))
    }

    mutating func id(of word: UnsafeBufferPointer<UInt8>) -> Int32 {
        let h = Self.hash(word)
        var slot = Int(h) & mask
        while true {
            let entry = table[slot]
            if entry == 0 { break }
            let id = Int(entry - 1)
            if hashes[id] == h {
                let start = Int(starts[id]), length = Int(starts[id + 1]) - start
                if length == word.count, text.withUnsafeBufferPointer({ t in
                    word.indices.allSatisfy { t[start + $0] == word[$0] }
                }) { return entry - 1 }
            }
            slot = (slot + 1) & mask
        }
        let id = Int32(hashes.count)
        text.append(contentsOf: word)
        starts.append(UInt32(text.count))
        hashes.append(h)
        if StopWordPairs.isStopWord(word) {
            stopWordNumber.append(Int16(stopWordsSeen))
            stopWordsSeen += 1
        } else {
            stopWordNumber.append(-1)
        }
        table[slot] = id + 1
        if hashes.count * 2 > table.count { grow() }
        return id
    }

    /// The id of the pair token `first second`, two stop words (see `StopWordPairs`).
    mutating func pairID(_ first: Int32, _ second: Int32) -> Int32 {
        let slot = Int(stopWordNumber[Int(first)]) * StopWordPairs.words.count + Int(stopWordNumber[Int(second)])
        if pairIDs[slot] >= 0 { return pairIDs[slot] }
        pairBytes.removeAll(keepingCapacity: true)
        pairBytes.append(contentsOf: text[Int(starts[Int(first)])..<Int(starts[Int(first) + 1])])
        pairBytes.append(0x20)
        pairBytes.append(contentsOf: text[Int(starts[Int(second)])..<Int(starts[Int(second) + 1])])
        let bytes = pairBytes
        let made = bytes.withUnsafeBufferPointer { id(of: $0) }
        pairIDs[slot] = made
        return made
    }

    private mutating func grow() {
        table = [Int32](repeating: 0, count: table.count * 2)
        mask = table.count - 1
        for (id, h) in hashes.enumerated() {
            var slot = Int(h) & mask
            while table[slot] != 0 { slot = (slot + 1) & mask }
            table[slot] = Int32(id + 1)
        }
    }
}
