/// Merges parsed pages into one corpus: the same meeting from several pages becomes one
/// meeting, the same item one item with a source per page (an issue page and the meeting
/// page both show item 45). Pages must be added in a stable order (sorted paths) so ids and refs are too.
struct CorpusBuilder {
    private(set) var corpus: Corpus
    private var councilByFolder: [String: Int] = [:]
    private var councilByStatedKey: [String: Int] = [:]
    private var unknownCouncil: Int?
    /// Pages that disagree on an item's facts, for the load report.
    private var conflicts: [LoadReport.Conflict] = []
    private var committeeByKey: [String: Int] = [:]
    private var meetingByKey: [String: Int] = [:]
    private var itemByMeetingTitle: [Int: [String: Int]] = [:]
    private var itemByMeetingNumber: [Int: [String: Int]] = [:]
    private var itemsByCouncilTitle: [Int: [String: [Int]]] = [:]
    private var issueByKey: [String: Int] = [:]
    /// The longest list of items any one page gave for a meeting: its page order wins.
    private var pageOrder: [Int: [Int]] = [:]
    /// Every (meeting, source) and (item, source) placed so far, and the items a
    /// whole-meeting page gave: set lookups, where scanning the sources would be quadratic.
    private var committeeSources: Set<PlacedSource> = []
    private var meetingSources: Set<PlacedSource> = []
    private var itemSources: Set<PlacedSource> = []
    private var itemsWithWholeMeetingSource: Set<Int> = []
    /// ModernGov committee listings, by folder: they name the committee of exports beside them.
    private var listings = CommitteeListings()

    struct Page {
        var path: String
        /// The council folder the file is in, nil for a loose file.
        var council: String?
        var page: ParsedPage
    }

    init(root: String) { corpus = Corpus(root: root) }

    /// Blocks that name no committee, placed by `finish` once every named one is in.
    private var deferred: [(Page, ParsedMeetingBlock, Int?)] = []
    /// Blocks whose meeting is inferred (a forward plan's due date, a decision maker for a
    /// committee), placed last: they join a meeting whose agenda a whole-meeting page gave
    /// only under a title on that agenda.
    private var late: [(Page, ParsedMeetingBlock, Int?)] = []

    /// Places pages (in sorted path order, possibly in several calls). Blocks that name their
    /// committee go in at once; pages without one (Agenda item, Issue - decisions) wait for
    /// `finish`, so they can find their item by title among all the others.
    mutating func add(_ pages: [Page]) {
        for p in pages {
            if let listing = p.page.committeeListing { listings.add(listing, path: p.path) }
            let councilID = council(p)
            let issueID = p.page.issue.map { issue(councilID, $0, p) }
            for stated in p.page.committees {
                // Two pages of unknown councils that name a "Cabinet" cannot be shown to
                // be about one committee: each keeps its own.
                let id = councilID == unknownCouncil
                    ? committee(councilID, stated.name, ownedBy: p.path) : committee(councilID, stated.name)
                let source = Source(path: p.path, kind: p.page.kind, line: stated.line)
                if committeeSources.insert(PlacedSource(owner: id, source: source)).inserted {
                    corpus.committees[id].sources.append(source)
                }
            }
            for block in p.page.blocks {
                if block.isForwardPlan || block.committeeIsDecisionMaker {
                    late.append((p, block, issueID))
                } else if block.committee == nil {
                    deferred.append((p, block, issueID))
                } else {
                    place(block, from: p, councilID: councilID, issueID: issueID)
                }
            }
        }
    }

