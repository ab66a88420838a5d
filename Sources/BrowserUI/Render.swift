import MinutesKit

/// Draws the state into a fresh Screen of `state.width` x `state.height` cells.
public func render(_ state: AppState) -> Screen {
    var screen = Screen(width: state.width, height: state.height)
    let layout = state.layout
    guard layout.kind != .tooSmall else {
        let msg = "Too small: need \(Layout.minimumWidth)x\(Layout.minimumHeight)"
        screen.put(msg, x: 0, y: 0, style: .message)
        return screen
    }
    if state.mode == .help {
        // Help works at any time, even while loading or with nothing loaded.
        renderHelp(state, &screen)
        if let corpus = state.corpus { renderStatus(state, corpus, &screen) }
        return screen
    }
    guard let corpus = state.corpus else {
        renderLoading(state, &screen)
        return screen
    }
    if corpus.meetings.isEmpty {
        renderEmpty(state, corpus, &screen)
        return screen
    }
    switch state.mode {
    case .reader:
        renderReader(state, corpus, &screen)
    case .panes, .searchInput, .picker, .help:
        renderPanes(state, corpus, &screen)
        if state.mode == .picker, let p = state.picker { renderPicker(p, layout.picker, corpus, &screen) }
    }
    renderStatus(state, corpus, &screen)
    return screen
}

// MARK: Boxes

/// A box with a title in its top border. The focused box is drawn with heavy lines, so
/// focus shows even without colour.
func drawBox(_ r: Rect, title: String, focused: Bool, on screen: inout Screen) {
    guard r.width >= 2, r.height >= 2 else { return }
    let (h, v, tl, tr, bl, br) = focused ? ("━", "┃", "┏", "┓", "┗", "┛") : ("─", "│", "┌", "┐", "└", "┘")
    let style: Style = focused ? .borderFocused : .border
    let right = r.x + r.width - 1, bottom = r.y + r.height - 1
    screen.fill(x: r.x + 1, y: r.y, count: r.width - 2, style: style, text: h)
    screen.fill(x: r.x + 1, y: bottom, count: r.width - 2, style: style, text: h)
    for y in r.y + 1 ..< bottom {
        screen.fill(x: r.x, y: y, count: 1, style: style, text: v)
        screen.fill(x: right, y: y, count: 1, style: style, text: v)
    }
    screen.fill(x: r.x, y: r.y, count: 1, style: style, text: tl)
    screen.fill(x: right, y: r.y, count: 1, style: style, text: tr)
    screen.fill(x: r.x, y: bottom, count: 1, style: style, text: bl)
    screen.fill(x: right, y: bottom, count: 1, style: style, text: br)
    if !title.isEmpty, r.width > 6 {
        screen.put(" " + title + " ", x: r.x + 2, y: r.y, limit: r.width - 4, style: focused ? .titleFocused : .title)
    }
}

// MARK: Panes

private func renderPanes(_ state: AppState, _ corpus: Corpus, _ screen: inout Screen) {
    let layout = state.layout
    if let crumb = layout.breadcrumb { renderBreadcrumb(state, corpus, crumb, &screen) }
    for (pane, rect) in layout.panes {
        let focused = pane == state.focus && state.mode != .picker
        switch pane {
        case .meetings: renderMeetings(state, corpus, rect, focused, &screen)
        case .items: renderItems(state, corpus, rect, focused, &screen)
        case .decision: renderDecision(state, corpus, rect, focused, &screen)
        }
    }
}

private func meetingLabel(_ m: Meeting, _ corpus: Corpus, showCouncil: Bool) -> String {
    let date = m.date?.display ?? Meeting.undatedName.padding(to: 15)
    // `(cancelled)` first: a long committee name is cut at the pane's edge.
    var s = date + "  " + (m.status.map { "(\($0)) " } ?? "") + corpus.committees[m.committeeID].displayName
    if showCouncil { s += " · " + corpus.councils[m.councilID].name }
    return s
}

private func showCouncils(_ state: AppState, _ corpus: Corpus) -> Bool {
    corpus.councils.count > 1 && state.councilFilter.count != 1
}

