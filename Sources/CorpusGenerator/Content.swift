/// A date on a meeting schedule, with what the page headers need.
struct Day: Sendable, Equatable {
    let year: Int, month: Int, day: Int

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July",
                             "August", "September", "October", "November", "December"]
    static let weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
    static let welshMonths = ["Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin", "Gorffennaf",
                              "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"]
    static let welshWeekdays = ["Dydd Sul", "Dydd Llun", "Dydd Mawrth", "Dydd Mercher", "Dydd Iau", "Dydd Gwener", "Dydd Sadwrn"]

    /// 0 = Sunday (Sakamoto's method).
    var weekday: Int {
        let t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + t[month - 1] + day) % 7
    }

    var numeric: String { two(day) + "/" + two(month) + "/" + String(year) }
    var iso: String { String(year) + "-" + two(month) + "-" + two(day) }
    var prose: String { "\(day) \(Day.monthNames[month - 1]) \(year)" }

    func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    static func ordinal(_ n: Int) -> String {
        if (11...13).contains(n % 100) { return "\(n)th" }
        switch n % 10 {
        case 1: return "\(n)st"
        case 2: return "\(n)nd"
        case 3: return "\(n)rd"
        default: return "\(n)th"
        }
    }

    static func welshOrdinal(_ n: Int) -> String {
        let table = [1: "af", 2: "il", 3: "ydd", 4: "ydd", 5: "ed", 6: "ed", 7: "fed", 8: "fed", 9: "fed", 10: "fed",
                     11: "eg", 12: "fed", 13: "eg", 14: "eg", 15: "fed", 16: "eg", 17: "eg", 18: "fed", 19: "eg", 20: "fed"]
        return "\(n)\(table[n] ?? "ain")"
    }

    /// A meeting header date in one of the long forms councils print (`DateParsing.long`).
    func longForm(_ style: Int) -> String {
        let wd = Day.weekdayNames[weekday], mn = Day.monthNames[month - 1]
        switch style % 4 {
        case 0: return "\(wd), \(Day.ordinal(day)) \(mn), \(year) 10.00 am"
        case 1: return "\(wd) \(Day.ordinal(day)) \(mn) \(year) 6.00 p.m."
        case 2: return "\(wd), \(day) \(mn) \(year) 10:30 am"
        default: return "\(wd), \(Day.ordinal(day)) \(mn), \(year) 2.00 pm"
        }
    }

    var welshLongForm: String {
        "\(Day.welshWeekdays[weekday]), \(Day.welshOrdinal(day)) \(Day.welshMonths[month - 1]), \(year) 10.00 o'r gloch"
    }

    /// CMIS: `15 Sep 2025 - 10:00 to 13:00`.
    var cmisForm: String { "\(day) \(Day.monthNames[month - 1].prefix(3)) \(year) - 10:00 to 13:00" }
}

/// What one agenda item says, before it is laid out on a page.
struct ItemContent {
    var number: String
    var title: String
    var pdfSize: String?
    var agenda: [String] = []
    var documents: [String] = []
    var resolutions: [String] = []
    /// How the resolution is introduced (see `TextLayouts.resolution`).
    var resolutionStyle = 0
    var reasons: String?
    var callIn: String?
    var minutes: [String] = []
    var welsh = false
}

/// Fills sentence templates and builds items from the vocabulary.
struct ContentMaker {
    var rng: SeededRandom
    let council: CouncilSpec

    init(rng: SeededRandom, council: CouncilSpec) {
        self.rng = rng
        self.council = council
    }

    var isWelshSite: Bool { council.site == .welsh }

    mutating func place() -> String {
        if isWelshSite && rng.chance(0.6) { return rng.pick(Vocabulary.welshPlaces) }
        let roll = rng.below(100)
        if roll < 20 {
            return rng.pick(Vocabulary.placeStarts) + rng.pick(Vocabulary.placeMiddles) + rng.pick(Vocabulary.placeEnds)
        }
        if roll < 28 {
            return rng.pick(Vocabulary.placeStarts) + rng.pick(Vocabulary.placeMiddles) + rng.pick(Vocabulary.placeMiddles)
                + rng.pick(Vocabulary.placeEnds)
        }
        return rng.pickSkewed(Vocabulary.placeStarts) + rng.pickSkewed(Vocabulary.placeEnds)
    }

