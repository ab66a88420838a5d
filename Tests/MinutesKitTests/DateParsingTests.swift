import XCTest
@testable import MinutesKit

final class DateParsingTests: XCTestCase {
    func testNumericDateAndWhatFollows() throws {
        let (date, rest) = try XCTUnwrap(DateParsing.numeric("23/02/2021 - Cabinet (Item 45)"))
        XCTAssertEqual(date.iso, "2021-02-23")
        XCTAssertEqual(String(rest), " - Cabinet (Item 45)")
    }

    func testImpossibleAndOutOfRangeDatesAreRejected() {
        XCTAssertNil(DateParsing.numeric("31/02/2021"))
        XCTAssertNil(DateParsing.numeric("29/02/2023"))
        XCTAssertNotNil(DateParsing.numeric("29/02/2024"))
        XCTAssertNil(DateParsing.numeric("01/01/0001"))
        XCTAssertNil(DateParsing.numeric("01/01/9999"))
        XCTAssertNil(DateParsing.numeric("1/2/2021"))
    }

    func testLongFormsSeenOnCouncilSites() {
        let cases: [(String, String, String)] = [
            ("Wednesday, 2nd October, 2019 10.10 am", "2019-10-02", "10.10 am"),
            ("Monday 22nd April 2024 6.00 p.m.", "2024-04-22", "6.00 p.m."),
            ("Thursday, 21 January 2016 10:30 am", "2016-01-21", "10:30 am"),
            ("Wed 11 Jan 2023", "2023-01-11", ""),
            ("February 10, 2026", "2026-02-10", ""),
            ("15 Sep 2025 - 10:00 to 13:00", "2025-09-15", "- 10:00 to 13:00"),
            ("Dydd Iau, 9fed Hydref, 2014 2.00 o'r gloch", "2014-10-09", "2.00 o'r gloch"),
            ("Dydd Mawrth, 5ed Mawrth, 2019 10.00 am", "2019-03-05", "10.00 am"),
            ("Tuesday, 1st September, 2020", "2020-09-01", ""),
        ]
        for (text, iso, rest) in cases {
            let parsed = DateParsing.long(text)
            XCTAssertEqual(parsed?.0.iso, iso, text)
            XCTAssertEqual(parsed?.1, rest, text)
        }
    }

    func testProseIsNotADate() {
        XCTAssertNil(DateParsing.long("The report of 2021/22 was noted"))
        XCTAssertNil(DateParsing.long("Cabinet"))
        XCTAssertNil(DateParsing.long("31st February 2021"))
    }

    func testCivilDateDisplayAndWeekday() throws {
        let d = try XCTUnwrap(CivilDate(iso: "2021-02-23"))
        XCTAssertEqual(d.display, "Tue 23 Feb 2021")
        XCTAssertNil(CivilDate(iso: "2021-2-23"))
        XCTAssertNil(CivilDate(iso: "2021-13-01"))
        XCTAssertEqual(CivilDate(iso: "2024-01-01")?.weekday, 0) // a Monday
    }
}
