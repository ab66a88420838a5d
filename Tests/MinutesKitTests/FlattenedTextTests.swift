import XCTest
@testable import MinutesKit

/// Printed minutes saved from a document-hosting site arrive as one line: the breaks are
/// put back where the printed page had them, and facts still point at the file's lines.
final class FlattenedTextTests: XCTestCase {
    static let filler = String(repeating: "The discussion covered the matter in some detail and members asked questions of officers. ", count: 8)

    static let cabinet = """
    Minutes Template
    Cabinet 14 March 2019 MINUTES OF A MEETING OF THE CABINET HELD AT THE GUILDHALL, FENBY ON THURSDAY, 14 MARCH 2019 PRESENT County Councillor A Moss (Chair) County Councillors B Reed and C Stone In attendance: County Councillor D Lake 1. APOLOGIES There were no apologies. 2. MINUTES The Leader was authorised to sign the minutes of the meeting held on 28th February 2019 as a correct record. \(filler) 3. DECLARATIONS OF INTEREST A member declared a personal interest in item 4. 4. HIGHWAYS CAPITAL PROGRAMME 2019-2020 Cabinet considered the programme. RESOLVED 1. That the programme be approved. 2. That the Head of Highways be authorised to let the contracts. \(filler) 5. SCHOOL TRANSPORT POLICY Cabinet noted the report. Within section 2. THE REVIEW the figures for 7. ROUTES were given.
    """

    func testAOneLineCabinetMinuteReadsAsAMeetingWithItsNumberedHeadings() throws {
        let page = try XCTUnwrap(PageReader.read(Self.cabinet))
        let block = try XCTUnwrap(page.blocks.first)
        XCTAssertEqual(block.committee, "CABINET")
        XCTAssertEqual(block.date?.iso, "2019-03-14")
        XCTAssertEqual(block.items.map(\.number), ["1.", "2.", "3.", "4.", "5."])
        XCTAssertEqual(block.items.map(\.title), ["APOLOGIES", "MINUTES", "DECLARATIONS OF INTEREST",
                                                  "HIGHWAYS CAPITAL PROGRAMME 2019-2020", "SCHOOL TRANSPORT POLICY"])
        XCTAssertEqual(block.items[3].decision.resolutions.count, 2)
        XCTAssertEqual(Set(block.items.map(\.line)), [2], "every item points at the file's one long line")
    }

    func testCodedMinuteReferencesAndAResolutionMidSentence() throws {
        let text = """
        Fenby Parish Council

        Download

        1 (These minutes are subject to approval) Fenby Parish Council Minutes of a Meeting of Fenby Parish Council held at 7.30pm on Monday 3 March 2008 at the Village Hall, Fenby FPC/101/07-08 Present Members: Cllr A Moss (Chairman), Cllr B Reed and Cllr C Stone. FPC/102/07-08 Apologies for Absence Apologies for absence were received from Cllr D Lake and it was proposed that Cllr Reed take the chair for item 5 and the Council RESOLVED to accept the proposal. \(Self.filler) FPC/103/07-08 Declarations of Interest None were declared. \(Self.filler)
        """
        let block = try XCTUnwrap(PageReader.read(text)?.blocks.first)
        XCTAssertEqual(block.committee, "Fenby Parish Council")
        XCTAssertEqual(block.date?.iso, "2008-03-03")
        XCTAssertEqual(block.items.map(\.number), ["FPC/101/07-08", "FPC/102/07-08", "FPC/103/07-08"])
        XCTAssertEqual(block.items[1].title, "Apologies for Absence")
        XCTAssertEqual(block.items[1].decision.resolutions.count, 1)
    }

    func testALongParagraphWithFewHeadingsIsLeftAlone() {
        let paragraph = "1. APOLOGIES were noted. " + Self.filler + Self.filler
        XCTAssertNil(FlattenedText.relined(PageText(paragraph)))
        XCTAssertEqual(FlattenedText.split(paragraph), [paragraph])
    }

    func testParagraphsNumberedAcrossHeadingsRunIntoTheText() throws {
        let text = "NOTE: this text was converted from the printed copy. FENMOOR HILLS PARK AUTHORITY MINUTES OF THE BOARD MEETING held at the Old School, Fenby on 12th March 2009 at 10.00am PRESENT Ann Reed Tom Stone Lucy Hart In Attendance: Jo Clerk Apologies: Sam Lake Minutes of Last Meeting - approval 1. The minutes of the previous meeting (12th February) were approved as a correct record. \(Self.filler) Matters Arising 2. Matters arising from the previous minutes were as follows: a) Paragraph 4: the path survey was complete. b) Paragraph 2: no reply had come. \(Self.filler) Visitor Centre Lease (Paper 2) 3. Members considered the lease of the visitor centre described in item 3. The lease was agreed for five years. \(Self.filler)"
        let block = try XCTUnwrap(PageReader.read(text)?.blocks.first)
        XCTAssertEqual(block.committee, "BOARD")
        XCTAssertEqual(block.date?.iso, "2009-03-12")
        XCTAssertEqual(block.items.map(\.number), ["1.", "2.", "3."], "`item 3.` and `Paragraph 2:` are not paragraph numbers")
        XCTAssertEqual(block.items.map(\.title).suffix(2), ["Matters Arising", "Visitor Centre Lease (Paper 2)"],
                       "the heading run in before a numbered sentence is the title")
        XCTAssertTrue(block.items[1].minutes?.hasPrefix("Matters arising from the previous minutes") == true, block.items[1].minutes ?? "nil")
    }

    func testAParagraphAboutMinutesAndANameAfterTheNumberAreNotHeadings() throws {
        let text = "FENMOOR HILLS PARK AUTHORITY MINUTES OF THE BOARD MEETING held at the Old School, Fenby on Friday 8th May 2009 at 11.00am PRESENT Ann Reed Tom Stone In Attendance: Jo Clerk Apologies: Sam Lake Welcome 1. The Convener welcomed everyone to the meeting. \(Self.filler) Minutes of Last Meeting – approval 2. Minutes of the last meeting on 3rd April 2009 were approved with no changes. \(Self.filler) Matters Arising 3. Jo Clerk reported that the lease had been signed. \(Self.filler)"
        let block = try XCTUnwrap(PageReader.read(text)?.blocks.first)
        XCTAssertEqual(block.items.map(\.number), ["1.", "2.", "3."])
        XCTAssertEqual(block.items.map(\.title).suffix(2), ["Minutes of Last Meeting – approval", "Matters Arising"],
                       "`Minutes of the last meeting` after a number is the paragraph, and `Jo` is not a title")
        XCTAssertFalse(block.items[0].title.hasSuffix(" The"))
    }
}
