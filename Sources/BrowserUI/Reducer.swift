import MinutesKit

/// The context a key is read in, from the mode in front.
public func keyContext(_ state: AppState) -> Context {
    switch state.mode {
    case .panes: return .panes
    case .reader: return .reader
    case .picker: return .picker
    case .searchInput: return .searchInput
    case .help: return .help
    }
}

/// Key → action through the table, then reduce.
@discardableResult
public func reduce(_ state: inout AppState, key: Key) -> [Effect] {
    guard let action = Keymap.action(for: key, in: keyContext(state)) else {
        state.message = nil
        return []
    }
    return reduce(&state, action)
}

/// The whole of the browser's behaviour: a pure function of state and action.
@discardableResult
public func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
    switch action {
    case .loadProgress(let read, let total):
        state.progress = LoadProgress(read: read, total: total)
        return []
    case .partiallyLoaded(let corpus):
        state.setPartialCorpus(corpus)
        return []
    case .loaded(let corpus, let index):
        state.setCorpus(corpus, index: index)
        // A search typed while loading runs now that the index exists, and the note that
        // it was waiting goes: the status line shows its result instead.
        if !state.searchText.isEmpty {
            updateSearch(&state)
            state.message = nil
        }
        return []
    case .resize(let w, let h):
        state.width = max(0, w)
        state.height = max(0, h)
        state.clampScrolls()
        return []
    default:
        break
    }
    state.message = nil
    var effects: [Effect] = []
    switch action {
    case .quit:
        effects.append(.quit)
    case .help:
        if state.mode != .help { state.modeBeforeHelp = state.mode }
        state.mode = .help
        state.helpTop = 0
    case .back:
        switch state.mode {
        case .help: state.mode = state.modeBeforeHelp
        case .picker: state.picker = nil; state.mode = .panes
        default: state.mode = .panes
        }
    case .moveUp: move(&state, by: -1)
    case .moveDown: move(&state, by: 1)
    case .pageUp: move(&state, by: -page(state))
    case .pageDown: move(&state, by: page(state))
    case .top: move(&state, by: Int.min / 2)
    case .bottom: move(&state, by: Int.max / 2)
    case .nextPane: state.focus = Pane(rawValue: (state.focus.rawValue + 1) % 3)!
    case .previousPane: state.focus = Pane(rawValue: (state.focus.rawValue + 2) % 3)!
    case .paneRight: state.focus = Pane(rawValue: min(2, state.focus.rawValue + 1))!
    case .paneLeft: state.focus = Pane(rawValue: max(0, state.focus.rawValue - 1))!
    case .open:
        guard state.corpus != nil, state.mode == .panes else { break }
        switch state.focus {
        case .meetings:
            if state.selectedMeeting != nil { state.focus = .items }
        case .items, .decision:
            if state.selectedItem != nil { state.mode = .reader; state.readerTop = 0 }
        }
    case .openCommitteePicker: openCommitteePicker(&state)
    case .openCouncilPicker: openCouncilPicker(&state)
    case .clearFilter:
        if state.committeeFilter.isEmpty && state.councilFilter.isEmpty {
            state.message = "No filter in force."
        }
        state.committeeFilter = []
        state.councilFilter = []
        state.refilter()
    case .pickerToggleMark:
        guard var p = state.picker else { break }
        let visible = p.visible
        if visible.indices.contains(p.cursor) {
            let id = visible[p.cursor].id
            if p.marked.contains(id) { p.marked.remove(id) } else { p.marked.insert(id) }
            p.cursor += 1
        }
        state.picker = p
    case .pickerApply: applyPicker(&state)
    case .startSearch:
        // Taken even before the first documents arrive (a warm start shows nothing for
        // half a second): otherwise the query typed next would be read as commands.
        state.mode = .searchInput
        state.searchText = state.search?.query ?? ""
    case .insert(let c):
        if state.mode == .searchInput {
            state.searchText.append(c)
            updateSearch(&state)
        } else if state.mode == .picker, var p = state.picker {
            p.query.append(c)
            p.cursor = 0
            p.top = 0
            state.picker = p
        }
    case .deleteBackward:
        if state.mode == .searchInput {
            if !state.searchText.isEmpty { state.searchText.removeLast() }
            updateSearch(&state)
        } else if state.mode == .picker, var p = state.picker {
            if !p.query.isEmpty { p.query.removeLast() }
            p.cursor = 0
            state.picker = p
        }
    case .searchAccept:
        state.mode = .panes
        state.searchProblem = nil
        if state.search == nil, state.index == nil, !state.searchText.isEmpty {
            // Still loading: keep the query; it runs as soon as the index is built.
            state.message = "The search runs when loading ends."
        } else if state.search == nil {
            state.searchText = ""
        } else if state.focus == .meetings {
            state.focus = .items
        }
    case .clearSearch:
        if state.mode == .panes && state.search == nil { break }
        state.mode = .panes
        state.searchText = ""
        state.searchProblem = nil
        state.search = nil
        state.refilter()
    case .nextMatch: stepMatch(&state, forward: true)
    case .previousMatch: stepMatch(&state, forward: false)
    case .openSource:
        guard let corpus = state.corpus, let item = state.selectedItem else {
            state.message = "No item selected."
            break
        }
        let sources = item.sources.isEmpty ? corpus.meeting(of: item).sources : item.sources
        guard let source = sources.first else {
            state.message = "This item has no source file."
            break
        }
        effects.append(.openInPager(root: corpus.root, path: source.path, line: source.line))
    case .mouse(let event): mouse(&state, event)
    case .loadProgress, .partiallyLoaded, .loaded, .resize: break
    }
    state.clampScrolls()
    return effects
}

