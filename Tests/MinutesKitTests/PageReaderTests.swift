import XCTest
@testable import MinutesKit

/// One test per page kind, and the variations that break naive parsers.
final class PageReaderTests: XCTestCase {
    func testIssueMeetingsWithTwoMeetingBlocksAndBracketedCommittee() throws {
        let page = try XCTUnwrap(PageReader.read("""
        Issue - meetings

        Post-16 Learner Travel

        Meeting: 14/11/2019 - Scrutiny Committee (Education, Skills & Culture) (Item 4:)

        4: Learner Travel: Review of Post-16 Transport pdf icon PDF 210 KB

        Minutes:
        RESOLVED: to advise Cabinet against a charge.

        Meeting: 03/12/2019 - Cabinet - North & South (Item 77/19)

        77/19 Learner Travel: Review of Post-16 Transport

        Decision:
        RESOLVED: That the charge be dropped.
        """))
        XCTAssertEqual(page.kind, .issueMeetings)
        XCTAssertEqual(page.issue?.title, "Post-16 Learner Travel")
        XCTAssertEqual(page.blocks.map(\.committee), ["Scrutiny Committee (Education, Skills & Culture)", "Cabinet - North & South"])
        XCTAssertEqual(page.blocks.map { $0.date?.iso }, ["2019-11-14", "2019-12-03"])
        XCTAssertEqual(page.blocks.map { $0.items[0].number }, ["4:", "77/19"])
        XCTAssertEqual(page.blocks.map { $0.items[0].title }, ["Learner Travel: Review of Post-16 Transport", "Learner Travel: Review of Post-16 Transport"])
        XCTAssertEqual(page.blocks[1].items[0].decision.resolutions, ["That the charge be dropped."])
    }

    func testMeetingLineWithImpossibleDateKeepsCommitteeAndIsUndated() throws {
        let line = try XCTUnwrap(IssueMeetingsReader.parseMeetingLine("Meeting: 31/02/2021 - Cabinet (Item 4)"))
        XCTAssertNil(line.date)
        XCTAssertEqual(line.committee, "Cabinet")
        XCTAssertEqual(line.number, "4")
    }

    func testIssueDecisionsHaveDatesButNoCommittee() throws {
        let page = try XCTUnwrap(PageReader.read("""
        Issue - decisions

        Lower Wend Flood Scheme

        22/06/2021 - Lower Wend Flood Scheme – Award of Contract

        That the contract be awarded to the preferred bidder.

        14/07/2020 - Lower Wend Flood Scheme – Outline Business Case

        That the outline business case be approved.

        That £9.8m be added to the capital programme.
        """))
        XCTAssertEqual(page.kind, .issueDecisions)
        XCTAssertEqual(page.blocks.count, 2)
        XCTAssertNil(page.blocks[0].committee)
        XCTAssertEqual(page.blocks[0].date?.iso, "2021-06-22")
        XCTAssertEqual(page.blocks[0].items[0].title, "Lower Wend Flood Scheme – Award of Contract")
        XCTAssertEqual(page.blocks[1].items[0].decision.resolutions.count, 2)
    }

    func testDecisionDetailsFields() throws {
        let page = try XCTUnwrap(PageReader.read("""
        Decision details

        Bus Service Improvement Plan

        Decision Maker: Cabinet

        Decision status: Implemented

        Is Key decision?: Yes

        Is subject to call in?: Yes

        Decision:

        1. That the plan be approved.

        2. That the director agree minor changes.

        Reasons for the decision:

        To keep the county eligible for funding.

        Alternative options considered:

        Not to publish a plan.

        Publication date: 28/10/2021

        Date of decision: 26/10/2021

        Decided at meeting: 26/10/2021 - Cabinet

        Effective from: 05/11/2021
        """))
        XCTAssertEqual(page.kind, .decisionDetails)
        let block = try XCTUnwrap(page.blocks.first)
        XCTAssertEqual(block.committee, "Cabinet")
        XCTAssertEqual(block.date?.iso, "2021-10-26")
        let d = try XCTUnwrap(block.items.first?.decision)
        XCTAssertEqual(d.resolutions, ["That the plan be approved.", "That the director agree minor changes."])
        XCTAssertEqual(d.decisionMaker, "Cabinet")
        XCTAssertEqual(d.status, "Implemented")
        XCTAssertEqual(d.isKeyDecision, true)
        XCTAssertEqual(d.isSubjectToCallIn, true)
        XCTAssertEqual(d.reasons, "To keep the county eligible for funding.")
        XCTAssertEqual(d.alternatives, "Not to publish a plan.")
    }

