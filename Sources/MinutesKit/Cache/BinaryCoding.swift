/// A compact binary form for the parsed-corpus cache: little-endian varints, length-prefixed
/// UTF-8 strings and raw runs of fixed-width integers.
///
/// Hand-written rather than `Codable` because decoding 100,000 documents' worth of model
/// must take a fraction of a second: Codable's keyed containers cost far more per field
/// than reading a varint. Every read is bounds-checked and throws on a short or malformed
/// buffer, so a damaged cache file is a cache miss, never a crash.
struct BinaryWriter {
    private(set) var bytes: [UInt8] = []

    init(reservingCapacity n: Int = 0) { bytes.reserveCapacity(n) }

    mutating func byte(_ b: UInt8) { bytes.append(b) }

    mutating func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// Non-negative counts and ids (negative values are a bug in the caller).
    mutating func count(_ n: Int) { varint(UInt64(max(0, n))) }

    /// Any Int, zig-zag encoded so small negatives stay short.
    mutating func int(_ n: Int) { varint(UInt64(bitPattern: Int64((n << 1) ^ (n >> 63)))) }

    mutating func bool(_ b: Bool) { bytes.append(b ? 1 : 0) }

    /// nil, false, true as 0, 1, 2.
    mutating func optionalBool(_ b: Bool?) { bytes.append(b.map { $0 ? 2 : 1 } ?? 0) }

    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            count(utf8.count)
            bytes.append(contentsOf: utf8)
        }
    }

    /// nil as 0, otherwise length + 1.
    mutating func optionalString(_ s: String?) {
        guard var s else { bytes.append(0); return }
        s.withUTF8 { utf8 in
            count(utf8.count + 1)
            bytes.append(contentsOf: utf8)
        }
    }

    mutating func optionalInt(_ n: Int?) {
        guard let n else { bytes.append(0); return }
        bytes.append(1)
        int(n)
    }

    mutating func strings(_ list: [String]) {
        count(list.count)
        for s in list { string(s) }
    }

    /// A run of fixed-width values copied as they sit in memory (little-endian on every
    /// platform we build for), for large integer arrays that must load at memcpy speed.
    mutating func raw<T: FixedWidthInteger>(_ values: [T]) {
        count(values.count)
        values.withUnsafeBytes { bytes.append(contentsOf: $0) }
    }

    /// Raw bytes with their length, for already-encoded blocks.
    mutating func block(_ data: [UInt8]) {
        count(data.count)
        bytes.append(contentsOf: data)
    }
}

struct BinaryReader {
    struct Malformed: Error, CustomStringConvertible {
        let offset: Int
        var description: String { "cache data malformed at byte \(offset)" }
    }

    private let buffer: UnsafeRawBufferPointer
    private(set) var offset: Int

    /// Reads `buffer`, which must outlive the reader (use inside `withUnsafeBytes`).
    init(_ buffer: UnsafeRawBufferPointer, offset: Int = 0) {
        self.buffer = buffer
        self.offset = offset
    }

    var isAtEnd: Bool { offset >= buffer.count }

    mutating func byte() throws -> UInt8 {
        guard offset < buffer.count else { throw Malformed(offset: offset) }
        defer { offset += 1 }
        return buffer[offset]
    }

    mutating func varint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < buffer.count, shift < 64 else { throw Malformed(offset: offset) }
            let b = buffer[offset]
            offset += 1
            result |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return result }
            shift += 7
        }
    }

    /// A count or id, checked against what is left so a corrupt length cannot ask for
    /// gigabytes: nothing we store has more elements than it has bytes.
    mutating func count() throws -> Int {
        let v = try varint()
        guard v <= UInt64(buffer.count - offset) else { throw Malformed(offset: offset) }
        return Int(v)
    }

    /// A non-negative id or number with no relation to the bytes left.
    mutating func index() throws -> Int {
        let v = try varint()
        guard v <= UInt64(Int32.max) else { throw Malformed(offset: offset) }
        return Int(v)
    }

    mutating func int() throws -> Int {
        let v = try varint()
        return Int(Int64(bitPattern: (v >> 1) ^ (0 &- (v & 1))))
    }

    mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw Malformed(offset: offset - 1)
        }
    }

    mutating func optionalBool() throws -> Bool? {
        switch try byte() {
        case 0: return nil
        case 1: return false
        case 2: return true
        default: throw Malformed(offset: offset - 1)
        }
    }

    private mutating func utf8(_ n: Int) throws -> String {
        guard n <= buffer.count - offset else { throw Malformed(offset: offset) }
        let s = String(decoding: UnsafeRawBufferPointer(rebasing: buffer[offset..<offset + n]), as: UTF8.self)
        offset += n
        return s
    }

    mutating func string() throws -> String { try utf8(try count()) }

    mutating func optionalString() throws -> String? {
        let n = try varint()
        guard n > 0 else { return nil }
        guard n - 1 <= UInt64(buffer.count - offset) else { throw Malformed(offset: offset) }
        return try utf8(Int(n - 1))
    }

    mutating func optionalInt() throws -> Int? {
        try byte() == 0 ? nil : try int()
    }

    mutating func strings() throws -> [String] {
        let n = try count()
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try string()) }
        return out
    }

    mutating func raw<T: FixedWidthInteger>(_: T.Type = T.self) throws -> [T] {
        let n = try count()
        let size = n * MemoryLayout<T>.stride
        guard size <= buffer.count - offset else { throw Malformed(offset: offset) }
        let source = buffer.baseAddress.map { UnsafeRawPointer($0) + offset }
        let out = [T](unsafeUninitializedCapacity: n) { dest, initialized in
            if let source, n > 0 { UnsafeMutableRawPointer(dest.baseAddress!).copyMemory(from: source, byteCount: size) }
            initialized = n
        }
        offset += size
        return out
    }

    mutating func block() throws -> UnsafeRawBufferPointer {
        let n = try count()
        let slice = UnsafeRawBufferPointer(rebasing: buffer[offset..<offset + n])
        offset += n
        return slice
    }
}
