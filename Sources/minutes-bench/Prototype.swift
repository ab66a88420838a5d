import MinutesKit

/// Measures the search fixes proposed in docs/performance.md from outside MinutesKit, on
/// its public API, so their effect is known before anyone changes the index:
/// phrase checks on per-item token-id arrays instead of re-tokenizing candidates, and
/// prefix lookups by binary search in the sorted vocabulary instead of a dictionary scan.
struct Prototype {
    let corpus: Corpus
    let index: SearchIndex
    /// Per item: vocabulary ids of title and body fields, `separator` between fields.
    var itemTokens: [[UInt32]] = []
    var ids: [String: UInt32] = [:]
    static let separator = UInt32.max

    init(corpus: Corpus, index: SearchIndex) {
        self.corpus = corpus
        self.index = index
        for (i, token) in index.vocabulary.enumerated() { ids[token] = UInt32(i) }
        itemTokens.reserveCapacity(corpus.items.count)
        for item in corpus.items {
            var seq: [UInt32] = []
            for field in [item.title] + SearchIndex.bodyFields(of: item) {
                if !seq.isEmpty { seq.append(Self.separator) }
                for w in Tokenizer.words(in: field) { seq.append(ids[w] ?? Self.separator) }
            }
            itemTokens.append(seq)
        }
    }

    var tokenCount: Int { itemTokens.reduce(0) { $0 + $1.count } }

    /// Item ids matching the query's words and phrases (no ranking, no filters).
    func matching(_ query: SearchQuery) -> [Int] {
        var lists: [[SearchIndex.Posting]] = []
        for w in query.words {
            guard let list = index.postings[w] else { return [] }
            lists.append(list)
        }
        guard !lists.isEmpty else { return [] }
        lists.sort { $0.count < $1.count }
        var candidates = lists[0].map { Int($0.item) }
        for list in lists.dropFirst() {
            var out: [Int] = []
            var j = 0
            for id in candidates {
                while j < list.count, Int(list[j].item) < id { j += 1 }
                if j == list.count { break }
                if Int(list[j].item) == id { out.append(id) }
            }
            candidates = out
        }
        let phrases = query.phrases.map { $0.map { ids[$0] ?? Self.separator } }
        guard !phrases.isEmpty else { return candidates }
        return candidates.filter { id in
            let seq = itemTokens[id]
            return phrases.allSatisfy { p in
                guard seq.count >= p.count else { return false }
                var start = 0
                while start + p.count <= seq.count {
                    if seq[start] == p[0] {
                        var k = 1
                        while k < p.count && seq[start + k] == p[k] { k += 1 }
                        if k == p.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }

    /// Items holding a token that starts with `prefix`, by binary search (what LiveSearch
    /// should use) and by walking the postings dictionary (what it does now).
    func prefixBySortedVocabulary(_ prefix: String) -> Int { index.itemIDs(withTokenPrefix: prefix).count }

    func prefixByDictionaryScan(_ prefix: String) -> Int {
        var ids = Set<Int>()
        for (token, postings) in index.postings where token.hasPrefix(prefix) {
            for p in postings { ids.insert(Int(p.item)) }
        }
        return ids.count
    }
}