/// `root` + `/` + `path`, unless `path` is absolute.
private func page(_ state: AppState) -> Int {
    let l = state.layout
    switch state.mode {
    case .reader, .help: return max(1, l.full.height - 3)
    case .picker: return max(1, l.picker.height - 5)
    default: return max(1, l.visibleRows(state.focus) - 1)
    }
}

private func clampedAdd(_ a: Int, _ b: Int) -> Int {
    let (r, overflow) = a.addingReportingOverflow(b)
    return overflow ? (b > 0 ? Int.max : Int.min) : r
}

private func move(_ state: inout AppState, by delta: Int) {
    switch state.mode {
    case .reader:
        state.readerTop = max(0, min(clampedAdd(state.readerTop, delta), state.maxReaderTop))
    case .help:
        state.helpTop = max(0, clampedAdd(state.helpTop, delta))
    case .picker:
        guard var p = state.picker else { return }
        p.cursor = max(0, min(clampedAdd(p.cursor, delta), p.visible.count - 1))
        state.picker = p
    case .panes, .searchInput:
        switch state.focus {
        case .meetings:
            let row = max(0, min(clampedAdd(state.meetingRow, delta), state.meetings.count - 1))
            if row != state.meetingRow {
                state.meetingRow = row
                state.selectFirstMatchingItem()
            }
        case .items:
            let row = max(0, min(clampedAdd(state.itemRow, delta), state.items.count - 1))
            if row != state.itemRow {
                state.itemRow = row
                state.decisionTop = 0
            }
        case .decision:
            state.decisionTop = max(0, min(clampedAdd(state.decisionTop, delta), state.maxDecisionTop))
        }
    }
}

private func openCommitteePicker(_ state: inout AppState) {
    guard let corpus = state.corpus else { return }
    let several = corpus.councils.count > 1
    let entries = corpus.committees
        .filter { state.councilFilter.isEmpty || state.councilFilter.contains($0.councilID) }
        .map { c -> (id: Int, label: String, meetings: Int) in
            let label = several ? "\(c.displayName) · \(corpus.councils[c.councilID].name)" : c.displayName
            return (c.id, label, c.meetingIDs.count)
        }
        .sorted { $0.label.lowercased() < $1.label.lowercased() }
    guard !entries.isEmpty else { state.message = "No committees were loaded."; return }
    state.picker = Picker(kind: .committee, entries: entries, marked: state.committeeFilter)
    state.mode = .picker
}

private func openCouncilPicker(_ state: inout AppState) {
    guard let corpus = state.corpus else { return }
    guard corpus.councils.count > 1 else {
        state.message = corpus.councils.isEmpty ? "No councils were loaded." : "Only one council was loaded."
        return
    }
    var counts = [Int](repeating: 0, count: corpus.councils.count)
    for m in corpus.meetings { counts[m.councilID] += 1 }
    let entries = corpus.councils.map { (id: $0.id, label: $0.name, meetings: counts[$0.id]) }
        .sorted { $0.label.lowercased() < $1.label.lowercased() }
    state.picker = Picker(kind: .council, entries: entries, marked: state.councilFilter)
    state.mode = .picker
}

