import Foundation
import Dispatch

/// A full-text index over a corpus's items: token → posting list of item ids, with each
/// token's positions inside the item.
///
/// Flat storage (see SearchIndexBuilder and PostingCursor for the encoding): a sorted
/// vocabulary, and per vocabulary id one byte range in `postings` (varint item gaps and
/// title/body hit counts) and one in `positions` (varint positions, fields separated by a
/// gap so a phrase never spans two). Single words touch only `postings`; phrases also
/// decode their candidates' positions. A query intersects the posting lists of its words
/// (rarest first), checks quoted phrases by position on the surviving candidates, and
/// ranks: items with more title hits first, then more body hits, then newer meetings.
/// Nothing here scans the whole corpus per query except a filters-only query, which is a
/// list, not a search.
public struct SearchIndex: Sendable {
    public struct Posting: Equatable, Sendable {
        public let item: Int32
        public let titleHits: Int
        public let bodyHits: Int
    }

    public struct Hit: Equatable, Sendable {
        public let itemID: Int
        public let titleHits: Int
        public let bodyHits: Int
    }

    /// Every token, sorted: a token's id is its place here, and prefix lookups are a binary
    /// search, not a scan.
    public private(set) var vocabulary: [String] = []
    /// Token id → byte range in `postings` (`postingOffsets[id]..<postingOffsets[id + 1]`).
    let postingOffsets: [UInt64]
    let postings: [UInt8]
    /// Token id → byte range in `positions`.
    let positionOffsets: [UInt64]
    let positions: [UInt8]
    /// Token id → how many items hold it.
    let itemCounts: [UInt32]
    public let itemCount: Int
    /// Per item, its meeting's date as a dense rank (0 undated, then 1, 2... oldest first):
    /// ranking compares integers instead of looking up meetings and dates, and a dense rank
    /// needs few bits in the packed sort keys of `HitRanking`.
    let dateRank: [Int32]
    /// Bits enough for any `dateRank`.
    let dateRankBits: Int

    public init(_ corpus: Corpus) { self.init(corpus, slices: nil) }

    /// `slices` and `chunkOccurrences`: see `SearchIndexBuilder.build`.
    init(_ corpus: Corpus, slices: Int?, chunkOccurrences: Int = SearchIndexBuilder.chunkOccurrences) {
        let built = SearchIndexBuilder.build(corpus.items, slices: slices, chunkOccurrences: chunkOccurrences)
        self.init(corpus: corpus, vocabulary: built.vocabulary, postingOffsets: built.postingOffsets, postings: built.postings,
                  positionOffsets: built.positionOffsets, positions: built.positions, itemCounts: built.itemCounts)
    }

    init(corpus: Corpus, vocabulary: [String], postingOffsets: [UInt64], postings: [UInt8],
         positionOffsets: [UInt64], positions: [UInt8], itemCounts: [UInt32]) {
        itemCount = corpus.items.count
        dateRank = Self.dateRanks(corpus)
        dateRankBits = Int.bitWidth - Int(dateRank.max() ?? 0).leadingZeroBitCount
        self.vocabulary = vocabulary
        self.postingOffsets = postingOffsets
        self.postings = postings
        self.positionOffsets = positionOffsets
        self.positions = positions
        self.itemCounts = itemCounts
    }

    static func dateRanks(_ corpus: Corpus) -> [Int32] {
        let days = corpus.meetings.map { m in m.date.map { $0.year * 10_000 + $0.month * 100 + $0.day } }
        var rankOfDay: [Int: Int32] = [:]
        for (k, day) in Set(days.compactMap { $0 }).sorted().enumerated() { rankOfDay[day] = Int32(k + 1) }
        let meetingRank = days.map { $0.flatMap { rankOfDay[$0] } ?? 0 }
        return corpus.items.map { meetingRank[$0.meetingID] }
    }

    /// Bytes held by the postings, positions and offsets (not the vocabulary's strings).
    public var storageBytes: (postings: Int, positions: Int, offsets: Int) {
        (postings.count, positions.count, (postingOffsets.count + positionOffsets.count) * 8 + itemCounts.count * 4)
    }

    // MARK: - Token lookups

