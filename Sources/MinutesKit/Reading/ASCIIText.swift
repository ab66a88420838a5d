/// Byte-level, ASCII case-insensitive matching for the per-line checks every reader runs.
///
/// Labels and markers (`Decision:`, `RESOLVED`, `called in by`) are ASCII, so looking for
/// them never needs Unicode case mapping; doing it on bytes keeps a page's scan linear and
/// cheap (the profile of a 10,000-page load was dominated by `lowercased()` per line).
enum ASCIIText {
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { (b &- 65) < 26 ? b | 0x20 : b }

    /// `needle` must be lowercase ASCII.
    static func hasPrefix<S: StringProtocol>(_ text: S, lowercase needle: String) -> Bool {
        var t = text.utf8.makeIterator()
        for n in needle.utf8 {
            guard let b = t.next(), lower(b) == n else { return false }
        }
        return true
    }

    /// Byte offset of the first occurrence of `needle` (lowercase ASCII) in the first
    /// `limit` bytes of `text`, ignoring ASCII case.
    static func find<S: StringProtocol>(_ needle: String, in text: S, limit: Int = .max) -> Int? {
        let n = Array(needle.utf8)
        guard let first = n.first else { return 0 }
        var window: [UInt8] = []
        window.reserveCapacity(min(limit, text.utf8.count))
        for b in text.utf8.prefix(limit) { window.append(lower(b)) }
        guard window.count >= n.count else { return nil }
        var i = 0
        let last = window.count - n.count
        while i <= last {
            if window[i] == first {
                var j = 1
                while j < n.count, window[i + j] == n[j] { j += 1 }
                if j == n.count { return i }
            }
            i += 1
        }
        return nil
    }

    static func contains<S: StringProtocol>(_ needle: String, in text: S, limit: Int = .max) -> Bool {
        find(needle, in: text, limit: limit) != nil
    }
}