    /// The corpus so far. `assigningRefs` false (a browser's snapshot while loading goes
    /// on) leaves refs empty: they are a tenth of the cost and nothing browses by them.
    mutating func finish(report: LoadReport, assigningRefs: Bool = true) -> Corpus {
        for (p, block, issueID) in deferred {
            var block = block
            block.committee = listings.committee(of: block, path: p.path)
            place(block, from: p, councilID: council(p), issueID: issueID)
        }
        deferred = []
        for (p, block, issueID) in late { placeInferred(block, from: p, issueID: issueID) }
        late = []
        // Every page is placed: the lookup tables go now, before the refs table is built,
        // so the two are never alive together (a tenth of the peak at 100,000 documents).
        committeeByKey = [:]
        meetingByKey = [:]
        itemByMeetingTitle = [:]
        itemByMeetingNumber = [:]
        itemsByCouncilTitle = [:]
        issueByKey = [:]
        committeeSources = []
        meetingSources = []
        itemSources = []
        itemsWithWholeMeetingSource = []
        for (meetingID, order) in pageOrder {
            var ids = corpus.meetings[meetingID].itemIDs
            let rank = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
            ids.sort { a, b in
                switch (rank[a], rank[b]) {
                case let (x?, y?): return x < y
                case (_?, nil): return true
                case (nil, _?): return false
                case (nil, nil): return a < b
                }
            }
            corpus.meetings[meetingID].itemIDs = ids
        }
        if assigningRefs { assignRefs() }
        for m in corpus.meetings { corpus.committees[m.committeeID].meetingIDs.append(m.id) }
        // The browser's order is the command line's: one rule, in `Ordering`.
        corpus.meetingsNewestFirst = Ordering.meetingsNewestFirst(corpus)
        corpus.report = report
        corpus.report.conflicts = conflicts
        return corpus
    }

    // MARK: - Entities

    /// The folder's council; for a loose file the one the page names; else "council unknown".
    private mutating func council(_ page: Page) -> Int {
        if let folder = page.council {
            if let id = councilByFolder[folder] { return id }
            let id = corpus.councils.count
            corpus.councils.append(Council(id: id, folder: folder))
            councilByFolder[folder] = id
            return id
        }
        if let stated = page.page.council {
            if let id = councilByStatedKey[stated.key] { return id }
            let id = corpus.councils.count
            corpus.councils.append(Council(id: id, folder: nil, statedName: stated.name))
            councilByStatedKey[stated.key] = id
            return id
        }
        if let id = unknownCouncil { return id }
        let id = corpus.councils.count
        corpus.councils.append(Council(id: id, folder: nil))
        unknownCouncil = id
        return id
    }

    private static func committeeKey(_ councilID: Int, _ name: String?) -> String { "\(councilID)|\(name?.matchKey ?? "")" }
    private static func meetingKey(_ committeeID: Int, _ date: CivilDate) -> String { "\(committeeID)|\(date.iso)" }

    private mutating func committee(_ councilID: Int, _ name: String?, ownedBy path: String? = nil) -> Int {
        let key = Self.committeeKey(councilID, name) + (path.map { "|" + $0 } ?? "")
        if let id = committeeByKey[key] {
            // Prefer "Licensing Sub-Committee" to "LICENSING SUB-COMMITTEE" for display.
            if let name, let old = corpus.committees[id].name, old.isAllCaps, !name.isAllCaps {
                let c = corpus.committees[id]
                corpus.committees[id] = Committee(id: c.id, councilID: c.councilID, name: name)
                corpus.committees[id].sources = c.sources
            }
            return id
        }
        let id = corpus.committees.count
        corpus.committees.append(Committee(id: id, councilID: councilID, name: name))
        committeeByKey[key] = id
        return id
    }

    private mutating func meeting(_ councilID: Int, _ committeeID: Int, _ block: ParsedMeetingBlock, _ source: Source) -> Int {
        // A meeting is (council, committee, date). When any of the three is unknown, two pages
        // cannot be shown to be about one meeting: each page keeps a meeting of its own.
        let known = councilID != unknownCouncil && block.committee != nil && block.date != nil
        let key = known ? Self.meetingKey(committeeID, block.date!) : "\(committeeID)|\(block.date?.iso ?? "undated")|\(source.path)"
        let id: Int
        if let existing = meetingByKey[key] {
            id = existing
        } else {
            id = corpus.meetings.count
            corpus.meetings.append(Meeting(id: id, councilID: councilID, committeeID: committeeID, date: block.date))
            meetingByKey[key] = id
        }
        let (time, status) = MeetingStatus.split(block.time)
        if corpus.meetings[id].time == nil { corpus.meetings[id].time = time }
        if corpus.meetings[id].status == nil { corpus.meetings[id].status = status }
        if corpus.meetings[id].venue == nil { corpus.meetings[id].venue = block.venue }
        if meetingSources.insert(PlacedSource(owner: id, source: source)).inserted { corpus.meetings[id].sources.append(source) }
        return id
    }

