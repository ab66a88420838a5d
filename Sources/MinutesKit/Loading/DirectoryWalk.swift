#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Lists every file under a folder without following a symlink loop twice and without
/// opening anything: reading is the loader's job.
struct DirectoryWalk {
    struct Entry {
        /// Path relative to the root, with `/` separators.
        var relativePath: String
        var absolutePath: String
    }

    var files: [Entry] = []
    var skipped: [LoadReport.Skipped] = []

    init(root: String) {
        var visited = Set<DirectoryIdentity>()
        var st = stat()
        if stat(root, &st) == 0 { visited.insert(DirectoryIdentity(st)) }
        // Depth-first with an explicit stack: folders can nest hundreds deep.
        var stack: [(absolute: String, relative: String)] = [(root, "")]
        while let (absolute, relative) = stack.popLast() {
            // Opened with O_NOATIME (when we own the folder) so listing it leaves its access
            // time alone, like the files we read.
            var fd = open(absolute, O_RDONLY | O_DIRECTORY | O_CLOEXEC | DocumentReading.noAccessTime)
            if fd < 0, errno == EPERM { fd = open(absolute, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
            guard fd >= 0, let dir = fdopendir(fd) else {
                let why = String(cString: strerror(errno))
                if fd >= 0 { close(fd) }
                if !relative.isEmpty {
                    skipped.append(.init(path: relative + "/", reason: .unreadable, detail: why))
                }
                continue
            }
            var names: [String] = []
            while let entry = readdir(dir) {
                // Read the name in place: glibc packs dirents at their d_reclen, so the last
                // one in readdir's buffer can be shorter than `dirent`, and copying the whole
                // 256-byte d_name tuple out reads past the buffer (AddressSanitizer found it).
                let name = String(cString: (UnsafeRawPointer(entry) + direntNameOffset)
                    .assumingMemoryBound(to: CChar.self))
                if name == "." || name == ".." { continue }
                names.append(name)
            }
            closedir(dir)
            var subfolders: [(String, String)] = []
            for name in names.sorted() {
                let abs = absolute.hasSuffix("/") ? absolute + name : absolute + "/" + name
                let rel = relative.isEmpty ? name : relative + "/" + name
                var link = stat()
                guard lstat(abs, &link) == 0 else {
                    skipped.append(.init(path: rel, reason: .unreadable, detail: String(cString: strerror(errno))))
                    continue
                }
                var target = link
                if (link.st_mode & S_IFMT) == S_IFLNK {
                    guard stat(abs, &target) == 0 else {
                        skipped.append(.init(path: rel, reason: .unreadable, detail: "broken symbolic link"))
                        continue
                    }
                }
                switch target.st_mode & S_IFMT {
                case S_IFDIR:
                    // Version-control and editor folders are not the user's documents.
                    if name.hasPrefix(".") { continue }
                    if !visited.insert(DirectoryIdentity(target)).inserted {
                        skipped.append(.init(path: rel + "/", reason: .symlinkLoop, detail: "folder already visited"))
                        continue
                    }
                    subfolders.append((abs, rel))
                case S_IFREG:
                    files.append(Entry(relativePath: rel, absolutePath: abs))
                default:
                    skipped.append(.init(path: rel, reason: .notRegularFile))
                }
            }
            // Reverse so the stack pops folders in sorted order.
            stack.append(contentsOf: subfolders.reversed())
        }
    }

    struct DirectoryIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
        init(_ st: stat) { device = UInt64(st.st_dev); inode = UInt64(st.st_ino) }
    }
}

/// Where `d_name` sits inside a `dirent`.
private let direntNameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!
