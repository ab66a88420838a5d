import XCTest
@testable import MinutesKit

/// How many resolutions a decided item carries, in layouts seen on real council pages.
/// Every fixture is invented; only the layout follows what the pages do.
final class RealLayoutResolutionTests: XCTestCase {
    private func resolutions(_ body: String) -> [String] {
        var item = ParsedItem(number: "1", title: "T", line: 1)
        ItemBodyParsing.fill(&item, body: PageText(body).lines)
        return item.decision.resolutions
    }

    // MARK: - Clause numbering and levels

    func testMinuteNumberPrefixedClausesAreEachAResolution() {
        let body = """
        Decision:
        It was RESOLVED:
        42.1 That the survey results on cycle storage be noted;
        42.2 That no new storage zones be created this year;
        42.3 That officers write to each petitioner with the outcome.
        """
        XCTAssertEqual(resolutions(body).count, 3)
        XCTAssertEqual(resolutions(body).first, "That the survey results on cycle storage be noted;")
    }

    func testReportParagraphNumbersCountOnlyTheTopLevel() {
        // `2.1` over `2.1.1` and `2.1.2`, a repeated `2.1` and a bare `3` left by the report.
        let body = """
        Decision:
        The Leader in Cabinet resolved to:

        2.1 Note and agree;

        2.1.1 the play area strategy at Appendix A;
        2.1 the play area audit at Appendix B; and
        3 the consultation summary at Appendix C

        2.2 Delegate to the Director of Parks any minor changes to the strategy.

        2.3 Recommend to Council the adoption of:

        2.3.1 the play area strategy; and

        2.3.2 the play area audit.
        """
        let r = resolutions(body)
        XCTAssertEqual(r.count, 3)
        XCTAssertTrue(r.element(0).hasPrefix("Note and agree;"))
        XCTAssertTrue(r.element(0).contains("consultation summary"))
        XCTAssertTrue(r.element(2).contains("2.3.2 the play area audit."))
    }

    func testLetteredItemsUnderANumberedClauseArePartOfIt() {
        let body = """
        Minutes:
        Councillor Penrose moved, and Councillor Tay seconded, the motion.
        RESOLVED that: -
        (1) the borrowing strategy at Appendix 1 be approved;
        (2) the borrowing limit be set at: -
        a) 2024/25 £90m
        b) 2025/26 £95m
        (3) the treasury indicators in section two be approved.
        """
        let r = resolutions(body)
        XCTAssertEqual(r.count, 3)
        XCTAssertEqual(r.element(1), "the borrowing limit be set at: - a) 2024/25 £90m b) 2025/26 £95m")
    }

    func testBulletsUnderARomanClauseArePartOfIt() {
        let body = """
        Decision:
        (i) To approve the first phase, with these schools in it:
        • Hill Top Academy
        • Riverside School
        The list may change after surveys.
        (ii) To delegate the detail to the Director.
        (iii) To report back in the spring.
        """
        XCTAssertEqual(resolutions(body).count, 3)
    }

    func testUpperCaseRomanList() {
        let body = """
        Minutes:
        RESOLVED to

        I. Approve the Pay Policy Statement

        II. Delegate the salary tables to the Head of HR.
        """
        XCTAssertEqual(resolutions(body), ["Approve the Pay Policy Statement", "Delegate the salary tables to the Head of HR."])
    }

    func testClausesBrokenOverBlankLinesStayWhole() {
        // Hard line breaks inside each clause, with blank lines between every line.
        let body = """
        Decision:

        (a) that the spending on the footway programme for

        this year as set out in Appendix B is noted;


        (b) that the detailed allocation be decided by the

        Director of Highways, in consultation with the Cabinet Member, within the

        approved budget; and


        (c) the bridges programme at Appendix C is approved
        """
        let r = resolutions(body)
        XCTAssertEqual(r.count, 3)
        XCTAssertEqual(r.element(1), "that the detailed allocation be decided by the Director of Highways, in consultation with the Cabinet Member, within the approved budget; and")
    }

