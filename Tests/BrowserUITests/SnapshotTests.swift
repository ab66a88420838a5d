@testable import BrowserUI
import MinutesKit
import XCTest

/// Whole screens as text. A change in layout shows up here as a readable diff; every row is
/// also checked to measure exactly the terminal's width (wide characters count two).
final class SnapshotTests: XCTestCase {
    override func setUp() { Fixtures.utf8Locale() }

    func assertScreen(_ screen: Screen, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        let got = screen.text.split(separator: "\n", omittingEmptySubsequences: false)
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertEqual(got.count, want.count, "row count", file: file, line: line)
        for (i, (g, w)) in zip(got, want).enumerated() where g != w {
            XCTFail("row \(i):\n got: \(g)\nwant: \(w)", file: file, line: line)
            return
        }
        for y in 0..<screen.height {
            XCTAssertEqual(screen.rowColumns(y), screen.width, "row \(y) columns", file: file, line: line)
        }
    }

    func test120x40ThreePanes() {
        var s = Fixtures.state(Fixtures.surrey(), 120, 40)
        Fixtures.press(&s, .down, .tab, .down)
        let screen = render(s)
        assertScreen(screen, """
┌─ Meetings 2/4 ─────────────────────┐┏━ Items · Tue 23 Feb 2021 ━━━━━━━━━━━━━┓┌─ Decision ────────────────────────────┐
│ Wed 10 Mar 2021  Planning and Reg… │┃   44 Apologies for Absence            ┃│ 45 Special Educational Needs And      │
│ Tue 23 Feb 2021  Cabinet           │┃ ● 45 Special Educational Needs And D… ┃│     Disabilities (Send)               │
│ Thu  5 Nov 2020  Audit & Governan… │┃ ● 46 Library Strategy – Community ’H… ┃│     Transformation Programme Update   │
│ Tue  6 Oct 2020  Cabinet           │┃                                       ┃│ Cabinet · Tue 23 Feb 2021             │
│                                    │┃                                       ┃│                                       │
│                                    │┃                                       ┃│ Resolutions                           │
│                                    │┃                                       ┃│  1. That the progress of the SEND     │
│                                    │┃                                       ┃│     Transformation programme and its  │
│                                    │┃                                       ┃│     impact for children and young     │
│                                    │┃                                       ┃│     people with SEND and their        │
│                                    │┃                                       ┃│     families be noted.                │
│                                    │┃                                       ┃│  2. That the focus and priorities for │
│                                    │┃                                       ┃│     the programme for 2021-22 to      │
│                                    │┃                                       ┃│     embed and accelerate change be    │
│                                    │┃                                       ┃│     agreed.                           │
│                                    │┃                                       ┃│                                       │
│                                    │┃                                       ┃│ Reason                                │
│                                    │┃                                       ┃│ The Council has invested significant  │
│                                    │┃                                       ┃│ resources into the SEND               │
│                                    │┃                                       ┃│ Transformation programme and          │
│                                    │┃                                       ┃│ committed a further £79m capital      │
│                                    │┃                                       ┃│ investment to increase specialist     │
│                                    │┃                                       ┃│ provision in Surrey.                  │
│                                    │┃                                       ┃│                                       │
│                                    │┃                                       ┃│ Call-in                               │
│                                    │┃                                       ┃│ Children, Families, Lifelong Learning │
│                                    │┃                                       ┃│ & Culture Select Committee            │
│                                    │┃                                       ┃│                                       │
│                                    │┃                                       ┃│ Key decision: yes                     │
│                                    │┃                                       ┃│ Status: Recommendations Approved      │
│                                    │┃                                       ┃│                                       │
│                                    │┃                                       ┃│ Sources                               │
│                                    │┃                                       ┃│ 2021-02-23-item-2.txt (Issue -        │
│                                    │┃                                       ┃│   meetings, line 3)                   │
│                                    │┃                                       ┃│                                       │
│                                    │┃                                       ┃│                                       │
│                                    │┃                                       ┃│                                       │
└────────────────────────────────────┘┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛└───────────────────────────────────────┘
 Surrey › all committees · 2/4 meetings                                                                          ? help
""")
        // Focus: heavy border on Items; the selected meeting stays marked without focus.
        XCTAssertEqual(screen[38, 0].style, .borderFocused)
        XCTAssertEqual(screen[0, 0].style, .border)
        XCTAssertEqual(screen[3, 2].style, .selectedInactive)
        XCTAssertEqual(screen[50, 2].style, .selected)
        XCTAssertEqual(screen[50, 1].style, .normal)
        XCTAssertEqual(screen[40, 2].style, .selected, "the decision mark takes the row's style when selected")
        XCTAssertEqual(screen[40, 3].style, .mark)
    }

