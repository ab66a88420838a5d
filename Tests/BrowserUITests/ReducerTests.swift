@testable import BrowserUI
import MinutesKit
import XCTest

final class ReducerTests: XCTestCase {
    override func setUp() { Fixtures.utf8Locale() }

    func testMeetingsAreNewestFirstAndMovingChangesTheItems() {
        var s = Fixtures.state(Fixtures.surrey(), 120, 40)
        XCTAssertEqual(s.selectedMeeting?.date?.iso, "2021-03-10")
        Fixtures.press(&s, .char("j"))
        XCTAssertEqual(s.selectedMeeting?.date?.iso, "2021-02-23")
        XCTAssertEqual(s.selectedItem?.number, "44")
        Fixtures.press(&s, .down, .down, .down, .down)
        XCTAssertEqual(s.selectedMeeting?.date?.iso, "2020-10-06", "stops at the last meeting")
        Fixtures.press(&s, .char("g"))
        XCTAssertEqual(s.meetingRow, 0)
        Fixtures.press(&s, .end)
        XCTAssertEqual(s.meetingRow, 3)
        Fixtures.press(&s, .ctrl("u"))
        XCTAssertEqual(s.meetingRow, 0)
    }

    func testPanesCycleWithTabAndStopAtTheEdgesWithArrows() {
        var s = Fixtures.state(Fixtures.surrey(), 120, 40)
        Fixtures.press(&s, .tab)
        XCTAssertEqual(s.focus, .items)
        Fixtures.press(&s, .tab, .tab)
        XCTAssertEqual(s.focus, .meetings)
        Fixtures.press(&s, .backTab)
        XCTAssertEqual(s.focus, .decision)
        Fixtures.press(&s, .char("l"))
        XCTAssertEqual(s.focus, .decision)
        Fixtures.press(&s, .left, .char("h"), .char("h"))
        XCTAssertEqual(s.focus, .meetings)
    }

    func testEnterOpensTheDecisionFullWidthAndEscOrQGoesBack() {
        var s = Fixtures.state(Fixtures.surrey(), 120, 40)
        Fixtures.press(&s, .down, .enter)
        XCTAssertEqual(s.focus, .items)
        XCTAssertEqual(s.mode, .panes)
        Fixtures.press(&s, .down, .enter)
        XCTAssertEqual(s.mode, .reader)
        XCTAssertEqual(s.selectedItem?.number, "45")
        // q in the reader goes back instead of quitting.
        XCTAssertEqual(reduce(&s, key: .char("q")), [])
        XCTAssertEqual(s.mode, .panes)
        Fixtures.press(&s, .enter, .escape)
        XCTAssertEqual(s.mode, .panes)
        XCTAssertEqual(reduce(&s, key: .char("q")), [.quit])
    }

    func testTheReaderScrollsAndClampsAtTheEnd() {
        var s = Fixtures.state(Fixtures.surrey(), 80, 12)
        Fixtures.press(&s, .down, .tab, .down, .enter)
        XCTAssertEqual(s.readerTop, 0)
        Fixtures.press(&s, .char("j"), .char("j"))
        XCTAssertEqual(s.readerTop, 2)
        Fixtures.press(&s, .char("G"))
        let bottom = s.readerTop
        XCTAssertGreaterThan(bottom, 2)
        Fixtures.press(&s, .char("j"))
        XCTAssertEqual(s.readerTop, bottom)
        Fixtures.press(&s, .home)
        XCTAssertEqual(s.readerTop, 0)
    }

    func testCommitteePickerNarrowsMarksSeveralAndApplies() {
        var s = Fixtures.state(Fixtures.surrey(), 120, 40)
        Fixtures.press(&s, .char("c"))
        XCTAssertEqual(s.mode, .picker)
        XCTAssertEqual(s.picker?.visible.map(\.label), ["Audit & Governance Committee", "Cabinet", "Planning and Regulatory Committee"])
        XCTAssertEqual(s.picker?.visible.map(\.meetings), [1, 2, 1])
        Fixtures.type(&s, "cab")
        XCTAssertEqual(s.picker?.visible.map(\.label), ["Cabinet"])
        Fixtures.press(&s, .enter)
        XCTAssertEqual(s.mode, .panes)
        XCTAssertEqual(s.meetings.count, 2)
        XCTAssertTrue(s.meetings.allSatisfy { s.corpus!.meetings[$0].committeeID == 0 })

        // The picker opens with the filter in force marked; Space toggles and moves down.
        Fixtures.press(&s, .char("c"))
        XCTAssertEqual(s.picker?.marked, [0])
        Fixtures.press(&s, .char(" "))
        XCTAssertEqual(s.picker?.marked, [0, 2])
        XCTAssertEqual(s.picker?.cursor, 1)
        Fixtures.press(&s, .enter)
        XCTAssertEqual(s.committeeFilter, [2, 0])
        XCTAssertEqual(s.meetings.count, 3)
        Fixtures.press(&s, .char("C"))
        XCTAssertEqual(s.committeeFilter, [])
        XCTAssertEqual(s.meetings.count, 4)
        // Typed letters narrow rather than move: j is text in a picker.
        Fixtures.press(&s, .char("c"))
        Fixtures.type(&s, "j")
        XCTAssertEqual(s.picker?.query, "j")
        XCTAssertEqual(s.picker?.visible.count, 0)
    }

