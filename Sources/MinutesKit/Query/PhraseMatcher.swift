import Dispatch
import Foundation

/// Checks quoted phrases on candidate items from the index's positions: a phrase occurs
/// where its first word is at p, its second at p + 1, and so on. Fields are separated by a
/// position gap, so a phrase never spans two; an occurrence is in the title when its first
/// word's position is one of that word's title positions (which come first in its list).
///
/// The item text is never re-read: the old matcher re-tokenised every candidate, 4 s for
/// `"of the council"` at 100k documents.
struct PhraseMatcher {
    /// Token ids of the distinct parts of all phrases; a cursor each.
    private(set) var tokens: [Int]
    /// Each phrase as indices into `tokens`, one per part.
    private let phrases: [[Int]]
    /// Each part's place in its phrase: a stop-word pair (`of the`) covers two words, so
    /// `"of the council"` is `of the` at 0 and `council` at 2.
    private let offsets: [[Int]]

    /// nil when a phrase part is not in the index (then no item can match: a pair of stop
    /// words that never stood together has no pair token).
    init?(_ phrases: [[String]], in index: SearchIndex) {
        var tokens: [Int] = []
        var mapped: [[Int]] = []
        var placed: [[Int]] = []
        for phrase in phrases where !phrase.isEmpty {
            var slots: [Int] = []
            var at: [Int] = []
            var i = 0
            while i < phrase.count {
                var part = phrase[i]
                var width = 1
                if i + 1 < phrase.count, StopWordPairs.isStopWord(phrase[i]), StopWordPairs.isStopWord(phrase[i + 1]) {
                    part = StopWordPairs.pairToken(phrase[i], phrase[i + 1])
                    width = 2
                }
                guard let id = index.tokenID(part) else { return nil }
                if let k = tokens.firstIndex(of: id) { slots.append(k) } else { slots.append(tokens.count); tokens.append(id) }
                at.append(i)
                i += width
            }
            mapped.append(slots)
            placed.append(at)
        }
        self.tokens = tokens
        self.phrases = mapped
        self.offsets = placed
    }

    var isEmpty: Bool { phrases.isEmpty }

    /// Per candidate (ids ascending), the title and body occurrences of all phrases
    /// together, or nil when some phrase occurs nowhere in the item. With `firstOnly`, counts
    /// stop at one occurrence per phrase (enough to know the item matches).
    ///
    /// Many candidates (`"of the council"`: most of the corpus) are split across the cores;
    /// each part's cursors skip the earlier parts' positions without decoding them.
    /// `splitAbove`: how many candidates make it worth waking other cores (tests lower it).
    func counts(for candidates: [Int], in index: SearchIndex, firstOnly: Bool = false,
                splitAbove: Int = 20_000) -> [(title: Int, body: Int)?] {
        guard !phrases.isEmpty else { return candidates.map { _ in (0, 0) } }
        var out = [(title: Int, body: Int)?](repeating: nil, count: candidates.count)
        let parts = candidates.count > splitAbove ? min(4, ProcessInfo.processInfo.activeProcessorCount) : 1
        out.withUnsafeMutableBufferPointer { outBuffer in
            candidates.withUnsafeBufferPointer { ids in
                index.postings.withUnsafeBufferPointer { bytes in
                    index.positions.withUnsafeBufferPointer { positionBytes in
                        let out = outBuffer
                        DispatchQueue.concurrentPerform(iterations: parts) { part in
                            let range = ids.count * part / parts..<ids.count * (part + 1) / parts
                            check(ids, range, index: index, bytes, positionBytes, into: out, firstOnly: firstOnly)
                        }
                    }
                }
            }
        }
        return out
    }

