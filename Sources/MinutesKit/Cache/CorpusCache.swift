#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The parsed-corpus cache: a folder outside the documents holding, per loaded folder, the
/// corpus as it was last parsed and its search index, so the next start reads one binary
/// file instead of parsing every page again.
///
/// A cached corpus is used only when it is exactly what parsing would give now: its stamp
/// covers every file's path, size, modification and change times and inode, the folders
/// the walk could not enter, the loader's options and the `minutes` executable itself (a
/// new build may read pages differently). Anything else, including a damaged or
/// half-written file, is a miss, and the folder is parsed as if there were no cache.
/// Nothing is ever written under the loaded folder.
public struct CorpusCache: Sendable {
    /// Bumped whenever the file layout or the meaning of a field changes.
    static let formatVersion = 5
    static let corpusMagic = "minutes corpus cache"
    static let indexMagic = "minutes index cache"

    /// The cache folder (created when first written, mode 0700): an absolute path with no
    /// symlink in it, fixed when the cache is made, so a relative MINUTES_CACHE_DIR means
    /// the folder it named then and the inside-DIR check compares real paths.
    public let directory: String

    public init(directory: String) { self.directory = CachePath.resolve(directory) }

    /// Where the cache lives by default: `$MINUTES_CACHE_DIR`, else `$XDG_CACHE_HOME/minutes`,
    /// else `~/.cache/minutes`. nil when `MINUTES_CACHE_DIR` is `off` or no home is known.
    public static func standard() -> CorpusCache? {
        func env(_ name: String) -> String? {
            guard let v = getenv(name) else { return nil }
            let s = String(cString: v)
            return s.isEmpty ? nil : s
        }
        if let dir = env("MINUTES_CACHE_DIR") { return dir == "off" ? nil : CorpusCache(directory: dir) }
        if let xdg = env("XDG_CACHE_HOME"), xdg.hasPrefix("/") { return CorpusCache(directory: xdg + "/minutes") }
        if let home = env("HOME"), home.hasPrefix("/") { return CorpusCache(directory: home + "/.cache/minutes") }
        return nil
    }

    // MARK: - Corpus

    /// The cached corpus of the folder `key` names, if it is still exactly what parsing gives.
    func corpus(root: String, key: Key) -> Corpus? {
        guard isUsable(for: key.root), let reader = CacheFile.Reader(path: path(of: "corpus", key)) else { return nil }
        do {
            let header = try reader.requiredFrame()
            return try header.withUnsafeBytes { raw -> Corpus? in
                var r = BinaryReader(raw)
                guard try Self.readHeader(&r, magic: Self.corpusMagic, key: key) else { return nil }
                let counts = try CorpusCoding.Counts(&r)
                return try CorpusFrames.read(from: reader, counts: counts, root: root, key: key)
            }
        } catch {
            return nil
        }
    }

    /// Saves `corpus` for the next start. Failure (a read-only home, a full disk) only
    /// means the next start parses again; it is reported as false, never thrown. A corpus
    /// in which a file ran short of resources is never saved: it is not what the folder
    /// holds, only what this run managed to read.
    @discardableResult
    func save(_ corpus: Corpus, key: Key) -> Bool {
        guard corpus.report.shortOfResources.isEmpty, prepareDirectory(notUnder: key.root), let writer = CacheFile.Writer(path: path(of: "corpus", key)) else {
            return false
        }
        var w = Self.header(magic: Self.corpusMagic, key: key)
        let paths = CorpusFrames.pathTable(of: corpus)
        CorpusFrames.counts(of: corpus, paths: paths).encode(into: &w)
        writer.frame(w)
        CorpusFrames.write(corpus, paths: paths, to: writer)
        let ok = writer.commit()
        if ok { pruneStale() }
        return ok
    }

    /// Saves a corpus `Loader.load` read with this cache but did not save (see
    /// `Loader.Options.savesToCache`); false when it could not or when it came from here.
    @discardableResult
    public func save(_ corpus: Corpus) -> Bool {
        guard let key = corpus.cacheKey, !corpus.isFromCache else { return false }
        return save(corpus, key: key)
    }

