/// Number formatting for the report (no Foundation `String(format:)` needed).
enum Format {
    static func fixed(_ x: Double, _ digits: Int) -> String {
        guard x.isFinite else { return "–" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let n = (abs(x) * scale).rounded()
        let whole = Int(n / scale)
        let frac = Int(n - Double(whole) * scale)
        let sign = x < 0 && n != 0 ? "-" : ""
        if digits == 0 { return sign + String(whole) }
        let f = String(frac)
        return sign + String(whole) + "." + String(repeating: "0", count: digits - f.count) + f
    }

    static func seconds(_ s: Double) -> String {
        if s >= 1 { return fixed(s, 2) + " s" }
        if s >= 0.001 { return fixed(s * 1000, s >= 0.1 ? 0 : 1) + " ms" }
        return fixed(s * 1_000_000, 0) + " µs"
    }

    static func ms(_ s: Double) -> String { fixed(s * 1000, s * 1000 >= 100 ? 0 : 2) + " ms" }

    static func bytes(_ b: Int) -> String {
        let x = Double(b)
        if b >= 1 << 30 { return fixed(x / 1073741824, 2) + " GiB" }
        if b >= 1 << 20 { return fixed(x / 1048576, 1) + " MiB" }
        if b >= 1 << 10 { return fixed(x / 1024, 1) + " KiB" }
        return "\(b) B"
    }

    static func ratio(_ x: Double) -> String { fixed(x, x >= 10 ? 1 : 2) + "×" }
}
