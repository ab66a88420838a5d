/// Checks quoted phrases on candidate items from the index's positions: a phrase occurs
/// where its first word is at p, its second at p + 1, and so on. Fields are separated by a
/// position gap, so a phrase never spans two; an occurrence is in the title when its first
/// word's position is one of that word's title positions (which come first in its list).
///
/// The item text is never re-read: the old matcher re-tokenised every candidate, 4 s for
/// `"of the council"` at 100k documents.
struct PhraseMatcher {
    /// Token ids of the distinct words of all phrases; a cursor each.
    private let tokens: [Int]
    /// Each phrase as indices into `tokens`.
    private let phrases: [[Int]]

    /// nil when a phrase word is not in the index (then no item can match).
    init?(_ phrases: [[String]], in index: SearchIndex) {
        var tokens: [Int] = []
        var mapped: [[Int]] = []
        for phrase in phrases where !phrase.isEmpty {
            var slots: [Int] = []
            for word in phrase {
                guard let id = index.tokenID(word) else { return nil }
                if let k = tokens.firstIndex(of: id) { slots.append(k) } else { slots.append(tokens.count); tokens.append(id) }
            }
            mapped.append(slots)
        }
        self.tokens = tokens
        self.phrases = mapped
    }

    var isEmpty: Bool { phrases.isEmpty }

    /// Per candidate (ids ascending), the title and body occurrences of all phrases
    /// together, or nil when some phrase occurs nowhere in the item. With `firstOnly`, counts
    /// stop at one occurrence per phrase (enough to know the item matches).
    func counts(for candidates: [Int], in index: SearchIndex, firstOnly: Bool = false) -> [(title: Int, body: Int)?] {
        var out = [(title: Int, body: Int)?](repeating: nil, count: candidates.count)
        guard !phrases.isEmpty else { return candidates.map { _ in (0, 0) } }
        index.postings.withUnsafeBufferPointer { bytes in
            index.positions.withUnsafeBufferPointer { positionBytes in
                var cursors = tokens.map { index.cursor($0, bytes, positions: positionBytes) }
                var lists = [[UInt32]](repeating: [], count: tokens.count)
                var titleCounts = [Int](repeating: 0, count: tokens.count)
                var pointers: [Int] = []
                candidate: for (k, id) in candidates.enumerated() {
                    for s in tokens.indices {
                        guard cursors[s].seek(id), cursors[s].item == id else { continue candidate }
                        cursors[s].readPositions(into: &lists[s])
                        titleCounts[s] = cursors[s].title
                    }
                    var title = 0, body = 0
                    for phrase in phrases {
                        let n = Self.occurrences(of: phrase, lists: lists, titleCounts: titleCounts, pointers: &pointers, firstOnly: firstOnly)
                        if n.title + n.body == 0 { continue candidate }
                        title += n.title
                        body += n.body
                    }
                    out[k] = (title, body)
                }
            }
        }
        return out
    }

    /// Occurrences of one phrase given its words' position lists.
    @inline(__always)
    static func occurrences(of phrase: [Int], lists: [[UInt32]], titleCounts: [Int], pointers: inout [Int],
                            firstOnly: Bool) -> (title: Int, body: Int) {
        let first = lists[phrase[0]]
        let titleCount = titleCounts[phrase[0]]
        pointers.removeAll(keepingCapacity: true)
        pointers.append(contentsOf: repeatElement(0, count: phrase.count))
        var title = 0, body = 0
        start: for (i, p) in first.enumerated() {
            for k in 1..<max(1, phrase.count) {
                let list = lists[phrase[k]]
                let want = Int(p) + k
                var j = pointers[k]
                while j < list.count, Int(list[j]) < want { j += 1 }
                pointers[k] = j
                // Starts only grow, so once a word's list is used up nothing more matches.
                if j == list.count { break start }
                if Int(list[j]) != want { continue start }
            }
            if i < titleCount { title += 1 } else { body += 1 }
            if firstOnly { break }
        }
        return (title, body)
    }
}