    func test80x24CollapsesToTheFocusedPaneWithABreadcrumb() {
        var s = Fixtures.state(Fixtures.surrey(), 80, 24)
        Fixtures.press(&s, .down, .tab, .down, .down)
        assertScreen(render(s), """
Meetings 2/4 › 2021-02-23 Cabinet › 46 Library Strategy – Community ’Hubs’ 图书…
┏━ Items · Tue 23 Feb 2021 ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃   44 Apologies for Absence                                                   ┃
┃ ● 45 Special Educational Needs And Disabilities (Send) Transformation Progr… ┃
┃ ● 46 Library Strategy – Community ’Hubs’ 图书馆 🚀                           ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
 Surrey › all committees · 2/4 meetings                                  ? help
""")
        Fixtures.press(&s, .tab)
        assertScreen(render(s), """
Meetings 2/4 › 2021-02-23 Cabinet › 46 Library Strategy – Community ’Hubs’ 图书…
┏━ Decision ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓
┃ 46 Library Strategy – Community ’Hubs’ 图书馆 🚀                             ┃
┃ Cabinet · Tue 23 Feb 2021                                                    ┃
┃                                                                              ┃
┃ Resolution                                                                   ┃
┃  1. That the strategy be adopted.                                            ┃
┃                                                                              ┃
┃ Sources                                                                      ┃
┃ 2021-02-23-item-3.txt (Issue - meetings, line 3)                             ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┃                                                                              ┃
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛
 Surrey › all committees · 2/4 meetings                                  ? help
""")
    }

    func testTinyTerminalSaysSo() {
        let s = Fixtures.state(Fixtures.surrey(), 39, 9)
        assertScreen(render(s), """
Too small: need 40x10








""")
    }

    func testEmptyCorpusPointsAtTheLoadReport() {
        let s = Fixtures.state(Corpus(root: "/data/empty"), 80, 24)
        assertScreen(render(s), """








                      Nothing was loaded from /data/empty.

                           The folder holds no files.
       For the load report (what each file was, why it was skipped), run:
                           minutes stats /data/empty

                                    q quits








 Nothing loaded · q quits
""")
    }

    func testLoadingShowsProgress() {
        var s = AppState(directory: "/data/minutes", width: 80, height: 24)
        reduce(&s, .loadProgress(read: 1234, total: 5000))
        assertScreen(render(s), """









                                    minutes

                            Loading… 1234/5000 files

                                 /data/minutes









 Loading… 1234/5000 files · q quits
""")
    }

    func testCommitteePickerOverTheNarrowLayout() {
        var s = Fixtures.state(Fixtures.twoCouncils(), 80, 24)
        Fixtures.press(&s, .char("c"))
        assertScreen(render(s), """
Meetings 1/3 › 2024-03-01 Licensing Sub-Commit… › 2 Premises licence: The Crown
┌─ Meetings 1/3 ───────────────────────────────────────────────────────────────┐
│ Fr┏━ Committees · Space marks · Enter applies · Esc cancels ━━━━━━━━━━━━━┓   │
│ Sa┃ Narrow: ▏                                                3 of 3      ┃   │
│ We┃                                                                      ┃   │
│   ┃ [ ] Cabinet · Ashbourne Vale                               1 meeting ┃   │
│   ┃ [ ] Cabinet · Kingsmere                                    1 meeting ┃   │
│   ┃ [ ] Licensing Sub-Committee · Kingsmere                    1 meeting ┃   │
│   ┃                                                                      ┃   │
│   ┃                                                                      ┃   │
│   ┃                                                                      ┃   │
│   ┃                                                                      ┃   │
│   ┃                                                                      ┃   │
│   ┃                                                                      ┃   │
│   ┃                                                                      ┃   │
│   ┃                                                                      ┃   │
│   ┃                                                                      ┃   │
│   ┃                                                                      ┃   │
│   ┃                                                                      ┃   │
│   ┃                                                                      ┃   │
│   ┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛   │
│                                                                              │
└──────────────────────────────────────────────────────────────────────────────┘
 all 2 councils › all committees · 1/3 meetings                          ? help
""")
    }

