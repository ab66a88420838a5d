extension SearchIndex {
    /// Sorts `hits` best first (more title hits, more body hits, newer meeting, lower id)
    /// as one UInt64 per hit when the four fit in 64 bits together, which they do unless an
    /// item holds a word millions of times: an integer sort is several times faster than a
    /// sort calling a comparison closure, which was a third of a common word's search.
    /// Returns false, leaving `hits` alone, when they do not fit.
    static func sortByPackedKeys(_ hits: inout [Hit], dateRank: [Int32], dateRankBits: Int, itemCount: Int) -> Bool {
        guard hits.count > 1 else { return true }
        func bits(_ n: Int) -> Int { Int.bitWidth - n.leadingZeroBitCount }
        var maxTitle = 0, maxBody = 0
        for h in hits {
            maxTitle = max(maxTitle, h.titleHits)
            maxBody = max(maxBody, h.bodyHits)
        }
        let idBits = bits(itemCount), bodyBits = bits(maxBody), titleBits = bits(maxTitle)
        guard idBits + dateRankBits + bodyBits + titleBits <= 64 else { return false }
        let dateShift = UInt64(idBits), bodyShift = dateShift + UInt64(dateRankBits), titleShift = bodyShift + UInt64(bodyBits)
        let lastID = UInt64(itemCount - 1)
        // Higher key = better: ids are stored as lastID - id so that lower ids win ties.
        var keys = hits.map { h in
            UInt64(h.titleHits) << titleShift | UInt64(h.bodyHits) << bodyShift
                | UInt64(dateRank[h.itemID]) << dateShift | (lastID - UInt64(h.itemID))
        }
        radixSortDescending(&keys, bits: idBits + dateRankBits + bodyBits + titleBits)
        let idMask: UInt64 = (1 << dateShift) - 1, bodyMask: UInt64 = (1 << UInt64(bodyBits)) - 1
        for (k, key) in keys.enumerated() {
            hits[k] = Hit(itemID: Int(lastID - (key & idMask)), titleHits: Int(key >> titleShift),
                          bodyHits: Int((key >> bodyShift) & bodyMask))
        }
        return true
    }

    /// Sorts `keys` high to low on their low `bits` bits, 11 bits per counting pass: for the
    /// 40-odd bits of a 100k-document key, four linear passes instead of a comparison sort.
    static func radixSortDescending(_ keys: inout [UInt64], bits: Int) {
        guard keys.count > 1 else { return }
        if keys.count < 256 { keys.sort(by: >); return }
        let digit = 11, buckets = 1 << digit
        var other = keys
        var counts = [Int](repeating: 0, count: buckets)
        var shift = 0
        while shift < bits {
            let s = UInt64(shift)
            for i in counts.indices { counts[i] = 0 }
            // Digits complemented, so ascending buckets give descending keys.
            for k in keys { counts[Int((~k >> s) & UInt64(buckets - 1))] += 1 }
            var total = 0
            for i in counts.indices { let c = counts[i]; counts[i] = total; total += c }
            other.withUnsafeMutableBufferPointer { out in
                for k in keys {
                    let b = Int((~k >> s) & UInt64(buckets - 1))
                    out[counts[b]] = k
                    counts[b] += 1
                }
            }
            swap(&keys, &other)
            shift += digit
        }
    }
}
