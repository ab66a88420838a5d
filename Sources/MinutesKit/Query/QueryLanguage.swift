/// The search language the browser's `/` prompt and `minutes search` share:
///
///     committee:cabinet after:2021-01-01 before:2022-01-01 "home to school" transport
///
/// - bare words must all appear in an item (title or body), in any order;
/// - `"quoted words"` must appear together, in that order;
/// - `committee:NAME`, `council:NAME` narrow by name (case-insensitive, an exact name wins,
///   otherwise any name containing it); quote names with spaces: `committee:"select committee"`;
/// - `after:DATE` and `before:DATE` are strict, `from:DATE` and `to:DATE` inclusive,
///   `on:DATE` one day; DATE is YYYY-MM-DD.
/// A word with a colon whose prefix is not one of these keys is searched as text.
public struct SearchQuery: Equatable, Sendable {
    /// Every token that must occur, phrase tokens included, without duplicates.
    public var words: [String] = []
    /// Token sequences that must occur consecutively within one field.
    public var phrases: [[String]] = []
    /// The words typed outside any phrase: each of their hits counts towards the rank
    /// (a phrase counts once per occurrence, so its `to` and `the` do not inflate it).
    public var looseWords: [String] = []
    public var filter = Filter()

    public init(words: [String] = [], phrases: [[String]] = [], filter: Filter = Filter()) {
        self.words = words
        self.phrases = phrases
        let inPhrases = Set(phrases.joined())
        self.looseWords = words.filter { !inPhrases.contains($0) }
        self.filter = filter
    }

    /// True when the query has no text to match (filters only).
    public var hasText: Bool { !words.isEmpty }

    public enum ParseError: Error, Equatable, CustomStringConvertible {
        case badDate(key: String, value: String)
        case emptyValue(key: String)

        public var description: String {
            switch self {
            case .badDate(let key, let value):
                return "\(key): takes a date as YYYY-MM-DD, like 2021-02-23, not '\(TerminalText.singleLine(value))'."
            case .emptyValue(let key):
                return "\(key): needs a value, like \(key == "committee" || key == "council" ? "\(key):cabinet" : "\(key):2021-02-23")."
            }
        }
    }

    static let textKeys: Set<String> = ["committee", "council"]
    static let dateKeys: Set<String> = ["after", "before", "from", "to", "on", "date"]

    public init(parsing text: String) throws {
        for term in Self.terms(of: text) {
            switch term {
            case .phrase(let p):
                addPhrase(Tokenizer.words(in: p))
            case .word(let w):
                addPhrase(Tokenizer.words(in: w))
            case .keyed(let key, let value):
                try apply(key: key, value: value)
            }
        }
    }

    mutating func addPhrase(_ tokens: [String]) {
        guard !tokens.isEmpty else { return }
        for t in tokens where !words.contains(t) { words.append(t) }
        // `home-to-school` or `77/21` typed as one word means those tokens in that order.
        if tokens.count > 1 {
            if !phrases.contains(tokens) { phrases.append(tokens) }
        } else if !looseWords.contains(tokens[0]) {
            looseWords.append(tokens[0])
        }
    }

    mutating func apply(key: String, value: String) throws {
        let value = value.trimmingSpaces
        if value.isEmpty { throw ParseError.emptyValue(key: key) }
        switch key {
        case "committee": filter.committee = value
        case "council": filter.council = value
        default:
            guard let date = CivilDate(iso: value) else { throw ParseError.badDate(key: key, value: value) }
            var bound = Filter()
            switch key {
            case "after": bound.from = date.nextDay ?? date
            case "before": bound.to = date.previousDay ?? date
            case "from": bound.from = date
            case "to": bound.to = date
            default: bound.from = date; bound.to = date
            }
            filter = filter.intersected(with: bound)
        }
    }

    enum Term: Equatable { case word(String), phrase(String), keyed(String, String) }

    /// Splits on spaces, keeping `"quoted text"` and `key:"quoted value"` together. An
    /// unclosed quote runs to the end of the text (the user is still typing it).
    static func terms(of text: String) -> [Term] {
        var terms: [Term] = []
        let chars = Array(text)
        var i = 0
        func readQuoted() -> String {
            // chars[i] is the opening quote.
            i += 1
            var s = ""
            while i < chars.count, !isQuote(chars[i]) { s.append(chars[i]); i += 1 }
            if i < chars.count { i += 1 }
            return s
        }
        while i < chars.count {
            let c = chars[i]
            if c == " " || c == "\t" || c == "\n" { i += 1; continue }
            if isQuote(c) { terms.append(.phrase(readQuoted())); continue }
            var word = ""
            while i < chars.count, chars[i] != " ", chars[i] != "\t", chars[i] != "\n" {
                if word.last == ":", isQuote(chars[i]), let key = keyOf(word) {
                    let value = readQuoted()
                    terms.append(.keyed(key, value))
                    word = ""
                    break
                }
                word.append(chars[i]); i += 1
            }
            if word.isEmpty { continue }
            if let colon = word.firstIndex(of: ":"), let key = keyOf(String(word[...colon])) {
                terms.append(.keyed(key, String(word[word.index(after: colon)...])))
            } else {
                terms.append(.word(word))
            }
        }
        return terms
    }

    static func isQuote(_ c: Character) -> Bool { c == "\"" || c == "“" || c == "”" }

    /// `committee:` → `committee` when it is a known key.
    static func keyOf(_ prefixWithColon: String) -> String? {
        let key = prefixWithColon.dropLast().lowercased()
        return textKeys.contains(key) || dateKeys.contains(key) ? key : nil
    }
}

extension CivilDate {
    /// The following calendar day (nil after 2100-12-31).
    public var nextDay: CivilDate? {
        if day < CivilDate.daysIn(month: month, year: year) { return CivilDate(year: year, month: month, day: day + 1) }
        if month < 12 { return CivilDate(year: year, month: month + 1, day: 1) }
        return CivilDate(year: year + 1, month: 1, day: 1)
    }

    /// The preceding calendar day (nil before 1900-01-01).
    public var previousDay: CivilDate? {
        if day > 1 { return CivilDate(year: year, month: month, day: day - 1) }
        if month > 1 { return CivilDate(year: year, month: month - 1, day: CivilDate.daysIn(month: month - 1, year: year)) }
        return CivilDate(year: year - 1, month: 12, day: 31)
    }
}

extension String {
    var trimmingSpaces: String {
        var s = Substring(self)
        while s.first == " " { s = s.dropFirst() }
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
