import XCTest
@testable import MinutesKit

/// Loads sample-data/ and checks it against Tests/Fixtures/sample-data-manifest.md, which
/// lists, file by file, what each page holds (written by hand from the pages, not from the
/// parser's output).
final class SampleDataTests: XCTestCase {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let loaded = Result { try Loader.load(directory: repository.appendingPathComponent("sample-data").path) }
    var corpus: Corpus { get throws { try Self.loaded.get() } }

    func testTotalsAfterMergingMatchTheManifest() throws {
        let c = try corpus
        XCTAssertEqual(c.report.documents, 77)
        XCTAssertEqual(c.report.skipped.map(\.path), ["README.md"])
        XCTAssertEqual(c.councils.count, 4)
        XCTAssertEqual(c.committees.filter { $0.name != nil }.count, 19)
        XCTAssertEqual(c.committees.count, 22)
        XCTAssertEqual(c.meetings.count, 72)
        XCTAssertEqual(c.meetings.filter { $0.date == nil }.count, 4)
        XCTAssertEqual(c.items.count, 253)
        XCTAssertEqual(c.resolutionCount, 246)
    }

    func testEveryFileYieldsTheItemsTheManifestLists() throws {
        let manifest = try String(contentsOf: Self.repository.appendingPathComponent("Tests/Fixtures/sample-data-manifest.md"), encoding: .utf8)
        var itemsByPath: [String: [Item]] = [:]
        let items = try corpus.items
        for item in items {
            for source in item.sources { itemsByPath[source.path, default: []].append(item) }
        }
        var rowsChecked = 0
        for line in manifest.split(separator: "\n") where line.hasPrefix("| ") {
            let cols = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            guard cols.count > 8, cols[2].hasPrefix("`") else { continue }
            let path = cols[2].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            let expected = Self.parseItems(cols[7])
            let got = itemsByPath[path] ?? []
            XCTAssertEqual(got.count, expected.count, path)
            for e in expected {
                guard let item = got.first(where: { $0.title == e.title }) else {
                    XCTFail("\(path): no item titled \(e.title)"); continue
                }
                XCTAssertEqual(item.decision.resolutions.count, e.resolutions, "\(path): \(e.title)")
                if let number = e.number { XCTAssertEqual(item.number, number, "\(path): \(e.title)") }
            }
            rowsChecked += 1
        }
        XCTAssertEqual(rowsChecked, 78)
    }

    func testMeetingsWithoutPapersAndCommitteePagesAreKeptWithTheirSources() throws {
        let c = try corpus
        let empty = c.meetings.filter { $0.itemIDs.isEmpty }
        XCTAssertEqual(empty.map { "\(c.committee(of: $0).displayName) \($0.date?.iso ?? "") \($0.status ?? "-")" }.sorted(), [
            "Council 2026-07-14 -", "Health and Wellbeing Board 2026-06-09 -",
            "Licensing Sub-Committee (Premises) 2024-02-13 cancelled",
        ])
        let described = c.committees.filter { !$0.sources.isEmpty }
        XCTAssertEqual(described.map { $0.sources.map(\.path) }.sorted { $0[0] < $1[0] }, [
            ["ashbourne-vale/council-meetings-list.txt"], ["caerwen/committee-details-planning-committee.txt"],
            ["kingsmere/health-wellbeing/browse-meetings.txt"],
        ])
        // A listed meeting that is already known gains the list as a source; it is not a second meeting.
        let board = try XCTUnwrap(c.meetings.first { $0.date?.iso == "2022-07-19" && c.committee(of: $0).name == "Health and Wellbeing Board" })
        XCTAssertEqual(board.sources.map(\.path).sorted(), ["kingsmere/health-wellbeing/2022-07-19-meeting-details.txt",
                                                            "kingsmere/health-wellbeing/browse-meetings.txt"])
    }

    func testCrossPageMergesHaveTwoSources() throws {
        let merged = try corpus.items.filter { $0.sources.count > 1 }
        XCTAssertEqual(merged.map(\.number).sorted { ($0 ?? "") < ($1 ?? "") }, ["163/21", "165/21", "6/22", "PLA43/25"])
    }

    func testWelshWindows1252AndBOMFilesLoad() throws {
        let c = try corpus
        let encodings = Dictionary(uniqueKeysWithValues: c.report.loaded.map { ($0.path, $0.encoding) })
        XCTAssertEqual(encodings["kingsmere/cabinet/2020-02-11-meeting-details.txt"], "windows1252")
        XCTAssertEqual(encodings["caerwen/cabinet-2023-03-14.txt"], "utf8-bom")
        XCTAssertTrue(c.committees.contains { $0.name == "Scrutiny Committee (Education, Skills & Culture)" })
        XCTAssertTrue(c.committees.contains { $0.name == "Children, Families, Lifelong Learning & Culture Select Committee" })
    }

    func testModernGovExportTakesItsCommitteeFromTheListingBesideIt() throws {
        let c = try corpus
        let kinds = Dictionary(uniqueKeysWithValues: c.report.loaded.map { ($0.path, $0.kind) })
        XCTAssertEqual(kinds["ashbourne-vale/2025/cabinet-2025-11-18-getmeeting.xml"], .moderngovXML)
        XCTAssertEqual(kinds["ashbourne-vale/2025/getmeetings-cabinet-2025.xml"], .moderngovListing)
        let meeting = try XCTUnwrap(c.meetings.first { $0.sources.contains { $0.path.hasSuffix("getmeeting.xml") } })
        XCTAssertEqual(c.committee(of: meeting).name, "Cabinet")
        XCTAssertEqual(c.councils[meeting.councilID].folder, "ashbourne-vale")
        XCTAssertEqual(meeting.date, CivilDate(year: 2025, month: 11, day: 18))
        XCTAssertEqual(meeting.time, "2.00 pm")
        XCTAssertEqual(meeting.venue, "Council Chamber, County Hall, Wendbridge")
        let retrofit = try XCTUnwrap(c.items(of: meeting).first { $0.number == "4." })
        XCTAssertEqual(retrofit.documents.count, 3)
        XCTAssertNotNil(retrofit.decision.reasons)
    }

    struct ExpectedItem { var number: String?; var title: String; var resolutions: Int }

    /// "`1.` Apologies [0] · — Title [2]"
    static func parseItems(_ text: String) -> [ExpectedItem] {
        text.components(separatedBy: " · ").compactMap { part in
            var s = Substring(part.trimmingCharacters(in: .whitespaces))
            guard let open = s.lastIndex(of: "["), let n = Int(s[s.index(after: open)...].dropLast()) else { return nil }
            var number: String?
            if s.hasPrefix("`") {
                let rest = s.dropFirst()
                guard let close = rest.firstIndex(of: "`") else { return nil }
                number = String(rest[..<close])
                s = rest[rest.index(after: close)...]
            } else if s.hasPrefix("—") {
                s = s.dropFirst()
            }
            let title = s[..<s.lastIndex(of: "[")!].trimmingCharacters(in: .whitespaces)
            return ExpectedItem(number: number, title: title, resolutions: n)
        }
    }
}
