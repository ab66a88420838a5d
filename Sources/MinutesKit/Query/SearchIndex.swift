import Foundation
import Dispatch

/// A full-text index over a corpus's items: token → posting list of item ids.
///
/// Built once after loading; a query intersects the posting lists of its words (shortest
/// first), checks quoted phrases only on the surviving candidates, and ranks: items with
/// more title hits first, then more body hits, then newer meetings. Nothing here scans the
/// whole corpus per query except a filters-only query, which is a list, not a search.
public struct SearchIndex: Sendable {
    public struct Posting: Equatable, Sendable {
        public let item: Int32
        public let titleHits: UInt16
        public let bodyHits: UInt16
    }

    public struct Hit: Equatable, Sendable {
        public let itemID: Int
        public let titleHits: Int
        public let bodyHits: Int
    }

    /// Sorted by item id, one entry per item containing the token.
    public private(set) var postings: [String: [Posting]] = [:]
    /// Every token, sorted: prefix lookups are a binary search, not a scan.
    public private(set) var vocabulary: [String] = []
    public let itemCount: Int
    /// Per item, its meeting's date as a sortable integer (undated lowest): ranking compares
    /// integers instead of looking up meetings and dates for every comparison.
    let dateRank: [Int32]

    public init(_ corpus: Corpus) {
        itemCount = corpus.items.count
        dateRank = corpus.items.map { item in
            guard let d = corpus.meetings[item.meetingID].date else { return Int32.min }
            return Int32(d.year * 10_000 + d.month * 100 + d.day)
        }
        // Build a partial index per slice of items on every core, then join the slices in
        // item order, so every posting list comes out sorted by item id.
        let items = corpus.items
        // One slice per core: every slice's dictionary is alive until the join, so more
        // slices would only raise the peak memory.
        let sliceCount = max(1, min(ProcessInfo.processInfo.activeProcessorCount, items.count / 512))
        var partials = [[String: [Posting]]](repeating: [:], count: sliceCount)
        partials.withUnsafeMutableBufferPointer { out in
            let buffer = out
            DispatchQueue.concurrentPerform(iterations: sliceCount) { slice in
                let start = items.count * slice / sliceCount, end = items.count * (slice + 1) / sliceCount
                buffer[slice] = SearchIndex.postings(for: items[start..<end])
            }
        }
        // Join, freeing each slice as soon as it is in, so the peak stays near one index.
        var postings = partials[0]
        partials[0] = [:]
        for i in partials.indices.dropFirst() {
            for (token, list) in partials[i] { postings[token, default: []].append(contentsOf: list) }
            partials[i] = [:]
        }
        self.postings = postings
        vocabulary = postings.keys.sorted()
    }

    static func postings(for items: ArraySlice<Item>) -> [String: [Posting]] {
        var postings: [String: [Posting]] = [:]
        var counts: [String: (UInt16, UInt16)] = [:]
        for item in items {
            counts.removeAll(keepingCapacity: true)
            Tokenizer.forEachWord(in: item.title) { t in
                let c = counts[t] ?? (0, 0)
                counts[t] = (c.0 &+ (c.0 < .max ? 1 : 0), c.1)
            }
            for field in SearchIndex.bodyFields(of: item) {
                Tokenizer.forEachWord(in: field) { t in
                    let c = counts[t] ?? (0, 0)
                    counts[t] = (c.0, c.1 &+ (c.1 < .max ? 1 : 0))
                }
            }
            for (token, c) in counts {
                postings[token, default: []].append(Posting(item: Int32(item.id), titleHits: c.0, bodyHits: c.1))
            }
        }
        return postings
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
            for p in postings[token] ?? [] { ids.insert(Int(p.item)) }
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
            guard let candidates = candidates(for: query) else { return [] }
            // Loose-word hits straight from the posting lists, walked in step with the
            // (sorted) candidates: no per-query dictionaries.
            var title = [Int](repeating: 0, count: candidates.count)
            var body = [Int](repeating: 0, count: candidates.count)
            for w in query.looseWords {
                guard let list = postings[w] else { continue }
                var j = 0
                for (k, id) in candidates.enumerated() {
                    while j < list.count, Int(list[j].item) < id { j += 1 }
                    if j == list.count { break }
                    if Int(list[j].item) == id {
                        title[k] += Int(list[j].titleHits)
                        body[k] += Int(list[j].bodyHits)
                    }
                }
            }
            let matcher = query.phrases.isEmpty ? nil : PhraseMatcher(query.phrases)
            hits.reserveCapacity(candidates.count)
            for (k, id) in candidates.enumerated() {
                let item = corpus.items[id]
                if let resolved, !resolved.accepts(item, in: corpus) { continue }
                var t = title[k], b = body[k]
                if let matcher {
                    guard let counts = matcher.counts(in: item) else { continue }
                    t += counts.title
                    b += counts.body
                }
                hits.append(Hit(itemID: id, titleHits: t, bodyHits: b))
            }
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
        guard let candidates = candidates(for: query) else { return [] }
        let matcher = query.phrases.isEmpty ? nil : PhraseMatcher(query.phrases)
        return candidates.filter { id in
            let item = corpus.items[id]
            if let resolved, !resolved.accepts(item, in: corpus) { return false }
            if let matcher, matcher.counts(in: item) == nil { return false }
            return true
        }
    }

    /// Items holding every word of the query, in id order; nil when one word is unknown.
    func candidates(for query: SearchQuery) -> [Int]? {
        var lists: [[Posting]] = []
        for w in query.words {
            guard let list = postings[w] else { return nil }
            lists.append(list)
        }
        guard !lists.isEmpty else { return nil }
        lists.sort { $0.count < $1.count }
        var candidates = lists[0].map { Int($0.item) }
        for list in lists.dropFirst() {
            candidates = Self.intersect(candidates, list)
            if candidates.isEmpty { return nil }
        }
        return candidates
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

    static func intersect(_ ids: [Int], _ list: [Posting]) -> [Int] {
        var out: [Int] = []
        var j = 0
        for id in ids {
            while j < list.count, Int(list[j].item) < id { j += 1 }
            if j == list.count { break }
            if Int(list[j].item) == id { out.append(id) }
        }
        return out
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
            .sorted { (postings[$0]?.count ?? 0) < (postings[$1]?.count ?? 0) }
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
