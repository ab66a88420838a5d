/// Where a fact came from: which file (relative to the loaded folder), read as which page
/// kind, starting at which line. Every item keeps one per page it was seen on.
public struct Source: Hashable, Codable, Sendable {
    public var path: String
    public var kind: PageKind
    public var line: Int

    public init(path: String, kind: PageKind, line: Int) {
        self.path = path
        self.kind = kind
        self.line = line
    }
}
