/// The corpus model in the cache's binary form, entity by entity.
///
/// Ids are positions (an entity's id is its index in its array), so they are not stored;
/// every reference between entities is checked against the counts on the way in, so a
/// damaged file fails to decode instead of leaving an index that traps later. Source paths
/// go through a table: each file's path is stored once and shared by every item it fed,
/// which also makes a cached corpus smaller in memory than a freshly parsed one.
enum CorpusCoding {
    /// How many of each entity a corpus has, written first so references can be checked.
    struct Counts: Equatable {
        var councils = 0, committees = 0, meetings = 0, items = 0, issues = 0, paths = 0

        func encode(into w: inout BinaryWriter) {
            for n in [councils, committees, meetings, items, issues, paths] { w.count(n) }
        }

        init() {}
        init(_ r: inout BinaryReader) throws {
            councils = try r.index(); committees = try r.index(); meetings = try r.index()
            items = try r.index(); issues = try r.index(); paths = try r.index()
        }
    }

    /// Strings many records repeat (source paths, encodings), stored once.
    struct PathTable {
        private(set) var strings: [String] = []
        private var index: [String: Int] = [:]

        mutating func id(_ s: String) -> Int {
            if let i = index[s] { return i }
            index[s] = strings.count
            strings.append(s)
            return strings.count - 1
        }
    }

    // MARK: - Encoding

    static func encode(_ c: Council, into w: inout BinaryWriter) {
        w.optionalString(c.folder)
        w.optionalString(c.statedName)
    }

    static func encode(_ c: Committee, paths: inout PathTable, into w: inout BinaryWriter) {
        w.count(c.councilID)
        w.optionalString(c.name)
        ids(c.meetingIDs, into: &w)
        sources(c.sources, paths: &paths, into: &w)
    }

    static func encode(_ m: Meeting, paths: inout PathTable, into w: inout BinaryWriter) {
        w.count(m.councilID)
        w.count(m.committeeID)
        date(m.date, into: &w)
        w.optionalString(m.time)
        w.optionalString(m.venue)
        w.optionalString(m.status)
        ids(m.itemIDs, into: &w)
        sources(m.sources, paths: &paths, into: &w)
    }

    static func encode(_ i: Item, paths: inout PathTable, into w: inout BinaryWriter) {
        w.count(i.meetingID)
        w.string(i.ref)
        w.optionalString(i.number)
        w.string(i.title)
        w.optionalString(i.agendaText)
        let d = i.decision
        w.strings(d.resolutions)
        w.optionalString(d.reasons)
        w.optionalString(d.alternatives)
        w.optionalString(d.callIn)
        w.optionalString(d.decisionMaker)
        w.optionalBool(d.isKeyDecision)
        w.optionalBool(d.isSubjectToCallIn)
        w.optionalString(d.status)
        w.optionalString(i.minutes)
        w.strings(i.documents)
        w.optionalInt(i.issueID)
        sources(i.sources, paths: &paths, into: &w)
    }

    static func encode(_ i: Issue, paths: inout PathTable, into w: inout BinaryWriter) {
        w.string(i.title)
        ids(i.itemIDs, into: &w)
        w.optionalString(i.type)
        w.optionalString(i.status)
        w.optionalString(i.due)
        w.optionalString(i.leadMember)
        w.optionalString(i.wards)
        sources(i.sources, paths: &paths, into: &w)
    }

    static func encode(_ l: LoadReport.Loaded, paths: inout PathTable, into w: inout BinaryWriter) {
        w.count(paths.id(l.path))
        w.byte(kindCode(l.kind))
        w.count(paths.id(l.encoding))
        w.count(l.meetings)
        w.count(l.items)
        w.strings(l.warnings)
    }

    static func encode(_ s: LoadReport.Skipped, into w: inout BinaryWriter) {
        w.string(s.path)
        w.string(s.reason)
        w.optionalString(s.detail)
    }

    static func encode(_ c: LoadReport.Conflict, into w: inout BinaryWriter) {
        w.string(c.fact)
        w.string(c.item)
        for s in [c.kept, c.other] {
            w.string(s.value)
            w.string(s.path)
            w.int(s.line)
        }
    }

    private static func ids(_ list: [Int], into w: inout BinaryWriter) {
        w.count(list.count)
        for id in list { w.count(id) }
    }

    private static func date(_ d: CivilDate?, into w: inout BinaryWriter) {
        guard let d else { w.count(0); return }
        w.count(d.year * 10_000 + d.month * 100 + d.day)
    }

    private static func sources(_ list: [Source], paths: inout PathTable, into w: inout BinaryWriter) {
        w.count(list.count)
        for s in list {
            w.count(paths.id(s.path))
            w.byte(kindCode(s.kind))
            w.int(s.line)
        }
    }

    private static let kinds = PageKind.allCases
    private static func kindCode(_ k: PageKind) -> UInt8 { UInt8(kinds.firstIndex(of: k)!) }

    // MARK: - Decoding

    static func council(id: Int, _ r: inout BinaryReader) throws -> Council {
        Council(id: id, folder: try r.optionalString(), statedName: try r.optionalString())
    }

