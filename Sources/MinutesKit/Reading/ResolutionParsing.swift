import Foundation

/// Finds what was resolved in a block of decision or minutes text.
///
/// `RESOLVED:`, `RESOLVED –`, `RESOLVED` alone, `RESOLVED:That`, `It was RESOLVED that`,
/// `The Committee resolved:-`, `AGREED that:`, Welsh `PENDERFYNWYD`. `To RESOLVE` in agenda
/// text is a proposal and is not matched.
///
/// A block is read as *runs*: a run opens at a marker and holds paragraphs (*units*), each
/// plain or opened by a clause mark. Which units are resolutions:
/// - marks of the run's first style are the resolutions; other styles are parts of the one
///   above (`(2) … at: a) … b)`, `2.1` over `2.1.1`), and a mark that neither starts a list
///   nor follows the last one (`1.2 The Convener …` after `AGREED that …`) is narrative;
/// - a lead-in (`RESOLVED to recommend to Council:`, `That Cabinet recommend that Council;`)
///   is no resolution of its own: each clause under it carries it;
/// - a short unpunctuated line over more text is a sub-heading; a paragraph wholly in
///   brackets is a note;
/// - in minutes, a plain paragraph after the resolutions that does not read as one
///   (`Proposed by …`, `Members noted …`) is narrative again, until the next marker.
enum ResolutionParsing {
    struct Result {
        /// Lines before the first marker: the minutes narrative.
        var before: [String] = []
        var clauses: [String] = []
        /// Lines after the resolutions stopped (a section label, a call-in note).
        var after: [String] = []
        var foundMarker = false
        /// Whether the block had the shape of a decision: a marker or numbered clauses.
        var structured = false
    }

    /// How much of a block is decision. `decision`: text under a Decision label, all of it
    /// the decision unless a marker says where it starts. `minutes`: narrative, then what
    /// was resolved. `unlabelled`: text no label names (agenda text that may run on into
    /// minutes), where only the plain markers count.
    enum Mode { case decision, minutes, unlabelled }

    // MARK: - Reading a block

    /// A paragraph of a run: its mark (if any) as printed and as read, and its text without
    /// the mark.
    struct Unit {
        var mark: ClauseMark?
        var markText: Substring
        var text: String
        /// The text with its mark, to append under the clause above when it is a part of it.
        var whole: String { markText.isEmpty ? text : markText + text }
        /// Lines joined without a blank between them.
        var lineCount = 1
        /// The text on the marker's own line (`Resolved to RECOMMEND: (to Council)`).
        var onMarkerLine = false
    }

    static func parse(_ lines: [String], wholeBlockIsDecision: Bool) -> Result {
        parse(lines, mode: wholeBlockIsDecision ? .decision : .minutes)
    }

