import XCTest
@testable import MinutesKit

/// Layouts seen on real council pages (the real-page set), each in a fictional page of our
/// own words: where the meeting's committee and date are stated, and what is not an item.
final class RealLayoutTests: XCTestCase {
    private func block(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> ParsedMeetingBlock {
        let page = try XCTUnwrap(PageReader.read(text), "the page was not read", file: file, line: line)
        return try XCTUnwrap(page.blocks.first, "no meeting on the page", file: file, line: line)
    }

    func testAuthoritySiteWithLabelLinesAndAMeetingTypeInsteadOfACommittee() throws {
        let b = try block("""
        June 2021

        Fenmoor Park Authority Agenda

        Meeting: Annual general meeting

        Venue: The Moot Hall, Fenby

        Date: Monday 14 June 2021 at 10.00am

        Business

        1. Election of a chair for the coming year

        2. Apologies for absence

        3. Minutes of the meeting held on 3 May 2021
        """)
        XCTAssertEqual(b.committee, "Fenmoor Park Authority")
        XCTAssertEqual(b.date?.iso, "2021-06-14")
        XCTAssertEqual(b.time, "10.00am")
        XCTAssertEqual(b.venue, "The Moot Hall, Fenby")
        XCTAssertEqual(b.items.map(\.number), ["1.", "2.", "3."])
        XCTAssertEqual(b.items.first?.title, "Election of a chair for the coming year")
    }

    func testANameOverASpacedMeetingDateLabel() throws {
        let b = try block("""
        Harrowdale Water Board

        Meeting Date : 05/02/2020

        Remote meeting 2.00pm

        1. To receive apologies

        2. To note the minutes of the last meeting
        """)
        XCTAssertEqual(b.committee, "Harrowdale Water Board")
        XCTAssertEqual(b.date?.iso, "2020-02-05")
        XCTAssertEqual(b.items.count, 2)
    }

    func testPrintedMinuteHeadingOverItsDateLine() throws {
        let b = try block("""
        THE COUNCIL

        MINUTE OF MEETING OF THE HARBOURS AND COASTAL COMMITTEE

        WEDNESDAY 11 NOVEMBER 2015

        HARBOUR OFFICE, PORTFENN

        PRESENT

        Councillors A Smith (Chair), B Jones

        1. DECLARATION OF INTERESTS

        There were none.

        2. PIER REPAIRS

        The Committee agreed to the works.
        """)
        XCTAssertEqual(b.committee, "HARBOURS AND COASTAL COMMITTEE")
        XCTAssertEqual(b.date?.iso, "2015-11-11")
        XCTAssertEqual(b.items.map(\.number), ["1.", "2."])
    }

    func testMinuteHeadingWithTheDateOnItsOwnLine() throws {
        let b = try block("""
        Page 204.

        Minute Full Meeting of the Council Wednesday, 9 December 2020, 10:30.

        Remote meeting.

        1. Urgent Item

        The Council noted the urgent item.
        """)
        XCTAssertEqual(b.committee, "Full Meeting of the Council")
        XCTAssertEqual(b.date?.iso, "2020-12-09")
        XCTAssertEqual(b.time, "10:30")
    }

    func testMeetingHeldOnSentenceAndCodedMinuteNumbers() throws {
        let b = try block("""
        MINUTES OF THE FENMOOR JOINT WASTE AUTHORITY MEETING HELD ON 14 JUNE 2019 AT THE GUILDHALL

        PRESENT:

        Councillor A Smith (In the Chair)

        FJWA 12/19 APOLOGIES

        That apologies be received from Councillor Jones.

        FJWA 13/19 MINUTES OF THE LAST MEETING

        That the minutes be approved.
        """)
        XCTAssertEqual(b.committee, "FENMOOR JOINT WASTE AUTHORITY")
        XCTAssertEqual(b.date?.iso, "2019-06-14")
        XCTAssertEqual(b.venue, "THE GUILDHALL")
        XCTAssertEqual(b.items.map(\.number), ["FJWA 12/19", "FJWA 13/19"])
        XCTAssertEqual(b.items.map(\.title), ["APOLOGIES", "MINUTES OF THE LAST MEETING"])
    }

    func testCMISTemplateHeadingsAreNeverTheCommittee() throws {
        let b = try block("""
        Meeting Details

        Meeting Summary

        Cabinet

        24 May 2022 - 10:15 to 12:00

        Occurred

         • Documents

        1 Apologies for Absence

        2 Declarations of Interest
        """)
        XCTAssertEqual(b.committee, "Cabinet")
        XCTAssertEqual(b.date?.iso, "2022-05-24")
        XCTAssertEqual(b.items.map(\.number), ["1", "2"])
    }

    func testPipeTableRowsAreItemsAndTheNextMeetingsDateIsNot() throws {
        let b = try block("""
        Fenmoor Fire Authority

        23 July 2025

        | Item no. | Agenda Item | Details | Status | ||||

        | 01 | Apologies for Absence | |||||||

        | 02 | Minutes of the last meeting |

        Members are asked to agree the minutes. |

        17 April 2025

        | 01 | Apologies for Absence | |||||||
        """)
        XCTAssertEqual(b.committee, "Fenmoor Fire Authority")
        XCTAssertEqual(b.date?.iso, "2025-07-23")
        XCTAssertEqual(b.items.map(\.number), ["01", "02"])
        XCTAssertEqual(b.items.map(\.title), ["Apologies for Absence", "Minutes of the last meeting"])
    }

    func testACouncilPageOfNoKnownLayoutIsReadWithAWarning() throws {
        let page = try XCTUnwrap(PageReader.read("""
        Standard Items

        Meeting Arrangements

        Members may take part in the meeting remotely; the public may watch the agenda online.

        Questions from the Public

        The Chair will allow questions from members of the public on any item of business.

        Contact: the committee clerk
        """))
        XCTAssertTrue(page.warnings.contains { $0.contains("unknown layout") }, "\(page.warnings)")
        XCTAssertNil(page.blocks.first?.committee)
        XCTAssertNil(page.blocks.first?.date, "body dates are never the meeting's")
    }

    func testTextThatIsNotCouncilBusinessIsStillNotRead() {
        XCTAssertNil(PageReader.read("""
        Shopping

        Eggs, flour and milk for the weekend.

        Remember the library books.
        """))
    }
    func testAnAgendaTableWithoutNumbersTakesOnlyMarkedTitles() throws {
        let page = try XCTUnwrap(PageReader.read("""
        Agenda and minutes

        Council - Monday, 8th October, 2018 7.00 pm

        Venue: The Guildhall

        No. Item

        Minutes pdf icon PDF 156 KB

        To approve the minutes of the meeting held on 16th July 2018.

        THAT the minutes be approved and signed as a correct record.

        Announcements from the Mayor

        Minutes:

        Opening of the Fenby Library

        The Mayor announced the opening of the new library.

        Declarations of Interest

        To receive declarations of interest from members.
        """))
        let b = try XCTUnwrap(page.blocks.first)
        XCTAssertEqual(b.committee, "Council")
        XCTAssertEqual(b.date?.iso, "2018-10-08")
        XCTAssertEqual(b.items.map(\.title), ["Minutes", "Announcements from the Mayor", "Declarations of Interest"],
                       "a sub-heading inside the minutes is not an item")
        XCTAssertTrue(b.items.allSatisfy { $0.number == nil })
        XCTAssertTrue(page.warnings.contains { $0.contains("carry no numbers") })
    }

    func testTheBodysNameAboveTheVenueOfAFullCouncilPage() throws {
        let page = try XCTUnwrap(PageReader.read("""
        Fenmoor Council

        Agenda and minutes

        Venue: Council Chamber, Fenby

        Contact: Committee Clerk

        Items
        No. Item

        1.

        Convener's Remarks.

        Minutes:

        The Convener welcomed members.
        """))
        XCTAssertEqual(page.blocks.first?.committee, "Fenmoor Council")
        XCTAssertNil(page.blocks.first?.date)
        XCTAssertEqual(page.blocks.first?.items.map(\.number), ["1."])
    }
    func testCMISItemsOfBusinessWithoutNumbers() throws {
        let page = try XCTUnwrap(PageReader.read("""
        Meeting Details

        Fenmoor Licensing Board

        8 Nov 2017 - 14:00 to 14:30

        Documents

        Items Of Business

        Apologies

        Apologies from members.

        Declarations of Interest

        Members are asked to declare an interest in any item on the agenda.
        """))
        XCTAssertEqual(page.kind, .cmisMeeting)
        let b = try XCTUnwrap(page.blocks.first)
        XCTAssertEqual(b.committee, "Fenmoor Licensing Board")
        XCTAssertEqual(b.date?.iso, "2017-11-08")
        XCTAssertEqual(b.items.map(\.title), ["Apologies", "Declarations of Interest"])
    }
    func testHeadingsNumberedOnTheirLineOverSubItemsNumberedAlone() throws {
        let dir = try TemporaryFolder()
        try dir.write("fenmoor/agenda.txt", """
            Agenda and minutes

            Venue: City Chambers

            Items
            No. Item

            1. Order of business

            Additional documents:

            1.1

            Order of Business

            Including any urgent items.

            2. Minutes

            2.1

            Minute of 10 February 2022 pdf icon PDF 583 KB

            Submitted for approval as a correct record.

            2.2

            Minute of 3 March 2022

            Submitted for approval as a correct record.
            """)
        let corpus = try Loader.load(directory: dir.path)
        XCTAssertEqual(corpus.items.map { $0.number ?? "-" }, ["1.", "1.1", "2.", "2.1", "2.2"])
        XCTAssertEqual(corpus.items.map(\.title), ["Order of business", "Order of Business", "Minutes",
                                                   "Minute of 10 February 2022", "Minute of 3 March 2022"])
    }

    func testSubItemNumbersAreNotTimes() {
        XCTAssertEqual(ItemNumbers.standalone("4.2"), "4.2")
        XCTAssertEqual(ItemNumbers.standalone("1.1.3"), "1.1.3")
        XCTAssertNil(ItemNumbers.standalone("2.00"))
        XCTAssertNil(ItemNumbers.standalone("10.30"))
    }

    func testTownCouncilCommitteeMinutesWithGluedMinuteNumbersAndASplitOrdinal() throws {
        let b = try block("""
        <<

        MINUTES OF A MEETING OF THE FINANCE AND AMENITIES COMMITTEE OF THE FENBY ON SEA TOWN COUNCIL, HELD ONLINE AT 7:00PM ON THURSDAY 9 TH JULY 2020

        PRESENT: Cllr A Moss (Chair) Cllrs: B Reed; C Stone.

        101/20Welcome and Apologies for Absence:

        Apologies were received from Cllr D Lake.

        102/20Minutes :

        Resolved to approve the minutes of the meeting held on 11 th June 2020 as a correct record.

        103/20 Allotments: a) The Clerk reported that two plots were vacant. Resolved to advertise them in the newsletter.

        104/20 Date of Next Meeting:

        To be confirmed.
        """)
        XCTAssertEqual(b.committee, "FINANCE AND AMENITIES COMMITTEE", "the town council is the council, not part of the committee's name")
        XCTAssertEqual(b.date?.iso, "2020-07-09")
        XCTAssertEqual(b.items.map(\.number), ["101/20", "102/20", "103/20", "104/20"])
        XCTAssertEqual(b.items.map(\.title), ["Welcome and Apologies for Absence", "Minutes", "Allotments", "Date of Next Meeting"])
        XCTAssertEqual(b.items[1].decision.resolutions.count, 1)
        XCTAssertTrue(b.items[2].minutes?.hasPrefix("a) The Clerk reported") == true, "the text after the title's colon is the item's body")
    }

    func testParishMinutesNumberedYearDotSequenceInCapitals() throws {
        let b = try block("""
        Minutes of the Annual Meeting of Fenby Parish Council held via Zoom on Tuesday 11 May 2021 commencing at 19:30.

        Present:

        Cllr A Moss (Chair)

        Item No Item under discussion

        21.31 ELECTION OF CHAIR OF THE COUNCIL

        It was RESOLVED that Cllr Moss be elected Chair of the Council.

        21.32 APOLOGIES FOR ABSENCE

        There were none. The meeting closed at 19.45 Thank you all.
        """)
        XCTAssertEqual(b.committee, "Fenby Parish Council")
        XCTAssertEqual(b.date?.iso, "2021-05-11")
        XCTAssertEqual(b.items.map(\.number), ["21.31", "21.32"])
        XCTAssertEqual(b.items.first?.decision.resolutions.count, 1)
    }

    func testATimeBeforeOrdinaryWordsIsNotAMinuteNumber() {
        XCTAssertNil(ItemNumbers.leading("19.45 The meeting closed"))
        XCTAssertEqual(ItemNumbers.leading("21.31 ELECTION OF CHAIR")?.number, "21.31")
        XCTAssertNil(ItemNumbers.gluedLeading("5Mb of files"))
        XCTAssertNil(ItemNumbers.gluedLeading("18/05/2020 to 14/06/2020"))
        XCTAssertEqual(ItemNumbers.gluedLeading("510/19Welcome")?.number, "510/19")
    }

    func testScottishMinuteWhoseTitleLineEndsWithTheDecidingBody() throws {
        let b = try block("""
        Minute General Meeting of the Council Tuesday, 9 March 2021, 10:30.

        Present Councillors A Moss, B Reed.

        1. Urgent Item In terms of Standing Order 13.3, the Council:

        Noted that the Convener had allowed discussion of the following urgent item:

        • Winter Road Gritting Routes.

        2. Harbour Dues

        After discussion, the Council:

        Agreed that harbour dues be frozen for 2021/22.
        """)
        XCTAssertEqual(b.committee, "General Meeting of the Council")
        XCTAssertEqual(b.date?.iso, "2021-03-09")
        XCTAssertEqual(b.items.map(\.title), ["Urgent Item In terms of Standing Order 13.3", "Harbour Dues"])
        XCTAssertEqual(b.items.map(\.decision.resolutions.count), [1, 1])
        XCTAssertTrue(b.items[0].decision.resolutions.first?.hasPrefix("Noted that the Convener") == true)
    }

    /// Printed minutes (Northern Irish councils) number each paragraph under its item, and a
    /// resolution is cited by that number (`Minute 2.1`): each paragraph is an item of its
    /// own, under its item's title unless it has a heading of its own.
    func testNumberedSubHeadingsAndNumberedParagraphsOfPrintedMinutesAreItems() throws {
        let b = try block("""
        MINUTES of the meeting of the Fenby District Council held on Tuesday 13 September 2011 at 7.00 pm in the Council Chamber

        1. Business of the Chairman

        1.1 Prayers

        The meeting opened with prayers.

        2 Minutes

        2.1 It was

        Proposed by Councillor A Moss, and

        Resolved: that the minutes of 9 August 2011 be taken as read.

        3 Matters Arising

        3.1 The Chief Executive said there were none.
        """)
        XCTAssertEqual(b.items.map(\.number), ["1.", "1.1", "2", "2.1", "3", "3.1"])
        XCTAssertEqual(b.items.map(\.title), ["Business of the Chairman", "Prayers", "Minutes", "Minutes",
                                              "Matters Arising", "Matters Arising"])
        XCTAssertEqual(b.items.map(\.decision.resolutions.count), [0, 0, 0, 1, 0, 0])
        XCTAssertEqual(b.items[5].minutes, "The Chief Executive said there were none.")
        XCTAssertTrue(ItemSequence.isNextParagraph("1.1.1", after: "1.1"))
        XCTAssertTrue(ItemSequence.isNextParagraph("1.2", after: "1.1.3"))
        XCTAssertTrue(ItemSequence.isNextParagraph("2.1", after: "2"))
        XCTAssertFalse(ItemSequence.isNextParagraph("1.3", after: "1.1"), "a jump is a figure, not the next paragraph")
        XCTAssertFalse(ItemSequence.isNextParagraph("3.1", after: "2"))
    }

    func testRunningFourDigitMinuteNumbersWithTheTextRunOnAfterTheTitle() throws {
        let b = try block("""
        Minutes of the Annual Meeting of Fenby Community Council held on Monday 16 May 2016 at 6.00pm

        Presiding Councillor A Moss

        4120 Declarations of Interest There were no declarations of interest at the start of the meeting in relation to the agenda.

        4121 Appointment of Chairman RESOLVED that Councillor A Moss be appointed Chairman for 2016/17 and noted that she had accepted.

        4122 Appointment of Vice Chairman RESOLVED that Councillor B Reed be appointed Vice Chairman for 2016/17 and thanked for serving.

        In 2015 the council met eleven times and 1200 residents answered the survey about the village green.
        """)
        XCTAssertEqual(b.committee, "Fenby Community Council")
        XCTAssertEqual(b.items.map(\.number), ["4120", "4121", "4122"])
        XCTAssertEqual(b.items.map(\.title), ["Declarations of Interest", "Appointment of Chairman", "Appointment of Vice Chairman"])
        XCTAssertEqual(b.items.map(\.decision.resolutions.count), [0, 1, 1])
    }

    func testCMISLinkIconAndFileSizeAroundATitle() throws {
        XCTAssertEqual(TitleCleaning.clean("Minutes (233Kb)", number: "3"), "Minutes")
        XCTAssertEqual(TitleCleaning.clean("Budget (2021/22)", number: "3"), "Budget (2021/22)")
        XCTAssertEqual(ItemSequence.withoutLinkResidue("3 pdf Minutes (233Kb)"), "3 Minutes (233Kb)")
    }

    func testADecisionRecordWithBareLabelLines() throws {
        let page = try XCTUnwrap(PageReader.read("""
        View Cabinet Decision Record

        Cabinet Decision: 21st March 2019
        Title of Item/Report
        School Admission Arrangements 2020
        Record of the Decision
        Members considered the proposed arrangements.

        RESOLVED that:-

        1. The co-ordinated scheme be agreed.

        2. The admission numbers be agreed.
        Reasons for the Decision
        The council must publish its arrangements every year.
        """))
        XCTAssertEqual(page.kind, .decisionDetails)
        let b = try XCTUnwrap(page.blocks.first)
        XCTAssertEqual(b.committee, "Cabinet")
        XCTAssertEqual(b.date?.iso, "2019-03-21")
        XCTAssertEqual(b.items.map(\.title), ["School Admission Arrangements 2020"])
        XCTAssertEqual(b.items.first?.decision.resolutions.count, 2)
        XCTAssertEqual(b.items.first?.decision.reasons, "The council must publish its arrangements every year.")
    }

    func testCMISAgendaWithAStarredItemAndLostNumbers() throws {
        let b = try block("""
        Meeting Details

        Meeting Summary
        Cabinet
        14 June 2022 - 10:15 to 12:00
        Occurred

        Agenda
        Standard Items
        * Meeting Arrangements
        Members may take part remotely.
        3 Questions from the public
        Up to 15 minutes are allowed for questions.

        The impact assessment is available online

        The impact assessment is available online
        12 Date of next meeting
        The next meeting is on 12 July 2022.
        Within the report 40 Households were helped.
        """)
        XCTAssertEqual(b.committee, "Cabinet")
        XCTAssertEqual(b.items.map(\.number), ["*", "3", "12"])
        XCTAssertEqual(b.items.map(\.title), ["Meeting Arrangements", "Questions from the public", "Date of next meeting"])
    }

    func testALegacyRecordOfExecutiveDecisionWithCapitalsLabels() throws {
        let page = try XCTUnwrap(PageReader.read("""
        Decision No: CAB011 - 03/2010

        This record relates to B04 on the agenda for the Decision-Making

        RECORD OF EXECUTIVE DECISION

        15/03/2010

        DECISION-MAKER:

        THE CABINET

        SUBJECT:

        Fenby Library Refurbishment

        AUTHOR:

        A Officer

        THE DECISION

        (i) To approve the refurbishment scheme.
        (ii) To delegate the award of contract to the Director of Place.

        REASONS FOR THE DECISION

        1. The building needs repair.
        """))
        XCTAssertEqual(page.kind, .decisionDetails)
        let b = try XCTUnwrap(page.blocks.first)
        XCTAssertEqual(b.committee, "CABINET")
        XCTAssertEqual(b.date?.iso, "2010-03-15")
        XCTAssertTrue(b.committeeIsDecisionMaker)
        XCTAssertEqual(b.items.map(\.number), ["B04"])
        XCTAssertEqual(b.items.map(\.title), ["Fenby Library Refurbishment"])
        XCTAssertEqual(b.items.first?.decision.resolutions.count, 2)
        XCTAssertEqual(b.items.first?.decision.reasons, "1. The building needs repair.")
    }

    func testWelshMeetingPageWithAnEnglishWordInItsKindLine() throws {
        let b = try block("""
        Agenda a Chofnodion

        Lleoliad: Siambr y Cyngor, Neuadd Caerwen

        Cyswllt: Gwasanaethau Democrataidd

        Eitemau
        Rhif Eitem

        211.

        Datgeliadau o fuddiannau personol.

        Cofnodion:

        Ni ddatganwyd unrhyw fuddiannau.

        212.

        Cofnodion y cyfarfod blaenorol.
        """)
        XCTAssertEqual(b.items.map(\.number), ["211.", "212."])
        XCTAssertEqual(b.items.first?.title, "Datgeliadau o fuddiannau personol.")
        XCTAssertNil(b.committee, "the page names no committee")
        XCTAssertNil(b.date, "the page gives no date")
    }

    func testACMISAgendaTabSavedAloneWithDeepIndentation() throws {
        let pad = String(repeating: " ", count: 56) + "\t"
        let starred = try block("""
        \(pad)Documents

        \(pad)Agenda
        \(pad)Standard Items


        \(pad)**
        \(pad)Members' Briefing Before the Meeting
        \(pad)There will be a briefing for members of the panel on Monday 4 March 2024 at 5.00pm.
        """)
        XCTAssertNil(starred.committee, "no line names the committee")
        XCTAssertNil(starred.date, "the briefing's date is not the meeting's")
        XCTAssertEqual(starred.items.map(\.number), ["**"])
        XCTAssertEqual(starred.items.first?.title, "Members' Briefing Before the Meeting")

        let numbered = try block("""
        \(pad)Documents
        \(pad)Agenda
        \(pad)Public Items

        \(pad)4.
        \(pad)Council Tax Discounts for Empty Homes
        """)
        XCTAssertNil(numbered.committee)
        XCTAssertEqual(numbered.items.map(\.number), ["4."])
        XCTAssertEqual(numbered.items.first?.title, "Council Tax Discounts for Empty Homes")
    }

    func testAgendaItemHeadingsOverTitlesWithParagraphsNumberedAfreshUnderEach() throws {
        let b = try block("""
        Minutes of the Planning Committee meeting

        Held at the Park Office, Fenby 14 March 2025 at 10.00am

        Agenda Item 1
        Welcome and apologies
          1. The Convener welcomed everyone to the meeting.
        Agenda Items 2 and 3
        Approval of minutes of previous meetings and Matters arising
          1. The minutes of the meeting of 7 February 2025 were approved.
          2. There were no matters arising.
        Agenda Item 4a
        Land at Mill Farm
          1. The Committee considered the application.
        """)
        XCTAssertEqual(b.items.map(\.number), ["1", "2 and 3", "4a"])
        XCTAssertEqual(b.items.map(\.title), ["Welcome and apologies",
                                              "Approval of minutes of previous meetings and Matters arising", "Land at Mill Farm"])
        XCTAssertNil(ItemNumbers.agendaItemHeading("Agenda Item 1 was then taken"))
        XCTAssertNil(ItemNumbers.agendaItemHeading("Agenda Items 2 and"))
    }

    func testAnAgendaItemPageTakesItsNumberFromItsDocumentLinks() throws {
        let page = try XCTUnwrap(PageReader.read("""
        Agenda item

        Library Opening Hours

        To consider the report of the Cabinet Member for Communities.

        44.1 RESOLVED that the opening hours at Appendix A be approved.

        Supporting documents:

        - Library Opening Hours (Report), item 44. PDF 120 KB
        - Library Opening Hours (Appendix A), item 44. PDF 80 KB
        """))
        XCTAssertEqual(page.blocks.first?.items.first?.number, "44")
        XCTAssertNil(AgendaItemReader.numberInDocumentLinks(["A (Report), item 44. PDF 1 KB", "B, item 45. PDF 2 KB"]),
                     "links that disagree state no number")
    }
}
