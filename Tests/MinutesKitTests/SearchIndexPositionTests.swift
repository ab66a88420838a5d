import XCTest
@testable import MinutesKit

/// Phrases are answered from the index's positions: counted like a scan of the tokens,
/// title and body apart, never across two fields.
final class SearchIndexPositionTests: XCTestCase {
    /// A corpus of one dated meeting holding `items`, ids in order.
    static func corpus(_ items: [Item]) -> Corpus {
        var c = Corpus(root: "/tmp/minutes-positions")
        c.councils = [Council(id: 0, folder: "ashbourne-vale")]
        c.committees = [Committee(id: 0, councilID: 0, name: "Cabinet")]
        c.meetings = [Meeting(id: 0, councilID: 0, committeeID: 0, date: CivilDate(year: 2021, month: 2, day: 23))]
        c.items = items
        c.meetings[0].itemIDs = items.map(\.id)
        c.committees[0].meetingIDs = [0]
        for item in items { c.itemByRef[item.ref] = item.id }
        return c
    }

    static func item(_ id: Int, title: String, number: String? = nil, minutes: String? = nil) -> Item {
        var i = Item(id: id, meetingID: 0, ref: String(format: "item%06d", id), number: number, title: title)
        i.minutes = minutes
        return i
    }

    func hits(_ query: String, _ corpus: Corpus, _ index: SearchIndex) throws -> [Int: (Int, Int)] {
        var out: [Int: (Int, Int)] = [:]
        for h in try index.search(query, in: corpus) { out[h.itemID] = (h.titleHits, h.bodyHits) }
        return out
    }

    func testPhraseCountsLikeANaiveScanIncludingRepeatedWords() throws {
        let texts = ["bus to bus to bus", "Bus, to BUS! to bus to", "home to school home to school transport",
                     "a a a a", "the council’s council council’s", "one"]
        let phrases: [[String]] = [["bus", "to", "bus"], ["to", "bus"], ["home", "to", "school"], ["a", "a"],
                                   ["councils", "council"], ["a", "a", "a"]]
        // Each text as a title (item 2k) and as minutes (item 2k + 1).
        var items: [Item] = []
        for (k, text) in texts.enumerated() {
            items.append(Self.item(2 * k, title: text))
            items.append(Self.item(2 * k + 1, title: "Item", minutes: text))
        }
        let corpus = Self.corpus(items)
        let index = SearchIndex(corpus)
        for phrase in phrases {
            let found = try hits("\"" + phrase.joined(separator: " ") + "\"", corpus, index)
            for (k, text) in texts.enumerated() {
                let n = SearchIndex.occurrences(of: phrase, in: Tokenizer.words(in: text))
                XCTAssertEqual(found[2 * k].map { [$0.0, $0.1] }, n == 0 ? nil : [n, 0], "\(phrase) in title \(text)")
                XCTAssertEqual(found[2 * k + 1].map { [$0.0, $0.1] }, n == 0 ? nil : [0, n], "\(phrase) in minutes \(text)")
            }
            XCTAssertEqual(index.matchingItemIDs(try SearchQuery(parsing: "\"" + phrase.joined(separator: " ") + "\""), in: corpus),
                           found.keys.sorted())
        }
    }

    /// Phrases of stop words go through pair tokens (`and the`); they must count exactly as
    /// a scan does, stay inside one field, and not match words that were never adjacent.
    func testStopWordPairsCountLikeAScanAndStayInOneField() throws {
        var d = Decision()
        d.resolutions = ["That the report of the council and the plan be noted.", "the"]
        var first = Item(id: 0, meetingID: 0, ref: "item000000", number: nil, title: "Report of the Council", decision: d)
        first.minutes = "The chair said that the report and the plan of the council were clear and"
        let second = Self.item(1, title: "Budget and", minutes: "the budget of, the council")
        let third = Self.item(2, title: "And the Winner", minutes: "council of the")
        let corpus = Self.corpus([first, second, third])
        let index = SearchIndex(corpus)
        XCTAssertTrue(index.vocabulary.contains("and the"), "pairs of stop words are indexed")
        XCTAssertFalse(index.vocabulary.contains("the council"), "only pairs of two stop words")
        for phrase in ["and the", "of the", "of the council", "the report of the council", "that the", "and the plan",
                       "the", "council and", "of the of", "and and", "the the"] {
            let words = Tokenizer.words(in: phrase)
            let found = try hits("\"" + phrase + "\"", corpus, index)
            for item in corpus.items {
                let title = SearchIndex.occurrences(of: words, in: Tokenizer.words(in: item.title))
                let body = SearchIndex.bodyFields(of: item).map { SearchIndex.occurrences(of: words, in: Tokenizer.words(in: $0)) }
                    .reduce(0, +)
                let expected = title + body == 0 ? nil : [title, body]
                XCTAssertEqual(found[item.id].map { [$0.0, $0.1] }, expected, "\(phrase) in item \(item.id)")
            }
        }
        // `and` ends the second item's title and `the` starts its minutes: not a phrase.
        XCTAssertNil(try hits("\"and the\"", corpus, index)[1])
        // `of, the`: punctuation between words does not part them, as for any phrase.
        XCTAssertNotNil(try hits("\"of the council\"", corpus, index)[1])
    }

