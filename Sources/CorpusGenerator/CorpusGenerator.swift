#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes realistic, fictional minute documents: ModernGov meeting pages, `Issue - meetings`,
/// `Decision details`, `Agenda item`, `Issue - decisions`, `Issue details`, CMIS pages, HTML
/// saves and Welsh pages, across several councils (one first-level folder each), committees
/// and the years 2005–2026. Document `i` depends only on the seed and `i`, so a corpus is
/// the same on every machine and a bigger corpus extends a smaller one.
public struct CorpusGenerator: Sendable {
    public struct Document: Sendable {
        /// Path under the output folder, `/`-separated, never absolute, never `..`.
        public let relativePath: String
        public let bytes: [UInt8]
    }

    public struct Summary: Sendable {
        public var files = 0
        public var bytes = 0
    }

    public enum Failure: Error, CustomStringConvertible {
        case notEmpty(String)
        case cannotCreate(String, String)
        case cannotWrite(String, String)

        public var description: String {
            switch self {
            case .notEmpty(let p): return "\(p) already holds files; give a new or empty folder to generate into."
            case .cannotCreate(let p, let why): return "Cannot create the folder \(p): \(why)."
            case .cannotWrite(let p, let why): return "Cannot write \(p): \(why)."
            }
        }
    }

    public let seed: UInt64

    public init(seed: UInt64 = 1) { self.seed = seed }

    enum Kind: CaseIterable {
        case meetingText, issueMeetingsText, decisionDetails, agendaItem, issueDecisions, issueDetails
        case issueMeetingsHTML, meetingHTML, cmisText, cmisHTML, welshMeeting, welshAgendaItem
    }

    static func kind(roll: Int, site: CouncilSpec.Site) -> Kind {
        if site == .cmis {
            if roll < 40 { return .cmisText }
            if roll < 50 { return .cmisHTML }
        }
        if site == .welsh {
            if roll < 15 { return .welshMeeting }
            if roll < 22 { return .welshAgendaItem }
        }
        switch roll {
        case ..<30: return .meetingText
        case 30..<53: return .issueMeetingsText
        case 53..<68: return .decisionDetails
        case 68..<80: return .agendaItem
        case 80..<85: return .issueDecisions
        case 85..<89: return .issueDetails
        case 89..<94: return .issueMeetingsHTML
        default: return .meetingHTML
        }
    }

