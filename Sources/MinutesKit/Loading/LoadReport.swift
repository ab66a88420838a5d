/// Accounts for every file under the loaded folder: what it yielded, or why it was skipped.
public struct LoadReport: Sendable {
    public enum SkipReason: String, Sendable, Codable, CaseIterable {
        case empty = "empty"
        case binary = "binary"
        case notMinuteDocument = "not a minute document"
        case unreadable = "unreadable"
        case tooLarge = "too large"
        case notRegularFile = "not a regular file"
        case symlinkLoop = "symlink loop"
        /// XML libxml2 could not make a document of (the detail gives its error and line).
        case malformed = "malformed"
    }

    public struct Loaded: Sendable, Equatable {
        public let path: String
        public let kind: PageKind
        public let encoding: String
        public let meetings: Int
        public let items: Int
        /// Facts the page seemed to give but could not be read (an impossible date, a
        /// meeting page with no items): the file loaded, but not everything in it did.
        public var warnings: [String] = []

        public init(path: String, kind: PageKind, encoding: String, meetings: Int, items: Int, warnings: [String] = []) {
            self.path = path; self.kind = kind; self.encoding = encoding
            self.meetings = meetings; self.items = items; self.warnings = warnings
        }
    }

    public struct Skipped: Sendable, Equatable, Codable {
        public let path: String
        public let reason: String
        public let detail: String?

        public init(path: String, reason: SkipReason, detail: String? = nil) {
            self.path = path
            self.reason = reason.rawValue
            self.detail = detail
        }

        /// `reason (detail)`: the one line the report prints after the path.
        public var explanation: String { detail.map { "\(reason) (\($0))" } ?? reason }
    }

    public var loaded: [Loaded] = []
    public var skipped: [Skipped] = []

    public init() {}

    /// Every file seen, loaded or not.
    public var files: Int { loaded.count + skipped.count }
    public var documents: Int { loaded.count }
    /// Loaded files that carry at least one warning.
    public var withWarnings: [Loaded] { loaded.filter { !$0.warnings.isEmpty } }
}
