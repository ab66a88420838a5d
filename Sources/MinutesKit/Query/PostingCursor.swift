/// Little-endian base-128 varints, the encoding of every number in the index's buffers.
enum Varint {
    @inline(__always)
    static func append(_ value: UInt64, to out: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }

    static func size(_ value: UInt64) -> Int {
        var v = value, n = 1
        while v >= 0x80 { v >>= 7; n += 1 }
        return n
    }

    /// The varint at `at`, advancing past it; nil when it runs past `end` or is too long.
    /// Query-time reads go through here, so a damaged buffer ends a list instead of trapping.
    @inline(__always)
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ at: inout Int, _ end: Int) -> UInt64? {
        guard at < end else { return nil }
        let first = bytes[at]
        if first < 0x80 { at += 1; return UInt64(first) }
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while at < end, shift < 64 {
            let b = bytes[at]
            at += 1
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return result }
            shift += 7
        }
        return nil
    }
}

/// Walks one token's posting list in item order. A posting is
/// `varint(itemDelta << 1 | single)`, then, unless `single` (title 0, body 1: the common
/// case), `varint(body << 1 | hasTitle)` and `varint(title)` when `hasTitle`.
///
/// With `positions` it also walks the token's position list in step: per posting,
/// `title + body` delta-coded positions (title positions first), so a phrase check decodes
/// only the candidates' positions and skips the rest without decoding them.
struct PostingCursor {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var at: Int
    private let end: Int
    private let positions: UnsafeBufferPointer<UInt8>
    private var positionAt: Int
    private let positionEnd: Int
    /// Item ids at or above this end the list (they can only come from a damaged cache).
    private let itemLimit: Int
    /// Positions not yet read or skipped: the current posting's, and those of the postings
    /// passed over since the last read, skipped in one go when positions are next read.
    private var pendingPositions = 0
    /// How many of `pendingPositions` belong to the current posting.
    private var currentPositions = 0

    private(set) var item = -1
    private(set) var title = 0
    private(set) var body = 0

    init(postings: UnsafeBufferPointer<UInt8>, range: Range<Int>, positions: UnsafeBufferPointer<UInt8>? = nil,
         positionRange: Range<Int> = 0..<0, itemLimit: Int) {
        bytes = postings
        at = range.lowerBound
        end = range.upperBound
        self.positions = positions ?? UnsafeBufferPointer(start: nil, count: 0)
        positionAt = positions == nil ? 0 : positionRange.lowerBound
        positionEnd = positions == nil ? 0 : positionRange.upperBound
        self.itemLimit = itemLimit
    }

    /// Moves to the next posting; false at the end of the list.
    @inline(__always)
    mutating func next() -> Bool {
        guard let head = Varint.read(bytes, &at, end) else { return finish() }
        // Item ids are stored as the gap from the previous one (the first from -1).
        let gap = head >> 1
        guard gap >= 1, gap <= UInt64(itemLimit), item + Int(gap) < itemLimit else { return finish() }
        item += Int(gap)
        if head & 1 == 1 {
            title = 0; body = 1
        } else {
            guard let counts = Varint.read(bytes, &at, end), counts < UInt64(UInt32.max) else { return finish() }
            body = Int(counts >> 1)
            if counts & 1 == 1 {
                guard let t = Varint.read(bytes, &at, end), t < UInt64(UInt32.max) else { return finish() }
                title = Int(t)
            } else {
                title = 0
            }
        }
        if positions.baseAddress != nil {
            // Each position takes a byte at least: more than the list's bytes is damage (and
            // would have the phrase check allocate room for them).
            guard title + body <= positionEnd - positionAt - pendingPositions else { return finish() }
            currentPositions = title + body
            pendingPositions += currentPositions
        }
        return true
    }

    /// Moves to the first posting at or after `target` (staying put if already there);
    /// false when the list ends first.
    @inline(__always)
    mutating func seek(_ target: Int) -> Bool {
        while item < target { if !next() { return false } }
        return true
    }

    private mutating func finish() -> Bool {
        at = end
        item = Int.max
        title = 0; body = 0
        pendingPositions = 0
        currentPositions = 0
        return false
    }

    /// Skips `n` varints: only their last bytes (high bit clear) are counted, eight bytes
    /// at a time while at least eight remain to skip (so a word never holds more last bytes
    /// than are left to count; stopping inside a varint is fine, its last byte comes later).
    private mutating func skipPositions(_ count: Int) {
        var n = count
        var i = positionAt
        if let base = positions.baseAddress {
            let raw = UnsafeRawPointer(base)
            while n >= 8, i + 8 <= positionEnd {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                n -= (~w & 0x8080_8080_8080_8080).nonzeroBitCount
                i += 8
            }
        }
        while n > 0, i < positionEnd {
            if positions[i] < 0x80 { n -= 1 }
            i += 1
        }
        positionAt = i
    }

    /// Writes the current posting's positions, ascending (title positions first), to
    /// `out`, which must have room for `title + body`; returns how many were written (fewer
    /// only when the buffer is damaged).
    mutating func readPositions(into out: UnsafeMutablePointer<UInt32>) -> Int {
        let skipped = pendingPositions - currentPositions
        if skipped > 0 { skipPositions(skipped) }
        pendingPositions = 0
        var p: UInt64 = 0
        var n = 0
        while n < currentPositions {
            guard let d = Varint.read(positions, &positionAt, positionEnd) else { break }
            p = n == 0 ? d : p &+ d
            guard p <= UInt64(UInt32.max) else { break }
            out[n] = UInt32(p)
            n += 1
        }
        currentPositions = 0
        return n
    }
}