    mutating func surname() -> String {
        if rng.chance(0.35) { return rng.pick(Vocabulary.plainSurnames) }
        if rng.chance(0.25) {
            return rng.pick(Vocabulary.surnameRoots) + rng.pick(Vocabulary.placeMiddles) + rng.pick(Vocabulary.surnameEnds)
        }
        return rng.pickSkewed(Vocabulary.surnameRoots) + rng.pickSkewed(Vocabulary.surnameEnds)
    }

    mutating func person() -> String { rng.pick(Vocabulary.firstNames) + " " + surname() }

    mutating func money() -> String {
        if rng.chance(0.5) { return "£\(rng.int(1...95)).\(rng.int(0...9))m" }
        return "£\(rng.int(12...990)),\(rng.int(0...9))00"
    }

    mutating func count() -> String {
        let n = rng.int(3...6000)
        return n >= 1000 ? "\(n / 1000),\(String(n % 1000 + 1000).dropFirst())" : String(n)
    }

    mutating func year(around y: Int) -> String {
        let base = y + rng.int(-3...2)
        return rng.chance(0.5) ? "\(base)/\(String((base + 1) % 100 + 100).dropFirst())" : String(base)
    }

    mutating func topicTitle() -> String {
        let (pattern, _) = rng.pickSkewed(Vocabulary.topics)
        return pattern.contains("{P}") ? pattern.replacingPlaceholder("{P}", with: place()) : pattern
    }

    mutating func welshTopicTitle() -> String {
        let pattern = rng.pick(Vocabulary.welshTopics)
        return pattern.contains("{P}") ? pattern.replacingPlaceholder("{P}", with: rng.pick(Vocabulary.welshPlaces)) : pattern
    }

    /// Replaces every `{X}` slot of a template.
    mutating func fill(_ template: String, topic: String, year: Int) -> String {
        var out = ""
        out.reserveCapacity(template.utf8.count + 40)
        var chars = template.makeIterator()
        while let c = chars.next() {
            guard c == "{" else { out.append(c); continue }
            var key = ""
            while let k = chars.next(), k != "}" { key.append(k) }
            switch key {
            case "P": out += place()
            case "N": out += person()
            case "R": out += rng.pick(Vocabulary.officerRoles)
            case "M": out += money()
            case "C": out += count()
            case "Y": out += self.year(around: year)
            case "Q": out += "\(rng.int(3...96))%"
            case "T": out += topic.lowercasedFirst
            case "A": out += rng.pick(Vocabulary.adjectives)
            case "D": out += Day(year: year + rng.int(0...1), month: rng.int(1...12), day: rng.int(1...28)).prose
            case "W": out += place() + " " + rng.pick(Vocabulary.roads)
            case "O": out += rng.pick(Vocabulary.portfolios)
            default: out += key
            }
        }
        return out
    }

    mutating func paragraph(_ templates: [String], sentences: ClosedRange<Int>, topic: String, year: Int) -> String {
        var parts: [String] = []
        for _ in 0..<rng.int(sentences) { parts.append(fill(rng.pick(templates), topic: topic, year: year)) }
        return parts.joined(separator: " ")
    }

    /// A substantive item; `long` makes the narrative longer (the few big meeting pages).
    mutating func item(number: String, year: Int, committee: String, long: Bool = false) -> ItemContent {
        if isWelshSite && rng.chance(0.4) { return welshItem(number: number, year: year) }
        var title = topicTitle()
        if title.contains("Monitoring") || title.contains("Strategy") || rng.chance(0.2) { title += " " + self.year(around: year) }
        if committee.lowercased().contains("planning") || committee.lowercased().contains("development") {
            title = "\(String(year % 100 + 100).dropFirst())/\(String(rng.int(10000...99999)).dropFirst())/\(rng.pick(["FUL", "OUT", "REM", "HOU", "LBC"])) – Land at \(rng.int(1...240)) \(place()) \(rng.pick(Vocabulary.roads)), \(place())"
        }
        var c = ItemContent(number: number, title: title)
        if rng.chance(0.7) { c.pdfSize = rng.chance(0.2) ? "\(rng.int(1...4)) MB" : "\(rng.int(90...990)) KB" }
        for _ in 0..<rng.int(1...2) {
            c.agenda.append(paragraph(Vocabulary.agendaSentences, sentences: 2...4, topic: title, year: year))
        }
        if rng.chance(0.5) {
            for k in 1...rng.int(1...3) {
                c.documents.append("Annex \(k) – \(rng.pick(["Consultation Report", "Equality Impact Assessment", "Financial Appraisal", "Site Plan", "Action Plan"])), item \(number)")
            }
        }
        let clauses = rng.chance(0.15) ? 0 : rng.int(1...4)
        for _ in 0..<clauses { c.resolutions.append(fill(rng.pick(Vocabulary.resolutionSentences), topic: title, year: year)) }
        c.resolutionStyle = council.site == .scottish ? 5 : rng.below(5)
        if rng.chance(0.6) { c.reasons = paragraph(Vocabulary.reasonSentences, sentences: 1...2, topic: title, year: year) }
        if rng.chance(0.4) { c.callIn = "[The decisions on this item can be called in by the \(rng.pick(council.committees))]" }
        let paragraphs = long ? rng.int(3...5) : rng.int(1...3)
        for _ in 0..<paragraphs {
            c.minutes.append(paragraph(Vocabulary.minutesSentences, sentences: 2...5, topic: title, year: year))
        }
        return c
    }

