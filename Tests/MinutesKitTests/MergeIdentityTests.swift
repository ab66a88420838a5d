import XCTest
@testable import MinutesKit

/// Pages become one item only when they share a meeting identity (council, committee, date);
/// loose files take their council from the page; disagreements land in the load report.
final class MergeIdentityTests: XCTestCase {
    /// A whole-meeting page of a council that names itself `how` (a heading, a site address,
    /// a contact e-mail, or nothing), with the procedural items every meeting has.
    static func meetingPage(council header: String, contact: String = "Contact: Committee Clerk",
                            committee: String? = "Planning Committee", date: String? = "Tuesday, 3rd March, 2020 6.30 pm",
                            decision: String = "That the application be refused.") -> String {
        let heading = [committee, date].compactMap { $0 }.joined(separator: " - ")
        return """
        \(header)

        Agenda, decisions and minutes

        \(heading)

        Venue: Council Chamber

        \(contact)

        Items
        No. Item

        1.

        Apologies for Absence

        Minutes:

        Apologies were received from two members.

        2.

        Minutes of the previous meeting

        Minutes:

        RESOLVED: That the minutes be approved as a correct record.

        3.

        Land at Mill Lane

        Decision:

        RESOLVED: \(decision)
        """
    }

    func testAFlatFolderOfFiveCouncilsShowsFiveCouncilsAndMergesNothingAcrossThem() throws {
        let dir = try TemporaryFolder()
        try dir.write("a.txt", Self.meetingPage(council: "Fenmoor District Council"))
        try dir.write("b.txt", Self.meetingPage(council: "A Harrowdale Borough Council website", decision: "That the application be approved."))
        try dir.write("c.txt", Self.meetingPage(council: "", contact: "Contact: Jo Bloggs, email: jo.bloggs@wendlebury.gov.uk"))
        try dir.write("d.txt", Self.meetingPage(council: "London Borough of Eastwick"))
        try dir.write("e.txt", Self.meetingPage(council: "Cyngor Sir Penfro Newydd"))
        // The same meeting from pages that give no council at all.
        try dir.write("f.txt", Self.meetingPage(council: ""))
        try dir.write("g.txt", Self.meetingPage(council: ""))
        let corpus = try Loader.load(directory: dir.path)
        XCTAssertEqual(Set(corpus.councils.map(\.name)), [
            "Fenmoor District Council", "Harrowdale Borough Council", "wendlebury.gov.uk",
            "London Borough of Eastwick", "Cyngor Sir Penfro Newydd", Council.unknownName,
        ])
        for item in corpus.items {
            XCTAssertEqual(item.sources.count, 1, "\(item.title) joins \(item.sources.map(\.path))")
        }
        // Every page keeps its own three items; the unknown council's two pages included.
        XCTAssertEqual(corpus.items.count, 7 * 3)
        XCTAssertEqual(corpus.meetings.count, 7)
        let refusals = corpus.items.filter { $0.decision.resolutions == ["That the application be refused."] }
        XCTAssertEqual(refusals.count, 6)
    }

    func testPagesOfOneCouncilThatNameItDifferentlyStillMeet() throws {
        let dir = try TemporaryFolder()
        try dir.write("agenda.txt", Self.meetingPage(council: "Wendlebury City Council"))
        try dir.write("saved.htm", """
            <!-- saved from url=(0063)https://democracy.wendlebury.gov.uk/ieListDocuments.aspx?MId=12 -->
            <html><head><title>Agenda</title></head><body>
            <h1>Issue - meetings</h1>
            <h2>Land at Mill Lane</h2>
            <p>Meeting: 03/03/2020 - Planning Committee (Item 3)</p>
            <p>3 Land at Mill Lane</p>
            <p>Decision:</p><p>RESOLVED: That the application be refused.</p>
            </body></html>
            """)
        let corpus = try Loader.load(directory: dir.path)
        XCTAssertEqual(corpus.councils.map(\.name), ["Wendlebury City Council"])
        let mill = try XCTUnwrap(corpus.items.first { $0.title == "Land at Mill Lane" })
        XCTAssertEqual(Set(mill.sources.map(\.path)), ["agenda.txt", "saved.htm"])
    }