    static func committee(id: Int, counts: Counts, paths: [String], _ r: inout BinaryReader) throws -> Committee {
        let councilID = try reference(&r, below: counts.councils)
        var c = Committee(id: id, councilID: councilID, name: try r.optionalString())
        c.meetingIDs = try ids(&r, below: counts.meetings)
        c.sources = try sources(&r, paths: paths)
        return c
    }

    static func meeting(id: Int, counts: Counts, paths: [String], _ r: inout BinaryReader) throws -> Meeting {
        let councilID = try reference(&r, below: counts.councils)
        let committeeID = try reference(&r, below: counts.committees)
        var m = Meeting(id: id, councilID: councilID, committeeID: committeeID, date: try date(&r))
        m.time = try r.optionalString()
        m.venue = try r.optionalString()
        m.status = try r.optionalString()
        m.itemIDs = try ids(&r, below: counts.items)
        m.sources = try sources(&r, paths: paths)
        return m
    }

    static func item(id: Int, counts: Counts, paths: [String], _ r: inout BinaryReader) throws -> Item {
        let meetingID = try reference(&r, below: counts.meetings)
        let ref = try r.string()
        let number = try r.optionalString()
        let title = try r.string()
        let agendaText = try r.optionalString()
        var d = Decision()
        d.resolutions = try r.strings()
        d.reasons = try r.optionalString()
        d.alternatives = try r.optionalString()
        d.callIn = try r.optionalString()
        d.decisionMaker = try r.optionalString()
        d.isKeyDecision = try r.optionalBool()
        d.isSubjectToCallIn = try r.optionalBool()
        d.status = try r.optionalString()
        var item = Item(id: id, meetingID: meetingID, ref: ref, number: number, title: title, decision: d)
        item.agendaText = agendaText
        item.minutes = try r.optionalString()
        item.documents = try r.strings()
        if let issue = try r.optionalInt() {
            guard issue >= 0, issue < counts.issues else { throw BinaryReader.Malformed(offset: r.offset) }
            item.issueID = issue
        }
        item.sources = try sources(&r, paths: paths)
        return item
    }

    static func issue(id: Int, counts: Counts, paths: [String], _ r: inout BinaryReader) throws -> Issue {
        var i = Issue(id: id, title: try r.string())
        i.itemIDs = try ids(&r, below: counts.items)
        i.type = try r.optionalString()
        i.status = try r.optionalString()
        i.due = try r.optionalString()
        i.leadMember = try r.optionalString()
        i.wards = try r.optionalString()
        i.sources = try sources(&r, paths: paths)
        return i
    }

    static func loaded(paths: [String], _ r: inout BinaryReader) throws -> LoadReport.Loaded {
        let path = try string(&r, paths)
        let kind = try self.kind(&r)
        let encoding = try string(&r, paths)
        return LoadReport.Loaded(path: path, kind: kind, encoding: encoding, meetings: try r.index(),
                                 items: try r.index(), warnings: try r.strings())
    }

    static func skipped(_ r: inout BinaryReader) throws -> LoadReport.Skipped {
        let path = try r.string()
        guard let reason = LoadReport.SkipReason(rawValue: try r.string()) else {
            throw BinaryReader.Malformed(offset: r.offset)
        }
        return LoadReport.Skipped(path: path, reason: reason, detail: try r.optionalString())
    }

    static func conflict(_ r: inout BinaryReader) throws -> LoadReport.Conflict {
        let fact = try r.string(), item = try r.string()
        func sighting() throws -> LoadReport.Sighting {
            LoadReport.Sighting(value: try r.string(), path: try r.string(), line: try r.int())
        }
        return LoadReport.Conflict(fact: fact, item: item, kept: try sighting(), other: try sighting())
    }

    static func reference(_ r: inout BinaryReader, below limit: Int) throws -> Int {
        let id = try r.index()
        guard id < limit else { throw BinaryReader.Malformed(offset: r.offset) }
        return id
    }

    private static func ids(_ r: inout BinaryReader, below limit: Int) throws -> [Int] {
        let n = try r.count()
        var out: [Int] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try reference(&r, below: limit)) }
        return out
    }

    private static func date(_ r: inout BinaryReader) throws -> CivilDate? {
        let n = try r.index()
        if n == 0 { return nil }
        guard let d = CivilDate(year: n / 10_000, month: n / 100 % 100, day: n % 100) else {
            throw BinaryReader.Malformed(offset: r.offset)
        }
        return d
    }

    private static func kind(_ r: inout BinaryReader) throws -> PageKind {
        let code = Int(try r.byte())
        guard code < kinds.count else { throw BinaryReader.Malformed(offset: r.offset) }
        return kinds[code]
    }

    private static func string(_ r: inout BinaryReader, _ table: [String]) throws -> String {
        table[try reference(&r, below: table.count)]
    }

    private static func sources(_ r: inout BinaryReader, paths: [String]) throws -> [Source] {
        let n = try r.count()
        var out: [Source] = []
        out.reserveCapacity(n)
        for _ in 0..<n {
            let path = try string(&r, paths)
            out.append(Source(path: path, kind: try kind(&r), line: try r.int()))
        }
        return out
    }
}
