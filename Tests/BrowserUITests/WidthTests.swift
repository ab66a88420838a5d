import MinutesKit
@testable import BrowserUI
#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import XCTest

@_silgen_name("wcwidth") private func c_wcwidth(_ c: Int32) -> Int32

final class WidthTests: XCTestCase {
    override func setUp() { Fixtures.utf8Locale() }

    /// The Swift table must agree with glibc for every printable scalar, or ncurses would
    /// draw a different number of columns than we laid out.
    func testAgreesWithGlibcWcwidthForEveryScalar() throws {
        #if !os(Linux)
        throw XCTSkip("the table is generated from glibc; other C libraries measure differently")
        #endif
        var disagreements: [String] = []
        for v in UInt32(0xA0)...0x10FFFF {
            guard let s = Unicode.Scalar(v), v != 0xAD else { continue }
            let glibc = c_wcwidth(Int32(v))
            guard glibc >= 0 else { continue }
            if TextWidth.columns(of: s) != Int(glibc) {
                disagreements.append(String(v, radix: 16))
                if disagreements.count > 10 { break }
            }
        }
        XCTAssertEqual(disagreements, [])
    }

    func testKnownWidths() {
        XCTAssertEqual(TextWidth.columns(of: "abc"), 3)
        XCTAssertEqual(TextWidth.columns(of: "£ ’ –"), 5)
        XCTAssertEqual(TextWidth.columns(of: "图书馆"), 6)
        XCTAssertEqual(TextWidth.columns(of: "🚀"), 2)
        XCTAssertEqual(TextWidth.columns(of: "❤️"), 1) // U+2764 then VS16: glibc counts per scalar
        XCTAssertEqual(TextWidth.columns(of: "e\u{301}"), 1)
    }

    func testSanitisedRemovesWhatMustNotReachTheTerminal() {
        XCTAssertEqual(TextWidth.sanitised("a\u{1B}[2Jb"), "a\u{241B}[2Jb")
        XCTAssertEqual(TextWidth.sanitised("x\u{202E}y\u{9B}z"), "x\u{FFFD}y\u{FFFD}z")
        XCTAssertEqual(TextWidth.sanitised("tab\there\nline"), "tab here line")
        XCTAssertEqual(TextWidth.sanitised("soft\u{AD}hyphen"), "softhyphen")
        XCTAssertEqual(TextWidth.sanitised("plain £ ’ –"), "plain £ ’ –")
    }
}

final class ScreenTests: XCTestCase {
    override func setUp() { Fixtures.utf8Locale() }

    func testWideCharactersTakeTwoCellsAndRowsKeepTheirWidth() {
        var s = Screen(width: 10, height: 1)
        let used = s.put("图书🚀x", x: 0, y: 0)
        XCTAssertEqual(used, 7)
        XCTAssertEqual(s[0, 0].width, 2)
        XCTAssertTrue(s[1, 0].isContinuation)
        XCTAssertEqual(s.line(0), "图书🚀x   ")
        XCTAssertEqual(s.rowColumns(0), 10)
    }

    func testLongTextIsCutWithAnEllipsis() {
        var s = Screen(width: 10, height: 1)
        s.put("Transformation", x: 0, y: 0)
        XCTAssertEqual(s.line(0), "Transform…")
    }

    func testAWideCharacterThatWouldStraddleTheLimitIsNotHalved() {
        var s = Screen(width: 6, height: 1)
        s.put("abcd图书", x: 0, y: 0)
        // 4 + 2 + 2 = 8 columns > 6: keep 5 columns of text, then the ellipsis. 图 would
        // need columns 4-5, leaving no room for the ellipsis, so it goes.
        XCTAssertEqual(s.line(0), "abcd …")
        XCTAssertEqual(s.rowColumns(0), 6)
    }

    func testOverwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var s = Screen(width: 4, height: 1)
        s.put("图书", x: 0, y: 0)
        s.put("x", x: 1, y: 0)
        XCTAssertEqual(s.line(0), " x书")
        XCTAssertEqual(s.rowColumns(0), 4)
    }

    func testCombiningMarksRideOnThePreviousCell() {
        var s = Screen(width: 4, height: 1)
        XCTAssertEqual(s.put("e\u{301}t", x: 0, y: 0), 2)
        XCTAssertEqual(s[0, 0].text, "e\u{301}")
        XCTAssertEqual(s[1, 0].text, "t")
    }

    func testControlCharactersAreShownNotObeyed() {
        var s = Screen(width: 8, height: 1)
        s.put("a\u{1B}]52;b", x: 0, y: 0)
        XCTAssertFalse(s.text.unicodeScalars.contains { $0.value < 0x20 })
    }

    func testHighlightRangesStyleOnlyTheMatch() {
        var s = Screen(width: 12, height: 1)
        s.put("The Library", x: 0, y: 0, highlight: matchRanges(of: ["library"], in: "The Library"))
        XCTAssertEqual(s[3, 0].style, .normal)
        XCTAssertEqual(s[4, 0].style, .match)
        XCTAssertEqual(s[10, 0].style, .match)
    }
}

final class WrapTests: XCTestCase {
    override func setUp() { Fixtures.utf8Locale() }

    func testWrapsAtWordBoundariesWithAHangingIndent() {
        let lines = Wrap.paragraph("That the focus and priorities for the programme be agreed.", width: 20,
                                   first: " 1. ", rest: "    ")
        XCTAssertEqual(lines, [" 1. That the focus", "    and priorities", "    for the", "    programme be", "    agreed."])
        XCTAssertTrue(lines.allSatisfy { TextWidth.columns(of: $0) <= 20 })
    }

    func testSplitsAWordLongerThanTheLine() {
        let lines = Wrap.paragraph("ashbourne-vale/2025/cabinet-2025-07-22-item-103.txt", width: 20)
        XCTAssertTrue(lines.count >= 3)
        XCTAssertTrue(lines.allSatisfy { TextWidth.columns(of: $0) <= 20 })
        XCTAssertEqual(lines.joined(), "ashbourne-vale/2025/cabinet-2025-07-22-item-103.txt")
    }

    func testWideCharactersCountTwoWhenWrapping() {
        let lines = Wrap.paragraph("图书馆 图书馆 图书馆", width: 13)
        XCTAssertEqual(lines, ["图书馆 图书馆", "图书馆"])
    }

    func testParagraphsKeepOneBlankLineBetween() {
        XCTAssertEqual(Wrap.text("One.\n\n\n\nTwo.", width: 20), ["One.", "", "Two."])
    }
}
