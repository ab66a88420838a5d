/// Loads every minute document under a folder into a `Corpus`.
public enum Loader {
    public struct Options: Sendable {
        /// Files over this size are reported, not read (FORMATS: real pages are 1–200 KB).
        public var maximumFileSize: Int = 20 * 1024 * 1024
        public init() {}
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notFound(String)
        case notADirectory(String)
        case unreadable(String, String)

        public var description: String {
            switch self {
            case .notFound(let p): return "No such folder: \(p). Give the folder that holds your saved minute pages."
            case .notADirectory(let p): return "\(p) is a file, not a folder. Give the folder that holds your saved minute pages."
            case .unreadable(let p, let why): return "Cannot read the folder \(p): \(why)."
            }
        }
    }

    /// Called from loader threads with (files read, files in total); may be called often.
    public typealias Progress = @Sendable (Int, Int) -> Void

    public static func load(directory: String, options: Options = Options(), progress: Progress? = nil) throws -> Corpus {
        Corpus(root: directory)
    }
}
