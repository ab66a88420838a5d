import XCTest
@testable import MinutesKit

final class SearchIndexTests: XCTestCase {
    let corpus = QueryFixtures.corpus()
    lazy var index = SearchIndex(corpus)

    func refs(_ query: String, filter: Filter = Filter(), limit: Int? = nil) throws -> [String] {
        try index.search(query, in: corpus, filter: filter, limit: limit).map { corpus.items[$0.itemID].ref }
    }

    func testPostingListsAreSortedItemIds() {
        for token in index.vocabulary {
            let ids = index.itemIDs(withToken: token)
            XCTAssertEqual(ids, ids.sorted(), token)
            XCTAssertEqual(Set(ids).count, ids.count, token)
            XCTAssertEqual(index.postingCount(token), ids.count, token)
        }
        XCTAssertEqual(index.itemIDs(withToken: "transport"), [0, 1, 2, 3])
        XCTAssertEqual(index.postingCount("nosuchword"), 0)
    }

    func testPrefixLookupUsesTheSortedVocabulary() {
        XCTAssertEqual(index.vocabulary, index.vocabulary.sorted())
        XCTAssertEqual(Array(index.tokens(withPrefix: "trans")), ["transport"])
        XCTAssertEqual(Array(index.tokens(withPrefix: "str")), ["strategy"])
        XCTAssertEqual(index.itemIDs(withTokenPrefix: "strat"), [2, 5])
        XCTAssertTrue(index.tokens(withPrefix: "zzz").isEmpty)
    }

    func testAllWordsMustMatch() throws {
        XCTAssertEqual(Set(try refs("school transport")), ["aaaa000001", "aaaa000002", "bbbb000003", "cccc000004"])
        XCTAssertEqual(try refs("transport nonexistentword"), [])
    }

    func testTitleHitsRankAboveBodyHitsThenMoreHitsThenNewer() throws {
        // Items 0 and 3 have both words in the title, 0 more body hits; item 2 one word in its
        // title; item 1 only in its body.
        XCTAssertEqual(try refs("school transport"), ["aaaa000001", "cccc000004", "bbbb000003", "aaaa000002"])
        // Equal hits: the newer meeting first (2021-11-18 before 2021-02-23).
        XCTAssertEqual(try refs("performance update").first, "cccc000004")
        XCTAssertEqual(try refs("that"), ["aaaa000001", "eeee000006", "aaaa000002"], "two hits, then newer of equals")
        let hits = index.search(try SearchQuery(parsing: "budget"), in: corpus)
        XCTAssertEqual(hits.map(\.itemID), [1, 0], "title hit (Budget Monitoring) first")
    }

    func testPhrasesAreCheckedOnCandidates() throws {
        // Item 3 has "transport to school", not "home to school" in its body, but its title has it.
        XCTAssertEqual(Set(try refs(#""home to school""#)), ["aaaa000001", "aaaa000002", "cccc000004"])
        XCTAssertEqual(try refs(#""transport to school""#), ["cccc000004"])
        XCTAssertEqual(try refs(#""school to home""#), [])
    }

    func testFiltersInTheQueryAndFromOptions() throws {
        XCTAssertEqual(try refs("committee:cabinet transport").count, 3)
        XCTAssertEqual(try refs("transport after:2021-06-01"), ["cccc000004", "bbbb000003"])
        XCTAssertEqual(try refs("transport", filter: Filter(committee: "select")), ["cccc000004"])
        XCTAssertThrowsError(try refs("committee:planning transport"))
    }

    func testLimitAndFiltersOnlyQueries() throws {
        XCTAssertEqual(try refs("transport", limit: 1).count, 1)
        XCTAssertEqual(try refs("council:caerwen"), ["dddd000005"])
    }

    func testSnippetPointsAtThePhraseNotTheFirstCommonWord() throws {
        let q = try SearchQuery(parsing: #""home to school""#)
        let snippet = index.snippet(for: corpus.items[1], query: q, width: 40)
        XCTAssertTrue(snippet.contains("home to school"), snippet)
        XCTAssertTrue(snippet.hasPrefix("…"), snippet)
    }

    func testSnippetForTitleOnlyHitsShowsTheOpening() throws {
        let q = try SearchQuery(parsing: "strategy")
        XCTAssertEqual(index.snippet(for: corpus.items[2], query: q), "The school run was mentioned once.",
                       "the number is not the opening")
        let q2 = try SearchQuery(parsing: "monitoring")
        XCTAssertEqual(index.snippet(for: corpus.items[1], query: q2, width: 200),
                       "That the overspend on home to school transport be noted.")
    }

    func testSnippetNeverCarriesControlCharacters() throws {
        let q = try SearchQuery(parsing: "bell")
        let snippet = index.snippet(for: corpus.items[5], query: q)
        XCTAssertFalse(snippet.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E }, snippet)
    }
}