private func renderMeetings(_ state: AppState, _ corpus: Corpus, _ r: Rect, _ focused: Bool, _ screen: inout Screen) {
    let total = state.meetings.count
    let pos = total == 0 ? "0/0" : "\(state.meetingRow + 1)/\(total)"
    drawBox(r, title: "Meetings \(pos)", focused: focused, on: &screen)
    let inner = r.inner
    if total == 0 {
        let why = state.search != nil ? "No meetings match the search; Esc clears it." : "No meetings under this filter; C clears it."
        for (i, l) in Wrap.paragraph(why, width: inner.width - 2).enumerated() where i < inner.height {
            screen.put(l, x: inner.x + 1, y: inner.y + i, limit: inner.width - 1, style: .dim)
        }
        return
    }
    let councils = showCouncils(state, corpus)
    for row in 0..<inner.height {
        let index = state.meetingTop + row
        guard index < total else { break }
        let m = corpus.meetings[state.meetings[index]]
        let y = inner.y + row
        let selected = index == state.meetingRow
        let style: Style = selected ? (focused ? .selected : .selectedInactive) : .normal
        if selected { screen.fill(x: inner.x, y: y, count: inner.width, style: style) }
        var countText = ""
        if let n = state.search?.perMeeting[m.id] { countText = " \(n)" }
        let countCols = countText.count
        screen.put(meetingLabel(m, corpus, showCouncil: councils), x: inner.x + 1, y: y,
                   limit: inner.width - 2 - countCols, style: style)
        if countCols > 0 {
            screen.put(countText, x: inner.x + inner.width - 1 - countCols, y: y, limit: countCols,
                       style: selected ? style : .match)
        }
    }
}

private func renderItems(_ state: AppState, _ corpus: Corpus, _ r: Rect, _ focused: Bool, _ screen: inout Screen) {
    let ids = state.items
    var title = "Items"
    if let m = state.selectedMeeting {
        title += " · " + (m.date?.display ?? Meeting.undatedName)
    }
    drawBox(r, title: title, focused: focused, on: &screen)
    let inner = r.inner
    if ids.isEmpty {
        guard let m = state.selectedMeeting else { return }
        // A meeting known without its papers (cancelled, or only listed): say so, and where
        // it is known from, so the user can open that page.
        var lines = [m.status.map { "Meeting \($0): no items." } ?? "No items of this meeting are saved.", "", "Known from:"]
        lines += m.sources.map { "\($0.path) line \($0.line)" }
        for (row, text) in lines.prefix(inner.height).enumerated() {
            screen.put(text, x: inner.x + 1, y: inner.y + row, limit: inner.width - 1, style: .dim)
        }
        return
    }
    let numberCols = min(9, ids.map { TextWidth.columns(of: TextWidth.sanitised(corpus.items[$0].number ?? "")) }.max() ?? 0)
    let words = state.search?.words ?? []
    for row in 0..<inner.height {
        let index = state.itemTop + row
        guard index < ids.count else { break }
        let item = corpus.items[ids[index]]
        let y = inner.y + row
        let selected = index == state.itemRow
        let matched = state.isMatch(item: item.id)
        let style: Style = selected ? (focused ? .selected : .selectedInactive) : .normal
        if selected { screen.fill(x: inner.x, y: y, count: inner.width, style: style) }
        var x = inner.x + 1
        screen.put(item.hasResolutions ? "●" : " ", x: x, y: y, limit: 1, style: selected ? style : .mark)
        x += 2
        if numberCols > 0 {
            let num = TextWidth.sanitised(item.number ?? "")
            x += screen.put(num, x: x, y: y, limit: numberCols, style: style)
            x = inner.x + 3 + numberCols + 1
        }
        let titleText = TextWidth.sanitised(item.title)
        let ranges = matched ? matchRanges(of: words, in: titleText) : []
        screen.put(titleText, x: x, y: y, limit: inner.x + inner.width - 1 - x, style: style,
                   highlight: ranges, highlightStyle: selected ? style : .match)
        if matched && !selected && ranges.isEmpty {
            // The match is in the body: mark the number instead.
            screen.restyle(x: inner.x + 3, y: y, count: max(1, numberCols), style: .match)
        }
    }
}

private func renderDecisionText(_ lines: [TextLine], top: Int, words: [String], in inner: Rect, _ screen: inout Screen) {
    for row in 0..<inner.height {
        let i = top + row
        guard i < lines.count else { break }
        let line = lines[i]
        screen.put(line.text, x: inner.x + 1, y: inner.y + row, limit: inner.width - 2, style: line.style,
                   highlight: matchRanges(of: words, in: line.text))
    }
    if lines.count > inner.height, inner.height > 0 {
        // A scroll hint at the right of the bottom border.
        let shown = min(lines.count, top + inner.height)
        let hint = " \(shown)/\(lines.count) "
        screen.put(hint, x: inner.x + inner.width - hint.count - 1, y: inner.y + inner.height, style: .dim)
    }
}

private func renderDecision(_ state: AppState, _ corpus: Corpus, _ r: Rect, _ focused: Bool, _ screen: inout Screen) {
    drawBox(r, title: "Decision", focused: focused, on: &screen)
    guard let item = state.selectedItem else { return }
    let lines = DecisionText.lines(corpus: corpus, item: item, width: state.layout.decisionTextWidth)
    renderDecisionText(lines, top: state.decisionTop, words: state.search?.words ?? [], in: r.inner, &screen)
}