private func applyPicker(_ state: inout AppState) {
    guard let p = state.picker, let corpus = state.corpus else { return }
    var chosen = p.marked
    if chosen.isEmpty {
        let visible = p.visible
        guard visible.indices.contains(p.cursor) else { state.message = "Nothing matches; Esc cancels."; return }
        chosen = [visible[p.cursor].id]
    }
    switch p.kind {
    case .committee:
        state.committeeFilter = chosen
    case .council:
        state.councilFilter = chosen
        state.committeeFilter = state.committeeFilter.filter { chosen.contains(corpus.committees[$0].councilID) }
    }
    state.picker = nil
    state.mode = .panes
    state.focus = .meetings
    state.refilter()
}

private func updateSearch(_ state: inout AppState) {
    guard let corpus = state.corpus else { return }
    guard let index = state.index else {
        state.searchProblem = "search starts when loading ends"
        return
    }
    do {
        // Typing more only narrows (plain words): re-check the last matches, not the corpus.
        var previous: LiveSearch.Outcome? = nil
        if let old = state.search, state.searchText.hasPrefix(old.query),
           !state.searchText.contains(":"), !state.searchText.contains("\"") {
            previous = LiveSearch.Outcome(items: old.items, words: old.words)
        }
        if let outcome = try LiveSearch.run(state.searchText, corpus: corpus, index: index, previous: previous) {
            state.search = SearchState(query: state.searchText, words: outcome.words, items: outcome.items, corpus: corpus)
        } else {
            state.search = nil
        }
        state.searchProblem = nil
    } catch LiveSearch.Failure.message(let m) {
        // Half-typed `after:2021-0`: keep the last good results and say what is wrong.
        state.searchProblem = m
    } catch {
        state.searchProblem = String(describing: error)
    }
    state.refilter()
}

/// n / N: the next matching item in the order the panes list them (meetings newest first,
/// items in page order), wrapping round.
private func stepMatch(_ state: inout AppState, forward: Bool) {
    guard let corpus = state.corpus, let search = state.search, !search.items.isEmpty else {
        state.message = "No search in force: / starts one."
        return
    }
    var order: [(row: Int, itemRow: Int)] = []
    for (row, mid) in state.meetings.enumerated() {
        for (irow, iid) in corpus.meetings[mid].itemIDs.enumerated() where search.itemSet.contains(iid) {
            order.append((row, irow))
        }
    }
    guard !order.isEmpty else { state.message = "No matches under the current filter."; return }
    let here = (state.meetingRow, state.itemRow)
    let next: (row: Int, itemRow: Int)
    if forward {
        next = order.first { ($0.row, $0.itemRow) > here } ?? order[0]
    } else {
        next = order.last { ($0.row, $0.itemRow) < here } ?? order[order.count - 1]
    }
    if next.row != state.meetingRow { state.meetingRow = next.row; state.itemTop = 0 }
    state.itemRow = next.itemRow
    state.decisionTop = 0
    state.readerTop = 0
    if state.mode == .panes && state.focus == .meetings { state.focus = .items }
    if let i = order.firstIndex(where: { $0.row == next.row && $0.itemRow == next.itemRow }) {
        state.message = "Match \(i + 1) of \(order.count)"
    }
}

private func mouse(_ state: inout AppState, _ event: MouseEvent) {
    let (x, y, delta): (Int, Int, Int)
    switch event {
    case .click(let cx, let cy): (x, y, delta) = (cx, cy, 0)
    case .wheelUp(let cx, let cy): (x, y, delta) = (cx, cy, -3)
    case .wheelDown(let cx, let cy): (x, y, delta) = (cx, cy, 3)
    }
    switch state.mode {
    case .reader, .help, .picker:
        if delta != 0 { move(&state, by: delta) }
        return
    case .searchInput:
        return
    case .panes:
        break
    }
    let layout = state.layout
    guard let (pane, rect) = layout.panes.first(where: { $0.value.contains(x: x, y: y) }) else { return }
    state.focus = pane
    if delta != 0 {
        move(&state, by: delta)
        return
    }
    let inner = rect.inner
    guard inner.contains(x: x, y: y) else { return }
    let offset = y - inner.y
    switch pane {
    case .meetings:
        let row = state.meetingTop + offset
        if row < state.meetings.count, row != state.meetingRow {
            state.meetingRow = row
            state.selectFirstMatchingItem()
        }
    case .items:
        let row = state.itemTop + offset
        if row < state.items.count, row != state.itemRow {
            state.itemRow = row
            state.decisionTop = 0
        }
    case .decision:
        break
    }
}
