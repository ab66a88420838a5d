#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch

/// Lists every file under a folder without opening anything (reading is the loader's job).
/// Symbolic links are reported, not followed, unless the policy says so (`SymlinkPolicy`);
/// followed, a loop is visited once.
struct DirectoryWalk {
    struct Entry {
        /// Path relative to the root, with `/` separators, each name escaped for display
        /// (`FileName.escaped`: reversible, so it names this file and no other).
        var relativePath: String
        /// The path as the file system has it, for opening: names need not be UTF-8.
        var absolutePath: [UInt8]
        /// What the cache stamp needs to notice any change to the file: the walk has
        /// these from its stat already.
        var size: Int64 = 0
        var modified: timespec = timespec()
        var changed: timespec = timespec()
        var inode: UInt64 = 0
        /// The file system it was listed on (0: unchecked). Opening checks it again, so a
        /// file swapped for a link meanwhile cannot lead the read into /proc or /dev.
        var device: UInt64 = 0
        /// Reached through a link the walk followed; otherwise it is opened with O_NOFOLLOW.
        var throughLink = false
    }

    var files: [Entry] = []
    var skipped: [LoadReport.Skipped] = []

    init(root: String, followsSymlinks: Bool = false) {
        var visited = Set<DirectoryIdentity>()
        var st = stat()
        // DIR itself is followed when it is a link: the user named it.
        let rootFound = stat(root, &st) == 0
        if rootFound { visited.insert(DirectoryIdentity(st)) }
        let policy = SymlinkPolicy(follows: followsSymlinks, device: rootFound ? UInt64(st.st_dev) : 0)
        // Folders are listed a level at a time, every folder of a level on any core (stat
        // of 100,000 files is most of a warm start), then put back in the order a
        // depth-first walk gives: a folder's files, then each subfolder's, sorted.
        var listings: [Listing] = [Listing.read(Folder(absolute: Array(root.utf8), relative: ""), policy: policy)]
        var level = [0]
        while !level.isEmpty {
            var next: [Folder] = []
            for i in level {
                var kept: [Int] = []
                for sub in listings[i].subfolders {
                    if let identity = sub.identity, !visited.insert(identity).inserted {
                        listings[i].skipped.append(.init(path: sub.relative + "/", reason: .symlinkLoop, detail: "folder already visited"))
                        continue
                    }
                    kept.append(listings.count + next.count)
                    next.append(sub)
                }
                listings[i].children = kept
            }
            let slots = UnsafeMutableBufferPointer<Listing?>.allocate(capacity: next.count)
            slots.initialize(repeating: nil)
            DispatchQueue.concurrentPerform(iterations: next.count) { k in
                slots[k] = Listing.read(next[k], policy: policy)
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

    /// A folder to list: where it is, what the walk saw there, and how it was reached.
    struct Folder {
        /// Bytes, as the file system has it.
        var absolute: [UInt8]
        var relative: String
        /// What stat showed when the folder was listed in its parent (nil for DIR).
        var identity: DirectoryIdentity? = nil
        /// The folder is a followed link itself.
        var isLink = false
        /// The folder is, or is under, a followed link.
        var throughLink = false
    }

    /// One folder's entries: its files, the folders under it, and what could not be used.
    struct Listing {
        var files: [Entry] = []
        var subfolders: [Folder] = []
        var skipped: [LoadReport.Skipped] = []
        /// Listings of the subfolders kept (not already visited), in name order.
        var children: [Int] = []

        static func read(_ folder: Folder, policy: SymlinkPolicy) -> Listing {
            var listing = Listing()
            let absolute = folder.absolute, relative = folder.relative
            // Opened with O_NOATIME (when we own the folder) so listing it leaves its access
            // time alone, like the files we read. A folder that was not a link is opened
            // with O_NOFOLLOW, and every folder must be the one listed in its parent, so a
            // swap for a link between the two cannot lead the walk out of DIR.
            let flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC | (folder.isLink || relative.isEmpty ? 0 : O_NOFOLLOW)
            var fd = withCPath(absolute) { open($0, flags | DocumentReading.noAccessTime) }
            if fd < 0, errno == EPERM { fd = withCPath(absolute) { open($0, flags) } }
            var opened = stat()
            if fd >= 0, let expected = folder.identity, fstat(fd, &opened) != 0 || DirectoryIdentity(opened) != expected {
                close(fd)
                listing.skipped.append(.init(path: relative + "/", reason: .unreadable, detail: "changed while loading"))
                return listing
            }
            guard fd >= 0, let dir = fdopendir(fd) else {
                let failure = errno
                if fd >= 0 { close(fd) }
                if !relative.isEmpty {
                    listing.skipped.append(failure == ELOOP
                        ? .init(path: relative, reason: .symlinkNotFollowed, detail: "replaced by a link while loading")
                        : .init(path: relative + "/", reason: .unreadable, detail: String(cString: strerror(failure))))
                }
                return listing
            }
            defer { closedir(dir) }
            // Names are kept as bytes (they need not be UTF-8) beside their escaped text,
            // sorted by the text: for UTF-8 names the order a String sort always gave.
            var names: [(bytes: [UInt8], text: String)] = []
            while let entry = readdir(dir) {
                // Read the name in place: glibc packs dirents at their d_reclen, so the last
                // one in readdir's buffer can be shorter than `dirent`, and copying the whole
                // 256-byte d_name tuple out reads past the buffer (AddressSanitizer found it).
                let bytes = direntNameBytes(entry)
                if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
                names.append((bytes, FileName.escaped(bytes)))
            }
            names.sort { $0.text < $1.text }
            // Entries are stat'ed relative to the open folder: no path lookup from the root
            // for each of 100,000 files.
            let listed = dirfd(dir)
            for (nameBytes, name) in names {
                let abs = absolute.last == 0x2F ? absolute + nameBytes : absolute + [0x2F] + nameBytes
                let rel = relative.isEmpty ? name : relative + "/" + name
                var link = stat()
                guard withCPath(nameBytes, { fstatat(listed, $0, &link, AT_SYMLINK_NOFOLLOW) }) == 0 else {
                    listing.skipped.append(.init(path: rel, reason: .unreadable, detail: String(cString: strerror(errno))))
                    continue
                }
                var target = link
                let isLink = (link.st_mode & S_IFMT) == S_IFLNK
                if isLink {
                    guard policy.follows else {
                        listing.skipped.append(.init(path: rel, reason: .symlinkNotFollowed, detail: policy.refusal(link: abs, target: link)))
                        continue
                    }
                    guard withCPath(nameBytes, { fstatat(listed, $0, &target, 0) }) == 0 else {
                        listing.skipped.append(.init(path: rel, reason: .unreadable, detail: "broken symbolic link"))
                        continue
                    }
                    if let why = policy.refusal(link: abs, target: target) {
                        listing.skipped.append(.init(path: rel, reason: .symlinkNotFollowed, detail: why))
                        continue
                    }
                } else if folder.throughLink, policy.offDevice(target) {
                    // A mount point met under a followed link (/proc under a link to /).
                    listing.skipped.append(.init(path: rel, reason: .symlinkNotFollowed, detail: "under a link, on another file system"))
                    continue
                }
                let throughLink = isLink || folder.throughLink
                switch target.st_mode & S_IFMT {
                case S_IFDIR:
                    // Version-control and editor folders are not the user's documents.
                    if name.hasPrefix(".") { continue }
                    listing.subfolders.append(Folder(absolute: abs, relative: rel, identity: DirectoryIdentity(target),
                                                     isLink: isLink, throughLink: throughLink))
                case S_IFREG:
                    listing.files.append(Entry(relativePath: rel, absolutePath: abs, size: Int64(target.st_size),
                                               modified: target.st_mtim, changed: target.st_ctim, inode: UInt64(target.st_ino),
                                               device: UInt64(target.st_dev), throughLink: throughLink))
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

/// A directory entry's name as its bytes, read in place.
func direntNameBytes(_ entry: UnsafeMutablePointer<dirent>) -> [UInt8] {
    let name = (UnsafeRawPointer(entry) + direntNameOffset).assumingMemoryBound(to: UInt8.self)
    return Array(UnsafeBufferPointer(start: name, count: strlen(UnsafeRawPointer(name).assumingMemoryBound(to: CChar.self))))
}

extension DirectoryWalk.Entry {
    /// An entry for a file named by UTF-8 text (tests, tools).
    init(relativePath: String, absolutePath: String) {
        self.init(relativePath: relativePath, absolutePath: Array(absolutePath.utf8))
    }
}