private func renderBreadcrumb(_ state: AppState, _ corpus: Corpus, _ r: Rect, _ screen: inout Screen) {
    var parts: [(String, Pane)] = [("Meetings \(state.meetings.isEmpty ? 0 : state.meetingRow + 1)/\(state.meetings.count)", .meetings)]
    if let m = state.selectedMeeting {
        parts.append(((m.date?.iso ?? Meeting.undatedName) + " " + corpus.committees[m.committeeID].displayName, .items))
    }
    if let item = state.selectedItem {
        parts.append(((item.number.map { $0 + " " } ?? "") + item.title, .decision))
    }
    var x = r.x
    for (i, (text, pane)) in parts.enumerated() {
        if i > 0 { x += screen.put(" › ", x: x, y: r.y, style: .dim) }
        let remaining = r.x + r.width - x
        guard remaining > 1 else { break }
        // Earlier parts keep room for later ones.
        let share = i == parts.count - 1 ? remaining : max(8, min(TextWidth.columns(of: text), remaining / 2))
        x += screen.put(text, x: x, y: r.y, limit: share, style: pane == state.focus ? .titleFocused : .title)
    }
}

// MARK: Full-width views

private func renderReader(_ state: AppState, _ corpus: Corpus, _ screen: inout Screen) {
    let r = state.layout.full
    guard let item = state.selectedItem else { return }
    drawBox(r, title: "Decision · Esc back", focused: true, on: &screen)
    let lines = DecisionText.lines(corpus: corpus, item: item, width: max(10, r.width - 4))
    renderDecisionText(lines, top: state.readerTop, words: state.search?.words ?? [], in: r.inner, &screen)
}

private func renderHelp(_ state: AppState, _ screen: inout Screen) {
    let r = state.layout.full
    drawBox(r, title: "Keys · Esc closes", focused: true, on: &screen)
    let inner = r.inner
    let lines = Keymap.helpLines()
    let keyCols = min(26, max(10, inner.width / 3))
    for row in 0..<inner.height {
        let i = state.helpTop + row
        guard i < lines.count else { break }
        let l = lines[i]
        let y = inner.y + row
        if l.isHeading {
            screen.put(l.keys, x: inner.x + 1, y: y, limit: inner.width - 2, style: .heading)
        } else {
            screen.put(l.keys, x: inner.x + 3, y: y, limit: keyCols - 1, style: .title)
            screen.put(l.help, x: inner.x + 3 + keyCols, y: y, limit: inner.width - 4 - keyCols)
        }
    }
}

private func renderPicker(_ p: Picker, _ r: Rect, _ corpus: Corpus, _ screen: inout Screen) {
    for y in r.y..<(r.y + r.height) { screen.fill(x: r.x, y: y, count: r.width, style: .normal) }
    let what = p.kind == .committee ? "Committees" : "Councils"
    drawBox(r, title: "\(what) · Space marks · Enter applies · Esc cancels", focused: true, on: &screen)
    let inner = r.inner
    let visible = p.visible
    screen.put("Narrow: " + p.query + "▏", x: inner.x + 1, y: inner.y, limit: inner.width - 2, style: .heading)
    screen.put("\(visible.count) of \(p.entries.count)", x: inner.x + inner.width - 12, y: inner.y, limit: 11, style: .dim)
    let listY = inner.y + 2
    let rows = max(1, inner.height - 2)
    if visible.isEmpty {
        screen.put("Nothing matches; Backspace widens.", x: inner.x + 1, y: listY, limit: inner.width - 2, style: .dim)
    }
    for row in 0..<rows {
        let i = p.top + row
        guard i < visible.count else { break }
        let e = visible[i]
        let y = listY + row
        let selected = i == p.cursor
        let style: Style = selected ? .selected : .normal
        if selected { screen.fill(x: inner.x, y: y, count: inner.width, style: style) }
        let count = "\(e.meetings) meeting\(e.meetings == 1 ? "" : "s")"
        let countCols = count.count
        screen.put(p.marked.contains(e.id) ? "[x]" : "[ ]", x: inner.x + 1, y: y, style: style)
        screen.put(e.label, x: inner.x + 5, y: y, limit: inner.width - 7 - countCols, style: style)
        screen.put(count, x: inner.x + inner.width - 1 - countCols, y: y, limit: countCols, style: selected ? style : .dim)
    }
}

// MARK: Status, loading, empty

