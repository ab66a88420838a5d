import XCTest
@testable import MinutesKit

final class QueryFilterTests: XCTestCase {
    let corpus = QueryFixtures.corpus()

    func meetings(_ filter: Filter) throws -> [Int] {
        let resolved = try ResolvedFilter(filter, in: corpus)
        return Ordering.meetingsNewestFirst(corpus).filter { resolved.accepts(corpus.meetings[$0]) }
    }

    func testMeetingsNewestFirstUndatedLast() {
        XCTAssertEqual(Ordering.meetingsNewestFirst(corpus), [1, 2, 0, 3])
    }

    /// Same-day meetings of two councils: the browser's list (the loaded corpus's order) and
    /// `minutes meetings` (Ordering) agree: council, then committee. They were opposite once.
    func testTheLoadedOrderIsTheCommandLinesOrder() throws {
        let dir = try TemporaryFolder()
        for (folder, committee) in [("wendlebury", "Audit Committee"), ("fenmoor", "Cabinet"), ("fenmoor", "Audit Committee")] {
            try dir.write("\(folder)/\(committee).txt", """
            Agenda and minutes

            \(committee) - Tuesday, 3rd March, 2020 6.30 pm

            Items
            No. Item

            1.

            Apologies for Absence
            """)
        }
        let loaded = try Loader.load(directory: dir.path)
        XCTAssertEqual(loaded.meetingsNewestFirst, Ordering.meetingsNewestFirst(loaded))
        XCTAssertEqual(loaded.meetingsNewestFirst.map { "\(loaded.council(of: loaded.meetings[$0]).name) \(loaded.committee(of: loaded.meetings[$0]).displayName)" },
                       ["Fenmoor Audit Committee", "Fenmoor Cabinet", "Wendlebury Audit Committee"])
    }

    func testItemsChronologicalInPageOrder() {
        XCTAssertEqual(Ordering.itemsChronological(corpus), [0, 1, 3, 2, 5, 4])
    }

    func testCommitteeByNameCaseInsensitiveAndByPart() throws {
        XCTAssertEqual(try meetings(Filter(committee: "CABINET")), [1, 0])
        XCTAssertEqual(try meetings(Filter(committee: "lifelong learning")), [2])
        XCTAssertEqual(try meetings(Filter(committee: "committee not stated")), [3])
    }

    func testCouncilByNameOrFolder() throws {
        XCTAssertEqual(try meetings(Filter(council: "ashbourne-vale")), [1, 2, 0])
        XCTAssertEqual(try meetings(Filter(council: "Caerwen")), [3])
    }

    func testDateRangeIsInclusiveAndDropsUndated() throws {
        let from = CivilDate(iso: "2021-02-23"), to = CivilDate(iso: "2021-11-18")
        XCTAssertEqual(try meetings(Filter(from: from, to: to)), [2, 0])
        XCTAssertEqual(try meetings(Filter(from: CivilDate(iso: "2021-02-24"))), [1, 2])
    }

    func testUnknownNamesAreReportedNotSilentlyEmpty() {
        XCTAssertThrowsError(try ResolvedFilter(Filter(committee: "planning"), in: corpus)) { error in
            XCTAssertEqual(error as? ResolvedFilter.Problem, .noCommittee("planning"))
            XCTAssertTrue(String(describing: error).hasPrefix("No committee name matches 'planning'"))
        }
        XCTAssertThrowsError(try ResolvedFilter(Filter(council: "surrey"), in: corpus))
    }

    func testIntersectionTakesTighterBounds() {
        let a = Filter(committee: "cabinet", from: CivilDate(iso: "2021-01-01"), to: CivilDate(iso: "2022-12-31"))
        let b = Filter(council: "ashbourne", from: CivilDate(iso: "2021-06-01"), to: CivilDate(iso: "2023-01-01"))
        let f = a.intersected(with: b)
        XCTAssertEqual(f.committee, "cabinet")
        XCTAssertEqual(f.council, "ashbourne")
        XCTAssertEqual(f.from, CivilDate(iso: "2021-06-01"))
        XCTAssertEqual(f.to, CivilDate(iso: "2022-12-31"))
    }
}
