/// Reads the date forms councils print in structured lines.
///
/// Only ever called on structured lines (`Meeting:`, meeting headers, `Date of decision:`):
/// body text is full of other dates that are not the meeting's.
public enum DateParsing {
    /// `23/02/2021` at the start of `text`; returns the date and what follows it.
    public static func numeric(_ text: Substring) -> (CivilDate, Substring)? {
        let u = Array(text.utf8.prefix(10))
        guard u.count == 10, u[2] == UInt8(ascii: "/"), u[5] == UInt8(ascii: "/") else { return nil }
        func digits(_ r: Range<Int>) -> Int? {
            var n = 0
            for i in r { guard (48...57).contains(u[i]) else { return nil }; n = n * 10 + Int(u[i] - 48) }
            return n
        }
        guard let d = digits(0..<2), let m = digits(3..<5), let y = digits(6..<10),
              let date = CivilDate(year: y, month: m, day: d) else { return nil }
        return (date, text.dropFirst(10))
    }

    static let months: [String: Int] = {
        var table: [String: Int] = [:]
        let english = ["january", "february", "march", "april", "may", "june", "july",
                       "august", "september", "october", "november", "december"]
        for (i, name) in english.enumerated() {
            table[name] = i + 1
            table[String(name.prefix(3))] = i + 1
        }
        table["sept"] = 9
        let welsh = ["ionawr", "chwefror", "mawrth", "ebrill", "mai", "mehefin", "gorffennaf",
                     "awst", "medi", "hydref", "tachwedd", "rhagfyr"]
        for (i, name) in welsh.enumerated() { table[name] = i + 1 }
        // Welsh mutations after "o" or numerals: "Fawrth", "Orffennaf", "Fedi", "Ragfyr".
        table["fawrth"] = 3; table["orffennaf"] = 7; table["fedi"] = 9; table["ragfyr"] = 12
        table["chwefror"] = 2; table["hebrill"] = 4
        return table
    }()

    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
        "dydd", "llun", "mercher", "iau", "gwener", "sadwrn", "sul",
    ]

    /// Long forms: `Wednesday, 2nd October, 2019 10.10 am`, `Wed 11 Jan 2023`,
    /// `February 10, 2026`, `15 Sep 2025 - 10:00 to 13:00`,
    /// `Dydd Iau, 9fed Hydref, 2014 2.00 o'r gloch`. The date must open the text (after an
    /// optional weekday); returns the date and the rest (usually the time).
    public static func long(_ text: String) -> (CivilDate, String)? {
        // The date opens the text, so the first few words decide; a long line (a whole
        // one-paragraph page) is split in full only when they hold a date.
        let head = text.split(maxSplits: 8, whereSeparator: { $0 == " " || $0 == "," })
        guard head.count == 9 else { return long(tokens: head, text) }
        // The ninth element is the unsplit rest. The first eight words hold any date unless
        // a run of six weekday names pushes it further; then split in full after all.
        let words = Array(head.dropLast())
        if afterWeekdays(words) + 2 >= words.count {
            return long(tokens: text.split(whereSeparator: { $0 == " " || $0 == "," }), text)
        }
        return long(tokens: words, text)
    }

    /// Index of the first word after an optional weekday; in Welsh "Dydd Mawrth" is
    /// Tuesday, so the word after "Dydd" is always skipped even though "Mawrth" is also March.
    private static func afterWeekdays(_ tokens: [Substring]) -> Int {
        var i = 0
        while i < tokens.count, weekdays.contains(tokens[i].lowercased().trimmingTrailingDot()) {
            if tokens[i].lowercased() == "dydd" { i += 2 } else { i += 1 }
        }
        return i
    }

    /// `tokens` are the text's first words (all of them when it has few).
    private static func long(tokens: [Substring], _ text: String) -> (CivilDate, String)? {
        var tokens = tokens
        let i = afterWeekdays(tokens)
        var removed = 0
        // `16 TH JUNE 2020`: a PDF's superscript ordinal comes out as a word of its own.
        if i + 1 < tokens.count, dayNumber(tokens[i]) != nil, ordinalSuffixes.contains(tokens[i + 1].lowercased()) {
            tokens.remove(at: i + 1)
            removed = 1
        }
        guard i + 2 < tokens.count else { return nil }
        let first = tokens[i], second = tokens[i + 1], third = tokens[i + 2]
        var day: Int?, month: Int?, year: Int?
        if let d = dayNumber(first), let m = months[second.lowercased().trimmingTrailingDot()] {
            day = d; month = m; year = yearNumber(third)
        } else if let m = months[first.lowercased().trimmingTrailingDot()], let d = dayNumber(second) {
            day = d; month = m; year = yearNumber(third)
        }
        guard let d = day, let m = month, let y = year, let date = CivilDate(year: y, month: m, day: d) else {
            return nil
        }
        let rest = text.split(whereSeparator: { $0 == " " || $0 == "," }).dropFirst(i + 3 + removed).joined(separator: " ")
        return (date, rest)
    }

    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// `2nd`, `21`, `9fed`, `1af`, `22ain`: digits then letters.
    static func dayNumber(_ token: Substring) -> Int? {
        let digits = token.prefix(while: { $0.isASCII && $0.isNumber })
        guard (1...2).contains(digits.count), let n = Int(digits) else { return nil }
        let suffix = token.dropFirst(digits.count).lowercased()
        let allowed: Set<String> = ["", "st", "nd", "rd", "th", "af", "il", "ydd", "ed", "fed", "eg", "ain", "."]
        guard allowed.contains(suffix) else { return nil }
        return n
    }

    static func yearNumber(_ token: Substring) -> Int? {
        let digits = token.prefix(while: { $0.isASCII && $0.isNumber })
        guard digits.count == 4, token.count <= 5 else { return nil }
        return Int(digits)
    }
}

extension StringProtocol {
    func trimmingTrailingDot() -> String {
        var s = String(self)
        while s.hasSuffix(".") { s.removeLast() }
        return s
    }
}