    // MARK: - Lead-ins, headings, notes

    func testLeadInEndingInADashCarriesTheLetteredClauses() {
        let body = """
        Decision:
        RESOLVED that Cabinet –

        (a) has no comments on the draft vision; and

        (b) approves the vision for consultation.
        """
        XCTAssertEqual(resolutions(body), ["That Cabinet – has no comments on the draft vision; and",
                                           "That Cabinet – approves the vision for consultation."])
    }

    func testUnpunctuatedLeadInIsNotAResolution() {
        let body = """
        Decision:

        That having had regard to the equality and Welsh language assessments

        1. The school bid be sent to the Welsh Government; and

        2. Officers be authorised to agree the grant terms.
        """
        let r = resolutions(body)
        XCTAssertEqual(r.count, 2)
        XCTAssertTrue(r.element(0).hasPrefix("That having had regard"))
    }

    func testSemicolonLeadInBetweenNumberedClauses() {
        let body = """
        Decision:
        1. That the Director may adjust the repairs programme.

        That Cabinet recommend that Council;

        2. Approve the rent budget for next year.

        3. Approve the new build programme.
        """
        let r = resolutions(body)
        XCTAssertEqual(r.count, 3)
        XCTAssertEqual(r.element(1), "That Cabinet recommend that Council; Approve the rent budget for next year.")
    }

    func testSubHeadingsAboveClausesAreNotResolutions() {
        XCTAssertEqual(resolutions("Decision:\nRecommendation\n\nThe Cabinet Member has approved the grant scheme.\n\nReason for the decision\n\nThe fund must be spent by March."),
                       ["The Cabinet Member has approved the grant scheme."])
        let grouped = """
        Minutes:
        The Executive Councillor resolved to:

        Rents

        i. To agree the rent timetable.

        ii. To agree the rent forecast.

        Borrowing

        iii. To approve the borrowing approach.
        """
        XCTAssertEqual(resolutions(grouped).count, 3)
    }

    func testShortDecisionLineIsNoSubHeading() {
        XCTAssertEqual(resolutions("Decision:\nApproved as amended\n\nThe revised fees were also agreed."),
                       ["Approved as amended", "The revised fees were also agreed."])
    }

    func testVoteRecordAfterTheResolutionIsNarrative() {
        let body = "Minutes:\nRESOLVED: That the budget be approved.\n\nCouncillor Vale asked that her vote against the budget be recorded."
        XCTAssertEqual(resolutions(body), ["That the budget be approved."])
    }

    func testBracketedReferenceAfterTheDecisionIsANote() {
        let body = """
        Decision:
        The Trustees:

        1. Noted the report on openness; and

        2. Agreed to invite nominations for observers.

        (Ref: Report by the Governance Manager dated 3 May 2019, submitted).
        """
        XCTAssertEqual(resolutions(body).count, 2)
    }

    // MARK: - Where the resolutions stop

    func testNumberedNarrativeAfterTheDecisionIsNotAClause() {
        let body = """
        Decision:
        To approve the minute of 3 March as a correct record.

        2. Questions

        The questions and answers are in the appendix.
        """
        XCTAssertEqual(resolutions(body), ["To approve the minute of 3 March as a correct record."])
    }

    func testProposerLineAfterTheResolutionIsNarrative() {
        let body = """
        Minutes:
        It was RESOLVED that Cllr Amber be elected Chair of the Council.

        Proposed by: Cllr Birch Seconded by: Cllr Cedar

        Cllr Amber thanked the Council for its support.
        """
        XCTAssertEqual(resolutions(body), ["That Cllr Amber be elected Chair of the Council."])
    }

    func testNarrativeBetweenTwoResolutionsIsNotAClause() {
        let body = """
        Minutes:
        1.1 It was
        Proposed by Councillor Ash, Seconded by Councillor Elm, and
        Resolved: that the minutes of 2 May be taken as read.
        1.2 It was
        Proposed by Councillor Oak, Seconded by Councillor Ash, and
        Resolved: that the minutes of 16 May be taken as read.
        """
        XCTAssertEqual(resolutions(body), ["That the minutes of 2 May be taken as read.", "That the minutes of 16 May be taken as read."])
    }

