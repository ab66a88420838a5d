/// A clause's own number or bullet: `1.`, `(2)`, `a)`, `(iv)`, `19.1`, `2.1.1`, `·`, `•`.
///
/// Resolutions nest: `(1)` … `(2) the limits be: a) … b) …` … `(3)`, or report paragraphs
/// `2.1` with `2.1.1` under them. Which clauses are resolutions and which are parts of one
/// depends on the *style* of the first mark in a run (its level) and on the sequence, so a
/// mark is read into its kind and values here and judged by `ResolutionParsing`.
struct ClauseMark: Equatable {
    enum Kind: Equatable { case number, letter, roman, bullet, dotted }
    var kind: Kind
    /// number / letter / roman: one value (a = 1, iv = 4); dotted: every component.
    var values: [Int]
    /// `i`, `v`, `x` alone read as roman by default; this is their value as letters.
    var asLetter: Int?
    /// Bytes of the line the mark takes, with the space after it.
    var length: Int

    /// Marks of the same style are siblings; a different style is a level below.
    func sameStyle(as other: ClauseMark) -> Bool {
        kind == other.kind && (kind != .dotted || values.count == other.values.count)
    }

    /// Can a list start here: `1`, `a`, `i`, `x.1`, any bullet.
    var isStart: Bool {
        switch kind {
        case .bullet: return true
        case .number, .letter, .roman, .dotted: return values.last == 1
        }
    }

    /// Reads `i`, `v`, `x` as letters when they are the next letter of a lettered list.
    func reread(after previous: ClauseMark?) -> ClauseMark {
        guard kind == .roman, let letter = asLetter, let previous, previous.kind == .letter,
              let last = previous.values.last, letter == last + 1 else { return self }
        return ClauseMark(kind: .letter, values: [letter], asLetter: nil, length: length)
    }

    /// The mark at the start of `line`, if any. A single capital then `.` is an initial
    /// (`A. Smith`), not a clause; a mark is followed by a space or ends the line.
    static func read(_ line: String) -> ClauseMark? {
        let u = Array(line.utf8.prefix(16))
        guard let head = u.first else { return nil }
        if head == 0xC2 || head == 0xE2 || head < 0x80 && !(48...57).contains(head) && !isLetter(head) && head != 0x28 {
            // Bullets: one character then a space.
            let bullets: Set<Character> = ["·", "•", "-", "–", "*", "▪", "o"]
            if let first = line.first, bullets.contains(first), line.dropFirst().first == " " {
                return ClauseMark(kind: .bullet, values: [], asLetter: nil, length: String(first).utf8.count + 1)
            }
            return nil
        }
        if head == UInt8(ascii: "o"), u.count > 1, u[1] == 0x20 {
            return ClauseMark(kind: .bullet, values: [], asLetter: nil, length: 2)
        }
        var i = 0
        let open = head == UInt8(ascii: "(")
        if open { i = 1 }
        let startBody = i
        var mark: ClauseMark
        var digits = 0
        var value = 0
        while i < u.count, (48...57).contains(u[i]) { value = value * 10 + Int(u[i] - 48); i += 1; digits += 1 }
        if digits > 0 {
            // `19.1`, `2.1.1`: paragraph numbers of a report or minute, dot-separated.
            var components = [value]
            while i + 1 < u.count, u[i] == UInt8(ascii: "."), (48...57).contains(u[i + 1]), digits <= 3 {
                i += 1
                var c = 0, n = 0
                while i < u.count, (48...57).contains(u[i]) { c = c * 10 + Int(u[i] - 48); i += 1; n += 1 }
                guard n <= 3 else { return nil }
                components.append(c)
            }
            if components.count > 1 {
                guard digits <= 3 else { return nil }
                if i < u.count, !open, u[i] == UInt8(ascii: ".") || u[i] == UInt8(ascii: ")") { i += 1 }
                mark = ClauseMark(kind: .dotted, values: components, asLetter: nil, length: 0)
            } else {
                guard digits <= 2 else { return nil }
                mark = ClauseMark(kind: .number, values: [value], asLetter: nil, length: 0)
            }
        } else {
            var letters = 0
            while i < u.count, isLetter(u[i]) { i += 1; letters += 1 }
            guard letters >= 1 else { return nil }
            let word = String(decoding: u[startBody..<i], as: UTF8.self).lowercased()
            let isRoman = word.allSatisfy { "ivx".contains($0) } && letters <= 5
            guard letters == 1 || isRoman else { return nil }
            let letterValue = letters == 1 ? Int(ASCIIText.lower(u[startBody]) - 96) : nil
            if isRoman {
                mark = ClauseMark(kind: .roman, values: [romanValue(word)], asLetter: letterValue, length: 0)
            } else {
                mark = ClauseMark(kind: .letter, values: [letterValue ?? 0], asLetter: nil, length: 0)
            }
            // A single capital letter then "." is usually an initial ("A. Smith"), not a clause;
            // "I." is the first of an upper-case roman list ("I." "II.").
            if letters == 1, !open, (65...90).contains(u[startBody]), u[startBody] != UInt8(ascii: "I") { return nil }
        }
        if mark.kind != .dotted {
            guard i < u.count else { return nil }
            if open {
                guard u[i] == UInt8(ascii: ")") else { return nil }
            } else {
                guard u[i] == UInt8(ascii: ".") || u[i] == UInt8(ascii: ")") else { return nil }
            }
            i += 1
        } else if open {
            guard i < u.count, u[i] == UInt8(ascii: ")") else { return nil }
            i += 1
        }
        // A clause mark is followed by a space or ends the line ("1." alone, list flattened).
        if i < u.count {
            guard u[i] == 0x20 else { return nil }
            i += 1
        } else if line.utf8.count > u.count {
            return nil
        }
        // `19.1` alone on a line is a number, not a clause (a total, a version).
        if mark.kind == .dotted, i >= line.utf8.count { return nil }
        mark.length = i
        return mark
    }

    private static func isLetter(_ b: UInt8) -> Bool { (97...122).contains(b) || (65...90).contains(b) }

    private static func romanValue(_ word: String) -> Int {
        let v: [Character: Int] = ["i": 1, "v": 5, "x": 10]
        var total = 0
        let values = word.compactMap { v[$0] }
        for (n, x) in values.enumerated() {
            if n + 1 < values.count, x < values[n + 1] { total -= x } else { total += x }
        }
        return total
    }
}
