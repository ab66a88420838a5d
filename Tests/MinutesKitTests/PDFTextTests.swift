import XCTest
@testable import MinutesKit

/// The PDF-text cleaner, a rule at a time, on text shaped like pdftotext's (pages ended by
/// form feeds, blocks separated by blank lines).
final class PDFTextTests: XCTestCase {
    /// Pages joined as pdftotext writes them: each one ends with a form feed.
    func pdf(_ pages: [String]) -> String { pages.map { $0 + "\n\u{0C}" }.joined() }

    func testPagesSplitOnFormFeedsAndTheLastFormFeedEndsThePages() {
        XCTAssertEqual(PDFText.split("one\ntwo\n\u{0C}three\n\u{0C}"), [["one", "two", ""], ["three", ""]])
        XCTAssertEqual(PDFText.split("no form feed\n"), [["no form feed", ""]])
        XCTAssertEqual(PDFText.split("  spaced  \n"), [["spaced", ""]])
    }

    func testARunningHeaderOnMostPagesGoes() {
        let text = pdf([
            "Pension Fund Committee – 28 September 2023\n\nMINUTES of the meeting\n\n1.\n\nAPOLOGIES",
            "Pension Fund Committee – 28 September 2023\n\nThe Committee noted the report.",
            "Pension Fund Committee – 28 September 2023\n\nThe meeting ended at 12.15 pm.",
        ])
        let cleaned = PDFText.clean(text)
        XCTAssertFalse(cleaned.contains("Pension Fund Committee – 28"), cleaned)
        XCTAssertTrue(cleaned.hasPrefix("MINUTES of the meeting"), cleaned)
        XCTAssertTrue(cleaned.contains("The Committee noted the report."))
    }

    func testARunningFooterWithChangingPageNumbersGoes() {
        let text = pdf([
            "First page text.\n\nAshbourne Vale County Council · Page 1 of 3",
            "Second page text.\n\nAshbourne Vale County Council · Page 2 of 3",
            "Third page text.\n\nAshbourne Vale County Council · Page 3 of 3",
        ])
        XCTAssertEqual(PDFText.clean(text), "First page text.\n\nSecond page text.\n\nThird page text.")
    }

    func testALineOnOnlyOnePageOfTwoStays() {
        // "Most pages" is more than half: one page of two is not enough.
        let text = pdf(["ASHBOURNE VALE COUNTY COUNCIL\n\nFirst.", "Second."])
        XCTAssertEqual(PDFText.clean(text), "ASHBOURNE VALE COUNTY COUNCIL\n\nFirst.\n\nSecond.")
    }

    func testTextRepeatedInTheMiddleOfPagesStays() {
        let middle = "A\nB\nC\nThe report was noted.\nD\nE\nF"
        let text = pdf([middle, middle, middle])
        XCTAssertEqual(PDFText.clean(text).components(separatedBy: "The report was noted.").count, 4)
    }

    func testPageNumberLinesGo() {
        for number in ["Page 2", "Page 2 of 12", "page 2 / 12", "- 2 -", "– 2 –", "— 2 —"] {
            let text = pdf(["Text of the page.\n\n\(number)"])
            XCTAssertEqual(PDFText.clean(text), "Text of the page.", number)
            XCTAssertEqual(PDFText.clean(pdf(["\(number)\n\nText of the page."])), "Text of the page.", number)
        }
        // Not page numbers: they are text.
        for line in ["Page 2 of the report", "Pages 2 to 5", "- see below -"] {
            XCTAssertTrue(PDFText.clean(pdf(["Text.\n\n\(line)"])).hasSuffix(line), line)
        }
    }

    func testBareNumbersCountingWithThePagesGo() {
        let text = pdf(["One.\n\n17", "Two.\n\n18", "Three.\n\n19"])
        XCTAssertEqual(PDFText.clean(text), "One.\n\nTwo.\n\nThree.")
        XCTAssertEqual(PDFText.clean(pdf(["Only page.\n\n1"])), "Only page.")
    }

    func testABareItemNumberAtTheTopOfAPageStays() {
        // Item numbers 45 and 52 do not count up with the pages: they are items.
        let text = pdf(["Earlier text.", "45\n\nBUDGET MONITORING\n\nText.", "52\n\nCAPITAL PROGRAMME\n\nText."])
        let lines = PDFText.clean(text).components(separatedBy: "\n")
        XCTAssertTrue(lines.contains("45"))
        XCTAssertTrue(lines.contains("52"))
        // Dotted item numbers are never page numbers.
        XCTAssertTrue(PDFText.clean(pdf(["Text.\n\n4.", "Text.\n\n5."])).contains("4."))
    }

    func testAWordHyphenatedAtALineEndIsJoined() {
        XCTAssertEqual(PDFText.clean("the ad-\nministration cost\nrose"), "the administration cost\nrose")
        XCTAssertEqual(PDFText.clean("Cyngor y Sir a’r gwasan-\naethau"), "Cyngor y Sir a’r gwasanaethau")
    }