    func testPreambleBeforeNumberedDecisionsIsNarrative() {
        let body = """
        Decision:
        The Cabinet considered a report of the Director presenting the draft parking strategy.
        1. That consultation on the draft strategy be approved.
        2. That the results be reported in the spring.
        Reasons for decision:
        To consult.
        """
        XCTAssertEqual(resolutions(body), ["That consultation on the draft strategy be approved.", "That the results be reported in the spring."])
    }

    // MARK: - How a decision opens

    func testVoteInBracketsAndASecondUnanimousResolveContinueOneList() {
        let body = """
        Decision:
        Following debate, the Committee;

        Resolved (5 for, 3 against) to:

        (1) Recommend to Council that the design code is adopted.

        Unanimously resolved to:

        (2) Note the work done on the design code so far.

        (3) Note that a heritage list will come to a later meeting.
        """
        let r = resolutions(body)
        XCTAssertEqual(r.count, 3)
        XCTAssertEqual(r.element(0), "(5 for, 3 against): Recommend to Council that the design code is adopted.")
    }

    func testResolvedToRecommendWithABracketedNoteLeadsTheClause() {
        let body = """
        Minutes:
        The Committee considered the panel's proposals.


        Resolved to RECOMMEND:  (to Council)


        That the panel's revised terms of reference be approved.
        """
        XCTAssertEqual(resolutions(body), ["to RECOMMEND: (to Council) That the panel's revised terms of reference be approved."])
    }

    func testRecommendedInCapitalsAfterNarrative() {
        let body = """
        Decisions:
        The Committee considered the discount scheme for next year. It was noted that the scheme allows relief to be paid in full.

        RECOMMENDED to Council that the discount scheme stays as it is.
        """
        XCTAssertEqual(resolutions(body), ["to Council that the discount scheme stays as it is."])
    }

    func testSubjectThenAgreedThatAfterNarrative() {
        let body = """
        Decision:
        The Executive considered a report on the end of the old relief scheme and its funding.

        The Executive then agreed that the Director prepare options for a new scheme.
        """
        XCTAssertEqual(resolutions(body), ["That the Director prepare options for a new scheme."])
    }

    func testMarkerAfterAMinuteParagraphNumber() {
        let body = """
        To consider the borrowing strategy.
        12.1 Councillor Penrose moved, and Councillor Tay seconded, the motion.
        12.2 RESOLVED that: -
        (1) the borrowing strategy at Appendix 1 be approved;
        (2) the borrowing limit be set at: -
        a) 2024/25 £90m
        b) 2025/26 £95m
        (3) the treasury indicators in section two be approved.
        Supporting documents:
        Borrowing Strategy PDF 120 KB
        """
        XCTAssertEqual(resolutions(body).count, 3)
    }

    func testScottishDecisionHeadingsBetweenMinuteParagraphs() {
        let body = """
        Minutes:
        1.1 The Provost welcomed the new youth councillors to the meeting.

        DECISION
        AGREED that a letter of welcome be sent to each of them.

        1.2 The Provost read a letter of thanks from the lifeboat crew.

        DECISION
        NOTED.
        """
        XCTAssertEqual(resolutions(body), ["That a letter of welcome be sent to each of them.", "NOTED."])
    }

    func testMotionAgreedAsSetOutBelowWithBullets() {
        let body = """
        Minutes:
        The Council received the strategy.

        Councillor Ash proposed and Councillor Beech seconded a motion, which was agreed by the Council as set out below:

        that Council approve:

        ·         the lending strategy for the year;

        ·         the prudential limits; and

        ·         the repayment policy

        as set out in the appendix to the report.
        """
        let r = resolutions(body)
        XCTAssertEqual(r.count, 3)
        XCTAssertEqual(r.element(2), "that Council approve: the repayment policy as set out in the appendix to the report.")
    }