    private func check(_ ids: UnsafeBufferPointer<Int>, _ range: Range<Int>, index: SearchIndex,
                       _ bytes: UnsafeBufferPointer<UInt8>, _ positionBytes: UnsafeBufferPointer<UInt8>,
                       into out: UnsafeMutableBufferPointer<(title: Int, body: Int)?>, firstOnly: Bool) {
        var cursors = tokens.map { index.cursor($0, bytes, positions: positionBytes) }
        let slots = tokens.count
        // Per slot: where its positions start in `scratch` (slot s ends where s + 1 starts)
        // and how many of them are in the title.
        let starts = UnsafeMutablePointer<Int>.allocate(capacity: slots + 1)
        let titles = UnsafeMutablePointer<Int>.allocate(capacity: slots)
        var capacity = 1024
        var scratch = UnsafeMutablePointer<UInt32>.allocate(capacity: capacity)
        let longest = phrases.map(\.count).max() ?? 1
        let pointers = UnsafeMutablePointer<Int>.allocate(capacity: longest)
        defer {
            starts.deallocate(); titles.deallocate(); scratch.deallocate(); pointers.deallocate()
        }
        cursors.withUnsafeMutableBufferPointer { cursors in
            candidate: for k in range {
                let id = ids[k]
                var total = 0
                for s in 0..<slots {
                    guard cursors[s].seek(id), cursors[s].item == id else { continue candidate }
                    let need = cursors[s].title + cursors[s].body
                    if total + need > capacity {
                        let bigger = UnsafeMutablePointer<UInt32>.allocate(capacity: 2 * (total + need))
                        bigger.update(from: scratch, count: total)
                        scratch.deallocate()
                        scratch = bigger
                        capacity = 2 * (total + need)
                    }
                    starts[s] = total
                    titles[s] = cursors[s].title
                    total += cursors[s].readPositions(into: scratch + total)
                }
                starts[slots] = total
                var title = 0, body = 0
                for (phrase, offsets) in zip(phrases, offsets) {
                    let n = Self.occurrences(of: phrase, at: offsets, scratch, starts, titles, pointers, firstOnly: firstOnly)
                    if n.title + n.body == 0 { continue candidate }
                    title += n.title
                    body += n.body
                }
                out[k] = (title, body)
            }
        }
    }

    /// Occurrences of one phrase (slot per word) given the slots' positions in `scratch`.
    ///
    /// Anchored on the word with the fewest positions in this item: `"the report"` walks the
    /// two `report`s and looks for `the` just before each, rather than trying every `the`.
    /// An occurrence lies within one field, so it is in the title exactly when the anchor's
    /// position is one of the anchor word's title positions (those come first).
    @inline(__always)
    static func occurrences(of phrase: [Int], at offsets: [Int], _ scratch: UnsafeMutablePointer<UInt32>,
                            _ starts: UnsafeMutablePointer<Int>, _ titles: UnsafeMutablePointer<Int>,
                            _ pointers: UnsafeMutablePointer<Int>, firstOnly: Bool) -> (title: Int, body: Int) {
        phrase.withUnsafeBufferPointer { words in offsets.withUnsafeBufferPointer { offsets in
            var anchor = 0
            for k in 1..<words.count
            where starts[words[k] + 1] - starts[words[k]] < starts[words[anchor] + 1] - starts[words[anchor]] {
                anchor = k
            }
            let slot = words[anchor]
            let from = starts[slot], to = starts[slot + 1], titleEnd = from + titles[slot]
            for k in words.indices { pointers[k] = starts[words[k]] }
            // A list much longer than the anchor's (`the` against one `officers`) is binary
            // searched; otherwise stepping through both in order is cheaper (and predictable).
            let stepLimit = 8 * (to - from)
            var title = 0, body = 0
            occurrence: for i in from..<to {
                let start = Int(scratch[i]) - offsets[anchor]
                if start < 0 { continue }
                for k in words.indices where k != anchor {
                    let end = starts[words[k] + 1]
                    let want = start &+ offsets[k]
                    var j = pointers[k]
                    if end &- j > stepLimit {
                        var hi = end
                        while j < hi {
                            let mid = (j &+ hi) >> 1
                            if Int(scratch[mid]) < want { j = mid &+ 1 } else { hi = mid }
                        }
                    } else {
                        while j < end, Int(scratch[j]) < want { j &+= 1 }
                    }
                    pointers[k] = j
                    // Anchors only grow, so once a word's positions are used up nothing more matches.
                    if j == end { break occurrence }
                    if Int(scratch[j]) != want { continue occurrence }
                }
                if i < titleEnd { title += 1 } else { body += 1 }
                if firstOnly { break }
            }
            return (title, body)
        } }
    }
}
