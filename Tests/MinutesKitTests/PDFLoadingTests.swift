import Foundation
import XCTest
@testable import MinutesKit

/// PDFs through the loader: the sample's printed minutes become a meeting with its items
/// and resolutions, and every PDF that cannot be read is a load-report entry with its reason.
final class PDFLoadingTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samplePDF = "ashbourne-vale/2023/pension-fund-committee-2023-09-28-minutes.pdf"

    func bytes(_ relative: String) throws -> [UInt8] {
        Array(try Data(contentsOf: Self.repository.appendingPathComponent(relative)))
    }

    override func setUpWithError() throws {
        try XCTSkipIf(PDFConverter.standard.executable == nil, "pdftotext not installed (scripts/setup installs poppler-utils)")
    }

    func testThePrintedMinutesBecomeAMeetingWithItsItemsAndResolutions() throws {
        let folder = try TemporaryFolder()
        try folder.write(Self.samplePDF, bytes: try bytes("sample-data/" + Self.samplePDF))
        let corpus = try Loader.load(directory: folder.path)
        XCTAssertEqual(corpus.report.skipped, [])
        let loaded = try XCTUnwrap(corpus.report.loaded.first)
        XCTAssertEqual(loaded.kind, .plainMinutes)
        XCTAssertEqual(loaded.encoding, "pdf")
        XCTAssertEqual(loaded.warnings, [])

        let meeting = try XCTUnwrap(corpus.meetings.first)
        XCTAssertEqual(corpus.meetings.count, 1)
        XCTAssertEqual(meeting.date, CivilDate(year: 2023, month: 9, day: 28))
        XCTAssertEqual(meeting.venue, "Committee Room A, Marston House, 11 Kelby Road, Kelby, KB2 8DN")
        XCTAssertEqual(corpus.committees.compactMap(\.name), ["PENSION FUND COMMITTEE"])
        XCTAssertEqual(corpus.items.map(\.number), ["1.", "2.", "3.", "4.", "5.", "6.", "7.", "8."])
        XCTAssertEqual(corpus.items.map(\.decision.resolutions.count), [0, 1, 0, 2, 3, 1, 1, 0])
        XCTAssertEqual(corpus.items[4].title, "RESPONSIBLE INVESTMENT POLICY AND CLIMATE RISK REPORTING")

        // The printer's furniture is gone, and the words it broke are whole again.
        let text = corpus.items.map { [$0.minutes ?? "", $0.title] + $0.decision.resolutions }.joined().joined(separator: "\n")
        for furniture in ["Page 1 of 3", "Page 2 of 3", "Ashbourne Vale County Council", "Pension Fund Committee –"] {
            XCTAssertFalse(text.contains(furniture), furniture)
        }
        XCTAssertTrue(text.contains("about the administration cost"), "hyphenated at a line end")
        XCTAssertTrue(text.contains("the best return on the contributions of members"), "hyphenated across a page break")
        XCTAssertTrue(text.contains("agreed that the long-term risks"), "a compound broken at a line end")
        XCTAssertTrue(corpus.items[4].decision.resolutions[2].contains("the March 2024 meeting"))
    }

    func testTwoColumnsAreReadOneAfterTheOther() throws {
        // With `pdftotext -layout` this page gave the venue "County Hall. page, beside the
        // left one, …", the title "LEFT COLUMN ITEM column ends here." and lost the right
        // column (README, "PDF files").
        let folder = try TemporaryFolder()
        try folder.write("two-column.pdf", bytes: try bytes("Tests/Fixtures/pdf/two-column.pdf"))
        let corpus = try Loader.load(directory: folder.path)
        XCTAssertEqual(corpus.meetings.first?.venue, "County Hall")
        let item = try XCTUnwrap(corpus.items.first)
        XCTAssertEqual(item.title, "LEFT COLUMN ITEM")
        let minutes = try XCTUnwrap(item.minutes)
        let left = try XCTUnwrap(minutes.range(of: "end at the gutter."))
        let right = try XCTUnwrap(minutes.range(of: "The right column starts at the top of the page, beside the left one"))
        XCTAssertLessThan(left.lowerBound, right.lowerBound)
    }

    func testADecisionNoticeWithATableOfFieldsBecomesADecision() throws {
        let folder = try TemporaryFolder()
        try folder.write("kingsmere/notice.pdf", bytes: try bytes("Tests/Fixtures/pdf/decision-notice.pdf"))
        let corpus = try Loader.load(directory: folder.path)
        XCTAssertEqual(corpus.report.loaded.map(\.kind), [.decisionDetails])
        let meeting = try XCTUnwrap(corpus.meetings.first)
        XCTAssertEqual(meeting.date, CivilDate(year: 2024, month: 7, day: 16))
        XCTAssertEqual(corpus.committees.compactMap(\.name), ["Cabinet"])
        let item = try XCTUnwrap(corpus.items.first)
        XCTAssertEqual(item.title, "Library Opening Hours: Winter Timetable 2024/25")
        XCTAssertEqual(item.decision.decisionMaker, "Cabinet")
        XCTAssertEqual(item.decision.status, "Implemented")
        XCTAssertEqual(item.decision.isKeyDecision, false)
        XCTAssertEqual(item.decision.isSubjectToCallIn, true)
        XCTAssertEqual(item.decision.resolutions.count, 2)
        XCTAssertEqual(item.decision.reasons, "Evening visits had grown by a fifth since the pilot at two branches in 2023.")
    }

    func testADamagedPDFIsReportedWithItsReason() throws {
        let folder = try TemporaryFolder()
        try folder.write("vale/damaged.pdf", bytes: Array("%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog".utf8))
        try folder.write("vale/cut-short.pdf", bytes: Array(try bytes("sample-data/" + Self.samplePDF).prefix(500)))
        let corpus = try Loader.load(directory: folder.path)
        XCTAssertEqual(corpus.report.loaded, [])
        XCTAssertEqual(corpus.report.skipped, [
            LoadReport.Skipped(path: "vale/cut-short.pdf", reason: .unreadable, detail: "PDF is damaged"),
            LoadReport.Skipped(path: "vale/damaged.pdf", reason: .unreadable, detail: "PDF is damaged"),
        ])
        XCTAssertEqual(corpus.report.skipped.first?.explanation, "unreadable (PDF is damaged)")
    }

    func testAnEncryptedPDFIsReportedWithItsReason() throws {
        let folder = try TemporaryFolder()
        try folder.write("locked.pdf", bytes: try bytes("Tests/Fixtures/pdf/encrypted.pdf"))
        let corpus = try Loader.load(directory: folder.path)
        XCTAssertEqual(corpus.report.skipped, [LoadReport.Skipped(path: "locked.pdf", reason: .unreadable, detail: "PDF is encrypted")])
    }

    func testAPDFWithNoTextIsReportedAsEmpty() throws {
        let folder = try TemporaryFolder()
        try folder.write("scan.pdf", bytes: Self.blankPagePDF())
        let corpus = try Loader.load(directory: folder.path)
        XCTAssertEqual(corpus.report.skipped, [
            LoadReport.Skipped(path: "scan.pdf", reason: .empty, detail: "the PDF has no text, only images: scanned pages need OCR first"),
        ])
    }

    func testWithoutPdftotextAPDFIsSkippedWithWhatToInstall() throws {
        let path = Self.repository.appendingPathComponent("sample-data/" + Self.samplePDF).path
        let entry = DirectoryWalk.Entry(relativePath: "minutes.pdf", absolutePath: path)
        guard case .skipped(let reason, let detail) = DocumentReading.read(entry, maximumSize: 1 << 20, pdf: PDFConverter(executable: nil)) else {
            return XCTFail("read without a converter")
        }
        XCTAssertEqual(reason, .unreadable)
        XCTAssertEqual(detail, "pdftotext not found: install poppler-utils")
    }

    func testTheFileSizeLimitComesFirst() throws {
        let path = Self.repository.appendingPathComponent("sample-data/" + Self.samplePDF).path
        let entry = DirectoryWalk.Entry(relativePath: "minutes.pdf", absolutePath: path)
        guard case .skipped(let reason, _) = DocumentReading.read(entry, maximumSize: 1000) else {
            return XCTFail("a PDF over the limit was read")
        }
        XCTAssertEqual(reason, .tooLarge)
    }

    func testASecondLoadTakesThePDFFromTheCache() throws {
        let folder = try TemporaryFolder(), cacheFolder = try TemporaryFolder()
        try folder.write(Self.samplePDF, bytes: try bytes("sample-data/" + Self.samplePDF))
        let options = Loader.Options(cache: CorpusCache(directory: cacheFolder.path + "/minutes"))
        let first = try Loader.load(directory: folder.path, options: options)
        let second = try Loader.load(directory: folder.path, options: options)
        XCTAssertFalse(first.isFromCache)
        XCTAssertTrue(second.isFromCache)
        XCTAssertEqual(second.items, first.items)
        XCTAssertEqual(second.report.loaded, first.report.loaded)
    }

    func testPrintedMinutesWithNoBlankLineAfterTheHeaderSentence() throws {
        // pdftotext's reading order runs the header, `PRESENT:` and the first item number
        // together: the header's sentence (and its venue) ends where they begin.
        let text = """
        MINUTES of the meeting of the PENSION FUND COMMITTEE held on 28 September 2023
        at 10.00 am at Committee Room A, Marston House, Kelby
        PRESENT: Councillor Rosalind Tremayne (Chairman)
        1.

        APOLOGIES FOR ABSENCE
        None.

        2.

        MINUTES
        RESOLVED – That the minutes be confirmed.
        """
        let page = try XCTUnwrap(PageReader.read(text))
        let block = try XCTUnwrap(page.blocks.first)
        XCTAssertEqual(block.venue, "Committee Room A, Marston House, Kelby")
        XCTAssertEqual(block.items.map(\.title), ["APOLOGIES FOR ABSENCE", "MINUTES"])
        // A time with a colon, or a wrapped address, goes on being the header.
        XCTAssertFalse(PlainMinutesReader.startsParagraph("10:00 am at County Hall"))
        XCTAssertFalse(PlainMinutesReader.startsParagraph("11 Kelby Road, Kelby"))
        XCTAssertTrue(PlainMinutesReader.startsParagraph("Present: Councillor Tremayne"))
        XCTAssertTrue(PlainMinutesReader.startsParagraph("1. APOLOGIES FOR ABSENCE"))
    }

    /// A valid one-page PDF with nothing on the page, as a scan without OCR reads.
    static func blankPagePDF() -> [UInt8] {
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for object in ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"] {
            offsets.append(out.utf8.count)
            out += "\(offsets.count) 0 obj\n\(object)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 4\n0000000000 65535 f \n"
        for o in offsets { out += String(repeating: "0", count: 10 - String(o).count) + "\(o) 00000 n \n" }
        out += "trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Array(out.utf8)
    }
}
