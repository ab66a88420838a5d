/// The committee, date, time and venue a page states for its meeting, from the first
/// structured lines of the page in whichever of the real layouts it uses:
///
/// - a header `<Committee> - <weekday>, <date> <time>` (ModernGov), possibly over two lines;
/// - label lines `Meeting:`, `Committee:`, `Date:`, `Meeting Date :`, `Time:`, `Venue:`,
///   `Location:` (authorities' own sites), the value on the same line or the next;
/// - a minutes sentence `MINUTES of the meeting of the X held ... on <date>`, `MINUTE OF
///   MEETING OF THE X` over a date line, `Minute General Meeting of the Council Tuesday,
///   8 December 2020` (printed minutes);
/// - a committee line over a date line (`Cabinet` / `24 May 2022 - 10:15 to 12:00`, CMIS).
///
/// Only the head of the page is read: body text is full of other meetings' dates.
struct MeetingFields: Equatable {
    var committee: String?
    var date: CivilDate?
    var time: String?
    var venue: String?
    /// 0-based index of the first line that gave a fact, and of the last the head used.
    var line: Int
    var endLine: Int

    /// How far down the page a meeting's facts are looked for, in non-blank lines.
    static let headLines = 25

    static func find(_ page: PageText, from start: Int, limit: Int = headLines) -> MeetingFields? {
        if let h = MeetingHeader.find(page, from: start, limit: limit), !isDocumentTitle(h.committee) {
            var f = MeetingFields(committee: h.committee, date: h.date, time: h.time, line: h.line, endLine: h.endLine)
            f.venue = labelled(page, from: start, limit: limit).venue
            return f
        }
        var f = labelled(page, from: start, limit: limit)
        if f.date == nil || f.committee == nil, let s = sentence(page, from: start, limit: limit) {
            f.committee = f.committee ?? s.committee
            f.date = f.date ?? s.date
            f.time = f.time ?? s.time
            f.venue = f.venue ?? s.venue
            f.line = min(f.line, s.line)
            f.endLine = max(f.endLine, s.endLine)
        }
        if f.date == nil, let s = committeeOverDate(page, from: start, limit: limit) {
            f.committee = f.committee ?? s.committee
            f.date = s.date
            f.time = f.time ?? s.time
            f.line = min(f.line, s.line)
            f.endLine = max(f.endLine, s.endLine)
        }
        return f.committee == nil && f.date == nil ? nil : f
    }

    /// `Approved Planning minutes - 29 August 2025`: a document's title, not a committee.
    static func isDocumentTitle(_ name: String) -> Bool {
        let words = Set(name.lowercased().split(separator: " "))
        return !words.isDisjoint(with: ["minutes", "agenda", "approved", "draft", "summary", "decisions"])
    }

    /// A line that opens the list of items: the table heading or an item's number.
    static func startsItems(_ line: String) -> Bool {
        MeetingPageReader.isItemsHeading(line.matchKey) || ItemNumbers.standalone(line) != nil
    }

    // MARK: - Label lines

    static let committeeLabels = ["meeting", "committee", "name of meeting", "meeting name", "body", "pwyllgor"]
    static let dateLabels = ["date", "meeting date", "date of meeting", "dyddiad", "date and time", "meeting date and time"]
    static let timeLabels = ["time", "amser", "start time"]
    static let venueLabels = ["venue", "location", "lleoliad", "place"]

