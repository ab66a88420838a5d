import XCTest
@testable import MinutesKit

/// A meeting can be known with none of its items saved (cancelled, or only listed), and a
/// committee with none of its meetings (a committee page): both are facts, kept with their
/// source, and written by `export` as records of their own.
final class KnownMeetingsAndCommitteesTests: XCTestCase {
    func testACancelledMeetingIsAMeetingWithNoItemsAndItsStatus() throws {
        let dir = try TemporaryFolder()
        try dir.write("tamsford/cancelled.txt", """
        Agenda and minutes

        Licensing Committee - Thursday, 14th March, 2019 7.00 pm, CANCELLED

        No documents are available for this meeting

        Contact: Committee Services
        """)
        let corpus = try Loader.load(directory: dir.path)
        let meeting = try XCTUnwrap(corpus.meetings.first)
        XCTAssertEqual(corpus.meetings.count, 1)
        XCTAssertEqual(meeting.date?.iso, "2019-03-14")
        XCTAssertEqual(corpus.committee(of: meeting).name, "Licensing Committee")
        XCTAssertEqual(meeting.status, "cancelled")
        XCTAssertEqual(meeting.time, "7.00 pm")
        XCTAssertEqual(meeting.itemIDs, [])
        XCTAssertEqual(meeting.sources.map(\.path), ["tamsford/cancelled.txt"])
        XCTAssertEqual(Ordering.exportRecords(corpus), [.meeting(0)])
        let o = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(try JSONOutput.line(MeetingRecord(meeting, in: corpus)).utf8)) as? [String: Any])
        XCTAssertEqual(o["record"] as? String, "meeting")
        XCTAssertEqual(o["status"] as? String, "cancelled")
        XCTAssertEqual((o["sources"] as? [[String: Any]])?.first?["line"] as? Int, 3)
    }

    func testStatusWordsAfterTheTime() {
        XCTAssertEqual(MeetingStatus.split("7.00 pm, CANCELLED").time, "7.00 pm")
        XCTAssertEqual(MeetingStatus.split("7.00 pm, CANCELLED").status, "cancelled")
        XCTAssertEqual(MeetingStatus.split("POSTPONED").status, "postponed")
        XCTAssertNil(MeetingStatus.split("POSTPONED").time)
        XCTAssertEqual(MeetingStatus.split("10.00 am").time, "10.00 am")
        XCTAssertNil(MeetingStatus.split("10.00 am").status)
    }

    func testAListOfOtherMeetingsUnderASentenceIsNotThePagesMeeting() throws {
        let page = try XCTUnwrap(PageReader.read("""
        Confirmation of Minutes

        To receive and confirm the minutes of the meetings of the Council:-

        Ordinary Meeting      -    12 March 2015

        Annual Meeting        -    20 May 2015

        RESOLVED:     That the minutes of both meetings be approved as a true record.
        """))
        XCTAssertTrue(page.blocks.allSatisfy { $0.date == nil && $0.committee == nil }, "\(page.blocks)")
    }

    func testABrowseMeetingsPageNamesItsCommitteeAndListsItsMeetings() throws {
        let dir = try TemporaryFolder()
        try dir.write("tamsford/browse.txt", """
        Browse meetings

        This page lists the meetings for Harbour Board.

        Information about Harbour Board

        The Harbour Board oversees moorings and the harbour estate. It meets four times a year.

        Tuesday, 4th February, 2025 6.00 pm

        Tuesday, 6th May, 2025 6.00 pm, POSTPONED

        Contact: Harbour Office
        """)
        try dir.write("tamsford/details.txt", """
        Committee details

        Moorings Sub-Committee

        Purpose of committee

        The sub-committee hears appeals about mooring licences.

        Contact information
        """)
        let corpus = try Loader.load(directory: dir.path)
        let names = corpus.committees.map(\.name)
        XCTAssertEqual(Set(names), ["Harbour Board", "Moorings Sub-Committee"])
        let board = try XCTUnwrap(corpus.committees.first { $0.name == "Harbour Board" })
        XCTAssertEqual(board.sources.map(\.line), [3])
        XCTAssertEqual(board.meetingIDs.map { corpus.meetings[$0].date?.iso }, ["2025-02-04", "2025-05-06"])
        XCTAssertEqual(board.meetingIDs.map { corpus.meetings[$0].status }, [nil, "postponed"])
        let details = try XCTUnwrap(corpus.committees.first { $0.name == "Moorings Sub-Committee" })
        XCTAssertEqual(details.meetingIDs, [])
        XCTAssertEqual(details.sources.map(\.path), ["tamsford/details.txt"])
        // Export: the two listed meetings (no items), then both committees.
        let records = Ordering.exportRecords(corpus)
        XCTAssertEqual(records.filter { if case .meeting = $0 { return true } else { return false } }.count, 2)
        XCTAssertEqual(records.suffix(2), [.committee(board.id), .committee(details.id)])
        // A date range leaves committee records out: they have no date.
        let ranged = try ResolvedFilter(Filter(from: CivilDate(year: 2025, month: 1, day: 1)), in: corpus)
        XCTAssertFalse(ranged.accepts(board))
        XCTAssertTrue(try ResolvedFilter(Filter(committee: "Moorings"), in: corpus).accepts(details))
    }

    func testCommitteePagesOfUnknownCouncilsAreNotOneCommittee() throws {
        let dir = try TemporaryFolder()
        for name in ["a.txt", "b.txt"] {
            try dir.write(name, "Browse meetings\n\nThis page lists the meetings for Cabinet.\n")
        }
        let corpus = try Loader.load(directory: dir.path)
        XCTAssertEqual(corpus.committees.count, 2)
        XCTAssertEqual(corpus.committees.map { $0.sources.map(\.path) }, [["a.txt"], ["b.txt"]])
    }

    func testTheCacheKeepsCommitteeSourcesAndMeetingStatus() throws {
        let dir = try TemporaryFolder()
        try dir.write("tamsford/browse.txt", "Browse meetings\n\nThis page lists the meetings for Harbour Board.\n\nMonday, 3rd March, 2025 CANCELLED\n")
        let cacheFolder = try TemporaryFolder()
        let options = Loader.Options(cache: CorpusCache(directory: cacheFolder.path))
        let first = try Loader.load(directory: dir.path, options: options)
        let second = try Loader.load(directory: dir.path, options: options)
        XCTAssertTrue(second.isFromCache)
        XCTAssertEqual(second.committees.map(\.sources), first.committees.map(\.sources))
        XCTAssertEqual(second.meetings.map(\.status), ["cancelled"])
    }

    // MARK: - Lists of meetings with no kind line

    private func index(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> ParsedPage {
        let page = try XCTUnwrap(PageReader.read(text), "not read", file: file, line: line)
        XCTAssertEqual(page.kind, .committeeInformation, file: file, line: line)
        return page
    }

    func testATableOfMeetingsUnderASentenceNamingTheCommittee() throws {
        let page = try index("""
        The Planning Committee usually meets on the second Monday of each month at 7.00 pm.

        You are browsing Agendas and Minutes for the year 2025

        | Meeting Date | Meeting Title | Agenda | Minutes |
        |---|---|---|---|
        | Mon 9th Jun, 2025 | Planning | | |
        | Mon 12th May, 2025 | Planning Committee | Download | |
        """)
        XCTAssertEqual(page.committees.map(\.name), ["Planning Committee"])
        XCTAssertEqual(page.blocks.map(\.date?.iso), ["2025-06-09", "2025-05-12"])
        XCTAssertEqual(page.blocks.map(\.committee), ["Planning", "Planning Committee"], "each row's own title")
        XCTAssertEqual(page.blocks.map(\.line), [7, 8])
        XCTAssertEqual(page.itemCount, 0)
    }

    func testAnIndexOfMinutesAndSummaries() throws {
        let page = try index("""
        Minutes and Summaries

        MINUTES OF THE ORDINARY MEETING OF THE COUNCIL HELD ON 9th JUNE 2025

        Ordinary

        SUMMARY OF THE ORDINARY MEETING OF THE COUNCIL HELD ON 9th JUNE 2025

        Download>

        MINUTES OF THE PRECEPT MEETING OF THE COUNCIL HELD ON 12th JANUARY 2025

        DRAFT SUMMARY OF THE ORDINARY MEETING OF THE COUNCILHELD ON 14th JULY 2025
        """)
        XCTAssertEqual(page.blocks.map(\.date?.iso), ["2025-06-09", "2025-01-12"], "one meeting per date; a glued line is not read")
        XCTAssertEqual(page.blocks.map(\.committee), ["COUNCIL", "COUNCIL"])
    }

    func testDownloadLinksNamedByDateAndACalendarUnderMonthHeadings() throws {
        let links = try index("""
        COUNCIL MEETINGS

        Council Meeting

        The Council meets monthly to adopt the minutes of its Committees. All Councillors attend, and the Mayor takes the chair.

        Start the download of the file 2014-03-26 Council 2014-03-26 Council
        Start the download of the file 2014-02-26 Council appendices 2014-02-26 Council appendices
        Start the download of the file 2014-02-26 Council 2014-02-26 Council
        """)
        XCTAssertEqual(links.blocks.map(\.date?.iso), ["2014-03-26", "2014-02-26"])
        XCTAssertEqual(Set(links.blocks.map(\.committee)), ["Council"])

        let calendar = try index("""
        The Full Council meets monthly on the first Tuesday to agree policy.

        Please see individual meetings for agendas, minutes and other documents.

        Upcoming Meetings
        Meeting Calendar

        March 2024
                Tue 5th March
        April 2024
                Tue 2nd April
        """)
        XCTAssertEqual(calendar.committees.map(\.name), ["Full Council"])
        XCTAssertEqual(calendar.blocks.map(\.date?.iso), ["2024-03-05", "2024-04-02"])
        XCTAssertEqual(calendar.blocks.map(\.committee), ["Full Council", "Full Council"])
    }

    func testAWrappedDescriptionNamingASubCommittee() throws {
        let page = try index("""
        Taxi Licensing Sub-Committee is an ad hoc
        Sub-Committee of three members chosen from the
        Licensing Committee to hear licence matters. A
        meeting is not quorate unless three members are present.
        The Sub-Committee acts for the Council under the agenda
        it is given.
        """)
        XCTAssertEqual(page.committees.map(\.name), ["Taxi Licensing Sub-Committee"])
        XCTAssertEqual(page.blocks.count, 0)
    }

    func testMinutesWithItemsAreNeverReadAsAList() throws {
        let page = try XCTUnwrap(PageReader.read("""
        The Council meets monthly.

        MINUTES OF THE ORDINARY MEETING OF THE COUNCIL HELD ON 9th JUNE 2025

        1. Apologies

        None.

        2. Minutes of the previous meeting held on 12th May 2025

        Approved.
        """))
        XCTAssertNotEqual(page.kind, .committeeInformation)
        XCTAssertEqual(page.itemCount, 2)
    }
}
