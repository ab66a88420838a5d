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
        keys.sort(by: >)
        let idMask: UInt64 = (1 << dateShift) - 1, bodyMask: UInt64 = (1 << UInt64(bodyBits)) - 1
        for (k, key) in keys.enumerated() {
            hits[k] = Hit(itemID: Int(lastID - (key & idMask)), titleHits: Int(key >> titleShift),
                          bodyHits: Int((key >> bodyShift) & bodyMask))
        }
        return true
    }
}