    /// The vocabulary id of `token`, by binary search.
    func tokenID(_ token: String) -> Int? {
        var low = 0, high = vocabulary.count
        while low < high {
            let mid = (low + high) / 2
            if vocabulary[mid] < token { low = mid + 1 } else { high = mid }
        }
        return low < vocabulary.count && vocabulary[low] == token ? low : nil
    }

    /// How many items hold `token` (its document frequency); 0 for unknown tokens.
    public func postingCount(_ token: String) -> Int {
        tokenID(token).map { Int(itemCounts[$0]) } ?? 0
    }

    /// Calls `body` with the id of each item holding `token`, in id order.
    public func forEachItem(withToken token: String, _ body: (Int) -> Void) {
        guard let id = tokenID(token) else { return }
        forEachPosting(id) { c in body(c.item) }
    }

    /// The ids of the items holding `token`, in id order.
    public func itemIDs(withToken token: String) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(min(postingCount(token), itemCount))
        forEachItem(withToken: token) { out.append($0) }
        return out
    }

    /// `token`'s postings decoded: item, title hits and body hits, in item order.
    public func postings(withToken token: String) -> [Posting] {
        var out: [Posting] = []
        guard let id = tokenID(token) else { return out }
        forEachPosting(id) { c in out.append(Posting(item: Int32(c.item), titleHits: c.title, bodyHits: c.body)) }
        return out
    }

    func forEachPosting(_ id: Int, _ body: (PostingCursor) -> Void) {
        postings.withUnsafeBufferPointer { bytes in
            var c = cursor(id, bytes)
            while c.next() { body(c) }
        }
    }

    /// A cursor over token `id`'s postings (and its positions when `positionBytes` is given).
    func cursor(_ id: Int, _ bytes: UnsafeBufferPointer<UInt8>, positions positionBytes: UnsafeBufferPointer<UInt8>? = nil) -> PostingCursor {
        PostingCursor(postings: bytes, range: Int(postingOffsets[id])..<Int(postingOffsets[id + 1]),
                      positions: positionBytes, positionRange: Int(positionOffsets[id])..<Int(positionOffsets[id + 1]),
                      itemLimit: itemCount)
    }

    /// Tokens starting with `prefix` (already lower-cased, as `Tokenizer` makes them), for
    /// search-as-you-type on a word still being typed.
    public func tokens(withPrefix prefix: String) -> ArraySlice<String> {
        var low = 0, high = vocabulary.count
        while low < high {
            let mid = (low + high) / 2
            if vocabulary[mid] < prefix { low = mid + 1 } else { high = mid }
        }
        var end = low
        while end < vocabulary.count, vocabulary[end].hasPrefix(prefix) { end += 1 }
        return vocabulary[low..<end]
    }

    /// Ids of the items holding any token that starts with `prefix`.
    public func itemIDs(withTokenPrefix prefix: String) -> Set<Int> {
        var ids = Set<Int>()
        for token in tokens(withPrefix: prefix) {
            forEachItem(withToken: token) { ids.insert($0) }
        }
        return ids
    }

    /// The text of an item other than its title, field by field, in the order `show` prints
    /// it. Phrases are matched within one field, never across two.
    public static func bodyFields(of item: Item) -> [String] {
        var fields: [String] = []
        if let n = item.number { fields.append(n) }
        fields.append(contentsOf: item.decision.resolutions)
        for f in [item.decision.reasons, item.decision.alternatives, item.decision.callIn,
                  item.decision.decisionMaker, item.minutes, item.agendaText] {
            if let f { fields.append(f) }
        }
        fields.append(contentsOf: item.documents)
        return fields
    }

    /// Items matching `query`, best first. `limit` nil returns every match.
    public func search(_ query: SearchQuery, in corpus: Corpus, filter resolved: ResolvedFilter? = nil, limit: Int? = nil) -> [Hit] {
        var hits: [Hit] = []
        if query.words.isEmpty {
            // Filters only: every item that passes, scored zero, ranked by date below.
            for item in corpus.items where resolved?.accepts(item, in: corpus) ?? true {
                hits.append(Hit(itemID: item.id, titleHits: 0, bodyHits: 0))
            }
        } else {
            guard let (candidates, matcher) = filteredCandidates(for: query, in: corpus, filter: resolved) else { return [] }
            // Loose-word hits straight from the posting lists, walked in step with the
            // (sorted) candidates: no per-query dictionaries.
            var title = [Int](repeating: 0, count: candidates.count)
            var body = [Int](repeating: 0, count: candidates.count)
            postings.withUnsafeBufferPointer { bytes in
                for w in query.looseWords {
                    guard let token = tokenID(w) else { continue }
                    var c = cursor(token, bytes)
                    for (k, id) in candidates.enumerated() {
                        guard c.seek(id) else { break }
                        if c.item == id {
                            title[k] += c.title
                            body[k] += c.body
                        }
                    }
                }
            }
            let phraseCounts = matcher?.counts(for: candidates, in: self)
            hits.reserveCapacity(candidates.count)
            for (k, id) in candidates.enumerated() {
                var t = title[k], b = body[k]
                if let phraseCounts {
                    guard let counts = phraseCounts[k] else { continue }
                    t += counts.title
                    b += counts.body
                }
                hits.append(Hit(itemID: id, titleHits: t, bodyHits: b))
            }
        }
        if limit == nil, Self.sortByPackedKeys(&hits, dateRank: dateRank, dateRankBits: dateRankBits, itemCount: itemCount) {
            return hits
        }
        let rank = dateRank
        let better: (Hit, Hit) -> Bool = { a, b in
            if a.titleHits != b.titleHits { return a.titleHits > b.titleHits }
            if a.bodyHits != b.bodyHits { return a.bodyHits > b.bodyHits }
            let da = rank[a.itemID], db = rank[b.itemID]
            if da != db { return da > db }
            return a.itemID < b.itemID
        }
        if let limit, limit >= 0, hits.count > limit * 4 {
            // Only the best `limit` are wanted: partial selection, then sort those.
            hits = Self.best(limit, of: hits, by: better)
        } else {
            hits.sort(by: better)
        }
        if let limit, limit >= 0, hits.count > limit { hits.removeLast(hits.count - limit) }
        return hits
    }

    /// The ids of every matching item, in id order, unranked: what the browser needs on
    /// each keystroke to mark and count matches.
    public func matchingItemIDs(_ query: SearchQuery, in corpus: Corpus, filter resolved: ResolvedFilter? = nil) -> [Int] {
        if query.words.isEmpty {
            return corpus.items.indices.filter { resolved?.accepts(corpus.items[$0], in: corpus) ?? true }
        }
        guard let (candidates, matcher) = filteredCandidates(for: query, in: corpus, filter: resolved) else { return [] }
        let found = matcher?.counts(for: candidates, in: self, firstOnly: true)
        var out: [Int] = []
        for (k, id) in candidates.enumerated() {
            if let found, found[k] == nil { continue }
            out.append(id)
        }
        return out
    }

    /// The items that may match (every word present, filters passed), and the phrases'
    /// matcher to check them with; nil when nothing can match. Filters go before phrases:
    /// they cost a lookup, a phrase check decodes positions.
    func filteredCandidates(for query: SearchQuery, in corpus: Corpus,
                            filter resolved: ResolvedFilter?) -> (candidates: [Int], matcher: PhraseMatcher?)? {
        var matcher: PhraseMatcher? = nil
        if !query.phrases.isEmpty {
            guard let m = PhraseMatcher(query.phrases, in: self) else { return nil }
            matcher = m
        }
        guard var candidates = candidates(for: query, matcher: matcher) else { return nil }
        if let resolved { candidates = candidates.filter { resolved.accepts(corpus.items[$0], in: corpus) } }
        return (candidates, matcher)
    }

    /// Items holding every word of the query (phrase words included), in id order; nil when
    /// one word is unknown. With the phrases' `matcher`, its tokens stand for the phrase
    /// words: a stop-word pair's list is far shorter than its two words' lists.
    func candidates(for query: SearchQuery, matcher: PhraseMatcher? = nil) -> [Int]? {
        var ids: [Int] = []
        for w in matcher == nil ? query.words + query.phrases.joined() : query.looseWords {
            guard let id = tokenID(w) else { return nil }
            if !ids.contains(id) { ids.append(id) }
        }
        for id in matcher?.tokens ?? [] where !ids.contains(id) { ids.append(id) }
        guard !ids.isEmpty else { return nil }
        ids.sort { itemCounts[$0] < itemCounts[$1] }
        return postings.withUnsafeBufferPointer { bytes in
            var candidates: [Int] = []
            candidates.reserveCapacity(min(Int(itemCounts[ids[0]]), itemCount))
            var first = cursor(ids[0], bytes)
            while first.next() { candidates.append(first.item) }
            for id in ids.dropFirst() {
                var c = cursor(id, bytes)
                var kept = 0
                for candidate in candidates {
                    guard c.seek(candidate) else { break }
                    if c.item == candidate { candidates[kept] = candidate; kept += 1 }
                }
                candidates.removeLast(candidates.count - kept)
                if candidates.isEmpty { return nil }
            }
            return candidates
        }
    }

    /// The `k` best hits in order, by a bounded selection rather than a full sort.
    static func best(_ k: Int, of hits: [Hit], by better: (Hit, Hit) -> Bool) -> [Hit] {
        guard k > 0 else { return [] }
        var top: [Hit] = []
        top.reserveCapacity(k + 1)
        for h in hits {
            if top.count == k, let worst = top.last, !better(h, worst) { continue }
            // Insert in order (k is small: a page of results).
            var lo = 0, hi = top.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if better(top[mid], h) { lo = mid + 1 } else { hi = mid }
            }
            top.insert(h, at: lo)
            if top.count > k { top.removeLast() }
        }
        return top
    }

    /// Convenience: parse, resolve the query's own filters (narrowed by `filter`), search.
    public func search(_ text: String, in corpus: Corpus, filter: Filter = Filter(), limit: Int? = nil) throws -> [Hit] {
        var query = try SearchQuery(parsing: text)
        query.filter = query.filter.intersected(with: filter)
        let resolved = query.filter.isEmpty ? nil : try ResolvedFilter(query.filter, in: corpus)
        return search(query, in: corpus, filter: resolved, limit: limit)
    }

    static func occurrences(of phrase: [String], in tokens: [String]) -> Int {
        guard !phrase.isEmpty, tokens.count >= phrase.count else { return 0 }
        var n = 0
        outer: for start in 0...(tokens.count - phrase.count) {
            for k in phrase.indices where tokens[start + k] != phrase[k] { continue outer }
            n += 1
        }
        return n
    }

    /// One line of an item's text around the first hit of any query word, at most about
    /// `width` characters, with `…` where it was cut. Falls back to the start of the body
    /// when the words only occur in the title.
    public func snippet(for item: Item, query: SearchQuery, width: Int = 100) -> String {
        let fields = Self.bodyFields(of: item).map(TerminalText.singleLine).filter { !$0.isEmpty }
        let tokenised = fields.map(Tokenizer.tokens(in:))
        // What to point at: a phrase first, then the rarest loose word, so the snippet shows
        // `home to school`, not the first `to` of the text.
        let targets = query.phrases + query.looseWords
            .sorted { postingCount($0) < postingCount($1) }
            .map { [$0] }
        for target in targets {
            for (f, tokens) in tokenised.enumerated() where tokens.count >= target.count {
                for start in 0...(tokens.count - target.count)
                where target.indices.allSatisfy({ tokens[start + $0].text == target[$0] }) {
                    return Self.window(fields[f], around: tokens[start].start, width: width)
                }
            }
        }
        // Title-only hits: skip a number-only first field, show the opening of the text.
        let opening = fields.first { $0 != item.number.map(TerminalText.singleLine) } ?? ""
        return Self.window(opening, around: opening.unicodeScalars.startIndex, width: width)
    }

    static func window(_ text: String, around hit: String.UnicodeScalarView.Index, width: Int) -> String {
        let scalars = text.unicodeScalars
        let before = max(0, min(width / 3, 40))
        var start = hit
        var n = 0
        while start > scalars.startIndex, n < before {
            start = scalars.index(before: start); n += 1
        }
        // Begin on a word boundary.
        if start > scalars.startIndex {
            while start < hit, scalars[start] != " " { start = scalars.index(after: start) }
            if start < hit { start = scalars.index(after: start) }
        }
        var end = start
        n = 0
        while end < scalars.endIndex, n < width { end = scalars.index(after: end); n += 1 }
        if end < scalars.endIndex {
            var back = end
            while back > hit, scalars[back] != " " { back = scalars.index(before: back) }
            if back > hit { end = back }
        }
        var s = String(String.UnicodeScalarView(scalars[start..<end])).trimmingSpaces
        if start > scalars.startIndex { s = "…" + s }
        if end < scalars.endIndex { s += "…" }
        return s
    }
}