    static func labelled(_ page: PageText, from start: Int, limit: Int) -> MeetingFields {
        var f = MeetingFields(line: Int.max, endLine: start)
        var i = start, seen = 0
        while i < page.count, seen < limit {
            let line = page[i]
            if line.isEmpty { i += 1; continue }
            seen += 1
            if startsItems(line) { break }
            guard let (label, inline) = splitLabel(line) else { i += 1; continue }
            var value = inline
            var used = i
            if value.isEmpty, let n = page.nextNonBlank(from: i + 1), n <= i + 3, splitLabel(page[n]) == nil {
                value = page[n]
                used = n
            }
            if value.isEmpty { i += 1; continue }
            func took() { f.line = min(f.line, i); f.endLine = max(f.endLine, used) }
            if dateLabels.contains(label), f.date == nil, let (date, rest) = date(in: value) {
                f.date = date
                if f.time == nil, !rest.isEmpty { f.time = cleanTime(rest) }
                took()
            } else if committeeLabels.contains(label), f.committee == nil, date(in: value) == nil,
                      value.utf8.count <= 150, !isMeetingType(value) {
                f.committee = value
                took()
            } else if timeLabels.contains(label), f.time == nil {
                f.time = value
                took()
            } else if venueLabels.contains(label), f.venue == nil {
                f.venue = cleanVenue(value)
                took()
            }
            i = used + 1
        }
        if f.line == Int.max { f.line = start }
        // Authorities' own sites head the fields with the body's name: `National Park
        // Authority` over `Meeting Date : 03/06/2020`, or `National Park Authority Agenda`.
        if f.committee == nil, f.date != nil || f.venue != nil, f.line > 0, f.line != start || f.date != nil || f.venue != nil {
            var j = f.line - 1
            while j >= 0, page[j].isEmpty || KindDetection.isFurniture(page[j]) || splitLabel(page[j]) != nil
                    || KindDetection.kindLines[page[j].matchKey] != nil { j -= 1 }
            if j >= 0 {
                var name = page[j]
                for suffix in [" Agenda", " Minutes", " agenda", " minutes"] where name.hasSuffix(suffix) {
                    name = String(name.dropLast(suffix.count))
                }
                // A template's `Cabinet MEETING`: the name, then the word in capitals.
                if name.hasSuffix(" MEETING"), !name.isAllCaps { name = String(name.dropLast(8)) }
                if isCommitteeLine(name), DateParsing.long(name) == nil, !isMeetingType(name), name.split(separator: " ").count >= 1,
                   !(name.split(separator: " ").count == 2 && DateParsing.months[name.split(separator: " ")[0].lowercased()] != nil) {
                    f.committee = name
                    f.line = j
                }
            }
        }
        return f
    }

    /// `Annual general meeting`, `Extraordinary Meeting`: what kind of sitting, not whose.
    static func isMeetingType(_ value: String) -> Bool {
        let key = value.matchKey
        let types = ["annual general meeting", "annual meeting", "extraordinary meeting", "extraordinary general meeting",
                     "ordinary meeting", "special meeting", "meeting", "virtual meeting", "remote meeting"]
        return types.contains(key)
    }

    /// `Meeting Date : 03/06/2020` → (`meeting date`, `03/06/2020`); nil for a line that is
    /// not a short label and its value.
    static func splitLabel(_ line: String) -> (String, String)? {
        guard let colon = line.firstIndex(of: ":"), line.distance(from: line.startIndex, to: colon) <= 30 else { return nil }
        let label = String(line[..<colon]).matchKey
        let all = committeeLabels + dateLabels + timeLabels + venueLabels
        guard all.contains(label) else { return nil }
        return (label, String(line[line.index(after: colon)...]).trimmingSpacesString())
    }

    /// A date in a field's value: numeric (`03/06/2020`) or long, at the start.
    static func date(in value: String) -> (CivilDate, String)? {
        if let (d, rest) = DateParsing.numeric(Substring(value)) { return (d, String(rest).trimmingSpacesString()) }
        return DateParsing.long(value)
    }

    static func cleanTime(_ rest: String) -> String? {
        var t = Substring(rest)
        for prefix in ["at ", "- ", ", "] where t.hasPrefix(prefix) { t = t.dropFirst(prefix.count) }
        let s = String(t).trimmingSpacesString()
        return s.isEmpty ? nil : s
    }

    static func cleanVenue(_ value: String) -> String {
        var venue = value
        for link in [". View directions", " View directions", ". Gweld y cyfarwyddiadau", " Gweld y cyfarwyddiadau"] where venue.hasSuffix(link) {
            venue = String(venue.dropLast(link.count))
        }
        return venue
    }

    // MARK: - Minutes sentences

