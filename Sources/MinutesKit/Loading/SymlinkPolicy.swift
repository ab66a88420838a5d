#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which symbolic links the walk follows. An untrusted archive can carry `usr -> /usr` or
/// `proc -> /proc` (the latter reaches `/` again through /proc/1/root), so, as ripgrep and
/// fd do, links are left alone unless the user asks (`--follow`), and even then never into
/// the kernel's trees or onto a file system other than DIR's. Every link left is reported.
struct SymlinkPolicy: Sendable {
    /// `--follow` / `-L`.
    var follows: Bool
    /// The device of DIR's file system (`st_dev` of the folder given).
    var device: UInt64

    /// Trees of the kernel's making: endless (/proc/N/root is `/`), device files, or both.
    static let kernelTrees = ["/proc", "/sys", "/dev"]

    /// nil when the link at `link` (absolute), whose target is `target`, may be followed;
    /// else the report's detail saying why it is not.
    func refusal(link: [UInt8], target: stat) -> String? {
        guard follows else { return "--follow reads it" }
        if let real = withCPath(link, { realpath($0, nil) }) {
            defer { free(real) }
            let path = String(cString: real)
            if let tree = Self.kernelTrees.first(where: { path == $0 || path.hasPrefix($0 + "/") }) {
                return "leads into \(tree)"
            }
        }
        return offDevice(target) ? "leads onto another file system" : nil
    }

    /// True when an entry is on another file system than DIR's. Reached through a followed
    /// link, a mount point (say /proc under a link to `/`) is not entered either.
    func offDevice(_ st: stat) -> Bool { UInt64(st.st_dev) != device }
}
