import XCTest
@testable import MinutesKit

final class ExportTextTests: XCTestCase {
    let corpus = QueryFixtures.corpus()

    func testDisplayWidth() {
        XCTAssertEqual(TerminalText.width("Cabinet"), 7)
        XCTAssertEqual(TerminalText.width("議会"), 4, "CJK takes two cells")
        XCTAssertEqual(TerminalText.width("🏫"), 2, "emoji takes two cells")
        XCTAssertEqual(TerminalText.width("e\u{301}"), 1, "combining mark takes none")
        XCTAssertEqual(TerminalText.width("Ŵ"), 1)
    }

    func testTruncateFitsWithEllipsis() {
        XCTAssertEqual(TerminalText.truncate("Transport Strategy", toWidth: 10), "Transport…")
        XCTAssertEqual(TerminalText.truncate("議会議会議会", toWidth: 5), "議会…")
        XCTAssertEqual(TerminalText.truncate("short", toWidth: 10), "short")
    }

    func testSafeRemovesControlsButKeepsNewlines() {
        XCTAssertEqual(TerminalText.safe("a\u{1B}[31mb\nc\u{9B}d\u{7F}\u{202E}e\tf"), "a[31mb\ncdef".replacingOccurrences(of: "ef", with: "e f"))
        XCTAssertEqual(TerminalText.singleLine("  two\n lines \r\n here "), "two lines here")
    }

    func testWrapKeepsParagraphsAndWidth() {
        let lines = TerminalText.wrap("one two three four five six seven\n\neight", width: 14, indent: "  ")
        XCTAssertEqual(lines, ["  one two", "  three four", "  five six", "  seven", "", "  eight"])
        for line in TerminalText.wrap(String(repeating: "x", count: 50), width: 20) {
            XCTAssertLessThanOrEqual(TerminalText.width(line), 20)
        }
    }

    func testTableAlignsByDisplayWidthAndCutsTheFlexibleColumn() {
        var t = TextTable(columns: [.init("REF"), .init("TITLE", flexible: true), .init("N", rightAligned: true)])
        t.append(["a1", "議会 Budget", "2"])
        t.append(["b22", "A very long title that will not fit in a narrow terminal", "10"])
        let full = t.render()
        XCTAssertEqual(full[0], "REF  TITLE                                                      N")
        XCTAssertEqual(full[1], "a1   議会 Budget                                                2")
        XCTAssertTrue(full[2].contains("narrow terminal"))
        let narrow = t.render(maxWidth: 30)
        for line in narrow { XCTAssertLessThanOrEqual(TerminalText.width(line), 30, line) }
        XCTAssertTrue(narrow[2].contains("…"))
        XCTAssertTrue(narrow[2].hasSuffix("10"))
    }

    func testShowRendersDecisionFirstRenumberedThenSources() {
        var c = corpus
        c.items[0].decision.reasons = "Because families asked for it."
        c.items[0].decision.callIn = "Children, Families, Lifelong Learning & Culture Select Committee"
        c.items[0].decision.isKeyDecision = true
        c.items[0].documents = ["Annex 1 – Policy"]
        let text = ItemText.render(c.items[0], in: c, width: 60)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        XCTAssertEqual(lines[0], "Ashbourne Vale · Cabinet · Tue 23 Feb 2021")
        XCTAssertEqual(lines[1], "45 Home to School Transport Policy")
        XCTAssertTrue(lines.contains("  1. That the home to school transport policy be approved."), text)
        XCTAssertTrue(lines.contains("  2. That the budget be noted."), text)
        func at(_ s: String) -> Int { lines.firstIndex(of: s) ?? -1 }
        XCTAssertLessThan(at("Resolutions"), at("Reasons for decision"))
        XCTAssertLessThan(at("Reasons for decision"), at("Call-in"))
        XCTAssertLessThan(at("Call-in"), at("Key decision: yes"))
        XCTAssertLessThan(at("Key decision: yes"), at("Minutes"))
        XCTAssertLessThan(at("Minutes"), at("Documents"))
        XCTAssertLessThan(at("Documents"), at("Sources"))
        XCTAssertTrue(lines.contains("  council/aaaa000001.txt  Meeting page  line 3"), text)
        for line in lines { XCTAssertLessThanOrEqual(TerminalText.width(line), 60, line) }
    }

    func testShowOfAnUndatedItemWithoutCommittee() {
        let text = ItemText.render(corpus.items[4], in: corpus)
        XCTAssertTrue(text.hasPrefix("Caerwen · committee not stated · undated\nApologies for Absence\n"), text)
    }

    func testShowNeverCarriesControlCharacters() {
        let text = ItemText.render(corpus.items[5], in: corpus)
        XCTAssertFalse(text.unicodeScalars.contains {
            ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || $0.value == 0x202E
        }, text)
        XCTAssertTrue(text.contains("Library [31mStrategy[0m"))
    }

    func testStatsReportListsSkippedFiles() {
        var c = corpus
        c.report.skipped = [LoadReport.Skipped(path: "a/b.pdf", reason: .notMinuteDocument, detail: ".pdf file")]
        let text = ReportText.stats(c)
        XCTAssertTrue(text.hasPrefix("/tmp/minutes-fixture: 1 file, 0 read, 1 skipped\n"), text)
        XCTAssertTrue(text.contains("Items        6"), text)
        XCTAssertTrue(text.contains("Meetings     4  (1 undated)"), text)
        XCTAssertTrue(text.contains("Skipped (1):\n  a/b.pdf  not a minute document (.pdf file)\n"), text)
    }
}
