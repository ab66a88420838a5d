#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A cache file as a sequence of frames: a 4-byte little-endian length, an 8-byte checksum,
/// then that many bytes. The checksum turns a flipped bit on disk into a miss instead of a
/// wrong word in a resolution. Frames let a large corpus be written and read a megabyte at a time, and let the
/// reader hand several frames to several cores.
enum CacheFile {
    /// Frames larger than this are taken as damage, not data.
    static let maximumFrame = 1 << 30

    /// Writes to a private temporary file beside `path` and renames it into place, so a
    /// reader sees the old file or the whole new one, never a half-written one, and two
    /// `minutes` processes saving at once cannot interleave.
    final class Writer {
        private let path: String
        private let temporary: String
        private var fd: Int32
        private var failed = false

        init?(path: String) {
            self.path = path
            temporary = path + ".tmp.\(getpid())"
            // A new file of our own, never through a link someone left in its place.
            unlink(temporary)
            fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd < 0 { return nil }
        }

        deinit { if fd >= 0 { close(fd); unlink(temporary) } }

        func frame(_ w: BinaryWriter) { frame(w.bytes) }

        /// Raw bytes as one frame (large arrays go out without a copy into a writer).
        func frame(_ bytes: [UInt8]) {
            guard bytes.count <= CacheFile.maximumFrame else { failed = true; return }
            var length = UInt32(truncatingIfNeeded: bytes.count).littleEndian
            var sum = bytes.withUnsafeBytes { CacheFile.checksum($0) }.littleEndian
            withUnsafeBytes(of: &length) { writeAll($0) }
            withUnsafeBytes(of: &sum) { writeAll($0) }
            bytes.withUnsafeBytes { writeAll($0) }
        }

        /// Puts the file in place; false (and nothing left behind) if any write failed.
        func commit() -> Bool {
            let ok = !failed && close(fd) == 0
            fd = -1
            if ok, rename(temporary, path) == 0 { return true }
            unlink(temporary)
            return false
        }

        private func writeAll(_ buffer: UnsafeRawBufferPointer) {
            guard !failed, var p = buffer.baseAddress else { return }
            var left = buffer.count
            while left > 0 {
                let n = write(fd, p, left)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { failed = true; return }
                p += n
                left -= n
            }
        }
    }

    /// A fast non-cryptographic checksum, eight bytes a step (FNV byte by byte would add a
    /// third of a second to reading 300 MB).
    static func checksum(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var h: UInt64 = 0x9E3779B97F4A7C15 ^ UInt64(bytes.count)
        let words = bytes.count / 8
        for i in 0..<words {
            let w = bytes.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)
            h = (h ^ w) &* 0xFF51AFD7ED558CCD
            h ^= h >> 29
        }
        for i in (words * 8)..<bytes.count { h = (h ^ UInt64(bytes[i])) &* 0xC4CEB9FE1A85EC53 }
        return h ^ (h >> 32)
    }

    struct Frame {
        let bytes: [UInt8]
        let checksum: UInt64

        func verify() throws {
            guard bytes.withUnsafeBytes({ CacheFile.checksum($0) }) == checksum else {
                throw BinaryReader.Malformed(offset: -1)
            }
        }
    }

    final class Reader {
        private var fd: Int32

        init?(path: String) {
            // Non-blocking, so a FIFO in its place cannot hang the start (regular files
            // ignore the flag); anything but a regular file is refused just below.
            fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
            if fd < 0 { return nil }
            // Ours and writable by nobody else (see `CorpusCache.isPrivate`).
            var st = stat()
            guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, st.st_uid == geteuid(),
                  (st.st_mode & 0o022) == 0 else {
                close(fd)
                fd = -1
                return nil
            }
        }

        deinit { if fd >= 0 { close(fd) } }

        /// The next frame's bytes, checked; nil at a clean end of file. Damage throws.
        func frame() throws -> [UInt8]? {
            guard let f = try uncheckedFrame() else { return nil }
            try f.verify()
            return f.bytes
        }

        /// Like `frame`, but a missing frame is damage too.
        func requiredFrame() throws -> [UInt8] {
            guard let f = try frame() else { throw BinaryReader.Malformed(offset: -1) }
            return f
        }

        /// A frame whose checksum the caller verifies, on another core if it likes.
        func requiredUncheckedFrame() throws -> Frame {
            guard let f = try uncheckedFrame() else { throw BinaryReader.Malformed(offset: -1) }
            return f
        }

        private func uncheckedFrame() throws -> Frame? {
            var header = [UInt8](repeating: 0, count: 12)
            let got = readFully(&header, 12)
            if got == 0 { return nil }
            guard got == 12 else { throw BinaryReader.Malformed(offset: -1) }
            let length = header[0..<4].reversed().reduce(0) { $0 << 8 | Int($1) }
            let sum = header[4..<12].reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            guard length <= CacheFile.maximumFrame else { throw BinaryReader.Malformed(offset: -1) }
            var bytes = [UInt8](unsafeUninitializedCapacity: length) { _, n in n = length }
            guard readFully(&bytes, length) == length else { throw BinaryReader.Malformed(offset: -1) }
            return Frame(bytes: bytes, checksum: sum)
        }

        private func readFully(_ buffer: inout [UInt8], _ count: Int) -> Int {
            buffer.withUnsafeMutableBytes { raw in
                var done = 0
                while done < count {
                    let n = read(fd, raw.baseAddress! + done, count - done)
                    if n < 0 && errno == EINTR { continue }
                    if n <= 0 { break }
                    done += n
                }
                return done
            }
        }
    }
}