    /// `MINUTES of the meeting of the X held on <date>`, `MINUTE OF MEETING OF THE X` then
    /// the date on the next line, `Minutes of the X Meeting held on <date> at <venue>`.
    static func sentence(_ page: PageText, from start: Int, limit: Int) -> MeetingFields? {
        var i = start, seen = 0
        while i < page.count, seen < min(limit, 15) {
            let line = page[i]
            if line.isEmpty { i += 1; continue }
            seen += 1
            // The items have begun: a `Minutes of the meeting held on ...` below is an item's
            // title or the previous meeting's minutes, never this meeting's heading.
            if startsItems(line) { return nil }
            let lower = line.lowercased()
            guard lower.hasPrefix("minute") || lower.hasPrefix("proceedings") || lower.hasPrefix("meeting of") else { i += 1; continue }
            // The sentence may wrap: join up to three more lines of its paragraph.
            var joined = line
            var last = i
            while last + 1 < page.count, last - i < 3, !page[last + 1].isEmpty { last += 1; joined += " " + page[last] }
            // `Minutes of the Planning Committee meeting` / (blank) / `Held at ...`.
            if let n = page.nextNonBlank(from: last + 1), n <= last + 2 {
                let next = page[n].lowercased()
                if next.hasPrefix("held ") || next.hasPrefix("on ") { joined += " " + page[n]; last = n }
            }
            if let h = PlainMinutesReader.parseHeader(joined) {
                return MeetingFields(committee: h.committee.map(cleanCommittee), date: h.date, time: h.time,
                                     venue: h.venue, line: i, endLine: last)
            }
            if let found = headingThenDate(page, at: i, line) { return found }
            if let found = meetingHeldOn(joined, at: i, end: last) { return found }
            i += 1
        }
        return nil
    }

    /// `MINUTE OF MEETING OF THE X COMMITTEE` / `TUESDAY 20 OCTOBER 2015`, or the date on the
    /// heading's own line after the name (`Minute General Meeting of the Council Tuesday, 8 December 2020, 10:30.`).
    static func headingThenDate(_ page: PageText, at i: Int, _ line: String) -> MeetingFields? {
        let lower = line.lowercased()
        var nameStart: String.Index?
        for opener in ["minutes of meeting of ", "minute of meeting of ", "minutes of the meeting of ",
                       "minutes of a meeting of ", "minute of the meeting of ", "minute "] where lower.hasPrefix(opener) {
            nameStart = line.index(line.startIndex, offsetBy: opener.count)
            break
        }
        guard let nameStart else { return nil }
        let name = String(line[nameStart...])
        // The date on the same line, after the name.
        let words = name.split(separator: " ", omittingEmptySubsequences: true)
        for k in 1..<max(1, words.count) {
            let tail = words[k...].joined(separator: " ")
            if let (date, rest) = DateParsing.long(tail) {
                let committee = words[..<k].joined(separator: " ")
                return MeetingFields(committee: cleanCommittee(committee), date: date, time: cleanTime(rest.trimmingDotsAndCommas()),
                                     line: i, endLine: i)
            }
        }
        guard let n = page.nextNonBlank(from: i + 1), n <= i + 2, let (date, rest) = DateParsing.long(page[n]) else { return nil }
        return MeetingFields(committee: cleanCommittee(name), date: date, time: cleanTime(rest), line: i, endLine: n)
    }

    /// `MINUTES OF THE GREATER CITY COMBINED AUTHORITY MEETING HELD ON 31 MAY 2019 AT TOWN HALL`.
    static func meetingHeldOn(_ text: String, at i: Int, end: Int) -> MeetingFields? {
        let lower = text.lowercased()
        guard lower.hasPrefix("minutes of ") || lower.hasPrefix("minute of "),
              let held = lower.range(of: " meeting held on ") ?? lower.range(of: " meeting held ") else { return nil }
        let opener = lower.hasPrefix("minutes of ") ? 11 : 10
        let nameStart = text.index(text.startIndex, offsetBy: opener)
        guard nameStart <= held.lowerBound else { return nil }
        let name = cleanCommittee(String(text[nameStart..<held.lowerBound]))
        // `Minutes of the previous meeting held on ...` names another meeting.
        guard !name.isEmpty, !["the", "previous", "last", "the previous", "the last"].contains(name.lowercased()) else { return nil }
        let after = String(text[held.upperBound...])
        // `... meeting held on 31 MAY 2019 AT TOWN HALL` or `... meeting Held at <venue> 29 August 2025 at 11.00am`.
        guard let (before, date, rest) = firstDate(in: after) else { return nil }
        var time: String?, venue: String?
        if !before.isEmpty {
            var v = before
            if v.lowercased().hasPrefix("at ") { v = String(v.dropFirst(3)) }
            if v.lowercased().hasSuffix(" on") { v = String(v.dropLast(3)) }
            venue = v.trimmingDotsAndCommas()
            let t = rest.lowercased().hasPrefix("at ") ? String(rest.dropFirst(3)) : rest
            return MeetingFields(committee: name, date: date, time: t.isEmpty ? nil : t, venue: venue, line: i, endLine: end)
        }
        let parts = rest.components(separatedBy: " at ")
        if rest.lowercased().hasPrefix("at ") { venue = String(rest.dropFirst(3)) } else if parts.count > 1 { venue = parts.last }
        if let first = parts.first, !first.isEmpty, !first.lowercased().hasPrefix("at") { time = first }
        return MeetingFields(committee: name.isEmpty ? nil : name, date: date, time: time, venue: venue, line: i, endLine: end)
    }

