import XCTest
@testable import MinutesKit

/// Issue 14, fault 2: libxml2's default limits cut pages silently: past about 254 nested
/// elements everything below was lost (a 120-item page of unclosed `<div>`s read as 62
/// items), and a text node stopped at 10,000,000 bytes. Pages are read whole within our
/// own limits (the 20 MB file limit, an iterative walk), and a cut is reported.
final class HTMLLimitTests: XCTestCase {
    /// A meeting page whose items each open a `<div>` that is never closed.
    static func unclosedDivPage(items: Int) -> String {
        var html = "<html><body><h1>Agenda, decisions and minutes</h1><p>Cabinet - Tuesday, 12th March, 2024 2.00 pm</p><p>Items</p><p>No. Item</p>"
        for n in 1...items {
            html += "<div><div><div><p>\(n).</p><p>Item number \(n) title</p><p>Decision:</p><p>RESOLVED: That item \(n) be agreed.</p>"
        }
        return html + "</body></html>"
    }

    func testDeeplyNestedPagesAreReadWhole() throws {
        let text = HTMLText.extract(Self.unclosedDivPage(items: 300))
        XCTAssertTrue(text.contains("Item number 300 title"), String(text.suffix(300)))
        let dir = try TemporaryFolder()
        try dir.write("vale/cabinet.html", Self.unclosedDivPage(items: 120))
        let corpus = try Loader.load(directory: dir.path)
        XCTAssertEqual(corpus.items.count, 120)
        XCTAssertEqual(corpus.report.loaded.first?.warnings, [])
    }

    func testATextNodeOverTenMillionBytesIsReadWhole() {
        let long = String(repeating: "word ", count: 2_200_000) // 11 MB in one text node
        let text = HTMLText.extract("<html><body><p>" + long + "THE END</p></body></html>")
        XCTAssertTrue(text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("THE END"), String(text.suffix(40)))
    }

    /// With libxml2's default limits (what was used before), the cut is reported, not silent.
    func testACutIsReportedNotSilent() throws {
        let read = HTMLText.read(Self.unclosedDivPage(items: 300), hugeDocuments: false)
        XCTAssertFalse(read.text.contains("Item number 300 title"))
        let cut = try XCTUnwrap(read.cut?.message)
        XCTAssertTrue(cut.hasPrefix("HTML cut short by libxml2: Excessive depth in document"), cut)
        XCTAssertNil(HTMLText.read(Self.unclosedDivPage(items: 300)).cut)
    }
}