private func renderStatus(_ state: AppState, _ corpus: Corpus, _ screen: inout Screen) {
    let r = state.layout.status
    screen.fill(x: 0, y: r.y, count: r.width, style: .status)
    if state.mode == .searchInput {
        var s = "/" + state.searchText + "▏"
        if let problem = state.searchProblem {
            s += "   " + problem
        } else if let search = state.search {
            s += "   \(search.items.count) item\(search.items.count == 1 ? "" : "s") in \(state.meetings.count) meeting\(state.meetings.count == 1 ? "" : "s")"
        } else if !state.searchText.isEmpty {
            s += "   no matches"
        }
        s += "   Enter keeps · Esc clears"
        screen.put(s, x: 0, y: r.y, style: .status)
        return
    }
    var left: [String] = []
    if let message = state.message {
        left.append(message)
    } else {
        if let p = state.progress, p.total > 0 {
            left.append("Loading… \(p.read)/\(p.total) files" + (p.read >= p.total ? " · indexing" : ""))
        }
        left.append(filterDescription(state, corpus))
        let total = state.meetings.count
        left.append("\(total == 0 ? 0 : state.meetingRow + 1)/\(total) meetings")
        if let s = state.search { left.append("/\(s.query) (\(s.items.count) items, n/N)") }
    }
    let hint = "? help"
    let leftText = " " + left.joined(separator: " · ")
    screen.put(leftText, x: 0, y: r.y, limit: r.width - hint.count - 2, style: state.message != nil ? .message : .status)
    screen.put(hint, x: r.width - hint.count - 1, y: r.y, style: .status)
}

func filterDescription(_ state: AppState, _ corpus: Corpus) -> String {
    var parts: [String] = []
    if state.councilFilter.isEmpty {
        if corpus.councils.count == 1 { parts.append(corpus.councils[0].name) }
        else if corpus.councils.count > 1 { parts.append("all \(corpus.councils.count) councils") }
    } else {
        parts.append(state.councilFilter.sorted().map { corpus.councils[$0].name }.joined(separator: ", "))
    }
    if state.committeeFilter.isEmpty {
        parts.append("all committees")
    } else {
        let chosen = state.committeeFilter.sorted().map { corpus.committees[$0] }
        // Several councils have a "Cabinet": name the council when the name alone is ambiguous.
        let ambiguous = Set(chosen.map(\.displayName)).count < chosen.count
        let names = chosen.map { c in
            ambiguous ? "\(c.displayName) (\(corpus.councils[c.councilID].name))" : c.displayName
        }
        parts.append(names.count <= 2 ? names.joined(separator: ", ") : "\(names.count) committees")
    }
    return parts.joined(separator: " › ")
}

private func centred(_ lines: [(String, Style)], _ screen: inout Screen) {
    let top = max(0, (screen.height - lines.count) / 2)
    for (i, (text, style)) in lines.enumerated() {
        let cols = TextWidth.columns(of: text)
        let x = max(0, (screen.width - cols) / 2)
        screen.put(text, x: x, y: top + i, limit: screen.width - x, style: style)
    }
}

private func renderLoading(_ state: AppState, _ screen: inout Screen) {
    var line = "Loading…"
    if let p = state.progress, p.total > 0 {
        line = "Loading… \(p.read)/\(p.total) files"
        // Every file read: the corpus and the search index are being built.
        if p.read >= p.total { line += " · indexing" }
    }
    centred([("minutes", .heading), ("", .normal), (line, .normal), ("", .normal), (state.directory, .dim)], &screen)
    screen.fill(x: 0, y: screen.height - 1, count: screen.width, style: .status)
    // A search typed before anything arrived is shown as it is typed, and kept.
    let status: String
    if state.mode == .searchInput {
        status = "/" + state.searchText + "▏   runs when loading ends · Enter keeps · Esc clears"
    } else if let message = state.message {
        status = " " + message
    } else {
        status = " " + line + " · q quits"
    }
    screen.put(status, x: 0, y: screen.height - 1, style: .status)
}

private func renderEmpty(_ state: AppState, _ corpus: Corpus, _ screen: inout Screen) {
    let dir = corpus.root.isEmpty ? "." : corpus.root
    let files = corpus.report.files
    let seen = files == 0
        ? "The folder holds no files."
        : "\(files) file\(files == 1 ? "" : "s") looked at; none held a meeting that could be read."
    let lines: [(String, Style)] = [
        ("Nothing was loaded from \(dir).", .heading),
        ("", .normal),
        (seen, .normal),
        ("For the load report (what each file was, why it was skipped), run:", .normal),
        ("minutes stats \(dir)", .title),
        ("", .normal),
        ("q quits", .dim),
    ]
    centred(lines, &screen)
    screen.fill(x: 0, y: screen.height - 1, count: screen.width, style: .status)
    screen.put(" Nothing loaded · q quits", x: 0, y: screen.height - 1, style: .status)
}

extension String {
    func padding(to columns: Int) -> String {
        let c = TextWidth.columns(of: self)
        return c >= columns ? self : self + String(repeating: " ", count: columns - c)
    }
}