    private mutating func issue(_ councilID: Int, _ parsed: ParsedIssue, _ page: Page) -> Int {
        let key = "\(councilID)|\(parsed.title.matchKey)"
        let id: Int
        if let existing = issueByKey[key] {
            id = existing
        } else {
            id = corpus.issues.count
            corpus.issues.append(Issue(id: id, title: parsed.title))
            issueByKey[key] = id
        }
        var issue = corpus.issues[id]
        issue.type = issue.type ?? parsed.type
        issue.status = issue.status ?? parsed.status
        issue.due = issue.due ?? parsed.due
        issue.leadMember = issue.leadMember ?? parsed.leadMember
        issue.wards = issue.wards ?? parsed.wards
        issue.sources.append(Source(path: page.path, kind: page.page.kind, line: parsed.line))
        corpus.issues[id] = issue
        return id
    }

    // MARK: - Placing items

    private mutating func place(_ block: ParsedMeetingBlock, from page: Page, councilID: Int, issueID: Int?) {
        let blockSource = Source(path: page.path, kind: page.page.kind, line: block.line)
        // A meeting the page states with no items on it (cancelled, agenda not yet out, a
        // list of meetings) is still a meeting; a block that states neither committee nor
        // date is nothing to place.
        if block.items.isEmpty, block.committee != nil || block.date != nil {
            _ = meeting(councilID, committee(councilID, block.committee), block, blockSource)
            return
        }
        var placedIDs: [Int] = []
        for parsed in block.items {
            let source = Source(path: page.path, kind: page.page.kind, line: parsed.line)
            let titleKey = parsed.title.matchKey
            if block.committee == nil,
               let existing = matchElsewhere(councilID: councilID, titleKey: titleKey, date: block.date, path: page.path) {
                merge(parsed, into: existing, source: source, issueID: issueID)
                placedIDs.append(existing)
                continue
            }
            let committeeID = committee(councilID, block.committee)
            let meetingID = meeting(councilID, committeeID, block, blockSource)
            let year = block.date?.year
            let numberKey = parsed.number.map { ItemNumbers.key($0, year: year) }
            var target: Int?
            if !titleKey.isEmpty, let id = itemByMeetingTitle[meetingID]?[titleKey],
               !isOtherEntryOfSamePage(id, parsed, page.path) {
                target = id
            } else if let numberKey, let id = itemByMeetingNumber[meetingID]?[numberKey],
                      ItemIdentity.titlesCompatible(corpus.items[id].title.matchKey, titleKey) {
                target = id
            }
            if let target {
                merge(parsed, into: target, source: source, issueID: issueID)
                placedIDs.append(target)
                continue
            }
            let id = corpus.items.count
            var item = Item(id: id, meetingID: meetingID, ref: "", number: parsed.number, title: parsed.title, decision: Decision())
            item.sources = []
            corpus.items.append(item)
            corpus.meetings[meetingID].itemIDs.append(id)
            if !titleKey.isEmpty {
                if itemByMeetingTitle[meetingID]?[titleKey] == nil { itemByMeetingTitle[meetingID, default: [:]][titleKey] = id }
                itemsByCouncilTitle[councilID, default: [:]][titleKey, default: []].append(id)
            }
            if let numberKey, itemByMeetingNumber[meetingID]?[numberKey] == nil {
                itemByMeetingNumber[meetingID, default: [:]][numberKey] = id
            }
            merge(parsed, into: id, source: source, issueID: issueID)
            placedIDs.append(id)
        }
        if let first = placedIDs.first {
            let meetingID = corpus.items[first].meetingID
            if placedIDs.count > (pageOrder[meetingID]?.count ?? 0) { pageOrder[meetingID] = placedIDs }
        }
    }

