import Foundation

/// What the table says about where it was measured.
struct Machine: Codable {
    var date: String
    var cores: Int
    var model: String
    var memory: String
    /// /proc/loadavg when the run started: other work on the machine skews every number.
    var loadAverage: String

    static func describe() -> Machine {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate, .withTime, .withColonSeparatorInTime, .withTimeZone]
        var model = "unknown CPU"
        var memory = "?"
        if let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
           let line = info.split(separator: "\n").first(where: { $0.hasPrefix("model name") }),
           let colon = line.firstIndex(of: ":") {
            model = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        if let info = try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8),
           let line = info.split(separator: "\n").first(where: { $0.hasPrefix("MemTotal:") }),
           let kb = Int(line.split(separator: " ").dropFirst().first ?? "") {
            memory = Format.bytes(kb * 1024)
        }
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))
            .map { $0.split(separator: " ").prefix(3).joined(separator: " ") } ?? "?"
        return Machine(date: formatter.string(from: Date()), cores: ProcessInfo.processInfo.activeProcessorCount,
                       model: model, memory: memory, loadAverage: load)
    }
}

/// Files and bytes on disk under a folder (regular files, symlinks not followed).
struct CorpusSize: Codable {
    var files = 0
    var bytes = 0

    static func measure(_ root: String) -> CorpusSize {
        var size = CorpusSize()
        guard let walker = FileManager.default.enumerator(atPath: root) else { return size }
        while let rel = walker.nextObject() as? String {
            guard let attrs = walker.fileAttributes, attrs[.type] as? FileAttributeType == .typeRegular else { continue }
            size.files += 1
            size.bytes += (attrs[.size] as? NSNumber)?.intValue ?? 0
            _ = rel
        }
        return size
    }
}