    /// The first long date in a sentence: the words before it, the date, the words after.
    static func firstDate(in text: String) -> (String, CivilDate, String)? {
        let words = text.split(separator: " ")
        for k in 0..<words.count where words[k].first?.isNumber == true || DateParsing.weekdays.contains(words[k].lowercased().trimmingTrailingDot()) {
            if let (date, rest) = DateParsing.long(words[k...].joined(separator: " ")) {
                return (words[..<k].joined(separator: " "), date, rest)
            }
        }
        return nil
    }

    /// `THE ECONOMIC DEVELOPMENT COMMITTEE` → `ECONOMIC DEVELOPMENT COMMITTEE`;
    /// `PLANNING COMMITTEE OF THE X TOWN COUNCIL` → `PLANNING COMMITTEE` (the council is
    /// the council's fact, not the committee's name).
    static func cleanCommittee(_ name: String) -> String {
        var s = name.trimmingSpacesString()
        if s.lowercased().hasPrefix("the ") { s = String(s.dropFirst(4)) }
        while let last = s.last, last == "." || last == "," || last == ":" { s.removeLast() }
        return withoutAuthority(s)
    }

    static let bodyWords: Set<String> = ["committee", "sub-committee", "subcommittee", "board", "panel", "cabinet", "forum", "group"]
    static let authorityWords: Set<String> = ["council", "authority", "cyngor"]

    static func withoutAuthority(_ name: String) -> String {
        guard let of = name.range(of: " of the ", options: .caseInsensitive) ?? name.range(of: " of ", options: .caseInsensitive) else {
            return name
        }
        let body = name[..<of.lowerBound], authority = name[of.upperBound...]
        guard let bodyLast = body.split(separator: " ").last, bodyWords.contains(bodyLast.lowercased()),
              let last = authority.split(separator: " ").last,
              authorityWords.contains(last.lowercased().trimmingCharacters(in: .punctuationCharacters)) else { return name }
        return String(body)
    }

    // MARK: - CMIS: committee over date

    /// A line naming the meeting, then a line that opens with its date (`24 May 2022 - 10:15 to 12:00`).
    static func committeeOverDate(_ page: PageText, from start: Int, limit: Int) -> MeetingFields? {
        var previous: Int?
        var i = start, seen = 0
        while i < page.count, seen < limit {
            let line = page[i]
            if line.isEmpty || KindDetection.isFurniture(line) { i += 1; continue }
            seen += 1
            if startsItems(line) { return nil }
            if let (date, rest) = DateParsing.long(line) {
                var committee: String?
                if let p = previous, isCommitteeLine(page[p]) { committee = page[p] }
                var t = Substring(rest)
                if t.hasPrefix("-") { t = t.dropFirst() }
                return MeetingFields(committee: committee, date: date, time: cleanTime(String(t)), line: previous ?? i, endLine: i)
            }
            previous = i
            i += 1
        }
        return nil
    }

    static func isCommitteeLine(_ line: String) -> Bool {
        // `The Board oversees the harbour. It meets four times a year.`: prose, not a name.
        let words = line.split(separator: " ").count
        if words > 12 || (words > 5 && line.hasSuffix(".")) { return false }
        return line.utf8.count <= 120 && !line.contains(":") && ItemNumbers.leading(line) == nil
            && KindDetection.kindLines[line.matchKey] == nil && !KindDetection.isPageHeading(line)
            && (line.first?.isUppercase ?? false)
    }
}

private extension String {
    func trimmingDotsAndCommas() -> String {
        var s = self.trimmingSpacesString()
        while let last = s.last, last == "." || last == "," { s.removeLast() }
        while let first = s.first, first == "," || first == "." { s.removeFirst() }
        return s.trimmingSpacesString()
    }
}