    /// A decision due at a meeting, or taken by a decision maker on a date, is an item of
    /// that meeting unless the meeting's agenda is known from a whole-meeting page and does
    /// not list it under the same title: the agenda is the record (titles change on the way,
    /// and "the same subject" is not ours to guess). Then a forward-plan entry is left out
    /// (it was only expected) and a decision keeps a meeting of its own, committee not stated.
    private mutating func placeInferred(_ block: ParsedMeetingBlock, from page: Page, issueID: Int?) {
        let councilID = council(page)
        if councilID != unknownCouncil, let name = block.committee, let date = block.date,
           let committeeID = committeeByKey[Self.committeeKey(councilID, name)],
           let meetingID = meetingByKey[Self.meetingKey(committeeID, date)],
           corpus.meetings[meetingID].itemIDs.contains(where: { itemsWithWholeMeetingSource.contains($0) }) {
            let titles = block.items.map(\.title.matchKey)
            if !titles.allSatisfy({ itemByMeetingTitle[meetingID]?[$0] != nil }) {
                guard !block.isForwardPlan else { return }
                var unplaced = block
                unplaced.committee = nil
                place(unplaced, from: page, councilID: councilID, issueID: issueID)
                return
            }
        }
        place(block, from: page, councilID: councilID, issueID: issueID)
    }

    /// `1. Order of business` and its sub-item `1.1 Order of Business` on one page are two
    /// entries: one page never lists the same item twice under two numbers.
    private func isOtherEntryOfSamePage(_ id: Int, _ parsed: ParsedItem, _ path: String) -> Bool {
        let item = corpus.items[id]
        guard let a = item.number, let b = parsed.number, a != b else { return false }
        return item.sources.contains { $0.path == path }
    }

    /// An item from a page that names no committee (`Issue - decisions`, a decision page
    /// without its meeting): the one item of the same known council, on the same date, with
    /// the same title, from another page. Never a procedural title, never undated, never
    /// when more than one item fits.
    private func matchElsewhere(councilID: Int, titleKey: String, date: CivilDate?, path: String) -> Int? {
        guard councilID != unknownCouncil, let date, !titleKey.isEmpty, !ItemIdentity.isProcedural(titleKey),
              let candidates = itemsByCouncilTitle[councilID]?[titleKey] else { return nil }
        let fitting = candidates.filter { id in
            corpus.meetings[corpus.items[id].meetingID].date == date
                && !corpus.items[id].sources.contains { $0.path == path }
        }
        return fitting.count == 1 ? fitting[0] : nil
    }

    private mutating func merge(_ parsed: ParsedItem, into id: Int, source: Source, issueID: Int?) {
        // A whole-meeting page prints the number the meeting used; issue pages often drop
        // the year suffix ("163" for "163/21").
        let wholeMeeting: Set<PageKind> = [.meeting, .cmisMeeting, .plainMinutes, .moderngovXML]
        let fromWholeMeeting = wholeMeeting.contains(source.kind)
        let hadWholeMeetingSource = itemsWithWholeMeetingSource.contains(id)
        if fromWholeMeeting { itemsWithWholeMeetingSource.insert(id) }
        let isNewSource = itemSources.insert(PlacedSource(owner: id, source: source)).inserted
        if isNewSource, let first = corpus.items[id].sources.first, first.path != source.path {
            noteConflicts(corpus.items[id], first, parsed, source)
        }
        // Changed in place, not copied out and back: a copy shares the item's arrays, so
        // each append would copy every source so far, quadratic for one item on many pages
        // (as would be `contains` scans of its sources, hence the sets).
        Self.merge(parsed, into: &corpus.items[id], source: source, issueID: issueID,
                   takeNumber: fromWholeMeeting && !hadWholeMeetingSource, isNewSource: isNewSource)
        if let issueID, !corpus.issues[issueID].itemIDs.contains(id) { corpus.issues[issueID].itemIDs.append(id) }
    }