    func testPickerEscCancelsWithoutChangingTheFilter() {
        var s = Fixtures.state(Fixtures.surrey(), 120, 40)
        Fixtures.press(&s, .char("c"), .char(" "), .escape)
        XCTAssertEqual(s.mode, .panes)
        XCTAssertEqual(s.committeeFilter, [])
        XCTAssertNil(s.picker)
    }

    func testCouncilPickerOnlyWhenThereAreSeveral() {
        var one = Fixtures.state(Fixtures.surrey(), 120, 40)
        Fixtures.press(&one, .char("u"))
        XCTAssertEqual(one.mode, .panes)
        XCTAssertEqual(one.message, "Only one council was loaded.")

        var s = Fixtures.state(Fixtures.twoCouncils(), 120, 40)
        Fixtures.press(&s, .char("u"))
        XCTAssertEqual(s.picker?.visible.map(\.label), ["Ashbourne Vale", "Kingsmere"])
        Fixtures.type(&s, "kings")
        Fixtures.press(&s, .enter)
        XCTAssertEqual(s.councilFilter, [1])
        XCTAssertEqual(s.meetings.count, 2)
        // The committee picker now lists only that council's committees.
        Fixtures.press(&s, .char("c"))
        XCTAssertEqual(s.picker?.entries.count, 2)
    }

    func testSearchNarrowsAsYouTypeKeepsOnEnterAndClearsOnEsc() {
        var s = Fixtures.state(Fixtures.surrey(), 120, 40)
        Fixtures.press(&s, .char("/"))
        XCTAssertEqual(s.mode, .searchInput)
        Fixtures.type(&s, "libr")
        // A word being typed is a prefix: "Library" in a title and in a reason.
        XCTAssertEqual(s.search?.items.count, 2)
        XCTAssertEqual(s.meetings.count, 2)
        Fixtures.type(&s, "ary strategy")
        XCTAssertEqual(s.search?.items.map { s.corpus!.items[$0].number }, ["46"])
        XCTAssertEqual(s.meetings.count, 1)
        XCTAssertEqual(s.selectedItem?.number, "46", "the first match is selected")
        Fixtures.press(&s, .enter)
        XCTAssertEqual(s.mode, .panes)
        XCTAssertEqual(s.search?.query, "library strategy")
        Fixtures.press(&s, .escape)
        XCTAssertNil(s.search)
        XCTAssertEqual(s.meetings.count, 4)
    }

    func testOneLetterIsNotYetASearchAndTypingOnNarrowsThePreviousMatches() {
        var s = Fixtures.state(Fixtures.surrey(), 120, 40)
        Fixtures.press(&s, .char("/"))
        Fixtures.type(&s, "l")
        XCTAssertNil(s.search, "one letter would match most of a corpus")
        XCTAssertEqual(s.meetings.count, 4)
        Fixtures.type(&s, "i")
        // Words starting "li": Library (46, and 3's reason) and Lifelong (45's call-in).
        XCTAssertEqual(s.search?.items.count, 3)
        Fixtures.type(&s, "brary a")
        XCTAssertEqual(s.search?.items.count, 2, "a one-letter word being typed does not narrow yet")
        Fixtures.type(&s, "u")
        XCTAssertEqual(s.search?.items.map { s.corpus!.items[$0].number }, ["3"], "Library audits")
    }