    mutating func welshItem(number: String, year: Int) -> ItemContent {
        let title = welshTopicTitle()
        var c = ItemContent(number: number, title: title)
        c.welsh = true
        if rng.chance(0.6) { c.pdfSize = "\(rng.int(90...990)) KB" }
        c.agenda.append(paragraph(Vocabulary.welshSentences, sentences: 2...3, topic: title, year: year))
        for _ in 0..<rng.int(1...3) { c.resolutions.append(fill(rng.pick(Vocabulary.welshResolutions), topic: title, year: year)) }
        c.resolutionStyle = 6
        for _ in 0..<rng.int(1...2) {
            c.minutes.append(paragraph(Vocabulary.welshSentences, sentences: 2...4, topic: title, year: year))
        }
        return c
    }

    /// Apologies, declarations, previous minutes: short items every meeting page opens with.
    mutating func proceduralItem(number: String, index: Int, welsh: Bool, date: Day) -> ItemContent {
        if welsh {
            var c = ItemContent(number: number, title: Vocabulary.welshProcedural[index % Vocabulary.welshProcedural.count])
            c.welsh = true
            c.minutes = [index == 0 ? "Derbyniwyd ymddiheuriad gan y Cynghorydd \(person())." : "Ni chafwyd unrhyw ddatganiadau o fuddiant."]
            return c
        }
        let title = Vocabulary.procedural[index % 3]
        var c = ItemContent(number: number, title: title)
        switch index % 3 {
        case 0: c.minutes = [rng.chance(0.3) ? "None." : "Apologies were received from Councillor \(person()) and Councillor \(person())."]
        case 1: c.minutes = [rng.chance(0.6) ? "There were none." : "Councillor \(person()) declared a personal interest as a member of the \(place()) Residents’ Association."]
        default:
            c.resolutions = ["That the minutes of the meeting held on \(Day(year: date.year, month: max(1, date.month - 1), day: rng.int(1...28)).prose) be approved as a correct record."]
            c.resolutionStyle = council.site == .scottish ? 5 : 1
        }
        return c
    }
}

extension String {
    var lowercasedFirst: String {
        guard let f = first, f.isUppercase, dropFirst().first?.isLowercase ?? true else { return self }
        return f.lowercased() + dropFirst()
    }

    func replacingPlaceholder(_ key: String, with value: String) -> String {
        var parts = components(separatedByString: key)
        guard parts.count > 1 else { return self }
        var out = parts.removeFirst()
        for p in parts { out += value + p }
        return out
    }

    /// Foundation-free `components(separatedBy:)` for a short literal separator.
    func components(separatedByString sep: String) -> [String] {
        var result: [String] = []
        var rest = Substring(self)
        while let r = rest.range(of: sep) {
            result.append(String(rest[..<r.lowerBound]))
            rest = rest[r.upperBound...]
        }
        result.append(String(rest))
        return result
    }
}

extension Substring {
    func range(of needle: String) -> Range<Substring.Index>? {
        guard let first = needle.first else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i] == first, self[i...].hasPrefix(needle) {
                return i..<index(i, offsetBy: needle.count)
            }
            i = index(after: i)
        }
        return nil
    }
}
