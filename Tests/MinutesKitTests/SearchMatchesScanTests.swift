import CorpusGenerator
import XCTest
@testable import MinutesKit

/// The full-text index must find exactly what reading every item would find: a generated
/// corpus in every page layout, varied queries (common, mid and rare words, several words,
/// phrases, committee filters, prefixes), index results against a plain scan of item text.
/// Correctness only; the timing lives in `minutes-bench`.
final class SearchMatchesScanTests: XCTestCase {
    struct Loaded {
        let corpus: Corpus
        let index: SearchIndex
        /// Per item, the tokens of each text field (title first), read without the index.
        let fields: [[[String]]]
    }

    static let shared: Loaded = {
        let folder = try! TemporaryFolder()
        _ = try! CorpusGenerator(seed: 20_260_129).write(count: 300, to: folder.path + "/corpus")
        let corpus = try! Loader.load(directory: folder.path + "/corpus")
        let fields = corpus.items.map { item in itemText(item).map(Tokenizer.words(in:)) }
        return Loaded(corpus: corpus, index: SearchIndex(corpus), fields: fields)
    }()

    /// Every text field of an item, spelled out here rather than taken from the index.
    static func itemText(_ item: Item) -> [String] {
        var texts = [item.title]
        if let n = item.number { texts.append(n) }
        texts += item.decision.resolutions
        texts += [item.decision.reasons, item.decision.alternatives, item.decision.callIn,
                  item.decision.decisionMaker, item.minutes, item.agendaText].compactMap { $0 }
        texts += item.documents
        return texts
    }

    /// The scan: all words somewhere in the item, each phrase consecutive within one field,
    /// the committee (exact name, else any name containing the text) when given.
    func scan(words: [String], phrases: [[String]], committee: String? = nil) -> Set<Int> {
        let data = Self.shared
        var committeeIDs: Set<Int>? = nil
        if let committee {
            let wanted = committee.lowercased()
            let names = data.corpus.committees.map { ($0.id, ($0.name ?? Committee.notStatedName).lowercased()) }
            let exact = names.filter { $0.1 == wanted }.map(\.0)
            committeeIDs = Set(exact.isEmpty ? names.filter { $0.1.contains(wanted) }.map(\.0) : exact)
        }
        var out = Set<Int>()
        for item in data.corpus.items {
            if let committeeIDs, !committeeIDs.contains(data.corpus.meetings[item.meetingID].committeeID) { continue }
            let fields = data.fields[item.id]
            let all = Set(fields.joined())
            guard words.allSatisfy(all.contains) else { continue }
            let phrasesFound = phrases.allSatisfy { phrase in
                fields.contains { tokens in
                    tokens.count >= phrase.count && (0...(tokens.count - phrase.count)).contains { start in
                        phrase.indices.allSatisfy { tokens[start + $0] == phrase[$0] }
                    }
                }
            }
            if phrasesFound { out.insert(item.id) }
        }
        return out
    }

    func indexed(_ query: String) throws -> Set<Int> {
        Set(try Self.shared.index.search(query, in: Self.shared.corpus).map(\.itemID))
    }

    /// Words by how many items hold them, most first (letters only, so queries stay words).
    lazy var byFrequency: [String] = {
        let index = Self.shared.index
        return index.vocabulary
            .filter { $0.unicodeScalars.count >= 3 && $0.unicodeScalars.allSatisfy { $0.properties.isAlphabetic } }
            .sorted { (index.postingCount($0), $1) > (index.postingCount($1), $0) }
    }()

    func testTheGeneratedCorpusLoadsInEveryLayout() {
        let corpus = Self.shared.corpus
        XCTAssertEqual(corpus.report.loaded.count, 300, "every generated file is a minute document")
        XCTAssertTrue(corpus.report.skipped.isEmpty)
        XCTAssertGreaterThan(corpus.items.count, 600)
        XCTAssertGreaterThanOrEqual(corpus.councils.count, 6)
        let kinds = Set(corpus.report.loaded.map { String(describing: $0.kind) })
        XCTAssertGreaterThanOrEqual(kinds.count, 6, "meeting, issue, decision, agenda item, CMIS pages and more: \(kinds)")
    }