    func testAHyphenBeforeACapitalOrADigitKeepsItsLineBreak() {
        XCTAssertEqual(PDFText.clean("Licensing Sub-\nCommittee"), "Licensing Sub-\nCommittee")
        XCTAssertEqual(PDFText.clean("budget for 2022-\n23 was set"), "budget for 2022-\n23 was set")
        XCTAssertEqual(PDFText.clean("RESOLVED -\nthat it be noted"), "RESOLVED -\nthat it be noted")
    }

    func testACompoundTheDocumentWritesWithAHyphenKeepsIt() {
        let text = "the long-term plan\nand the long-\nterm risks"
        XCTAssertEqual(PDFText.clean(text), "the long-term plan\nand the long-term risks")
    }

    func testAWordHyphenatedAcrossAPageBreakIsJoinedUnderTheRunningHeader() {
        let text = pdf([
            "Pension Fund Committee\n\nthe best return on the con-\n\nPage 1 of 2",
            "Pension Fund Committee\n\ntributions of members.\n\nPage 2 of 2",
        ])
        XCTAssertEqual(PDFText.clean(text), "the best return on the contributions of members.")
    }

    func testASentenceOverAPageBreakStaysOneParagraph() {
        let runsOn = pdf(["the application be granted as", "applied for, with conditions."])
        XCTAssertEqual(PDFText.clean(runsOn), "the application be granted as\napplied for, with conditions.")
        let ends = pdf(["The report was noted.", "applied for"])
        XCTAssertEqual(PDFText.clean(ends), "The report was noted.\n\napplied for")
    }

    func testAWordPopplerJoinedGetsBackTheHyphenTheDocumentGivesIt() {
        // pdftotext joins `SUB-` / `COMMITTEE` inside a paragraph; the running header says
        // how the document writes it.
        let text = pdf([
            "Licensing Sub-Committee (Premises) – 14 March 2023\n\nMINUTES of the meeting of the LICENSING SUBCOMMITTEE (PREMISES) held on 14 March 2023",
            "Licensing Sub-Committee (Premises) – 14 March 2023\n\nThe subcommittee withdrew.",
        ])
        let cleaned = PDFText.clean(text)
        XCTAssertTrue(cleaned.contains("the LICENSING SUB-COMMITTEE (PREMISES) held"), cleaned)
        XCTAssertTrue(cleaned.contains("The sub-committee withdrew."), cleaned)
        // Only whole words, and never next to digits or another hyphen.
        let compounds = PDFText.Compounds([["the long-term plan"]])
        XCTAssertEqual(compounds.restoringHyphens("longterm and longterms and 2022longterm and long-longterm"),
                       "long-term and longterms and 2022longterm and long-longterm")
    }

    func testATableOfLabelsAndValuesIsPairedAgain() {
        let text = "Decision details\nDecision Maker:\nIs Key decision?:\nDecided at meeting:\n\nCabinet\nYes\n17/01/2023 - Cabinet\n\nDecision:\nRESOLVED:\n1. That it be agreed."
        XCTAssertEqual(PDFText.clean(text),
                       "Decision details\nDecision Maker: Cabinet\nIs Key decision?: Yes\nDecided at meeting: 17/01/2023 - Cabinet\n\nDecision:\nRESOLVED:\n1. That it be agreed.")
        // A value that wrapped (four lines for three labels): nothing is guessed.
        let wrapped = "PRESENT:\nOFFICERS:\nAPOLOGIES:\n\nCouncillor Tremayne (Chairman),\nCouncillors Baxendale and Strand\nMs Colville\nCouncillor Hale"
        XCTAssertEqual(PDFText.clean(wrapped), wrapped)
        // Two labels are not a table: `Decision:` and `RESOLVED:` above two clauses.
        let two = "Decision:\nRESOLVED:\n\n1. That it be agreed.\n2. That it be noted."
        XCTAssertEqual(PDFText.clean(two), two)
    }

    func testOtherLineBreaksAndBlankLinesAreKept() {
        let text = "RESOLVED:\n(1) That the report be approved for\npublication.\n\n(2) That the letter be signed."
        XCTAssertEqual(PDFText.clean(text), text)
    }

    func testHostileShapesStayLinear() {
        // Each once quadratic (a line joined or removed in place, a table's rows removed one
        // block at a time): 50,000 joins into one line, 50,000 labels, 10,000 pages.
        func fast(_ what: String, _ text: String) {
            let clock = ContinuousClock()
            let elapsed = clock.measure { _ = PDFText.clean(text) }
            XCTAssertLessThan(elapsed, .seconds(10), what)
        }
        fast("a chain of hyphen joins", String(repeating: "ab-\n", count: 50_000) + "cd")
        fast("labels and values", String(repeating: "A:\n", count: 50_000) + "\n" + String(repeating: "x\n", count: 50_000))
        fast("tables", String(repeating: "A:\nB:\nC:\n\nx\ny\nz\n\n", count: 15_000))
        fast("pages", String(repeating: "Header line\nlong-term and longterm text\nPage 1 of 2\n\u{0C}", count: 10_000))
    }

    func testEmptyAndFurnitureOnlyInputsGiveNothing() {
        XCTAssertEqual(PDFText.clean(""), "")
        XCTAssertEqual(PDFText.clean("\u{0C}\u{0C}"), "")
        XCTAssertEqual(PDFText.clean(pdf(["Page 1 of 2", "Page 2 of 2"])), "")
    }
}
