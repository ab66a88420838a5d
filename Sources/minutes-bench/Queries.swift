import CorpusGenerator
import MinutesKit

/// A varied, reproducible set of search queries drawn from the loaded corpus itself, so
/// every corpus size gets words that really occur: common words, mid-frequency words, rare
/// words (in one to three items), two-word queries, phrases cut from item text, and queries
/// narrowed by committee.
struct QuerySet {
    enum Kind: String, CaseIterable, Codable {
        case common, medium, rare, twoWords = "two words", phrase, committee = "committee-filtered"
    }

    struct Query {
        let text: String
        let kind: Kind
        /// Plain text for `rg` (one word or the phrase), nil when rg cannot say the same
        /// thing in one pattern (several words anywhere, committee filters).
        let grepPattern: String?
    }

    var queries: [Query] = []

    init(corpus: Corpus, index: SearchIndex, count: Int, seed: UInt64 = 7) {
        var rng = SeededRandom(seed: seed)
        let words = index.vocabulary.filter { w in w.unicodeScalars.count >= 3 && w.unicodeScalars.allSatisfy { $0.properties.isAlphabetic } }
        let byFrequency = words.map { ($0, index.postingCount($0)) }.sorted { $0.1 > $1.1 || ($0.1 == $1.1 && $0.0 < $1.0) }
        let common = Array(byFrequency.prefix(150).map(\.0))
        let medium = byFrequency.filter { $0.1 >= 20 && $0.1 <= max(40, corpus.items.count / 50) }.map(\.0)
        let rare = byFrequency.filter { $0.1 >= 1 && $0.1 <= 3 }.map(\.0)
        let committees = corpus.committees.filter { $0.name != nil && $0.meetingIDs.count >= 3 }.compactMap(\.name)

        let per = max(1, count / Kind.allCases.count)
        func add(_ text: String, _ kind: Kind, _ grep: String?) { queries.append(Query(text: text, kind: kind, grepPattern: grep)) }
        for _ in 0..<per where !common.isEmpty { let w = rng.pick(common); add(w, .common, w) }
        for _ in 0..<per where !medium.isEmpty { let w = rng.pick(medium); add(w, .medium, w) }
        for _ in 0..<per where !rare.isEmpty { let w = rng.pick(rare); add(w, .rare, w) }
        for _ in 0..<per where !medium.isEmpty && !common.isEmpty {
            add(rng.pick(common) + " " + rng.pick(medium), .twoWords, nil)
        }
        var attempts = 0
        var phrases = 0
        while phrases < per && attempts < per * 50 && !corpus.items.isEmpty {
            attempts += 1
            let item = corpus.items[rng.below(corpus.items.count)]
            let fields = [item.title] + item.decision.resolutions + (item.minutes.map { [$0] } ?? [])
            let tokens = Tokenizer.tokens(in: rng.pick(fields))
            let length = rng.int(2...3)
            guard tokens.count >= length else { continue }
            let start = rng.below(tokens.count - length + 1)
            let picked = tokens[start..<start + length].map(\.text)
            guard picked.allSatisfy({ $0.unicodeScalars.allSatisfy { $0.properties.isAlphabetic } }) else { continue }
            let phrase = picked.joined(separator: " ")
            add("\"" + phrase + "\"", .phrase, phrase)
            phrases += 1
        }
        for _ in 0..<per where !committees.isEmpty && !medium.isEmpty {
            add("committee:\"\(rng.pick(committees))\" \(rng.pick(rng.chance(0.5) ? common : medium))", .committee, nil)
        }
        // Top up to `count` with more of each kind in turn.
        var k = 0
        while queries.count < count && !common.isEmpty && !medium.isEmpty {
            switch k % 3 {
            case 0: let w = rng.pick(common); add(w, .common, w)
            case 1: let w = rng.pick(medium); add(w, .medium, w)
            default: if let w = rare.isEmpty ? nil : rng.pick(rare) { add(w, .rare, w) }
            }
            k += 1
        }
    }
}