    func testSingleWordsCommonMidAndRare() throws {
        let index = Self.shared.index
        let common = Array(byFrequency.prefix(15))
        let mid = byFrequency.filter { (8...40).contains(index.postingCount($0)) }.prefix(15)
        let rare = byFrequency.filter { index.postingCount($0) <= 2 }.suffix(20)
        XCTAssertFalse(mid.isEmpty)
        XCTAssertGreaterThanOrEqual(rare.count, 10, "the vocabulary has a tail of rare words")
        for word in common + mid + rare { XCTAssertFalse(try indexed(word).isEmpty, word) }
        for word in common + mid + rare + ["resolved", "penderfynwyd", "llyfrgelloedd", "council’s", "nosuchwordanywhere"] {
            let tokens = Tokenizer.words(in: word)
            XCTAssertEqual(try indexed(word), scan(words: tokens, phrases: []), word)
        }
    }

    func testSeveralWordsAnywhereInTheItem() throws {
        let words = Array(byFrequency.prefix(40))
        for k in 0..<20 {
            let query = words[k] + " " + words[(k * 7 + 13) % words.count]
            XCTAssertEqual(try indexed(query), scan(words: Tokenizer.words(in: query), phrases: []), query)
        }
    }

    func testPhrasesCutFromItemTextAndTypedOnes() throws {
        var rng = SeededRandom(seed: 3)
        let data = Self.shared
        var phrases: [[String]] = [["home", "to", "school"], ["that", "the"], ["be", "approved"], ["the", "report", "was", "noted"],
                                   ["school", "to", "home"], ["cymeradwyo", "cyllideb"]]
        while phrases.count < 40 {
            let fields = data.fields[rng.below(data.fields.count)]
            let tokens = fields[rng.below(fields.count)]
            let length = rng.int(2...4)
            guard tokens.count >= length else { continue }
            let start = rng.below(tokens.count - length + 1)
            phrases.append(Array(tokens[start..<start + length]))
        }
        for phrase in phrases {
            let query = "\"" + phrase.joined(separator: " ") + "\""
            let expected = scan(words: phrase, phrases: [phrase])
            XCTAssertEqual(try indexed(query), expected, query)
            if phrases.firstIndex(of: phrase)! >= 6 { XCTAssertFalse(expected.isEmpty, "cut from an item, so found: \(query)") }
        }
        // A phrase and a loose word together; a hyphenated word is a phrase too.
        XCTAssertEqual(try indexed("\"be approved\" budget"), scan(words: ["be", "approved", "budget"], phrases: [["be", "approved"]]))
        XCTAssertEqual(try indexed("county-wide"), scan(words: ["county", "wide"], phrases: [["county", "wide"]]))
    }

    func testCommitteeFilteredQueries() throws {
        let names = Set(Self.shared.corpus.committees.compactMap(\.name))
        XCTAssertTrue(names.contains("Cabinet"))
        let cases: [(String, [String], [[String]])] = [
            ("cabinet", ["budget"], []), ("cabinet", ["that", "the"], [["that", "the"]]),
            ("planning", ["application"], []), ("licensing", ["premises"], []),
            ("Children, Families, Lifelong Learning & Culture Select Committee", ["council"], []),
            ("Planning Committee - North Area", ["resolved"], []), ("council", ["approved"], []),
        ]
        for (committee, words, phrases) in cases {
            var query = "committee:\"\(committee)\" " + words.joined(separator: " ")
            if !phrases.isEmpty { query = "committee:\"\(committee)\" \"" + phrases[0].joined(separator: " ") + "\"" }
            XCTAssertEqual(try indexed(query), scan(words: words, phrases: phrases, committee: committee), query)
        }
    }

    func testPrefixLookupMatchesAScanOfTokens() {
        let data = Self.shared
        for prefix in ["budg", "coun", "llyf", "res", "zz", "plan"] {
            var expected = Set<Int>()
            for (id, fields) in data.fields.enumerated() where fields.joined().contains(where: { $0.hasPrefix(prefix) }) {
                expected.insert(id)
            }
            XCTAssertEqual(data.index.itemIDs(withTokenPrefix: prefix), expected, prefix)
        }
    }
}