    func testBackspaceWidensTheSearch() {
        var s = Fixtures.state(Fixtures.surrey(), 120, 40)
        Fixtures.press(&s, .char("/"))
        Fixtures.type(&s, "budgetx")
        XCTAssertEqual(s.search?.items.count, 0)
        XCTAssertEqual(s.meetings.count, 0)
        Fixtures.press(&s, .backspace)
        XCTAssertEqual(s.search?.items.count, 1)
        for _ in 0..<6 { Fixtures.press(&s, .backspace) }
        XCTAssertNil(s.search)
        XCTAssertEqual(s.meetings.count, 4)
    }

    func testNAndShiftNStepThroughMatchesAcrossMeetingsAndWrap() {
        var s = Fixtures.state(Fixtures.surrey(), 120, 40)
        Fixtures.press(&s, .char("/"))
        Fixtures.type(&s, "library ")
        Fixtures.press(&s, .enter)
        XCTAssertEqual(s.selectedItem?.number, "46")
        Fixtures.press(&s, .char("n"))
        XCTAssertEqual(s.selectedItem?.number, "3")
        XCTAssertEqual(s.selectedMeeting?.date?.iso, "2020-11-05")
        Fixtures.press(&s, .char("n"))
        XCTAssertEqual(s.selectedItem?.number, "46", "wraps round")
        Fixtures.press(&s, .char("N"))
        XCTAssertEqual(s.selectedItem?.number, "3")
    }

    func testTheSearchLanguageFiltersByCommittee() {
        var s = Fixtures.state(Fixtures.surrey(), 120, 40)
        Fixtures.press(&s, .char("/"))
        Fixtures.type(&s, "committee:cabinet noted ")
        XCTAssertEqual(Set(s.search?.items.map { s.corpus!.items[$0].number } ?? []), ["45", "12"])
    }

    func testAHalfTypedDateKeepsTheLastResultsAndSaysWhy() {
        var s = Fixtures.state(Fixtures.surrey(), 120, 40)
        Fixtures.press(&s, .char("/"))
        Fixtures.type(&s, "noted after:2021-0")
        XCTAssertNotNil(s.searchProblem)
        XCTAssertNotNil(s.search)
    }

    func testOpenSourceAsksForThePagerOnTheFileUnderTheRoot() {
        var s = Fixtures.state(Fixtures.surrey(), 120, 40)
        Fixtures.press(&s, .tab)
        XCTAssertEqual(reduce(&s, key: .char("o")), [.openInPager(root: "/data/minutes", path: "2021-03-10-item-1.txt", line: 3)])
    }

    func testHelpIsGeneratedFromTheKeyTable() {
        let lines = Keymap.helpLines()
        for binding in Keymap.table {
            XCTAssertTrue(lines.contains { $0.keys == binding.keyLabel && $0.help == binding.help }, binding.help)
        }
        var s = Fixtures.state(Fixtures.surrey(), 120, 40)
        Fixtures.press(&s, .tab, .char("?"))
        XCTAssertEqual(s.mode, .help)
        Fixtures.press(&s, .char("?"))
        XCTAssertEqual(s.mode, .panes)
        XCTAssertEqual(s.focus, .items)
    }

    func testNoKeyIsBoundTwiceInOneContext() {
        for context in Context.allCases {
            var seen: [Key: String] = [:]
            for b in Keymap.table where b.contexts.contains(context) {
                for k in b.keys {
                    XCTAssertNil(seen[k], "\(k.label) bound twice in \(context)")
                    seen[k] = b.help
                }
            }
        }
    }

    func testMouseClickFocusesAndSelectsAndTheWheelScrolls() {
        var s = Fixtures.state(Fixtures.surrey(), 120, 40)
        let items = s.layout.panes[.items]!
        // Third row of the Meetings pane.
        reduce(&s, .mouse(.click(x: 3, y: 3)))
        XCTAssertEqual(s.focus, .meetings)
        XCTAssertEqual(s.meetingRow, 2)
        reduce(&s, .mouse(.click(x: items.x + 3, y: items.y + 2)))
        XCTAssertEqual(s.focus, .items)
        XCTAssertEqual(s.itemRow, 1)
        reduce(&s, .mouse(.wheelUp(x: 3, y: 5)))
        XCTAssertEqual(s.focus, .meetings)
        XCTAssertEqual(s.meetingRow, 0)
    }

    func testResizeKeepsTheSelectionVisible() {
        var s = Fixtures.state(Fixtures.surrey(), 120, 40)
        Fixtures.press(&s, .end)
        reduce(&s, .resize(width: 80, height: 10))
        XCTAssertEqual(s.layout.kind, .narrow)
        XCTAssertEqual(s.meetingRow, 3)
        XCTAssertTrue((s.meetingTop..<(s.meetingTop + s.layout.visibleRows(.meetings))).contains(3))
    }

