import XCTest
@testable import MinutesKit

/// A page written in the exact layout of the real page the project started from (a Surrey
/// `Issue - meetings` page, kept outside the repository: NBSP-only lines, every clause printed
/// as "1.", resolutions repeated under Minutes:), with our own prose. The test does not read
/// the real page: CI has no folder beside the checkout, and the fixture holds every fact of it.
final class SeedLayoutTests: XCTestCase {
    static let nbsp = "\u{00A0}"
    static let page = """
    Issue - meetings

    Special Educational Needs And Disabilities (Send) Transformation Programme Update

    Meeting: 23/02/2021 - Cabinet (Item 45)

    45 Special Educational Needs And Disabilities (Send) Transformation Programme Update pdf icon PDF 448 KB

    Additional documents:

    Decision:

    RESOLVED:

    \(nbsp)

      1. That the headway made by the transformation programme for pupils with additional needs be noted.

    \(nbsp)

      1. That the programme’s priorities for 2021-22, including £5m for local specialist places, be agreed.

    \(nbsp)

    Reason for Decision:

    \(nbsp)

    The programme has been running for two years and the Cabinet wants to see it reach more families sooner.

    A review on 14/12/2020 found steady progress, so monitoring visits will stop.

    [The decisions on this item can be called in by the Children, Families, Lifelong Learning & Culture Select Committee]

    Minutes:

    The Cabinet Member for Learning introduced the report and described the progress since 2019.

    \(nbsp)

    A member asked how the capital money would reach children outside the county town.

    \(nbsp)

    RESOLVED:

    \(nbsp)

      1. That the headway made by the transformation programme for pupils with additional needs be noted.

    \(nbsp)

      1. That the programme’s priorities for 2021-22, including £5m for local specialist places, be agreed.

    \(nbsp)

    Reason for Decision:

    \(nbsp)

    The programme has been running for two years and the Cabinet wants to see it reach more families sooner.

    [The decisions on this item can be called in by the Children, Families, Lifelong Learning & Culture Select Committee]
    """

    func testEveryFactOfTheSeedLayout() throws {
        let page = try XCTUnwrap(PageReader.read(Self.page))
        XCTAssertEqual(page.kind, .issueMeetings)
        XCTAssertEqual(page.issue?.title, "Special Educational Needs And Disabilities (Send) Transformation Programme Update")
        XCTAssertEqual(page.blocks.count, 1)
        let block = page.blocks[0]
        XCTAssertEqual(block.committee, "Cabinet")
        XCTAssertEqual(block.date, CivilDate(year: 2021, month: 2, day: 23))
        XCTAssertEqual(block.items.count, 1)
        let item = block.items[0]
        XCTAssertEqual(item.number, "45")
        XCTAssertEqual(item.title, "Special Educational Needs And Disabilities (Send) Transformation Programme Update")
        XCTAssertEqual(item.decision.resolutions, [
            "That the headway made by the transformation programme for pupils with additional needs be noted.",
            "That the programme’s priorities for 2021-22, including £5m for local specialist places, be agreed.",
        ])
        XCTAssertEqual(item.decision.reasons,
                       "The programme has been running for two years and the Cabinet wants to see it reach more families sooner.\n\nA review on 14/12/2020 found steady progress, so monitoring visits will stop.")
        XCTAssertEqual(item.decision.callIn, "Children, Families, Lifelong Learning & Culture Select Committee")
        XCTAssertEqual(item.minutes,
                       "The Cabinet Member for Learning introduced the report and described the progress since 2019.\n\nA member asked how the capital money would reach children outside the county town.")
    }

    func testSeedLoadsThroughTheLoaderWithCouncilUnknown() throws {
        let dir = try TemporaryFolder()
        try dir.write("cabinet-item-45.txt", Self.page)
        let corpus = try Loader.load(directory: dir.path)
        XCTAssertEqual(corpus.councils.map(\.name), [Council.unknownName])
        XCTAssertEqual(corpus.committees.map(\.name), ["Cabinet"])
        XCTAssertEqual(corpus.meetings.count, 1)
        XCTAssertEqual(corpus.meetings[0].date?.iso, "2021-02-23")
        XCTAssertEqual(corpus.items.count, 1)
        XCTAssertEqual(corpus.items[0].decision.resolutions.count, 2)
        XCTAssertEqual(corpus.items[0].sources, [Source(path: "cabinet-item-45.txt", kind: .issueMeetings, line: 5)])
        XCTAssertEqual(corpus.report.documents, 1)
        XCTAssertTrue(corpus.report.skipped.isEmpty)
    }
}
