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
    /// `limit` bytes of `text`, ignoring ASCII case. No allocation on native strings.
    static func find<S: StringProtocol>(_ needle: String, in text: S, limit: Int = .max) -> Int? {
        var result: Int?
        var searched = false
        _ = needle.utf8.withContiguousStorageIfAvailable { n in
            text.utf8.withContiguousStorageIfAvailable { t in
                result = search(n, in: t, limit: limit)
                searched = true
            }
        }
        if searched { return result }
        return search(Array(needle.utf8)[...], in: Array(text.utf8)[...], limit: limit)
    }

    private static func search<N: RandomAccessCollection, T: RandomAccessCollection>(_ n: N, in t: T, limit: Int) -> Int?
    where N.Element == UInt8, T.Element == UInt8, N.Index == Int, T.Index == Int {
        guard let first = n.first else { return 0 }
        let end = min(t.endIndex, t.startIndex + min(limit, t.count))
        let count = n.count
        guard end - t.startIndex >= count else { return nil }
        var i = t.startIndex
        let last = end - count
        while i <= last {
            if lower(t[i]) == first {
                var j = 1
                while j < count, lower(t[i + j]) == n[n.startIndex + j] { j += 1 }
                if j == count { return i - t.startIndex }
            }
            i += 1
        }
        return nil
    }

    static func contains<S: StringProtocol>(_ needle: String, in text: S, limit: Int = .max) -> Bool {
        find(needle, in: text, limit: limit) != nil
    }
}