    func testHelpShowsWhileLoadingAndWithNothingLoaded() {
        var s = AppState(directory: "/data/minutes", width: 80, height: 24)
        Fixtures.press(&s, .char("?"))
        XCTAssertTrue(render(s).text.contains("Browsing the three panes"))
        Fixtures.press(&s, .escape)
        XCTAssertTrue(render(s).text.contains("Loading…"))
        var empty = Fixtures.state(Corpus(root: "/data/empty"), 80, 24)
        Fixtures.press(&empty, .char("?"))
        XCTAssertTrue(render(empty).text.contains("Search as you type"))
    }

    func testLoadingThenLoaded() {
        var s = AppState(directory: "/data/minutes", width: 80, height: 24)
        XCTAssertNil(s.corpus)
        reduce(&s, .loadProgress(read: 12, total: 50))
        XCTAssertEqual(s.progress, LoadProgress(read: 12, total: 50))
        XCTAssertEqual(reduce(&s, key: .char("q")), [.quit], "q quits while loading")
        reduce(&s, .loaded(Fixtures.surrey(), nil))
        XCTAssertNil(s.progress)
        XCTAssertEqual(s.meetings.count, 4)
    }

    func testBrowsableWhileLoadingAndSearchWaitsForTheIndex() {
        var s = AppState(directory: "/data/minutes", width: 120, height: 40)
        reduce(&s, .loadProgress(read: 300, total: 1000))
        reduce(&s, .partiallyLoaded(Fixtures.surreyPartial()))
        XCTAssertEqual(s.meetings.count, 2)
        XCTAssertEqual(s.progress, LoadProgress(read: 300, total: 1000))
        XCTAssertTrue(render(s).text.contains("Loading… 300/1000 files"))
        // Browse to the Cabinet meeting's second item while the rest loads.
        Fixtures.press(&s, .down)
        XCTAssertEqual(s.selectedMeeting.map { s.corpus!.committees[$0.committeeID].name }, "Cabinet")
        Fixtures.press(&s, .tab, .down)
        XCTAssertEqual(s.selectedItem?.number, "45")
        Fixtures.press(&s, .char("/"))
        Fixtures.type(&s, "library")
        XCTAssertEqual(s.searchProblem, "search starts when loading ends")
        XCTAssertNil(s.search)
        Fixtures.press(&s, .enter)
        XCTAssertEqual(s.message, "The search runs when loading ends.")
        // The full corpus arrives: same meeting and item still selected, the search runs.
        reduce(&s, .loaded(Fixtures.surrey(), nil))
        XCTAssertNil(s.progress)
        XCTAssertNil(s.searchProblem)
        XCTAssertEqual(s.search?.items.count, 2)
    }

    func testASearchTypedBeforeAnythingIsLoadedIsKeptNotTakenAsCommands() {
        var s = AppState(directory: "/data/minutes", width: 120, height: 40)
        XCTAssertNil(s.corpus)
        Fixtures.press(&s, .char("/"))
        XCTAssertEqual(s.mode, .searchInput)
        // `o` would open the pager and `q` quit, were they commands.
        Fixtures.type(&s, "library oq")
        Fixtures.press(&s, .backspace, .backspace, .backspace)
        XCTAssertEqual(s.searchText, "library")
        XCTAssertTrue(render(s).text.contains("library"))
        Fixtures.press(&s, .enter)
        XCTAssertEqual(s.mode, .panes)
        XCTAssertEqual(s.message, "The search runs when loading ends.")
        reduce(&s, .loaded(Fixtures.surrey(), nil))
        XCTAssertEqual(s.search?.items.count, 2)
        XCTAssertNil(s.message)
        XCTAssertTrue(render(s).text.contains("/library (2 items, n/N)"), render(s).text)
    }

    func testTwoCommitteesOfTheSameNameAreToldApartByCouncil() {
        let corpus = Fixtures.twoCouncils()
        var s = Fixtures.state(corpus, 120, 40)
        s.committeeFilter = Set(corpus.committees.filter { $0.name == "Cabinet" }.map(\.id))
        XCTAssertEqual(filterDescription(s, corpus), "all 2 councils › Cabinet (Ashbourne Vale), Cabinet (Kingsmere)")
        s.committeeFilter = Set(corpus.committees.filter { $0.name != "Cabinet" }.map(\.id))
        XCTAssertEqual(filterDescription(s, corpus), "all 2 councils › Licensing Sub-Committee")
    }
}
