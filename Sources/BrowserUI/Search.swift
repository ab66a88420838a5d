import MinutesKit

/// Search as you type, on MinutesKit's index and query language (the one `minutes search`
/// takes: words, "phrases", committee:, council:, after:, before:...). While a word is being
/// typed (no space after it yet) it counts as a prefix, so results narrow with each letter
/// instead of vanishing until the word is complete. Only the index's vocabulary is scanned
/// for the prefix, never the corpus.
enum LiveSearch {
    struct Outcome {
        var items: [Int]
        /// Words to highlight (the prefix included).
        var words: [String]
    }

    enum Failure: Error { case message(String) }

    /// A word being typed counts once it has this many letters; one letter would match
    /// most of the corpus and say nothing.
    static let minimumPrefix = 2

    /// `previous`: the last outcome, when `text` only adds to the text that produced it
    /// (then only its items are checked again).
    static func run(_ text: String, corpus: Corpus, index: SearchIndex, previous: Outcome? = nil) throws -> Outcome? {
        var query: SearchQuery
        do { query = try SearchQuery(parsing: text) } catch { throw Failure.message(String(describing: error)) }
        var prefix: String? = nil
        if let last = text.last, last != " ", last != "\"" {
            let chunk = text.split(separator: " ", omittingEmptySubsequences: true).last.map(String.init) ?? ""
            if !chunk.contains(":"), !chunk.contains("\""), let token = Tokenizer.words(in: chunk).last,
               query.words.last == token, !query.phrases.contains(where: { $0.contains(token) }) {
                query.words.removeLast()
                if token.unicodeScalars.count >= minimumPrefix { prefix = token }
            }
        }
        if query.words.isEmpty && prefix == nil && query.filter.isEmpty { return nil }
        let resolved: ResolvedFilter?
        do { resolved = query.filter.isEmpty ? nil : try ResolvedFilter(query.filter, in: corpus) }
        catch { throw Failure.message(String(describing: error)) }

        // Candidates, in id order.
        var ids: [Int]
        if let previous {
            ids = previous.items
            if !query.words.isEmpty {
                // Re-check the complete words (and phrases) on the narrowed candidates: both
                // lists are in id order, so a merge, not a Set of up to every item.
                let wanted = index.matchingItemIDs(query, in: corpus)
                var j = 0
                ids = ids.filter { id in
                    while j < wanted.count, wanted[j] < id { j += 1 }
                    return j < wanted.count && wanted[j] == id
                }
            }
            if let resolved { ids = ids.filter { resolved.accepts(corpus.items[$0], in: corpus) } }
        } else if !query.words.isEmpty {
            ids = index.matchingItemIDs(query, in: corpus, filter: resolved)
        } else if let resolved {
            ids = corpus.meetings.filter { resolved.accepts($0) }.flatMap(\.itemIDs).sorted()
        } else {
            ids = []
        }
        if let prefix {
            var marked = [Bool](repeating: false, count: corpus.items.count)
            for token in index.tokens(withPrefix: prefix) {
                index.forEachItem(withToken: token) { id in if id < marked.count { marked[id] = true } }
            }
            if query.words.isEmpty && query.filter.isEmpty && previous == nil {
                ids = marked.indices.filter { marked[$0] }
            } else {
                ids = ids.filter { marked[$0] }
            }
        }
        return Outcome(items: ids, words: query.words + (prefix.map { [$0] } ?? []))
    }

    /// The words of a picker's narrowing text, lower-cased.
    static func words(of query: String) -> [String] {
        query.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }
}

/// The search in force.
public struct SearchState: Sendable, Equatable {
    public var query: String
    public var words: [String]
    /// Matching item ids, in id order.
    public var items: [Int]
    public var itemSet: Marks
    /// Matching items per meeting.
    public var perMeeting: Counts

    /// Membership by item id: one flag per item. A `Set<Int>` of 200,000 matches took
    /// 10 ms to build on every keystroke; this takes a fraction of one.
    public struct Marks: Sendable, Equatable {
        var flags: [Bool]
        public func contains(_ id: Int) -> Bool { flags.indices.contains(id) && flags[id] }
    }

    /// Matches per meeting id, nil for none (an array indexed by meeting id, not a dictionary).
    public struct Counts: Sendable, Equatable {
        var counts: [Int32]
        public subscript(meetingID: Int) -> Int? {
            counts.indices.contains(meetingID) && counts[meetingID] > 0 ? Int(counts[meetingID]) : nil
        }
    }

    public init(query: String, words: [String], items: [Int], corpus: Corpus) {
        self.query = query
        self.words = words
        self.items = items
        var flags = [Bool](repeating: false, count: corpus.items.count)
        var per = [Int32](repeating: 0, count: corpus.meetings.count)
        for id in items {
            flags[id] = true
            per[corpus.items[id].meetingID] += 1
        }
        itemSet = Marks(flags: flags)
        perMeeting = Counts(counts: per)
    }
}

/// Where the query words occur in a line, as scalar offsets (what `Screen.put` highlights).
/// Matching is per Character, lower-cased, so `£`, `’` and CJK match as typed.
func matchRanges(of words: [String], in line: String) -> [Range<Int>] {
    guard !words.isEmpty else { return [] }
    let chars = Array(line)
    let lowered = chars.map { String($0).lowercased() }
    var scalarStart: [Int] = []
    var offset = 0
    for c in chars { scalarStart.append(offset); offset += c.unicodeScalars.count }
    scalarStart.append(offset)
    var ranges: [Range<Int>] = []
    for word in words {
        let w = Array(word).map { String($0) }
        guard !w.isEmpty, w.count <= lowered.count else { continue }
        var i = 0
        while i <= lowered.count - w.count {
            var j = 0
            while j < w.count && lowered[i + j] == w[j] { j += 1 }
            if j == w.count {
                ranges.append(scalarStart[i]..<scalarStart[i + w.count])
                i += w.count
            } else {
                i += 1
            }
        }
    }
    return ranges
}
