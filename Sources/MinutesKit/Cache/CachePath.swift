#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a cache folder really is, so "is it inside the loaded folder?" compares like with
/// like. `MINUTES_CACHE_DIR=mycache` run from inside DIR once passed that check as the
/// relative `mycache` and wrote the cache into DIR.
enum CachePath {
    /// The absolute path `path` names, symlink-free. Taken a component at a time from the
    /// left: each prefix that exists is replaced by its real path (so `link/..` is the
    /// link target's parent, as the kernel sees it); a prefix that does not exist yet will
    /// be a folder we create, never a symlink, so `..` after it is its lexical parent.
    static func resolve(_ path: String) -> String {
        var current = path.hasPrefix("/") ? "/" : currentDirectory()
        for part in path.split(separator: "/", omittingEmptySubsequences: true) where part != "." {
            if part == "..", !exists(current) {
                current = parent(of: current)
                continue
            }
            let next = current == "/" ? "/" + part : current + "/" + part
            current = realPath(next) ?? (part == ".." ? parent(of: current) : next)
        }
        return current
    }

    /// True when `path` (already resolved) is `root` or below it.
    static func isInside(_ path: String, root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    private static func exists(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0
    }

    private static func realPath(_ path: String) -> String? {
        guard let real = realpath(path, nil) else { return nil }
        defer { free(real) }
        return String(cString: real)
    }

    private static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    private static func currentDirectory() -> String {
        guard let cwd = getcwd(nil, 0) else { return "/" }
        defer { free(cwd) }
        return String(cString: cwd)
    }
}