    func testRecommendedInUnlabelledAgendaTextIsAProposal() {
        let body = """
        Exclusion of the Press and Public

        RECOMMENDED that the press and public be excluded for the next item as:

        a) exempt information would be disclosed; and

        b) the public interest favours the exemption.
        """
        XCTAssertEqual(resolutions(body), [])
    }

    func testTheNextProceduralItemsTitleEndsTheResolutions() {
        // Items that lost their numbers and `Minutes:` labels: the next item's title, then
        // its agenda text, follow the resolutions.
        let body = """
        RESOLVED:     That the minutes of the ordinary meeting held on 4 March 2015 be approved as a true record.


                      That the minutes of the special meeting held on 18 March 2015 be approved as a true record.


        Apologies for Absence

        To receive apologies for absence from Members.
        """
        XCTAssertEqual(resolutions(body).count, 2, "\(resolutions(body))")
        XCTAssertTrue(ResolutionParsing.isProceduralHeading("Declarations of Interest"))
        XCTAssertFalse(ResolutionParsing.isProceduralHeading("Apologies were received from two members."))
    }
}

extension RealLayoutResolutionTests {
    // MARK: - Decision pages and repeated statements

    private func firstItem(_ text: String) throws -> ParsedItem {
        let page = try XCTUnwrap(PageReader.read(text))
        return try XCTUnwrap(page.blocks.first?.items.first)
    }

    func testDecisionDetailsWithoutADecisionLabel() throws {
        let item = try firstItem("""
        Decision details

        Ward Budgets for Councillors

        Decision Maker: Cabinet

        Decision status: Recommendations Approved

        Is Key decision?: No

        Is subject to call in?: Yes


        1.  That the review of ward budgets be noted.

        2.  That ward budget panels, as set out in section 4 of the report, be set up.


        Publication date: 11/03/2025

        Date of decision: 10/03/2025

        Decided at meeting: 10/03/2025 - Cabinet
        """)
        XCTAssertEqual(item.decision.resolutions, ["That the review of ward budgets be noted.",
                                                   "That ward budget panels, as set out in section 4 of the report, be set up."])
    }

    func testDecisionNoticeWithTheDecisionHeadingInCapitals() throws {
        let item = try firstItem("""
        Decision details

        Decision No: EX014 - 03/2011

        DECISION-MAKER:

        THE EXECUTIVE

        THE DECISION

        To approve the recommendations in the report as set out below.
        (i) To approve the first phase of the school rebuilding list, which is:
        • Hill Top Academy
        • Riverside School
        (ii) To delegate the detail to the Director of Education.
        (iii) To report back before the next phase.

        REASONS FOR THE DECISION

        1. The programme needs the list approved now.
        """)
        XCTAssertEqual(item.decision.resolutions.count, 3)
        XCTAssertEqual(item.decision.reasons, "1. The programme needs the list approved now.")
    }

    func testDecisionLabelRunIntoItsTextWithADashAfterAQuotedStatement() throws {
        let item = try firstItem("""
        Decision details

        Footway Programme 2024/25

        Decision Maker: Cabinet

        Decisions:

        “Safe footways matter to everyone who walks to the shops, to school or to work.

        Dana Fell, Cabinet Member for Highways

        Reasons for the Decision – To set the footway programme for the year.

        Decision – (a) That the footway programme in the appendix be approved.

        (b) That the Director report progress every quarter.

        Decided at meeting: 17/04/2024 - Cabinet
        """)
        XCTAssertEqual(item.decision.resolutions, ["That the footway programme in the appendix be approved.",
                                                   "That the Director report progress every quarter."])
        XCTAssertEqual(item.decision.reasons, "To set the footway programme for the year.")
    }

