#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CorpusCache.Key {
    /// The key for what a load of `walk`'s folder would give now, or nil when the folder
    /// has no real path (then nothing is cached).
    init?(directory: String, walk: DirectoryWalk, maximumFileSize: Int, followsSymlinks: Bool = false) {
        guard let real = realpath(directory, nil) else { return nil }
        root = String(cString: real)
        free(real)
        var h = StampHasher()
        h.add(UInt64(CorpusCache.formatVersion))
        h.add(Self.executableStamp)
        // A PDF skipped for want of pdftotext is read once poppler-utils is installed.
        h.add(PDFConverter.standard.stamp)
        h.add(UInt64(maximumFileSize))
        h.add(followsSymlinks ? 1 : 0)
        h.add(root)
        h.add(UInt64(walk.files.count))
        for f in walk.files {
            h.add(f.relativePath)
            h.add(UInt64(bitPattern: f.size))
            h.add(f.modified)
            h.add(f.changed)
            h.add(f.inode)
        }
        h.add(UInt64(walk.skipped.count))
        for s in walk.skipped {
            h.add(s.path)
            h.add(s.reason)
            h.add(s.detail ?? "")
        }
        stamp = h.value
    }

    /// Size and times of the running program: a rebuilt `minutes` may read pages
    /// differently, so it must not trust what an older build parsed.
    static let executableStamp: String = {
        var st = stat()
        guard stat("/proc/self/exe", &st) == 0 else { return "unknown" }
        return "\(st.st_size):\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec):\(st.st_ino)"
    }()
}

/// FNV-1a over everything that identifies a load; strings end with a zero byte so that
/// ("ab", "c") and ("a", "bc") differ.
struct StampHasher {
    private(set) var value: UInt64 = 0xcbf29ce484222325

    mutating func add(_ s: String) {
        for b in s.utf8 { value = (value ^ UInt64(b)) &* 0x100000001b3 }
        value = (value ^ 0) &* 0x100000001b3
    }

    mutating func add(_ n: UInt64) {
        var v = n
        for _ in 0..<8 {
            value = (value ^ (v & 0xFF)) &* 0x100000001b3
            v >>= 8
        }
    }

    mutating func add(_ t: timespec) {
        add(UInt64(bitPattern: Int64(t.tv_sec)))
        add(UInt64(bitPattern: Int64(t.tv_nsec)))
    }
}
