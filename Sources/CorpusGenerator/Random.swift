/// SplitMix64: small, fast and the same on every platform, so a seed always gives the same
/// corpus (Swift's `SystemRandomNumberGenerator` cannot be seeded).
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// An independent stream for document `index` of a corpus, so documents can be written
    /// in any order (or in parallel) and still come out the same.
    public init(seed: UInt64, stream index: Int) {
        var r = SeededRandom(seed: seed ^ (UInt64(truncatingIfNeeded: index) &* 0x9E37_79B9_7F4A_7C15))
        state = r.next() ^ 0xD1B5_4A32_D192_ED03
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// 0 ..< n (n > 0).
    public mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }

    public mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    public mutating func chance(_ p: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < p
    }

    public mutating func pick<T>(_ array: [T]) -> T { array[below(array.count)] }

    /// Skewed towards the front of the array (Zipf-like), so some entries are common and
    /// the tail is rare, as in real text.
    public mutating func pickSkewed<T>(_ array: [T]) -> T {
        let u = Double(next() >> 11) / Double(1 << 53)
        let i = Int(Double(array.count) * u * u * u)
        return array[min(array.count - 1, i)]
    }
}