    /// Facts the item already has that this page states otherwise.
    private mutating func noteConflicts(_ item: Item, _ kept: Source, _ parsed: ParsedItem, _ source: Source) {
        func check(_ fact: String, _ old: String?, _ new: String?, same: (String, String) -> Bool = { $0.matchKey == $1.matchKey }) {
            guard let old, let new, !same(old, new) else { return }
            conflicts.append(.init(fact: fact, item: item.title,
                                   kept: .init(value: old, path: kept.path, line: kept.line),
                                   other: .init(value: new, path: source.path, line: source.line)))
        }
        let year = corpus.meetings[item.meetingID].date?.year
        check("item number", item.number, parsed.number) { ItemNumbers.key($0, year: year) == ItemNumbers.key($1, year: year) }
        check("title", item.title, parsed.title) { ItemIdentity.titlesCompatible($0.matchKey, $1.matchKey) }
        let d = item.decision, p = parsed.decision
        check("decision status", d.status, p.status)
        check("decision maker", d.decisionMaker, p.decisionMaker)
        func yesNo(_ b: Bool?) -> String? { b.map { $0 ? "yes" : "no" } }
        check("key decision", yesNo(d.isKeyDecision), yesNo(p.isKeyDecision))
        check("subject to call-in", yesNo(d.isSubjectToCallIn), yesNo(p.isSubjectToCallIn))
    }

    private struct PlacedSource: Hashable {
        var owner: Int
        var source: Source
    }

    private static func merge(_ parsed: ParsedItem, into item: inout Item, source: Source, issueID: Int?,
                              takeNumber: Bool, isNewSource: Bool) {
        if item.number == nil || (parsed.number != nil && takeNumber) {
            item.number = parsed.number ?? item.number
        }
        let old = item.title, new = parsed.title
        if old.isEmpty || (old.isAllCaps && !new.isAllCaps && !new.isEmpty)
            || (old.hasSuffix("…") && new.count > old.count) {
            item.title = new
        }
        item.agendaText = item.agendaText ?? parsed.agendaText
        item.minutes = item.minutes ?? parsed.minutes
        var d = item.decision
        let p = parsed.decision
        let known = Set(d.resolutions.map(\.matchKey))
        d.resolutions += p.resolutions.filter { !known.contains($0.matchKey) }
        d.reasons = d.reasons ?? p.reasons
        d.alternatives = d.alternatives ?? p.alternatives
        d.callIn = d.callIn ?? p.callIn
        d.decisionMaker = d.decisionMaker ?? p.decisionMaker
        d.isKeyDecision = d.isKeyDecision ?? p.isKeyDecision
        d.isSubjectToCallIn = d.isSubjectToCallIn ?? p.isSubjectToCallIn
        d.status = d.status ?? p.status
        item.decision = d
        for doc in parsed.documents where !item.documents.contains(doc) { item.documents.append(doc) }
        if isNewSource { item.sources.append(source) }
        if let issueID, item.issueID == nil { item.issueID = issueID }
    }

    // MARK: - References

    /// A short hex reference from what identifies the item (council, committee, date,
    /// title), so it survives reloading and adding other files.
    private mutating func assignRefs() {
        var seen: [String: Int] = [:]
        var byRef: [String: Int] = [:]
        for i in corpus.items.indices {
            let item = corpus.items[i]
            let meeting = corpus.meetings[item.meetingID]
            let c = corpus.councils[meeting.councilID]
            let council = c.folder ?? c.statedName.map { "stated:" + $0 } ?? ""
            let committee = corpus.committees[meeting.committeeID].name?.matchKey ?? ""
            var key = "\(council)|\(committee)|\(meeting.date?.iso ?? "undated")|\(item.title.matchKey)"
            let n = seen[key, default: 0]
            seen[key] = n + 1
            if n > 0 { key += "#\(n)" }
            var ref = Self.hexHash(key)
            while byRef[ref] != nil { ref = Self.hexHash(ref + key) }
            byRef[ref] = i
            corpus.items[i] = Item(copying: item, ref: ref)
        }
        corpus.itemByRef = byRef
    }

    static func hexHash(_ s: String) -> String {
        let hex = String(fnv(s), radix: 16)
        let padded = String(repeating: "0", count: max(0, 16 - hex.count)) + hex
        return String(padded.prefix(10))
    }
}

extension Item {
    init(copying item: Item, ref: String) {
        self = Item(id: item.id, meetingID: item.meetingID, ref: ref, number: item.number, title: item.title, decision: item.decision)
        agendaText = item.agendaText
        minutes = item.minutes
        documents = item.documents
        issueID = item.issueID
        sources = item.sources
    }
}
