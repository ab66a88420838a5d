import Foundation

/// Finds what was resolved in a block of decision or minutes text (FORMATS.md variation 5).
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

    /// If `line` opens a resolution, the text that follows the marker on the same line.
    static func marker(_ line: String) -> String? {
        // Markers open with R(ESOLVED), A(GREED), P(ENDERFYNWYD), I(t was), T(he ...) or
        // U(nanimously): most lines are rejected on their first byte.
        guard let first = line.utf8.first, first == 0x52 || first == 0x41 || first == 0x50 || first == 0x49
                || first == 0x54 || first == 0x69 || first == 0x74 || first == 0x55 || first == 0x75 else { return nil }
        for word in ["RESOLVED", "AGREED", "PENDERFYNWYD", "Penderfynwyd", "Resolved"] {
            if line.hasPrefix(word) {
                let rest = line.dropFirst(word.count)
                if word == "Resolved" || word == "Penderfynwyd" {
                    // Title case only counts with punctuation: "Resolved that" in prose is rare
                    // but "Resolved:" as a label is common.
                    // "Resolved to:" and "Resolved (6 for, 2 against) to:" open a list.
                    guard rest.first == ":" || rest.first == " " && rest.dropFirst().hasPrefix("that") || rest.isEmpty
                            || rest.first == " " && rest.dropFirst().first == "–"
                            || rest.hasPrefix(" to ") || rest.hasPrefix(" to:") || rest == " to" || rest.hasPrefix(" (")
                    else { continue }
                }
                if let next = rest.first, next.isLetter, !(word == "RESOLVED" && rest.hasPrefix("That")) {
                    continue // "RESOLVEDLY"
                }
                return stripLeadIn(rest)
            }
        }
        for lead in ["it was resolved", "it was unanimously resolved", "it was agreed", "it was therefore resolved",
                     "unanimously resolved"] {
            if ASCIIText.hasPrefix(line, lowercase: lead) { return stripLeadIn(Substring(line.utf8.dropFirst(lead.utf8.count))) }
        }
        // "The Committee resolved:-", "The Cabinet RESOLVED that": a short subject then resolved.
        if ASCIIText.hasPrefix(line, lowercase: "the "), let at = ASCIIText.find(" resolved", in: line, limit: 50), at <= 40 {
            let subject = line.utf8.prefix(at)
            let after = Substring(line.utf8.dropFirst(at + " resolved".utf8.count))
            if after.isEmpty || after.first == ":" || after.first == " " || after.first == "-" || after.first == "–" {
                let subjectText = String(decoding: subject, as: UTF8.self)
                if !ASCIIText.contains(" was", in: subjectText) && !ASCIIText.contains(" had", in: subjectText)
                    && !subjectText.contains(",") {
                    return stripLeadIn(after)
                }
            }
        }
        return nil
    }

    /// A marker, or a form that opens a resolution only inside a block the page gave as a
    /// decision or as minutes (in agenda text or for telling a page's kind they mean less).
    static func opening(_ line: String, mode: Mode) -> String? {
        if let m = marker(line) {
            // "AGREED." alone: the line is the decision.
            if m == "." || m.isEmpty && line.hasSuffix(".") { return line }
            return m
        }
        guard let first = line.utf8.first else { return nil }
        // "81.2 RESOLVED that: -": a minute's paragraph number before the marker.
        if (48...57).contains(first), let mark = ClauseMark.read(line), mark.kind == .dotted || mark.kind == .number {
            let rest = String(decoding: line.utf8.dropFirst(mark.length), as: UTF8.self)
            if let m = marker(rest) { return m }
        }
        // "Councillor A proposed and Councillor B seconded a motion, which was agreed … as set
        // out below:": the text that follows is what was resolved.
        if line.hasSuffix(":"), ASCIIText.contains("seconded", in: line),
           ASCIIText.contains(" agreed", in: line) || ASCIIText.contains(" carried", in: line) {
            return ""
        }
        guard mode != .unlabelled else { return nil }
        // Capitals mark the decision in minutes: "RECOMMENDED to Council that …", "NOTED.",
        // "THAT the minutes be approved".
        for word in ["RECOMMENDED", "NOTED", "THAT"] where line.hasPrefix(word) {
            let rest = line.dropFirst(word.count)
            if let c = rest.first, c.isLetter { continue }
            if word == "NOTED", rest.isEmpty || rest == "." { return line }
            if word == "THAT" { return rest.first == " " ? "That" + rest : nil }
            return stripLeadIn(rest)
        }
        // Scottish minutes: "After discussion, the Committee:" then "Noted …", "Agreed …".
        if line.hasSuffix(":"), bodyBeforeColon(line) != nil { return "" }
        // "The Executive then agreed that …", "The Panel decided:": a short subject, then the verb.
        if ASCIIText.hasPrefix(line, lowercase: "the ") {
            for verb in [" agreed", " decided"] {
                guard let at = ASCIIText.find(verb, in: line, limit: 60), at <= 45 else { continue }
                let subject = String(decoding: line.utf8.prefix(at), as: UTF8.self)
                let after = Substring(line.utf8.dropFirst(at + verb.utf8.count))
                guard after.hasPrefix(" that ") || after.hasPrefix(":") || after.hasPrefix(" that:") else { continue }
                if ASCIIText.contains(" was", in: subject) || ASCIIText.contains(" had", in: subject)
                    || ASCIIText.contains(" not", in: subject) || subject.contains(",") { continue }
                return stripLeadIn(after)
            }
        }
        return nil
    }

    /// A page that stripped the `Minutes:` label leaves a run of blank lines where it stood:
    /// agenda text, three or more blank lines, then `That the minutes … be agreed.` with no
    /// RESOLVED. In agenda text a `That …` paragraph is a recommendation, so only that run
    /// after text makes it the recorded resolution.
    static func strippedMinutesResolution(_ lines: [String]) -> Int? {
        var blanks = 0
        var sawText = false
        for (n, line) in lines.enumerated() {
            if line.isEmpty { blanks += 1; continue }
            if sawText, blanks >= 3, line.hasPrefix("That ") || line.hasPrefix("THAT ") { return n }
            sawText = true
            blanks = 0
        }
        return nil
    }

    /// `…, the Committee:`, `The Trustees:`, `the Health and Wellbeing Board:`: a body named
    /// in capitals at the end of the line, then the colon.
    static func bodyBeforeColon(_ line: String) -> String? {
        let head = line.dropLast()
        let name: Substring
        if head.hasPrefix("The ") || head.hasPrefix("the "), head.utf8.count <= 60 {
            name = head.dropFirst(4)
        } else {
            // The last ", the " in the line's final 60 bytes.
            let tail = Substring(head.utf8.suffix(60))
            guard let at = ASCIIText.find(", the ", in: tail) else { return nil }
            var rest = Substring(tail.utf8.dropFirst(at + 6))
            while let again = ASCIIText.find(", the ", in: rest) { rest = Substring(rest.utf8.dropFirst(again + 6)) }
            name = rest
        }
        let words = name.split(separator: " ")
        guard !words.isEmpty, words.count <= 5 else { return nil }
        for w in words where !["and", "of", "&", "-", "–", "for"].contains(w) {
            guard let c = w.unicodeScalars.first, c.properties.isUppercase else { return nil }
        }
        return String(name)
    }

    /// "Sir A proposed, and Mr B seconded that Mr C be appointed Chairman." then
    /// "Agreed unanimously." (or "Carried."): the motion is what was resolved.
    static func carriedMotions(_ lines: [String]) -> [String] {
        var found: [String] = []
        var previous: String?
        for line in lines where !line.isEmpty {
            defer { previous = line }
            guard isCarried(line), let motion = previous, ASCIIText.contains("seconded", in: motion),
                  ASCIIText.contains("proposed", in: motion) || ASCIIText.contains("moved", in: motion) else { continue }
            let text = clauseBody(motion)
            if let at = ASCIIText.find("seconded that ", in: text) ?? ASCIIText.find("seconded, that ", in: text) {
                let rest = text.utf8.dropFirst(at).drop(while: { $0 != UInt8(ascii: "t") }).dropFirst(5)
                found.append("That " + String(decoding: rest, as: UTF8.self))
            } else {
                found.append(text)
            }
        }
        return found
    }

    /// `Agreed unanimously.`, `Carried.`, `The motion was carried by 30 votes to 12.`
    static func isCarried(_ line: String) -> Bool {
        guard line.utf8.count < 90 else { return false }
        let key = line.matchKey
        return ["agreed", "carried", "unanimously agreed", "unanimously carried", "the motion was carried",
                "the motion was agreed", "motion carried", "the motion was unanimously"].contains { key == $0 || key.hasPrefix($0 + " ") }
    }

    /// `: - – that` between a marker and the clause text.
    static func stripLeadIn(_ s: Substring) -> String {
        var rest = s
        while let c = rest.first, c == ":" || c == "-" || c == "–" || c == "—" || c == " " || c == "," || c == "/" {
            rest = rest.dropFirst()
        }
        // "(6 for, 2 against) to:", "(with 34 votes for) that:": the vote stays, as a lead-in.
        if rest.first == "(", let close = rest.firstIndex(of: ")") {
            let after = rest[rest.index(after: close)...].trimmedSpaces()
            if ["", ":", "to", "to:", "that", "that:", ":-", "that: -", "to: -"].contains(after) {
                return rest[...close] + ":"
            }
        }
        if rest.hasPrefix("that:") { rest = rest.dropFirst(5) }
        while let c = rest.first, c == ":" || c == " " || c == "-" { rest = rest.dropFirst() }
        // "RESOLVED to:" then the clauses: "to" alone carries nothing.
        let bare = rest.trimmedSpaces()
        if bare == "to" || bare == "to:" || bare == "to:-" || bare == "to: -" { return "" }
        // "RESOLVED that the report be noted" reads as a clause starting "That".
        if rest.hasPrefix("that ") { return "T" + rest.dropFirst() }
        return String(rest)
    }

    /// Where a clause's own number or bullet ends: `1.`, `(2)`, `a)`, `(iv)`, `19.1`, `·`, `•`.
    static func clauseMarkerLength(_ line: String) -> Int? {
        ClauseMark.read(line)?.length
    }

    /// A clause's text without its own number or bullet.
    static func clauseBody(_ line: String) -> String {
        guard let len = clauseMarkerLength(line) else { return line }
        return String(decoding: line.utf8.dropFirst(len), as: UTF8.self)
    }

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

    // MARK: - What a paragraph reads as

    /// Lines joined into paragraphs at blank lines.
    static func paragraphs(_ lines: ArraySlice<String>) -> [String] {
        var out: [String] = []
        var current = ""
        for line in lines {
            if line.isEmpty {
                if !current.isEmpty { out.append(current); current = "" }
            } else {
                current += current.isEmpty ? line : " " + line
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Ends a sentence or a clause: `.` `;` `:` `!` `?` (before closing quotes or brackets).
    static func isFinished(_ text: String) -> Bool {
        var t = Substring(text)
        while let c = t.last, c == "”" || c == "\"" || c == "’" || c == " " { t = t.dropLast() }
        guard let last = t.last else { return false }
        return ".;:!?".contains(last)
    }

    /// Lines broken mid-clause, blank lines between (PDF-like decision text): a lowercase
    /// start goes on with the paragraph above, and so does any line after a marked clause
    /// left unfinished, unless it opens a clause of its own (`That …`).
    static func continuesAcrossBlank(_ line: String, previous: Unit) -> Bool {
        guard let first = line.unicodeScalars.first else { return false }
        if first.properties.isLowercase { return true }
        guard previous.mark != nil, !isFinished(previous.text) else { return false }
        return !startsOwnClause(line)
    }

    static func startsOwnClause(_ line: String) -> Bool {
        line.hasPrefix("That ") || line.hasPrefix("THAT ") || line.hasPrefix("To ") || line.hasPrefix("(")
            || line.hasPrefix("[") || marker(line) != nil
    }

    /// `Actions/further information to be provided:` after a blank, or `Action by:` right
    /// after a finished clause: a new heading, not a clause.
    static func endsHeadings(_ line: String, afterBlank: Bool, previous: Unit) -> Bool {
        guard line.hasSuffix(":"), ClauseMark.read(line) == nil, !startsOwnClause(line),
              !line.hasPrefix("that ") else { return false }
        if afterBlank, line.count < 80 { return true }
        let words = line.split(separator: " ").count
        return words <= 3 && isFinished(previous.text) && line.unicodeScalars.first?.properties.isUppercase == true
    }

    /// `(Ref: Report by the Director dated …, submitted).`, `[Recommendations to Council are
    /// not subject to call in]`: notes, not clauses.
    static func isNote(_ text: String) -> Bool {
        var t = Substring(text)
        if t.hasSuffix(".") { t = t.dropLast() }
        return t.hasPrefix("[") && t.hasSuffix("]") || t.hasPrefix("(") && t.hasSuffix(")")
    }

    /// `Recommendation`, `Decision of Executive Councillor`: one short line, no full stop,
    /// over the clauses it heads.
    static func isSubHeading(_ u: Unit) -> Bool {
        guard u.lineCount == 1, !u.onMarkerLine, u.text.utf8.count <= 80, !isFinished(u.text), !u.text.hasSuffix(","),
              !u.text.contains(":"), u.text.count <= 60,
              u.text.split(separator: " ").count <= 6, !startsOwnClause(u.text) else { return false }
        // `Noted`, `Approved as amended`: short, but a decision.
        return !speaksOfDeciding(u.text) && !["carried", "not agreed"].contains(u.text.matchKey)
    }

    /// A lead-in carries the clauses under it. `absorbs`: it ends in a colon (`… approve:`,
    /// `Resolved to RECOMMEND: (to Council)`, `… as set out below.`), so plain paragraphs
    /// under it are its clauses too; otherwise (`… Council;`, `That having regard to …`)
    /// only marked clauses are.
    static func isLeadIn(_ text: String) -> (isLead: Bool, absorbs: Bool) {
        var t = text.trimmedSpaces()
        // `: (to Council)`: a bracketed note after the colon.
        if t.hasSuffix(")"), let open = t.lastIndex(of: "("), t[..<open].trimmedSpaces().hasSuffix(":") {
            t = t[..<open].trimmedSpaces()
        }
        // `that: -`, `:–`, or a dash alone (`That Cabinet –`).
        if let last = t.last, last == "-" || last == "–" || last == "—" {
            return (true, t.dropLast().trimmedSpaces().hasSuffix(":"))
        }
        if t.hasSuffix(":") { return (true, true) }
        let lower = t.suffix(16).lowercased()
        if lower.hasSuffix("below.") || lower.hasSuffix("as follows.") || lower.hasSuffix("the following.") {
            return (true, true)
        }
        if t.hasSuffix(";") || t.hasSuffix(",") || !isFinished(String(t)) { return (true, false) }
        return (false, false)
    }

    /// A plain paragraph that reads as a resolution in its own right: `That …`, `To …`, a
    /// verb of deciding first (`Approve …`, `Note …`), or `… be approved` (not `would be`).
    static func readsAsResolution(_ text: String) -> Bool {
        // `Councillor Vale asked that her vote against be recorded.`: the record of a vote.
        if ASCIIText.contains("be recorded", in: text) || ASCIIText.contains("abstained", in: text) { return false }
        if startsOwnClause(text) || text.hasPrefix("that ") || text.hasPrefix("to ") { return true }
        let firstWord = text.prefix(while: { $0.isLetter }).lowercased()
        if decidingVerbs.contains(firstWord) { return true }
        return hasPassiveDecision(text)
    }

    /// Wider than `readsAsResolution`: a paragraph that says anything was decided, in any
    /// tense (`Cabinet approved …`, `The Trustees noted …`, `… is delegated to …`).
    static func speaksOfDeciding(_ text: String) -> Bool {
        if readsAsResolution(text) { return true }
        // Past and third-person forms only: `to extend` in an explanation decides nothing.
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) where decidedForms.contains(String(word)) {
            return true
        }
        return false
    }

    static let decidedForms: Set<String> = [
        "noted", "agreed", "approved", "resolved", "decided", "endorsed", "authorised", "authorized",
        "delegated", "recommended", "adopted", "accepted", "refused", "granted", "deferred", "confirmed",
        "appointed", "supported", "welcomed", "rejected", "requested", "instructed", "determined",
        "notes", "agrees", "approves", "resolves", "decides", "endorses", "authorises", "authorizes",
        "delegates", "recommends", "adopts", "accepts", "refuses", "grants", "defers", "confirms",
        "appoints", "supports", "welcomes", "rejects", "requests", "instructs",
    ]

    static let decidingVerbs: Set<String> = [
        "approve", "approves", "agree", "agrees", "note", "notes", "endorse", "endorses", "delegate",
        "delegates", "authorise", "authorises", "authorize", "authorizes", "recommend", "recommends",
        "request", "requests", "ask", "asks", "adopt", "adopts", "accept", "accepts", "refuse", "refuses",
        "grant", "grants", "defer", "defers", "confirm", "confirms", "appoint", "appoints", "support",
        "supports", "welcome", "welcomes", "instruct", "instructs", "reject", "rejects", "thank",
        "thanks", "receive", "receives", "consider", "considers", "continue", "continues",
        // Imperatives that open decision text: `Renew the order …`, `Award the contract …`.
        "renew", "extend", "increase", "reduce", "allocate", "award", "implement", "proceed", "publish",
        "consult", "establish", "introduce", "amend", "revoke", "release", "transfer", "acquire",
        "commission", "procure", "retain", "withdraw", "submit", "set", "make", "undertake", "vary",
        "dispose", "close", "create", "fund", "waive", "designate", "nominate", "elect", "determine",
    ]

    /// `the report be noted`, `officers be authorised`: the subjunctive of a resolution.
    static func hasPassiveDecision(_ text: String) -> Bool {
        guard ASCIIText.contains(" be ", in: text) else { return false }
        let words = text.split(separator: " ")
        for (n, w) in words.enumerated() where w == "be" && n + 1 < words.count {
            if n > 0, ["would", "will", "could", "might", "can", "may", "to", "should", "must", "not", "shall"]
                .contains(words[n - 1].lowercased()) { continue }
            let next = words[n + 1].lowercased().filter(\.isLetter)
            if next.hasSuffix("ed") || ["given", "made", "sent", "taken", "held", "drawn", "set", "put", "shown",
                                        "written", "undertaken", "brought", "sought", "paid", "kept"].contains(next) {
                return true
            }
        }
        return false
    }

    static func isNotingSentence(_ line: String) -> Bool {
        line.hasPrefix("NOTED")
            || ["the report was noted", "the report be noted", "the update was noted",
                "the committee noted the report", "the board noted the report"].contains { line.hasPrefixIgnoringCase($0) }
    }

    /// Lines that end a run of resolutions in minutes without being a section label.
    static func isStopLine(_ line: String) -> Bool {
        ["reason for", "reasons for", "(the meeting ended", "the meeting ended", "meeting ended at", "the meeting closed"]
            .contains { line.hasPrefixIgnoringCase($0) }
    }
}