    func testTitleAndBodyOccurrencesAreCountedApart() throws {
        var d = Decision()
        d.resolutions = ["That the home to school policy be approved.", "Home to school transport be noted, home to school."]
        var i = Item(id: 0, meetingID: 0, ref: "item000000", number: "45", title: "Home to School Transport", decision: d)
        i.minutes = "Members discussed home to school."
        let corpus = Self.corpus([i, Self.item(1, title: "Home to school", minutes: "nothing here")])
        let index = SearchIndex(corpus)
        let found = try hits(#""home to school""#, corpus, index)
        XCTAssertEqual(found[0].map { [$0.0, $0.1] }, [1, 4])
        XCTAssertEqual(found[1].map { [$0.0, $0.1] }, [1, 0])
        XCTAssertEqual(try index.search(#""home to school""#, in: corpus).map(\.itemID), [0, 1], "more body hits first")
        // Loose words add their own hits; the phrase's words count once per phrase.
        XCTAssertEqual(try hits(#""home to school" transport"#, corpus, index)[0].map { [$0.0, $0.1] }, [2, 5])
    }

    func testPhrasesNeverSpanTwoFields() throws {
        var d = Decision()
        d.resolutions = ["budget be", "approved by cabinet"]
        d.reasons = "council tax"
        d.alternatives = "rise was rejected"
        var i = Item(id: 0, meetingID: 0, ref: "item000000", number: "home to", title: "Budget home", decision: d)
        i.minutes = "set by the"
        i.agendaText = "chair of"
        i.documents = ["the report", "appendix a"]
        let corpus = Self.corpus([i])
        let index = SearchIndex(corpus)
        for phrase in ["home home", "home to", "to budget", "be approved", "cabinet council", "tax rise",
                       "rejected set", "the chair", "of the", "report appendix", "budget home"] {
            let joined = phrase.split(separator: " ").count == 2
            XCTAssertTrue(joined)
            let fieldsHoldIt = ["home to", "budget home"].contains(phrase)
            XCTAssertEqual(try hits("\"\(phrase)\"", corpus, index).isEmpty, !fieldsHoldIt, phrase)
        }
        // Every word is there, so without quotes they all match.
        XCTAssertEqual(try hits("rejected set", corpus, index).count, 1)
    }

    /// The build's slices and chunks are joined into one list per token: built in 5 slices of
    /// small chunks, every list and every search must be what one slice in one chunk gives.
    func testSlicesAndChunksJoinToTheSameIndex() throws {
        let corpus = SearchMatchesScanTests.shared.corpus
        let whole = SearchIndex(corpus, slices: 1, chunkOccurrences: .max)
        let pieces = SearchIndex(corpus, slices: 5, chunkOccurrences: 2_000)
        XCTAssertEqual(pieces.vocabulary, whole.vocabulary)
        XCTAssertEqual(pieces.postings, whole.postings, "byte for byte")
        XCTAssertEqual(pieces.positions, whole.positions)
        XCTAssertEqual(pieces.postingOffsets, whole.postingOffsets)
        XCTAssertEqual(pieces.itemCounts, whole.itemCounts)
        for query in ["budget", "\"that the\"", "\"be approved\" budget", "council"] {
            XCTAssertEqual(try pieces.search(query, in: corpus), try whole.search(query, in: corpus), query)
        }
    }

    /// Many candidates are checked on several cores, each part's cursors skipping the earlier
    /// parts: the counts must be what one pass gives.
    func testPhraseChecksSplitAcrossCoresCountTheSame() throws {
        let corpus = SearchMatchesScanTests.shared.corpus
        let index = SearchMatchesScanTests.shared.index
        for text in ["\"that the\"", "\"the council\"", "\"of the\" \"be approved\"", "\"to the\""] {
            let query = try SearchQuery(parsing: text)
            let candidates = try XCTUnwrap(index.candidates(for: query))
            let matcher = try XCTUnwrap(PhraseMatcher(query.phrases, in: index))
            let one = matcher.counts(for: candidates, in: index, splitAbove: .max)
            let split = matcher.counts(for: candidates, in: index, splitAbove: 0)
            XCTAssertEqual(one.map { $0.map { [$0.title, $0.body] } }, split.map { $0.map { [$0.title, $0.body] } }, text)
            XCTAssertTrue(one.contains { $0 != nil }, text)
        }
    }

    /// Without a limit hits are sorted as packed integer keys, with one by the comparison:
    /// the orders must agree (a limit above the hit count takes the comparison sort).
    func testPackedKeySortRanksLikeTheComparison() throws {
        let corpus = SearchMatchesScanTests.shared.corpus
        let index = SearchMatchesScanTests.shared.index
        for query in ["council", "the", "\"that the\"", "budget approved", "committee:cabinet report", "committee:cabinet"] {
            let packed = try index.search(query, in: corpus)
            XCTAssertGreaterThan(packed.count, 1, query)
            XCTAssertEqual(packed, try index.search(query, in: corpus, limit: 1_000_000), query)
        }
    }

    func testRadixSortOrdersLikeTheStandardSort() {
        var rng = SystemRandomNumberGenerator()
        for (count, bits) in [(0, 10), (3, 5), (300, 7), (5_000, 40), (5_000, 64), (70_000, 33)] {
            let mask: UInt64 = bits == 64 ? .max : (1 << UInt64(bits)) - 1
            var keys = (0..<count).map { _ in UInt64.random(in: 0...UInt64.max, using: &rng) & mask }
            let expected = keys.sorted(by: >)
            SearchIndex.radixSortDescending(&keys, bits: bits)
            XCTAssertEqual(keys, expected, "\(count) keys of \(bits) bits")
        }
    }

    /// Lists that got past the checksum and shape checks but hold garbage (ids beyond the
    /// corpus, ids going backwards, cut varints, too few positions) end early or match
    /// nothing; no query traps.
    func testGarbageListsNeverTrapAQuery() throws {
        let corpus = QueryFixtures.corpus()
        let good = SearchIndex(corpus)
        var rng = SystemRandomNumberGenerator()
        for round in 0..<50 {
            let n = good.vocabulary.count
            let postings = (0..<(n * 3)).map { _ in UInt8.random(in: 0...255, using: &rng) }
            let positions = (0..<(n * 5)).map { _ in round % 2 == 0 ? UInt8.random(in: 0...255, using: &rng) : 0xFF }
            let index = SearchIndex(corpus: corpus, vocabulary: good.vocabulary,
                                    postingOffsets: (0...n).map { UInt64($0 * 3) }, postings: postings,
                                    positionOffsets: (0...n).map { UInt64($0 * 5) }, positions: positions,
                                    itemCounts: [UInt32](repeating: 1, count: n))
            for query in ["transport", "\"home to school\"", "school transport", "\"that the\" budget", "the"] {
                for hit in try index.search(query, in: corpus) { XCTAssertLessThan(hit.itemID, corpus.items.count) }
                _ = index.matchingItemIDs(try SearchQuery(parsing: query), in: corpus)
            }
            _ = index.itemIDs(withTokenPrefix: "s")
        }
    }

    /// Round trips and damaged files go through the cache (IndexCacheTests); here, arrays
    /// that passed a checksum but have the wrong shape.
    func testValidatingRefusesArraysOfTheWrongShape() throws {
        let corpus = QueryFixtures.corpus()
        let good = SearchIndex(corpus)
        func accepts(vocabulary: [String]? = nil, postingOffsets: [UInt64]? = nil, positionOffsets: [UInt64]? = nil,
                     itemCounts: [UInt32]? = nil, for other: Corpus? = nil) -> Bool {
            (try? SearchIndex(validating: other ?? corpus, vocabulary: vocabulary ?? good.vocabulary,
                              postingOffsets: postingOffsets ?? good.postingOffsets, postings: good.postings,
                              positionOffsets: positionOffsets ?? good.positionOffsets, positions: good.positions,
                              itemCounts: itemCounts ?? good.itemCounts)) != nil
        }
        XCTAssertTrue(accepts())
        XCTAssertFalse(accepts(vocabulary: good.vocabulary.reversed()), "unsorted vocabulary")
        XCTAssertFalse(accepts(vocabulary: Array(good.vocabulary.dropLast())), "one token short")
        var backwards = good.postingOffsets
        backwards.swapAt(1, 2)
        XCTAssertFalse(accepts(postingOffsets: backwards), "offsets going back")
        XCTAssertFalse(accepts(positionOffsets: good.positionOffsets.map { $0 + 1 }), "offsets not from 0")
        XCTAssertFalse(accepts(itemCounts: good.itemCounts.map { _ in UInt32(corpus.items.count + 1) }), "more items than the corpus")
        var fewer = corpus
        fewer.items.removeLast(corpus.items.count - 1)
        XCTAssertFalse(accepts(for: fewer), "built for a larger corpus")
    }
}
