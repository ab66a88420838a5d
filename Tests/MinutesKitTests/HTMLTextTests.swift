import XCTest
@testable import MinutesKit

final class HTMLTextTests: XCTestCase {
    func testScriptsStylesAndNavigationNeverAppear() {
        let text = HTMLText.extract("""
        <html><head><title>Issue - meetings</title><style>p{color:red}</style>
        <script>var secret = "do not show";</script></head>
        <body><nav><ul><li>Browse meetings</li></ul></nav>
        <h1>Issue - meetings</h1><p>Budget&nbsp;2022 &ndash; &pound;5m &amp;pound; council&rsquo;s</p>
        <script>alert(1)</script></body></html>
        """)
        XCTAssertFalse(text.contains("secret"))
        XCTAssertFalse(text.contains("color:red"))
        XCTAssertFalse(text.contains("Browse meetings"))
        XCTAssertFalse(text.contains("alert"))
        XCTAssertTrue(text.contains("Issue - meetings"))
        XCTAssertTrue(text.contains("Budget\u{00A0}2022 – £5m &pound; council’s"))
    }

    func testListsAreNumberedAndTablesBecomeCells() {
        let text = HTMLText.extract("<ol><li>That A.</li><li>That B.</li></ol><table><tr><td>Decision Maker:</td><td>Cabinet</td></tr><tr><td>a</td><td>b</td></tr></table>")
        let lines = text.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.contains("1. That A."))
        XCTAssertTrue(lines.contains("2. That B."))
        XCTAssertTrue(lines.contains("Decision Maker: Cabinet"))
        XCTAssertTrue(lines.contains("a | b"))
    }

    func testAnHTMLIssuePageReadsLikeTheTextOne() throws {
        let html = """
        <html><body><div id="content"><h1>Issue - meetings</h1><h2>Bus Fares</h2>
        <p>Meeting: 24/09/2024 - Cabinet (Item 121/24)</p>
        <h3>121/24 Bus Fares <span>pdf icon PDF 200 KB</span></h3>
        <p><strong>Decision:</strong></p><p>RESOLVED:</p>
        <ol><li>That fares be capped at &pound;2.</li><li>That the cap be reviewed.</li></ol>
        <p>[The decisions on this item can be called in by the Communities Select Committee]</p>
        </div></body></html>
        """
        let page = try XCTUnwrap(PageReader.read(HTMLText.extract(html)))
        XCTAssertEqual(page.kind, .issueMeetings)
        let item = try XCTUnwrap(page.blocks.first?.items.first)
        XCTAssertEqual(page.blocks.first?.committee, "Cabinet")
        XCTAssertEqual(item.number, "121/24")
        XCTAssertEqual(item.title, "Bus Fares")
        XCTAssertEqual(item.decision.resolutions, ["That fares be capped at £2.", "That the cap be reviewed."])
        XCTAssertEqual(item.decision.callIn, "Communities Select Committee")
    }

    func testUnclosedTagsAndDeepNestingDoNotCrash() {
        let deep = String(repeating: "<div>", count: 5000) + "Agenda item" + String(repeating: "</div>", count: 10)
        XCTAssertTrue(HTMLText.extract(deep).contains("Agenda item") || HTMLText.extract(deep).isEmpty)
        XCTAssertTrue(HTMLText.extract("<p>Open <b>bold <i>both").contains("Open bold both"))
    }
}
