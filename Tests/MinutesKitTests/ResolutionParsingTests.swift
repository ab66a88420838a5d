import XCTest
@testable import MinutesKit

/// Every way a page says what was resolved.
final class ResolutionParsingTests: XCTestCase {
    private func resolutions(_ body: String) -> [String] {
        var item = ParsedItem(number: "1", title: "T", line: 1)
        ItemBodyParsing.fill(&item, body: PageText(body).lines)
        return item.decision.resolutions
    }

    func testResolvedColonThenNumberedClauses() {
        XCTAssertEqual(resolutions("Minutes:\n\nRESOLVED:\n\n1. That A be noted.\n\n2. That B be agreed."),
                       ["That A be noted.", "That B be agreed."])
    }

    func testResolvedDashOnOneLine() {
        XCTAssertEqual(resolutions("Minutes:\nRESOLVED – That the minutes be approved."), ["That the minutes be approved."])
    }

    func testResolvedGluedToThat() {
        XCTAssertEqual(resolutions("Minutes:\nRESOLVED:That the fees be set at £10."), ["That the fees be set at £10."])
    }

    func testResolvedAloneThenText() {
        XCTAssertEqual(resolutions("Minutes:\nRESOLVED\n\nThat the plan be adopted."), ["That the plan be adopted."])
    }

    func testResolvedThatLowercaseReadsAsAClause() {
        XCTAssertEqual(resolutions("Minutes:\nRESOLVED that the report be noted."), ["That the report be noted."])
    }

    func testScottishCommitteeResolvedWithRomanNumerals() {
        XCTAssertEqual(resolutions("Minutes:\nThe Committee resolved:-\n\n(i) to note the report;\n\n(ii) to approve the grant."),
                       ["to note the report;", "to approve the grant."])
    }

    func testAgreedThat() {
        XCTAssertEqual(resolutions("Minutes:\nAGREED that:\n(a) the scheme proceeds; and\n(b) officers report back."),
                       ["the scheme proceeds; and", "officers report back."])
    }

    func testReportWasNoted() {
        XCTAssertEqual(resolutions("Minutes:\nMembers discussed the figures.\n\nThe report was noted."), ["The report was noted."])
    }

    func testMotionWithVoteKeepsNarrativeAndResolution() {
        var item = ParsedItem(number: "5", title: "Motion", line: 1)
        ItemBodyParsing.fill(&item, body: PageText("""
        Minutes:
        Moved by Councillor Lang, seconded by Councillor Holt.
        On being put to the vote the motion was carried by forty votes to twelve.
        RESOLVED: That this Council declares a climate emergency.
        """).lines)
        XCTAssertEqual(item.decision.resolutions, ["That this Council declares a climate emergency."])
        XCTAssertTrue(item.minutes?.contains("forty votes to twelve") ?? false)
    }

    func testToResolveInAgendaTextIsAProposal() {
        var item = ParsedItem(number: "4", title: "Fees", line: 1)
        ItemBodyParsing.fill(&item, body: PageText("The Cabinet is asked To RESOLVE that the fees rise.\n\nMinutes:\nThe item was deferred.").lines)
        XCTAssertEqual(item.decision.resolutions, [])
        XCTAssertEqual(item.minutes, "The item was deferred.")
    }

    func testDecisionAndMinutesRepeatingTheSameClausesShowThemOnce() {
        let body = """
        Decision:
        RESOLVED:
        1. That A be noted.
        1. That B be agreed.
        Minutes:
        Discussion.
        RESOLVED:
        1. That A be noted.
        1. That B be agreed.
        """
        XCTAssertEqual(resolutions(body), ["That A be noted.", "That B be agreed."])
    }

    func testPluralAndDecoratedDecisionLabels() {
        XCTAssertEqual(resolutions("Decisions:\nThat the bid be submitted."), ["That the bid be submitted."])
        XCTAssertEqual(resolutions("Decision made (Unanimously):\nThat the lease be granted."), ["That the lease be granted."])
    }

    func testWelshLabelsAndMarker() {
        var item = ParsedItem(number: "3", title: "Cofnodion", line: 1)
        ItemBodyParsing.fill(&item, body: PageText("Penderfyniad:\nPENDERFYNWYD cymeradwyo’r cofnodion.\n\nCofnodion:\nDim.").lines)
        XCTAssertEqual(item.decision.resolutions, ["cymeradwyo’r cofnodion."])
        XCTAssertEqual(item.minutes, "Dim.")
    }

    func testUnlabelledProseRunningOnStillFindsTheResolution() {
        XCTAssertEqual(resolutions("Officers presented the report.\n\nRESOLVED: That the report be noted."),
                       ["That the report be noted."])
    }

    func testBracketedNotesAndLaterHeadingsAreNotClauses() {
        XCTAssertEqual(resolutions("Decision:\nRESOLVED:\n1. That A.\n\n[Recommendations to Council are not subject to call in]"), ["That A."])
        XCTAssertEqual(resolutions("Minutes:\nRESOLVED:\n1. That A.\n\nActions to be provided:\nOfficers to share data."), ["That A."])
    }

    func testCallInNoteAndReasons() {
        var item = ParsedItem(number: "1", title: "T", line: 1)
        ItemBodyParsing.fill(&item, body: PageText("""
        Decision:
        RESOLVED: That X.
        Reason for Decision:
        Because Y.
        [The decisions on this item can be called in by the Resources and Performance Select Committee]
        """).lines)
        XCTAssertEqual(item.decision.reasons, "Because Y.")
        XCTAssertEqual(item.decision.callIn, "Resources and Performance Select Committee")
    }

    func testBulletsWithManySpacesBecomeClauses() {
        XCTAssertEqual(resolutions("Decision:\nRESOLVED:\n·        That A.\n·        That B."), ["That A.", "That B."])
    }

    func testLeadInIsCarriedByEachClauseNotCountedAlone() {
        XCTAssertEqual(resolutions("Minutes:\nRESOLVED to recommend to Council:\n\n1. a budget of £298m;\n\n2. a council tax rise of 3.9%."),
                       ["to recommend to Council: a budget of £298m;", "to recommend to Council: a council tax rise of 3.9%."])
        // The lead-in is no resolution of its own, whether the clause under it is numbered or not.
        XCTAssertEqual(resolutions("Minutes:\nRESOLVED to recommend to Council:\n\nThat nothing changes."),
                       ["to recommend to Council: That nothing changes."])
    }
}