    func testDecisionRepeatedWithSmallChangesUnderMinutesCountsOnce() {
        let body = """
        Decision:

        That having had regard to the equality assessment

        1. The bid for the new school be sent to the Welsh Government; and

        2. Officers be authorised to agree the grant terms.

        Minutes:
        Decision:

        That having had regard to the equality assessment

        1. The bid for the new school, as sent to the Welsh Government, be approved; and

        2. Officers be authorised to agree the grant terms.

        Reasons For Decision:

        1. Grant funding needs a bid.
        """
        XCTAssertEqual(resolutions(body).count, 2)
        // The minutes restate the decision at greater length.
        let restated = """
        Decision:
        That the minutes of the meeting held on 6 June be confirmed as a correct record.

        Minutes:
        RESOLVED:
        That the minutes of the meeting held on 6 June be confirmed as an accurate record and the Chair be authorised to sign them.
        """
        XCTAssertEqual(resolutions(restated).count, 1)
        // `AGREED recommendations.` under Decision, the resolutions spelt out under Minutes.
        let summary = """
        Decision:
        AGREED recommendations.

        Minutes:
        RESOLVED:
        (a) That the quarter 1 budget position be noted.
        (b) That the virements in Appendix 2 be approved.
        """
        XCTAssertEqual(resolutions(summary), ["That the quarter 1 budget position be noted.", "That the virements in Appendix 2 be approved."])
        XCTAssertEqual(resolutions("Decision:\nAGREED recommendations."), ["recommendations."])
        // Two clauses that differ by one date in one statement stay two.
        XCTAssertEqual(resolutions("Decision:\nRESOLVED:\nThat the minutes of the meeting held on 1 May 2024 be approved.\n\nThat the minutes of the meeting held on 8 May 2024 be approved.").count, 2)
    }
}

extension RealLayoutResolutionTests {
    // MARK: - Text under a colon

    func testQuotedTextUnderAColonLeadInIsTheOneResolution() {
        let body = """
        Consider report by the Chief Officer (Finance).

        There had been circulated copies of a report proposing a new power for the area panels.

        AGREED to amend the Scheme of Delegation to add the following power to each area panel:

        “* Recommend to Council a grant where the panel could not otherwise meet because of
        """
        XCTAssertEqual(resolutions(body).count, 1)
    }
}

extension RealLayoutResolutionTests {
    // MARK: - Minutes whose label was stripped

    func testProseAfterTheDocumentsListIsTheMinutes() throws {
        let page = try XCTUnwrap(PageReader.read("""
        Issue - meetings

        Lending Strategy 2025/26

        Meeting: 12/02/2025 - Council (Item 88)

        88 Lending Strategy 2025/26 pdf icon PDF 210 KB

        To consider the submitted report on the above.

        Additional documents:

            Appendix 1 – Prudential Limits, item 88 pdf icon PDF 95 KB


        The Council received the lending strategy for the year as set out in the submitted report.


        Councillor Ash proposed and Councillor Beech seconded a motion, which was agreed by the Council as set out below:


        that Council approve:


        ·         the lending strategy for the year;


        ·         the prudential limits; and


        ·         the repayment policy


        as set out in the appendix to the report.
        """))
        let item = try XCTUnwrap(page.blocks.first?.items.first)
        XCTAssertEqual(item.documents, ["Appendix 1 – Prudential Limits, item 88 pdf icon PDF 95 KB"])
        XCTAssertEqual(item.decision.resolutions.count, 3)
        XCTAssertEqual(item.agendaText, "To consider the submitted report on the above.")
        XCTAssertTrue(item.minutes?.hasPrefix("The Council received the lending strategy") ?? false)
    }
}

extension RealLayoutResolutionTests {
    // MARK: - Issue - decisions