    static func parse(_ lines: [String], mode: Mode) -> Result {
        var result = Result()
        var index = 0
        var startText: String?
        while index < lines.count {
            if let m = opening(lines[index], mode: mode) {
                startText = m
                result.foundMarker = true
                break
            }
            index += 1
        }
        if !result.foundMarker, mode == .unlabelled, let at = strippedMinutesResolution(lines) {
            index = at
            startText = lines[at].hasPrefix("THAT ") ? "That" + lines[at].dropFirst(4) : lines[at]
            result.foundMarker = true
        }
        if result.foundMarker {
            let before = lines[..<index]
            if mode == .decision, paragraphs(before).contains(where: readsAsResolution) {
                // `That X.` then `The Committee agreed that Y.`: all of it is the decision.
                index = 0
                startText = nil
            } else {
                result.before = Array(before)
                index += 1
            }
        } else {
            guard mode == .decision else {
                result.before = lines
                // A motion proposed and seconded, then "Agreed unanimously." or "Carried.".
                let motions = carriedMotions(lines)
                if !motions.isEmpty {
                    result.clauses = motions
                    result.structured = true
                    return result
                }
                // Minutes that give the resolutions as "That …" paragraphs and no RESOLVED.
                if mode == .minutes {
                    let thats = paragraphs(lines[...]).filter { $0.hasPrefix("That ") }
                    if !thats.isEmpty {
                        result.clauses = thats
                        result.structured = true
                        return result
                    }
                }
                // Minutes with no marker: a closing "The report was noted." still records what
                // was decided.
                if let last = lines.last(where: { !$0.isEmpty }), isNotingSentence(last) {
                    result.clauses = [last]
                    result.before = Array(lines.prefix(while: { $0 != last }))
                } else {
                    result.before = lines
                }
                return result
            }
            index = 0
        }

        var sequence = SequenceState()
        var clauses: [String] = []
        /// First line of narrative that followed resolutions, while no marker has come since.
        var narrativeFrom: Int?
        var isFirstRun = true
        while true {
            // Pass 1: the run's units, up to a hard stop or the next marker.
            var units: [Unit] = []
            var unitLines: [Int] = []
            if let s = startText, !s.isEmpty {
                units.append(unit(s))
                units[0].onMarkerLine = true
                unitLines.append(max(0, index - 1))
            }
            var sawBlank = false
            var nextStart: String?
            while index < lines.count {
                let line = lines[index]
                if line.isEmpty { sawBlank = true; index += 1; continue }
                if SectionLabel.match(line) != nil || CallInNote.match(line) != nil || isStopLine(line) { break }
                // `Apologies for Absence` alone after a blank: the next item's title on a
                // page whose items lost their numbers and labels, never a clause.
                if sawBlank, isProceduralHeading(line) { break }
                if let m = opening(line, mode: mode) {
                    nextStart = m
                    index += 1
                    break
                }
                if let previous = units.last, endsHeadings(line, afterBlank: sawBlank, previous: previous) { break }
                let mark = ClauseMark.read(line)
                if let previous = units.last, mark == nil, !sawBlank || continuesAcrossBlank(line, previous: previous) {
                    units[units.count - 1].text += " " + line
                    units[units.count - 1].lineCount += 1
                } else {
                    units.append(unit(line, mark: mark))
                    unitLines.append(index)
                }
                sawBlank = false
                index += 1
            }

            // Pass 2: which units are resolutions.
            let read = readRun(units, mode: mode, sequence: &sequence, withoutMarker: isFirstRun && startText == nil)
            clauses += read.clauses
            if read.structured { result.structured = true }
            if let stop = read.narrativeFrom, narrativeFrom == nil { narrativeFrom = unitLines[stop] }
            isFirstRun = false
            guard let next = nextStart else { break }
            if let from = narrativeFrom {
                // Narrative between two markers belongs with the minutes.
                result.before += [""] + lines[from..<(index - 1)]
                narrativeFrom = nil
            }
            startText = next
        }
        result.after = Array(lines[min(narrativeFrom ?? index, lines.count)...])
        if result.foundMarker { result.structured = true }
        clauses = clauses.filter { $0.contains(where: { $0.isLetter || $0.isNumber }) }
        if mode == .decision, !result.structured, clauses.count > 1 {
            // Plain paragraphs of decision text (`Issue - decisions`): one that decides nothing
            // (`The proposals are intended to …`) explains the one that does.
            let deciding = clauses.filter(speaksOfDeciding)
            if !deciding.isEmpty { clauses = deciding }
        }
        result.clauses = clauses
        return result
    }

    /// Where a list of marks has got to, across the runs of one block: `(1)` under one
    /// `RESOLVED` and `(2)`, `(3)` under the next continue one list.
    struct SequenceState {
        var top: ClauseMark?
        /// `1.` `1.` `1.`: an HTML list flattened so every clause reads the same number.
        var allSame = true
    }

    struct RunReading {
        var clauses: [String] = []
        var narrativeFrom: Int?
        var structured = false
    }