    func testSearchAsYouTypeNarrowsMeetingsAndHighlights() {
        var s = Fixtures.state(Fixtures.surrey(), 120, 40)
        Fixtures.press(&s, .char("/"))
        Fixtures.type(&s, "libr")
        let screen = render(s)
        assertScreen(screen, """
┏━ Meetings 1/2 ━━━━━━━━━━━━━━━━━━━━━┓┌─ Items · Tue 23 Feb 2021 ─────────────┐┌─ Decision ────────────────────────────┐
┃ Tue 23 Feb 2021  Cabinet         1 ┃│   44 Apologies for Absence            ││ 46 Library Strategy – Community       │
┃ Thu  5 Nov 2020  Audit & Govern… 1 ┃│ ● 45 Special Educational Needs And D… ││     ’Hubs’ 图书馆 🚀                  │
┃                                    ┃│ ● 46 Library Strategy – Community ’H… ││ Cabinet · Tue 23 Feb 2021             │
┃                                    ┃│                                       ││                                       │
┃                                    ┃│                                       ││ Resolution                            │
┃                                    ┃│                                       ││  1. That the strategy be adopted.     │
┃                                    ┃│                                       ││                                       │
┃                                    ┃│                                       ││ Sources                               │
┃                                    ┃│                                       ││ 2021-02-23-item-3.txt (Issue -        │
┃                                    ┃│                                       ││   meetings, line 3)                   │
┃                                    ┃│                                       ││                                       │
┃                                    ┃│                                       ││                                       │
┃                                    ┃│                                       ││                                       │
┃                                    ┃│                                       ││                                       │
┃                                    ┃│                                       ││                                       │
┃                                    ┃│                                       ││                                       │
┃                                    ┃│                                       ││                                       │
┃                                    ┃│                                       ││                                       │
┃                                    ┃│                                       ││                                       │
┃                                    ┃│                                       ││                                       │
┃                                    ┃│                                       ││                                       │
┃                                    ┃│                                       ││                                       │
┃                                    ┃│                                       ││                                       │
┃                                    ┃│                                       ││                                       │
┃                                    ┃│                                       ││                                       │
┃                                    ┃│                                       ││                                       │
┃                                    ┃│                                       ││                                       │
┃                                    ┃│                                       ││                                       │
┃                                    ┃│                                       ││                                       │
┃                                    ┃│                                       ││                                       │
┃                                    ┃│                                       ││                                       │
┃                                    ┃│                                       ││                                       │
┃                                    ┃│                                       ││                                       │
┃                                    ┃│                                       ││                                       │
┃                                    ┃│                                       ││                                       │
┃                                    ┃│                                       ││                                       │
┃                                    ┃│                                       ││                                       │
┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛└───────────────────────────────────────┘└───────────────────────────────────────┘
/libr▏   2 items in 2 meetings   Enter keeps · Esc clears
""")
        // "Library" in the selected title and in the Decision pane is highlighted.
        XCTAssertEqual(screen[84, 1].style, .match)
        XCTAssertEqual(screen[83, 1].style, .title)
    }

    func testACancelledMeetingSaysSoAndWhereItIsKnownFrom() {
        var b = Fixtures.Builder()
        let council = b.council("tamsford")
        let licensing = b.committee("Licensing Committee", council: council)
        let id = b.meeting(licensing, "2024-02-13", items: [])
        b.corpus.meetings[id].status = "cancelled"
        b.meeting(licensing, "2024-01-09", items: [("1", "Apologies", nil)])
        var s = Fixtures.state(b.build(), 150, 12)
        Fixtures.press(&s, .home)
        let text = render(s).text
        XCTAssertTrue(text.contains("Tue 13 Feb 2024  (cancelled) Licens"), text)
        XCTAssertTrue(text.contains("Meeting cancelled: no items."), text)
        XCTAssertTrue(text.contains("Known from:"), text)
        XCTAssertTrue(text.contains("2024-02-13-meeting.txt line 1"), text)
        Fixtures.press(&s, .down)
        XCTAssertFalse(render(s).text.contains("Known from:"), "a meeting with items lists them instead")
    }
}