    func testAgendaItemInWelshHasNoCommitteeDateOrNumber() throws {
        let page = try XCTUnwrap(PageReader.read("""
        Eitem Agenda

        Adolygiad o’r Gwasanaeth Llyfrgelloedd

        Ystyried adroddiad y Pennaeth Diwylliant.

        Cofnodion:

        PENDERFYNWYD cymeradwyo’r adolygiad.
        """))
        XCTAssertEqual(page.kind, .agendaItem)
        let block = try XCTUnwrap(page.blocks.first)
        XCTAssertNil(block.committee)
        XCTAssertNil(block.date)
        XCTAssertEqual(block.items.first?.title, "Adolygiad o’r Gwasanaeth Llyfrgelloedd")
        XCTAssertNil(block.items.first?.number)
        XCTAssertEqual(block.items.first?.agendaText, "Ystyried adroddiad y Pennaeth Diwylliant.")
        XCTAssertEqual(block.items.first?.decision.resolutions, ["cymeradwyo’r adolygiad."])
    }

    func testMeetingPageWithHeaderSplitOverTwoLinesAndClauseNumbersInside() throws {
        let page = try XCTUnwrap(PageReader.read("""
        Agenda, decisions and minutes

        Planning Committee - North Area - Monday 22nd April
        2024 6.00 p.m.

        Venue: Town Hall, Kingsmere. View directions

        Contact: Democratic Services

        Items
        No. Item

        1.

        Apologies

        None.

        2.

        Land at Mill Lane (ref 23/0456/FUL), previous meeting 16/09/2023

        Decision:

        RESOLVED:

        1.

        That permission be granted.

        2.

        That the conditions be as in the report.

        3.

        Appeals

        The report was noted.
        """))
        XCTAssertEqual(page.kind, .meeting)
        let block = try XCTUnwrap(page.blocks.first)
        XCTAssertEqual(block.committee, "Planning Committee - North Area")
        XCTAssertEqual(block.date?.iso, "2024-04-22")
        XCTAssertEqual(block.time, "6.00 p.m.")
        XCTAssertEqual(block.venue, "Town Hall, Kingsmere")
        XCTAssertEqual(block.items.map(\.number), ["1.", "2.", "3."])
        XCTAssertEqual(block.items.map(\.title), ["Apologies", "Land at Mill Lane (ref 23/0456/FUL), previous meeting 16/09/2023", "Appeals"])
        XCTAssertEqual(block.items[1].decision.resolutions, ["That permission be granted.", "That the conditions be as in the report."])
        XCTAssertEqual(block.items[2].decision.resolutions, ["The report was noted."])
    }

    func testWelshMeetingPage() throws {
        let page = try XCTUnwrap(PageReader.read("""
        Rhaglen a chofnodion

        Cabinet - Dydd Iau, 9fed Hydref, 2014 2.00 o'r gloch

        Lleoliad: Siambr y Cyngor

        Eitemau
        4.

        Cynllun Llifogydd

        Penderfyniad:

        PENDERFYNWYD cymeradwyo’r cynllun.
        """))
        let block = try XCTUnwrap(page.blocks.first)
        XCTAssertEqual(block.committee, "Cabinet")
        XCTAssertEqual(block.date?.iso, "2014-10-09")
        XCTAssertEqual(block.venue, "Siambr y Cyngor")
        XCTAssertEqual(block.items.first?.title, "Cynllun Llifogydd")
        XCTAssertEqual(block.items.first?.decision.resolutions, ["cymeradwyo’r cynllun."])
    }

