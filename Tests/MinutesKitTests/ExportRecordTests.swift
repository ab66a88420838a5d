import XCTest
import Foundation
@testable import MinutesKit

final class ExportRecordTests: XCTestCase {
    let corpus = QueryFixtures.corpus()

    func object(_ json: String) throws -> [String: Any] {
        try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    }

    func testItemRecordHasEveryFieldWithNullsForMissingFacts() throws {
        let line = try JSONOutput.line(ItemRecord(corpus.items[4], in: corpus))
        XCTAssertFalse(line.contains("\n"), "JSON Lines: one line per item")
        let o = try object(line)
        for key in ["ref", "council", "committee", "date", "number", "title", "resolutions", "reasons",
                    "callIn", "minutes", "sources", "decisionMaker", "keyDecision", "status", "documents"] {
            XCTAssertNotNil(o.index(forKey: key), "missing key \(key)")
        }
        XCTAssertTrue(o["committee"] is NSNull, "committee not stated is null")
        XCTAssertTrue(o["date"] is NSNull, "undated is null")
        XCTAssertTrue(o["number"] is NSNull)
        XCTAssertEqual(o["council"] as? String, "Caerwen")
        XCTAssertEqual(o["ref"] as? String, "dddd000005")
    }

    func testItemRecordFacts() throws {
        let o = try object(try JSONOutput.line(ItemRecord(corpus.items[0], in: corpus)))
        XCTAssertEqual(o["committee"] as? String, "Cabinet")
        XCTAssertEqual(o["date"] as? String, "2021-02-23")
        XCTAssertEqual(o["number"] as? String, "45")
        XCTAssertEqual(o["resolutions"] as? [String], ["That the home to school transport policy be approved.", "That the budget be noted."])
        let sources = try XCTUnwrap(o["sources"] as? [[String: Any]])
        XCTAssertEqual(sources.first?["path"] as? String, "council/aaaa000001.txt")
        XCTAssertEqual(sources.first?["kind"] as? String, "meeting")
        XCTAssertEqual(sources.first?["line"] as? Int, 3)
    }

    func testOutputIsStableAndKeysSorted() throws {
        let a = try JSONOutput.line(ItemRecord(corpus.items[0], in: corpus))
        let b = try JSONOutput.line(ItemRecord(QueryFixtures.corpus().items[0], in: QueryFixtures.corpus()))
        XCTAssertEqual(a, b)
        XCTAssertTrue(a.hasPrefix(#"{"agendaText":null,"alternatives":null,"callIn":null,"committee":"Cabinet""#), a)
        XCTAssertTrue(a.contains(#""path":"council/aaaa000001.txt""#), "slashes are not escaped")
    }

    func testControlCharactersNeverReachTheOutput() throws {
        let line = try JSONOutput.line(ItemRecord(corpus.items[5], in: corpus))
        XCTAssertFalse(line.contains("\\u001b"), line)
        XCTAssertFalse(line.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x9B || $0.value == 0x07 || $0.value == 0x202E })
        let o = try object(line)
        XCTAssertEqual(o["title"] as? String, "Library [31mStrategy[0m")
    }

    func testSummaryMeetingCommitteeAndStatsRecords() throws {
        let summary = try object(try JSONOutput.pretty(ItemSummaryRecord(corpus.items[3], in: corpus)))
        XCTAssertEqual(summary["resolutions"] as? Int, 0)
        XCTAssertNil(summary.index(forKey: "snippet"), "snippet only in search results")
        let withSnippet = try object(try JSONOutput.pretty(ItemSummaryRecord(corpus.items[3], in: corpus, snippet: "x")))
        XCTAssertEqual(withSnippet["snippet"] as? String, "x")

        let meeting = try object(try JSONOutput.pretty(MeetingRecord(corpus.meetings[3], in: corpus)))
        XCTAssertTrue(meeting["date"] is NSNull)
        XCTAssertEqual(meeting["items"] as? Int, 1)

        let committee = try object(try JSONOutput.pretty(CommitteeRecord(corpus.committees[0], in: corpus)))
        XCTAssertEqual(committee["meetings"] as? Int, 2)
        XCTAssertEqual(committee["items"] as? Int, 4)

        var c = corpus
        c.report.skipped = [LoadReport.Skipped(path: "a/b.pdf", reason: .notMinuteDocument, detail: ".pdf file")]
        let stats = try object(try JSONOutput.pretty(StatsRecord(c)))
        XCTAssertEqual(stats["items"] as? Int, 6)
        XCTAssertEqual(stats["resolutions"] as? Int, 4)
        XCTAssertEqual(stats["meetings"] as? Int, 4)
        XCTAssertEqual(stats["files"] as? Int, 1)
        XCTAssertEqual(stats["documents"] as? Int, 0)
        let skipped = try XCTUnwrap(stats["skipped"] as? [[String: Any]])
        XCTAssertEqual(skipped.first?["path"] as? String, "a/b.pdf")
        XCTAssertEqual(skipped.first?["reason"] as? String, "not a minute document")
        XCTAssertNil(stats.index(forKey: "loaded"))
    }
}
