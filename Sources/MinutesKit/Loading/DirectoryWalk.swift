#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// Lists every file under a folder without following a symlink loop twice and without
/// opening anything: reading is the loader's job.
struct DirectoryWalk {
    struct Entry {
        /// Path relative to the root, with `/` separators.
        var relativePath: String
        var absolutePath: String
        /// What the cache stamp needs to notice any change to the file: the walk has
        /// these from its stat already.
        var size: Int64 = 0
        var modified: timespec = timespec()
        var changed: timespec = timespec()
        var inode: UInt64 = 0
    }

    var files: [Entry] = []
    var skipped: [LoadReport.Skipped] = []

    init(root: String) {
        var visited = Set<DirectoryIdentity>()
        var st = stat()
        if stat(root, &st) == 0 { visited.insert(DirectoryIdentity(st)) }
        // Folders are listed a level at a time, every folder of a level on any core (stat
        // of 100,000 files is most of a warm start), then put back in the order a
        // depth-first walk gives: a folder's files, then each subfolder's, sorted.
        var listings: [Listing] = [Listing.read(absolute: root, relative: "")]
        var level = [0]
        while !level.isEmpty {
            var next: [(absolute: String, relative: String)] = []
            for i in level {
                var kept: [Int] = []
                for sub in listings[i].subfolders {
                    if !visited.insert(sub.identity).inserted {
                        listings[i].skipped.append(.init(path: sub.relative + "/", reason: .symlinkLoop, detail: "folder already visited"))
                        continue
                    }
                    kept.append(listings.count + next.count)
                    next.append((sub.absolute, sub.relative))
                }
                listings[i].children = kept
            }
            let slots = UnsafeMutableBufferPointer<Listing?>.allocate(capacity: next.count)
            slots.initialize(repeating: nil)
            DispatchQueue.concurrentPerform(iterations: next.count) { k in
                slots[k] = Listing.read(absolute: next[k].absolute, relative: next[k].relative)
            }
            level = Array(listings.count..<listings.count + next.count)
            for k in 0..<next.count { listings.append(slots[k]!) }
            _ = slots.deinitialize()
            slots.deallocate()
        }
        // Depth-first with an explicit stack: folders can nest hundreds deep.
        var stack = [0]
        while let i = stack.popLast() {
            files.append(contentsOf: listings[i].files)
            skipped.append(contentsOf: listings[i].skipped)
            stack.append(contentsOf: listings[i].children.reversed())
        }
    }

    /// One folder's entries: its files, the folders under it, and what could not be used.
    struct Listing {
        var files: [Entry] = []
        var subfolders: [(absolute: String, relative: String, identity: DirectoryIdentity)] = []
        var skipped: [LoadReport.Skipped] = []
        /// Listings of the subfolders kept (not already visited), in name order.
        var children: [Int] = []

        static func read(absolute: String, relative: String) -> Listing {
            var listing = Listing()
            // Opened with O_NOATIME (when we own the folder) so listing it leaves its access
            // time alone, like the files we read.
            var fd = open(absolute, O_RDONLY | O_DIRECTORY | O_CLOEXEC | DocumentReading.noAccessTime)
            if fd < 0, errno == EPERM { fd = open(absolute, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
            guard fd >= 0, let dir = fdopendir(fd) else {
                let why = String(cString: strerror(errno))
                if fd >= 0 { close(fd) }
                if !relative.isEmpty {
                    listing.skipped.append(.init(path: relative + "/", reason: .unreadable, detail: why))
                }
                return listing
            }
            defer { closedir(dir) }
            var names: [String] = []
            while let entry = readdir(dir) {
                // Read the name in place: glibc packs dirents at their d_reclen, so the last
                // one in readdir's buffer can be shorter than `dirent`, and copying the whole
                // 256-byte d_name tuple out reads past the buffer (AddressSanitizer found it).
                let name = direntName(entry)
                if name == "." || name == ".." { continue }
                names.append(name)
            }
            // Entries are stat'ed relative to the open folder: no path lookup from the root
            // for each of 100,000 files.
            let folder = dirfd(dir)
            for name in names.sorted() {
                let abs = absolute.hasSuffix("/") ? absolute + name : absolute + "/" + name
                let rel = relative.isEmpty ? name : relative + "/" + name
                var link = stat()
                guard fstatat(folder, name, &link, AT_SYMLINK_NOFOLLOW) == 0 else {
                    listing.skipped.append(.init(path: rel, reason: .unreadable, detail: String(cString: strerror(errno))))
                    continue
                }
                var target = link
                if (link.st_mode & S_IFMT) == S_IFLNK {
                    guard fstatat(folder, name, &target, 0) == 0 else {
                        listing.skipped.append(.init(path: rel, reason: .unreadable, detail: "broken symbolic link"))
                        continue
                    }
                }
                switch target.st_mode & S_IFMT {
                case S_IFDIR:
                    // Version-control and editor folders are not the user's documents.
                    if name.hasPrefix(".") { continue }
                    listing.subfolders.append((abs, rel, DirectoryIdentity(target)))
                case S_IFREG:
                    listing.files.append(Entry(relativePath: rel, absolutePath: abs, size: Int64(target.st_size),
                                               modified: target.st_mtim, changed: target.st_ctim, inode: UInt64(target.st_ino)))
                default:
                    listing.skipped.append(.init(path: rel, reason: .notRegularFile))
                }
            }
            return listing
        }
    }

    struct DirectoryIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
        init(_ st: stat) { device = UInt64(st.st_dev); inode = UInt64(st.st_ino) }
    }
}

/// Where `d_name` sits inside a `dirent`.
let direntNameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!

/// A directory entry's name, read in place (see `DirectoryWalk.Listing.read`).
func direntName(_ entry: UnsafeMutablePointer<dirent>) -> String {
    String(cString: (UnsafeRawPointer(entry) + direntNameOffset).assumingMemoryBound(to: CChar.self))
}