    func testKindLineMissingBelowSiteFurniture() throws {
        let page = try XCTUnwrap(PageReader.read("""
        Skip to content
        You are here:
        Home > Councillors and committees > Cabinet
        Browse meetings

        Cabinet - Tuesday, 20th February, 2024 2.00 pm

        Items
        No. Item

        1.

        Apologies for Absence

        None.

        Contact us
        Cookies
        """))
        XCTAssertEqual(page.kind, .meeting)
        XCTAssertEqual(page.blocks.first?.committee, "Cabinet")
        XCTAssertEqual(page.blocks.first?.items.first?.agendaText, "None.")
    }

    func testIssueDetailsIsAForwardPlanItemOfTheDecisionMakersMeeting() throws {
        let page = try XCTUnwrap(PageReader.read("""
        Issue details

        Libraries Strategy 2020–2025

        Decision type: Key

        Decision status: Decided

        Decision due: 2 Oct 2019 by Cabinet

        Lead member: Cabinet Member for Communities

        Wards affected: (All Wards);
        """))
        XCTAssertEqual(page.kind, .issueDetails)
        XCTAssertEqual(page.blocks.count, 1)
        XCTAssertEqual(page.blocks.first?.committee, "Cabinet")
        XCTAssertEqual(page.blocks.first?.date?.iso, "2019-10-02")
        XCTAssertEqual(page.blocks.first?.isForwardPlan, true)
        XCTAssertEqual(page.blocks.first?.items.map(\.title), ["Libraries Strategy 2020–2025"])
        XCTAssertEqual(page.blocks.first?.items.first?.number, nil)
        XCTAssertEqual(page.blocks.first?.items.first?.decision.status, "Decided")
        XCTAssertEqual(page.blocks.first?.items.first?.decision.isKeyDecision, true)
        XCTAssertEqual(page.blocks.first?.items.first?.decision.resolutions, [])
        XCTAssertEqual(page.issue?.title, "Libraries Strategy 2020–2025")
        XCTAssertEqual(page.issue?.type, "Key")
        XCTAssertEqual(page.issue?.leadMember, "Cabinet Member for Communities")
        XCTAssertEqual(page.issue?.wards, "(All Wards);")
    }

    func testCMISMeetingDetails() throws {
        let page = try XCTUnwrap(PageReader.read("""
        Meeting Details

        Health and Wellbeing Board

        15 Sep 2025 - 10:00 to 13:00

        Venue: Room 3, Civic Offices

        1 Apologies

        Apologies were received from Dr Shah.

        2 Better Care Fund Plan 2025/26

        RESOLVED: That the plan be approved.

        3 Any Other Business

        None.
        """))
        XCTAssertEqual(page.kind, .cmisMeeting)
        let block = try XCTUnwrap(page.blocks.first)
        XCTAssertEqual(block.committee, "Health and Wellbeing Board")
        XCTAssertEqual(block.date?.iso, "2025-09-15")
        XCTAssertEqual(block.venue, "Room 3, Civic Offices")
        XCTAssertEqual(block.items.map(\.number), ["1", "2", "3"])
        XCTAssertEqual(block.items[1].title, "Better Care Fund Plan 2025/26")
        XCTAssertEqual(block.items[1].decision.resolutions, ["That the plan be approved."])
    }