    /// Pass 2 over one run's units (see the type's comment for the rules).
    static func readRun(_ units: [Unit], mode: Mode, sequence: inout SequenceState, withoutMarker: Bool) -> RunReading {
        var reading = RunReading()
        var clauses: [String] = []
        var runTop: ClauseMark?
        var lead: String?
        var leadAbsorbs = false
        var leadUsed = false
        func emitLeadAlone() {
            if let l = lead, !leadUsed { clauses.append(l) }
            lead = nil
            leadUsed = false
        }
        let anyMarked = units.contains { $0.mark != nil }
        for (k, u) in units.enumerated() {
            if var mark = u.mark {
                mark = mark.reread(after: runTop ?? sequence.top)
                reading.structured = true
                if let top = runTop {
                    if mark.sameStyle(as: top) {
                        switch follows(mark, top, allSame: sequence.allSame) {
                        case .next:
                            if mark.values != top.values { sequence.allSame = false }
                            runTop = mark
                            sequence.top = mark
                            clauses.append(withLead(lead, u.text, used: &leadUsed))
                        case .part:
                            appendPart(u.whole, to: &clauses)
                        }
                    } else {
                        appendPart(u.whole, to: &clauses)
                    }
                    continue
                }
                // The first mark of a run: a list starts here, or goes on from the last run.
                let goesOn = sequence.top.map { mark.sameStyle(as: $0) && follows(mark, $0, allSame: sequence.allSame) == .next } ?? false
                if mark.isStart || goesOn {
                    if !goesOn { sequence.allSame = true }
                    runTop = mark
                    sequence.top = mark
                    clauses.append(withLead(lead, u.text, used: &leadUsed))
                    continue
                }
                if clauses.isEmpty {
                    // Nothing before it: take the numbering as it comes (`2.` … `3.`).
                    runTop = mark
                    sequence.top = mark
                    clauses.append(withLead(lead, u.text, used: &leadUsed))
                    continue
                }
                // A numbered paragraph that starts no list: the minutes' narrative again.
                reading.narrativeFrom = k
                break
            }
            // A plain paragraph.
            let text = u.text
            if isNote(text) { continue }
            if k < units.count - 1, isSubHeading(u) { continue }
            if mode != .decision, !clauses.isEmpty || lead != nil, !(lead != nil && leadAbsorbs), !readsAsResolution(text) {
                reading.narrativeFrom = k
                break
            }
            let leadIn = isLeadIn(text)
            if withoutMarker, mode == .decision, clauses.isEmpty, lead == nil, runTop == nil, anyMarked, !leadIn.isLead,
               !readsAsResolution(text) {
                // `The Cabinet considered a report …` before the numbered decisions.
                continue
            }
            if let l = lead, leadAbsorbs {
                if leadIn.absorbs {
                    // `to recommend to Council:` then `That the following be approved:`.
                    lead = leadUsed ? text : l + " " + text
                    leadUsed = false
                } else {
                    // Under a colon even an unfinished paragraph (a quotation) is the clause.
                    clauses.append(l + " " + text)
                    leadUsed = true
                }
                continue
            }
            if leadIn.isLead {
                emitLeadAlone()
                lead = text
                leadAbsorbs = leadIn.absorbs
                continue
            }
            emitLeadAlone()
            clauses.append(text)
        }
        emitLeadAlone()
        reading.clauses = clauses
        return reading
    }

    enum Follow { case next, part }

    /// Whether `mark` is the next sibling of `top` or a part of the clause above.
    static func follows(_ mark: ClauseMark, _ top: ClauseMark, allSame: Bool) -> Follow {
        switch mark.kind {
        case .bullet: return .next
        case .dotted:
            // `2.2` after `2.1` is next; a repeated or lower number is a part.
            return mark.values.lexicographicallyPrecedes(top.values) || mark.values == top.values ? .part : .next
        case .number, .letter, .roman:
            let v = mark.values.last ?? 0, t = top.values.last ?? 0
            if v > t { return .next }
            if v == t, allSame, v == 1 { return .next }
            return .part
        }
    }

    static func withLead(_ lead: String?, _ text: String, used: inout Bool) -> String {
        guard let lead else { return text }
        used = true
        return lead + " " + text
    }

    static func appendPart(_ whole: String, to clauses: inout [String]) {
        if clauses.isEmpty { clauses.append(whole) } else { clauses[clauses.count - 1] += " " + whole }
    }

    static func unit(_ line: String, mark: ClauseMark? = nil) -> Unit {
        let mark = mark ?? ClauseMark.read(line)
        guard let mark else { return Unit(mark: nil, markText: "", text: line) }
        let cut = line.utf8.index(line.utf8.startIndex, offsetBy: mark.length)
        return Unit(mark: mark, markText: line[..<cut], text: String(line[cut...]))
    }
}
