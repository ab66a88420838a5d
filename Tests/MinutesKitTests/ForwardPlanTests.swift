import XCTest
@testable import MinutesKit

/// An `Issue details` page says a decision is due at a meeting. It becomes an item of that
/// meeting only where the meeting's own agenda is not loaded, or lists the same title.
final class ForwardPlanTests: XCTestCase {
    static func issueDetails(title: String, due: String) -> String {
        """
        Issue details

        \(title)

        To decide what happens next.

        Decision type: Key

        Decision status: For Determination

        Decision due: \(due)

        Lead member: Leader of the Council
        """
    }

    func load(_ files: [String: String]) throws -> Corpus {
        let dir = try TemporaryFolder()
        for (name, text) in files { try dir.write("fenmoor/" + name, text) }
        return try Loader.load(directory: dir.path)
    }

    func testAnIssueDueAtAMeetingNobodySavedIsAnItemOfThatMeeting() throws {
        let c = try load(["issue.txt": Self.issueDetails(title: "Depot Relocation", due: "15 Jun 2017 by Cabinet")])
        XCTAssertEqual(c.items.count, 1)
        let item = try XCTUnwrap(c.items.first)
        XCTAssertEqual(c.committee(of: c.meeting(of: item)).name, "Cabinet")
        XCTAssertEqual(c.meeting(of: item).date?.iso, "2017-06-15")
        XCTAssertEqual(item.title, "Depot Relocation")
        XCTAssertEqual(item.decision.status, "For Determination")
        XCTAssertEqual(item.decision.isKeyDecision, true)
        XCTAssertEqual(item.agendaText, "To decide what happens next.")
        XCTAssertEqual(item.sources.map(\.kind), [.issueDetails])
        XCTAssertEqual(c.issues.first?.itemIDs, [item.id])
    }

    func testTheSavedAgendaWinsOverTheForwardPlanWhenTheTitleIsNotOnIt() throws {
        let meeting = MergeIdentityTests.meetingPage(council: "", committee: "Cabinet", date: "Thursday, 15th June, 2017 10.00 am")
        let c = try load(["meeting.txt": meeting,
                          "issue.txt": Self.issueDetails(title: "Depot Relocation: Final Business Case", due: "15 Jun 2017 by Cabinet")])
        XCTAssertEqual(c.meetings.count, 1)
        XCTAssertEqual(c.items.map(\.title), ["Apologies for Absence", "Minutes of the previous meeting", "Land at Mill Lane"])
        XCTAssertEqual(c.issues.count, 1, "the issue is kept, with its due date, even without an item")
        XCTAssertEqual(c.issues.first?.due, "15 Jun 2017 by Cabinet")
    }

    func testTheForwardPlanJoinsTheAgendaItemOfTheSameTitle() throws {
        let meeting = MergeIdentityTests.meetingPage(council: "", committee: "Cabinet", date: "Thursday, 15th June, 2017 10.00 am")
        let c = try load(["meeting.txt": meeting,
                          "issue.txt": Self.issueDetails(title: "Land at Mill Lane", due: "15 Jun 2017 by Cabinet")])
        XCTAssertEqual(c.items.count, 3)
        let item = try XCTUnwrap(c.items.first { $0.title == "Land at Mill Lane" })
        XCTAssertEqual(Set(item.sources.map(\.kind)), [.meeting, .issueDetails])
        XCTAssertEqual(item.number, "3.")
    }

    func testADueMonthOrNotBeforeDateGivesAnUndatedMeetingOfItsOwn() throws {
        let c = try load(["a.txt": Self.issueDetails(title: "Road Repairs", due: "April 2010 by Cabinet"),
                          "b.txt": Self.issueDetails(title: "Winter Funding", due: "Not before 30th Nov 2018 by Cabinet")])
        XCTAssertEqual(c.items.count, 2)
        XCTAssertEqual(c.meetings.count, 2, "an undated meeting is never shared between pages")
        XCTAssertTrue(c.meetings.allSatisfy { $0.date == nil })
        XCTAssertEqual(Set(c.meetings.map { c.committee(of: $0).name }), ["Cabinet"])
    }

    static func individualDecision(title: String, maker: String, date: String) -> String {
        """
        Decision details

        \(title)

        Decision Maker: \(maker)

        Decision status: Recommendations Approved

        Decision:

        That the grant be allocated as set out in the report.

        Date of decision: \(date)
        """
    }

    func testAnIndividualDecisionIsFiledUnderItsDecisionMakerAndDate() throws {
        let c = try load(["d.txt": Self.individualDecision(title: "Household Support Grant", maker: "Cabinet Member for Finance", date: "31/05/2022")])
        let item = try XCTUnwrap(c.items.first)
        XCTAssertEqual(c.committee(of: c.meeting(of: item)).name, "Cabinet Member for Finance")
        XCTAssertEqual(c.meeting(of: item).date?.iso, "2022-05-31")
        XCTAssertEqual(item.decision.resolutions.count, 1)
    }

    func testADecisionMakersRecordNotOnTheSavedAgendaKeepsAMeetingOfItsOwn() throws {
        let meeting = MergeIdentityTests.meetingPage(council: "", committee: "Cabinet", date: "Thursday, 15th June, 2017 10.00 am")
        let c = try load(["meeting.txt": meeting,
                          "d.txt": Self.individualDecision(title: "Depot Relocation", maker: "Cabinet", date: "15/06/2017")])
        let item = try XCTUnwrap(c.items.first { $0.title == "Depot Relocation" })
        XCTAssertNil(c.committee(of: c.meeting(of: item)).name, "not filed into the saved Cabinet agenda it is not on")
        XCTAssertEqual(c.meeting(of: item).date?.iso, "2017-06-15")
        XCTAssertEqual(c.items.count, 4)
    }
}