    /// The meeting day of a committee in a month: the same for every document that names
    /// that committee and month, so pages about one meeting meet and merge.
    static func meetingDay(_ council: String, _ committee: String, _ year: Int, _ month: Int) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in (council + "|" + committee + "|\(year)|\(month)").utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return 1 + Int(h % 28)
    }

    static func slug(_ s: String) -> String {
        var out = ""
        var dash = false
        for u in s.lowercased().unicodeScalars {
            if (u >= "a" && u <= "z") || (u >= "0" && u <= "9") {
                if dash && !out.isEmpty { out.append("-") }
                dash = false
                out.unicodeScalars.append(u)
            } else {
                dash = true
            }
        }
        return String(out.prefix(40))
    }

    /// Document number `index` of the corpus.
    public func document(_ index: Int) -> Document {
        var rng = SeededRandom(seed: seed, stream: index)
        let council = Councils.all[rng.pick(Councils.weighted)]
        let committee = rng.chance(0.3) ? council.committees[0] : rng.pick(council.committees)
        let year = rng.chance(0.5) ? rng.int(2015...2026) : rng.int(2005...2026)
        let month = rng.int(1...12)
        let date = Day(year: year, month: month, day: Self.meetingDay(council.folder, committee, year, month))
        let kind = Self.kind(roll: rng.below(100), site: council.site)
        var maker = ContentMaker(rng: SeededRandom(seed: seed &+ 0x5151, stream: index), council: council)
        let contact = maker.person()
        let yy = String(year % 100 + 100).dropFirst()
        let long = rng.chance(0.03)

        func numbers(_ n: Int) -> [String] {
            let base = council.yearSuffixNumbers ? rng.int(1...150) : 1
            return (0..<n).map { k in council.yearSuffixNumbers ? "\(base + k)/\(yy)" : "\(base + k)." }
        }
        func meetingItems(welsh: Bool) -> [ItemContent] {
            let n = long ? rng.int(16...22) : rng.int(4...10)
            let nums = numbers(n)
            var items: [ItemContent] = []
            for (k, num) in nums.enumerated() {
                if k < 3 { items.append(maker.proceduralItem(number: num, index: k, welsh: welsh, date: date)) }
                else { items.append(maker.item(number: num, year: year, committee: committee, long: long)) }
            }
            return items
        }
        func issueNumber() -> String {
            council.yearSuffixNumbers ? "\(rng.int(1...150))/\(yy)" : String(rng.int(4...12))
        }
        func issueBlocks() -> [(committee: String, date: Day, item: ItemContent)] {
            let first = maker.item(number: issueNumber(), year: year, committee: committee)
            var blocks = [(committee, date, first)]
            if rng.chance(0.35), council.committees.count > 1 {
                // Cabinet recommends, Council decides a month or so later.
                let later = month < 12 ? month + 1 : 12
                let full = council.committees[1]
                var item = maker.item(number: issueNumber(), year: year, committee: full)
                item.title = first.title
                blocks.insert((full, Day(year: year, month: later, day: Self.meetingDay(council.folder, full, year, later)), item), at: 0)
            }
            return blocks
        }

        var text: String
        var ext = "txt"
        switch kind {
        case .meetingText:
            let kinds = ["Agenda, decisions and minutes", "Agenda and minutes", "Agenda and draft minutes", "Agenda, decisions and draft minutes"]
            text = TextLayouts.meetingPage(kindLine: rng.pick(kinds), committee: committee, date: date, dateStyle: rng.below(4),
                                           venue: council.venue, contact: contact, items: meetingItems(welsh: false), welsh: false)
        case .welshMeeting:
            text = TextLayouts.meetingPage(kindLine: "Rhaglen a chofnodion", committee: committee, date: date, dateStyle: 0,
                                           venue: council.venue, contact: contact, items: meetingItems(welsh: true), welsh: true)
        case .meetingHTML:
            ext = rng.chance(0.5) ? "html" : "htm"
            text = HTMLLayouts.meetingPage(committee: committee, date: date, dateStyle: rng.below(4), venue: council.venue,
                                           contact: contact, items: meetingItems(welsh: false))
        case .cmisText:
            let items = meetingItems(welsh: false).enumerated().map { k, c -> ItemContent in
                var c = c; c.number = String(k + 1); return c
            }
            text = TextLayouts.cmisMeeting(committee: committee, date: date, venue: council.venue, contact: contact, items: items)
        case .cmisHTML:
            ext = "html"
            let items = meetingItems(welsh: false).enumerated().map { k, c -> ItemContent in
                var c = c; c.number = String(k + 1); return c
            }
            text = HTMLLayouts.cmisMeeting(committee: committee, date: date, venue: council.venue, contact: contact, items: items)
        case .issueMeetingsText:
            let blocks = issueBlocks()
            text = TextLayouts.issueMeetings(title: blocks[0].item.title, blocks: blocks)
        case .issueMeetingsHTML:
            ext = "html"
            let blocks = issueBlocks()
            text = HTMLLayouts.issueMeetings(title: blocks[0].item.title, blocks: blocks)
        case .decisionDetails:
            let c = maker.item(number: "", year: year, committee: committee)
            let purpose = maker.paragraph(Vocabulary.agendaSentences, sentences: 1...2, topic: c.title, year: year)
            text = TextLayouts.decisionDetails(c, maker: committee, date: date, purpose: purpose, key: rng.chance(0.5))
        case .agendaItem:
            var c = maker.item(number: "", year: year, committee: committee)
            if c.minutes.isEmpty { c.minutes = ["The report was introduced."] }
            text = TextLayouts.agendaItem(c)
        case .welshAgendaItem:
            text = TextLayouts.agendaItem(maker.welshItem(number: "", year: year))
        case .issueDecisions:
            let title = maker.topicTitle()
            var decisions: [(Day, String, [String])] = []
            for k in 0..<rng.int(1...3) {
                let c = maker.item(number: "", year: year, committee: committee)
                let m = max(1, month - 3 * k)
                let clauses = c.resolutions.isEmpty ? ["That the report be noted."] : c.resolutions
                decisions.append((Day(year: year, month: m, day: Self.meetingDay(council.folder, committee, year, m)),
                                  title + " – " + rng.pick(["Approval", "Award of Contract", "Consultation", "Final Decision"]), clauses))
            }
            text = TextLayouts.issueDecisions(title: title, decisions: decisions)
        case .issueDetails:
            let title = maker.topicTitle()
            let purpose = maker.paragraph(Vocabulary.agendaSentences, sentences: 2...3, topic: title, year: year)
            text = TextLayouts.issueDetails(title: title, purpose: purpose, due: date, committee: committee,
                                            lead: rng.pick(Vocabulary.portfolios), wards: (0..<rng.int(1...5)).map { _ in maker.place() },
                                            contact: contact)
        }

        // Folders as people organise them: by year, by committee, or all in one.
        let kindSlug: String
        switch kind {
        case .decisionDetails: kindSlug = "decision-" + Self.slug(text.split(separator: "\n", maxSplits: 3)[1].description)
        case .agendaItem, .welshAgendaItem: kindSlug = "agenda-item"
        case .issueMeetingsText, .issueMeetingsHTML: kindSlug = "issue"
        case .issueDecisions: kindSlug = "issue-decisions"
        case .issueDetails: kindSlug = "issue-details"
        default: kindSlug = "meeting"
        }
        let name = "\(kindSlug)-\(date.iso)-\(index).\(ext)"
        let path: String
        switch council.folders {
        case .byYear: path = "\(council.folder)/\(year)/\(Self.slug(committee))-\(name)"
        case .byCommittee: path = "\(council.folder)/\(Self.slug(committee))/\(name)"
        case .flat: path = "\(council.folder)/\(Self.slug(committee))-\(name)"
        }

        // Older saves: a few CRLF, BOM and Windows-1252 files.
        var bytes: [UInt8]
        let roll = rng.below(1000)
        if ext == "txt", roll < 10 {
            bytes = Array(text.replacingPlaceholder("\n", with: "\r\n").utf8)
        } else if ext == "txt", roll < 15 {
            bytes = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        } else if ext == "txt", roll < 20, council.site != .welsh {
            bytes = Self.windows1252(text)
        } else {
            bytes = Array(text.utf8)
        }
        return Document(relativePath: path, bytes: bytes)
    }

    static func windows1252(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        let table: [Unicode.Scalar: UInt8] = ["’": 0x92, "‘": 0x91, "“": 0x93, "”": 0x94, "–": 0x96, "…": 0x85, "€": 0x80]
        for s in text.unicodeScalars {
            if s.value < 0x80 { out.append(UInt8(s.value)) }
            else if let b = table[s] { out.append(b) }
            else if s.value < 0x100 { out.append(UInt8(s.value)) }
            else { out.append(UInt8(ascii: "?")) }
        }
        return out
    }

    /// Writes documents `0..<count` under `directory`, which must be new or empty. Creates
    /// only folders and files below it (exclusive create: nothing existing is overwritten).
    public func write(count: Int, to directory: String, progress: ((Int) -> Void)? = nil) throws -> Summary {
        try Self.prepare(directory)
        var summary = Summary()
        var madeFolders = Set<String>()
        for i in 0..<count {
            let doc = document(i)
            try Self.store(doc, under: directory, madeFolders: &madeFolders)
            summary.files += 1
            summary.bytes += doc.bytes.count
            if (i + 1) % 1000 == 0 { progress?(i + 1) }
        }
        return summary
    }

    static func prepare(_ directory: String) throws {
        var st = stat()
        if stat(directory, &st) == 0 {
            guard (st.st_mode & S_IFMT) == S_IFDIR else { throw Failure.notEmpty(directory) }
            guard let dir = opendir(directory) else { throw Failure.cannotCreate(directory, String(cString: strerror(errno))) }
            defer { closedir(dir) }
            while let e = readdir(dir) {
                let name = withUnsafeBytes(of: e.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                if name != "." && name != ".." { throw Failure.notEmpty(directory) }
            }
        } else {
            try makeFolders(directory)
        }
    }

    static func makeFolders(_ path: String) throws {
        var built = path.hasPrefix("/") ? "" : "."
        for part in path.split(separator: "/") {
            built += "/" + part
            if mkdir(built, 0o755) != 0 && errno != EEXIST {
                throw Failure.cannotCreate(built, String(cString: strerror(errno)))
            }
        }
    }

    static func store(_ doc: Document, under root: String, madeFolders: inout Set<String>) throws {
        let parts = doc.relativePath.split(separator: "/")
        precondition(!doc.relativePath.hasPrefix("/") && !parts.contains("..") && !parts.contains("."),
                     "generated path escapes the output folder: \(doc.relativePath)")
        var folder = root
        for p in parts.dropLast() {
            folder += "/" + p
            if madeFolders.insert(folder).inserted, mkdir(folder, 0o755) != 0, errno != EEXIST {
                throw Failure.cannotCreate(folder, String(cString: strerror(errno)))
            }
        }
        let file = root + "/" + doc.relativePath
        let fd = open(file, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else { throw Failure.cannotWrite(file, String(cString: strerror(errno))) }
        defer { close(fd) }
        var written = 0
        try doc.bytes.withUnsafeBytes { raw in
            while written < raw.count {
                let n = posixWrite(fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 { if errno == EINTR { continue }; throw Failure.cannotWrite(file, String(cString: strerror(errno))) }
                written += n
            }
        }
    }
}

private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
#if canImport(Glibc)
    return Glibc.write(fd, buffer, count)
#else
    return Darwin.write(fd, buffer, count)
#endif
}