    // MARK: - Files

    /// What every cache file starts with: which kind of file, which layout, which folder,
    /// and the stamp its contents were made for.
    static func header(magic: String, key: Key) -> BinaryWriter {
        var w = BinaryWriter()
        w.string(magic)
        w.count(formatVersion)
        w.string(key.root)
        w.varint(key.stamp)
        return w
    }

    /// True when a header written by `header` is for exactly `key`.
    static func readHeader(_ r: inout BinaryReader, magic: String, key: Key) throws -> Bool {
        try r.string() == magic && r.index() == formatVersion && r.string() == key.root && r.varint() == key.stamp
    }

    /// Which folder a cache file belongs to and the stamp its contents must carry.
    struct Key: Equatable, Sendable {
        /// The loaded folder's real path.
        var root: String
        var stamp: UInt64
    }

    func path(of kind: String, _ key: Key) -> String {
        "\(directory)/\(kind)-\(Self.hex(fnv(key.root))).bin"
    }

    static func hex(_ v: UInt64) -> String {
        let s = String(v, radix: 16)
        return String(repeating: "0", count: 16 - s.count) + s
    }

    /// Creates the cache folder (0700) unless it is, or would be, inside the loaded folder.
    func prepareDirectory(notUnder root: String) -> Bool {
        guard !CachePath.isInside(directory, root: root) else { return false }
        var path = ""
        for part in directory.split(separator: "/", omittingEmptySubsequences: true) {
            path += "/" + part
            if mkdir(path, 0o700) != 0 && errno != EEXIST { return false }
        }
        // Checked again now that it exists: a symlink swapped in meanwhile must not lead
        // the write into the folder after all.
        return isUsable(for: root) && access(directory, W_OK | X_OK) == 0
    }

    /// Private, and not inside the loaded folder `root` (a real path): a cache file inside
    /// would be one of the documents, and writing it would break the folder's read-only rule.
    func isUsable(for root: String) -> Bool {
        isPrivate && !CachePath.isInside(CachePath.resolve(directory), root: root)
    }

    /// The cache folder is ours and nobody else can write in it. Cached text goes to the
    /// screen unchecked (it was sanitised when parsed), so a file someone else could have
    /// planted, say in a shared MINUTES_CACHE_DIR=/tmp/x, must never be read.
    var isPrivate: Bool {
        var st = stat()
        guard lstat(directory, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { return false }
        return st.st_uid == geteuid() && (st.st_mode & 0o022) == 0
    }

    /// Removes cache files whose folder no longer exists (test runs, deleted downloads),
    /// so the cache does not grow without bound.
    func pruneStale() {
        guard let dir = opendir(directory) else { return }
        var names: [String] = []
        while let entry = readdir(dir) {
            let name = direntName(entry)
            if name.hasPrefix("corpus-"), name.hasSuffix(".bin") { names.append(name) }
            // A run that stopped while saving leaves `….bin.tmp.PID`; gone once PID is.
            if let dot = name.firstRange(of: ".bin.tmp."), let pid = Int32(name[dot.upperBound...]),
               kill(pid, 0) != 0, errno == ESRCH {
                unlink(directory + "/" + name)
            }
        }
        closedir(dir)
        for name in names {
            let file = directory + "/" + name
            guard let reader = CacheFile.Reader(path: file), let header = try? reader.requiredFrame() else { continue }
            let root: String? = header.withUnsafeBytes { raw in
                var r = BinaryReader(raw)
                guard (try? r.string()) == Self.corpusMagic, (try? r.index()) != nil else { return nil }
                return try? r.string()
            }
            guard let root else { continue }
            var st = stat()
            if stat(root, &st) != 0 && errno == ENOENT {
                unlink(file)
                unlink(directory + "/index-" + name.dropFirst("corpus-".count))
            }
        }
    }
}

/// FNV-1a of a string's UTF-8: item refs and cache file names (stable across runs and
/// builds, unlike `Hasher`).
func fnv(_ s: String) -> UInt64 {
    var h: UInt64 = 0xcbf29ce484222325
    for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
    return h
}