    func testExplanationAfterAnUnlabelledDecisionIsNotASecondOne() throws {
        let page = try XCTUnwrap(PageReader.read("""
        Issue - decisions

        Renew the town centre alcohol control zone for a further three years.

        04/03/2024 - Renew the town centre alcohol control zone for a further three years.

        Renew the town centre alcohol control zone for a further three years.

        The zone lets officers stop drinking in the street where it is causing nuisance, and this keeps the centre pleasant for shoppers and visitors.
        """))
        let item = try XCTUnwrap(page.blocks.first?.items.first)
        XCTAssertEqual(item.decision.resolutions, ["Renew the town centre alcohol control zone for a further three years."])
        // Two paragraphs that each decide something stay two.
        XCTAssertEqual(resolutions("Decision:\nCabinet approved the bus contract award criteria.\n\nCabinet delegates the award to the Director of Place.").count, 2)
    }
}

extension RealLayoutResolutionTests {
    // MARK: - Minutes without RESOLVED

    func testMotionThenAgreedUnanimously() {
        let body = """
        Additional documents:


        (Mr Rowan, the retiring Chairman, presided for this item)


        (1)      Mrs Hazel proposed, and Mr Quince seconded that Mr Larch be appointed Chairman of the Council.

        Agreed unanimously.


        (2)      Mr Larch took the chair and thanked the Council for his election.
        """
        XCTAssertEqual(resolutions(body), ["That Mr Larch be appointed Chairman of the Council."])
    }

    func testThatParagraphAfterTheStrippedMinutesLabel() {
        // Agenda text, the blank lines the Minutes label left, then the recorded resolution.
        let body = """
        To approve the minutes of the meeting held on 4 March 2019.





        THAT the minutes of the meeting held on 4 March 2019 be approved and signed as a correct record.


        Councillor Pine asked for the allotments report to come to the next meeting.
        """
        XCTAssertEqual(resolutions(body), ["That the minutes of the meeting held on 4 March 2019 be approved and signed as a correct record."])
        var item = ParsedItem(number: "1", title: "Minutes", line: 1)
        ItemBodyParsing.fill(&item, body: PageText(body).lines)
        XCTAssertEqual(item.agendaText, "To approve the minutes of the meeting held on 4 March 2019.")
        XCTAssertEqual(item.minutes, "Councillor Pine asked for the allotments report to come to the next meeting.")
        // One blank line between agenda text and its recommendation is agenda text still.
        XCTAssertEqual(resolutions("To receive the annual report.\n\nThat the annual report be noted."), [])
    }

    func testThatParagraphsAreTheResolutionsOfMinutesWithoutAMarker() {
        XCTAssertEqual(resolutions("Minutes:\nThat apologies be received from Councillor Fern and Councillor Moss."),
                       ["That apologies be received from Councillor Fern and Councillor Moss."])
        // In agenda text, a "That …" paragraph is the officers' recommendation.
        XCTAssertEqual(resolutions("To consider the annual report.\n\nThat the Committee notes the annual report."), [])
    }

    func testResolvedSlashDash() {
        let body = "Minutes:\nRESOLVED/-\n\n1. That the Authority welcome its two new members.\n\n2. That the Authority thank the members who left."
        XCTAssertEqual(resolutions(body), ["That the Authority welcome its two new members.", "That the Authority thank the members who left."])
    }

    func testScottishBodyThenColonInMinutesTheReaderKnowsAreMinutes() {
        let lines = PageText("""
        In terms of Standing Order 9.2, the Council:

        Noted that the Convener had allowed discussion of the following urgent item:

        • Support for households facing fuel debt.
        """).lines
        var item = ParsedItem(number: "1", title: "Urgent Item", line: 1)
        ItemBodyParsing.fill(&item, body: lines, unlabelledIsMinutes: true)
        XCTAssertEqual(item.decision.resolutions.count, 1)
        // The same text where it could be agenda text is not read as a decision.
        var agenda = ParsedItem(number: "1", title: "Urgent Item", line: 1)
        ItemBodyParsing.fill(&agenda, body: lines)
        XCTAssertEqual(agenda.decision.resolutions, [])
    }
}

private extension Array where Element == String {
    /// The clause at `i`, or "" when there are fewer (so a short list fails, not traps).
    func element(_ i: Int) -> String { i < count ? self[i] : "" }
}
