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
        /// A link the walk did not follow: by default, or into /proc, /sys, /dev or onto
        /// another file system under `--follow` (the detail says which).
        case symlinkNotFollowed = "symlink not followed"
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

    /// One page's word on a fact: the value, where it was read.
    public struct Sighting: Sendable, Equatable {
        public let value: String
        public let path: String
        public let line: Int
        public init(value: String, path: String, line: Int) { self.value = value; self.path = path; self.line = line }
    }

    /// Two pages of one item that disagree on a fact. The item shows the value of the page
    /// read first (in path order); both are kept here so the user can check which is right.
    public struct Conflict: Sendable, Equatable {
        /// `item number`, `title`, `decision status`, `key decision`, `call-in`, `decision maker`.
        public let fact: String
        /// The item's title, to find it by.
        public let item: String
        public let kept: Sighting
        public let other: Sighting
        public init(fact: String, item: String, kept: Sighting, other: Sighting) {
            self.fact = fact; self.item = item; self.kept = kept; self.other = other
        }
    }

    public var loaded: [Loaded] = []
    public var skipped: [Skipped] = []
    public var conflicts: [Conflict] = []
    /// Files whose reading ran short of memory, time or a helper process (their report
    /// line says so): a load with any is never cached, so the next run reads them again.
    public var shortOfResources: [String] = []

    public init() {}

    /// Every file seen, loaded or not.
    public var files: Int { loaded.count + skipped.count }
    public var documents: Int { loaded.count }
    /// Loaded files that carry at least one warning.
    public var withWarnings: [Loaded] { loaded.filter { !$0.warnings.isEmpty } }
}