    func testAFolderOutranksWhatThePageSays() throws {
        let dir = try TemporaryFolder()
        try dir.write("fenmoor/a.txt", Self.meetingPage(council: "Harrowdale Borough Council"))
        let corpus = try Loader.load(directory: dir.path)
        XCTAssertEqual(corpus.councils.map(\.name), ["Fenmoor"])
    }

    func testUndatedOrUnnamedMeetingsNeverMergeAcrossPages() throws {
        let dir = try TemporaryFolder()
        try dir.write("fenmoor/a.txt", Self.meetingPage(council: "", date: nil))
        try dir.write("fenmoor/b.txt", Self.meetingPage(council: "", date: nil))
        let corpus = try Loader.load(directory: dir.path)
        XCTAssertEqual(corpus.meetings.count, 2)
        XCTAssertTrue(corpus.items.allSatisfy { $0.sources.count == 1 })
    }

    static func decisionsPage(title: String, date: String = "03/03/2020") -> String {
        """
        Issue - decisions

        \(title)

        \(date) - \(title)

        That the application be refused for the reasons in the report.
        """
    }

    func testAPageWithoutCommitteeJoinsByTitleAndDateButNeverOnAProceduralTitle() throws {
        let dir = try TemporaryFolder()
        try dir.write("fenmoor/meeting.txt", Self.meetingPage(council: ""))
        try dir.write("fenmoor/mill.txt", Self.decisionsPage(title: "Land at Mill Lane"))
        try dir.write("fenmoor/apologies.txt", Self.decisionsPage(title: "Apologies for Absence"))
        try dir.write("fenmoor/later.txt", Self.decisionsPage(title: "Land at Mill Lane", date: "04/03/2020"))
        let corpus = try Loader.load(directory: dir.path)
        let mill = corpus.items.filter { $0.title == "Land at Mill Lane" }
        XCTAssertEqual(mill.count, 2, "the page of another date stays apart")
        XCTAssertEqual(Set(mill.map { Set($0.sources.map(\.path)) }), [["fenmoor/meeting.txt", "fenmoor/mill.txt"], ["fenmoor/later.txt"]])
        let apologies = corpus.items.filter { $0.title == "Apologies for Absence" }
        XCTAssertEqual(apologies.count, 2)
        XCTAssertTrue(apologies.allSatisfy { $0.sources.count == 1 })
    }

    func testPagesThatDisagreeAreReportedAsConflicts() throws {
        let dir = try TemporaryFolder()
        try dir.write("fenmoor/a-decision.txt", """
            Decision details

            Land at Mill Lane

            Decision Maker: Planning Committee

            Decision status: Recommendations Approved

            Is Key decision?: No

            Decision:

            That the application be refused.

            Decided at meeting: 03/03/2020 - Planning Committee
            """)
        try dir.write("fenmoor/b-decision.txt", """
            Decision details

            Land at Mill Lane

            Decision Maker: Planning Committee

            Decision status: Deferred

            Is Key decision?: Yes

            Decided at meeting: 03/03/2020 - Planning Committee
            """)
        let corpus = try Loader.load(directory: dir.path)
        XCTAssertEqual(corpus.items.count, 1)
        let item = corpus.items[0]
        XCTAssertEqual(item.decision.status, "Recommendations Approved", "the first page in path order is shown")
        let facts = corpus.report.conflicts.map(\.fact)
        XCTAssertEqual(facts, ["decision status", "key decision"])
        let status = corpus.report.conflicts[0]
        XCTAssertEqual(status.kept.value, "Recommendations Approved")
        XCTAssertEqual(status.kept.path, "fenmoor/a-decision.txt")
        XCTAssertEqual(status.other.value, "Deferred")
        XCTAssertEqual(status.other.path, "fenmoor/b-decision.txt")
        XCTAssertTrue(ReportText.stats(corpus).contains("Pages that disagree (2)"))
    }
}