    func testPDFExtractedMinutesWithPageFurniture() throws {
        let page = try XCTUnwrap(PageReader.read("""
        MINUTES of the meeting of the LICENSING SUB-COMMITTEE (PREMISES) held on
        14 March 2023 at 10.00 am

        Kingsmere Council                                   Licensing Sub-Committee
        1.   APOLOGIES
             None.
        2.   THE CROWN, HIGH STREET: REVIEW OF PREMISES LICENCE
             The Sub-Committee heard from the police.
        Page 1 of 2
        Kingsmere Council                                   Licensing Sub-Committee
             RESOLVED: That the licence be suspended for six weeks.
        3.   ANY OTHER BUSINESS
             None.
        Kingsmere Council                                   Licensing Sub-Committee
        Page 2 of 2
        """))
        XCTAssertEqual(page.kind, .plainMinutes)
        let block = try XCTUnwrap(page.blocks.first)
        XCTAssertEqual(block.committee, "LICENSING SUB-COMMITTEE (PREMISES)")
        XCTAssertEqual(block.date?.iso, "2023-03-14")
        XCTAssertEqual(block.items.map(\.title), ["APOLOGIES", "THE CROWN, HIGH STREET: REVIEW OF PREMISES LICENCE", "ANY OTHER BUSINESS"])
        XCTAssertEqual(block.items[1].decision.resolutions, ["That the licence be suspended for six weeks."])
        XCTAssertFalse(block.items[1].minutes?.contains("Page 1") ?? true)
    }

    func testTextThatIsNotAMinuteDocument() {
        XCTAssertNil(PageReader.read("Shopping list\n\nmilk\neggs"))
    }

    func testItemNumberKeysMatchAcrossPages() {
        XCTAssertEqual(ItemNumbers.key("77/21", year: 2021), ItemNumbers.key("77", year: 2021))
        XCTAssertEqual(ItemNumbers.key("4:", year: nil), "4")
        XCTAssertEqual(ItemNumbers.key("(199)", year: nil), "199")
        XCTAssertEqual(ItemNumbers.key("PLA146/14", year: 2020), "pla146/14")
        XCTAssertEqual(ItemNumbers.standalone("28/12(b)"), "28/12(b)")
        XCTAssertEqual(ItemNumbers.standalone("1a"), "1a")
        XCTAssertFalse(ItemSequence.continuesSequence("2021.", after: "3."))
        XCTAssertFalse(ItemSequence.continuesSequence("2021.", after: nil))
        XCTAssertTrue(ItemSequence.continuesSequence("2021.", after: "2020."))
        XCTAssertNil(ItemNumbers.standalone("2.00"))
    }

    func testTitleResidueIsRemoved() {
        XCTAssertEqual(TitleCleaning.clean("45 Budget Update pdf icon PDF 448 KB", number: "45"), "Budget Update")
        XCTAssertEqual(TitleCleaning.clean("Cyllideb eicon pdf PDF 300 KB", number: nil), "Cyllideb")
        XCTAssertEqual(TitleCleaning.clean("Annual Report PDF 1 MB", number: nil), "Annual Report")
    }

    func testDecisionDueGivesADateOnlyWhenItIsAWholeDay() {
        XCTAssertEqual(DecisionDue("15 Jun 2017 by Cabinet"), DecisionDue(date: CivilDate(year: 2017, month: 6, day: 15), decisionMaker: "Cabinet"))
        XCTAssertEqual(DecisionDue("07/01/2025 by Cabinet").date?.iso, "2025-01-07")
        XCTAssertEqual(DecisionDue("April 2010 by Leader and Cabinet Member for Health Reform"),
                       DecisionDue(date: nil, decisionMaker: "Leader and Cabinet Member for Health Reform"))
        XCTAssertEqual(DecisionDue("Not before 30th Nov 2018 by Executive Member or Leader's Key Decision"),
                       DecisionDue(date: nil, decisionMaker: "Executive Member or Leader's Key Decision"))
        XCTAssertEqual(DecisionDue("4 Nov 2021"), DecisionDue(date: CivilDate(year: 2021, month: 11, day: 4), decisionMaker: nil))
    }
}
