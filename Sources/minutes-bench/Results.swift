/// Everything one `minutes-bench run` measured; printed as a markdown table or JSON.
struct Results: Codable {
    struct Latency: Codable {
        var count: Int
        var p50: Double
        var p99: Double
        var max: Double

        init(_ s: Samples) {
            count = s.count
            p50 = s.percentile(50)
            p99 = s.percentile(99)
            max = s.maximum
        }
    }

    var machine: Machine
    var directory: String
    var corpus: CorpusSize
    var meetings = 0
    var items = 0
    var committees = 0
    var skipped = 0

    /// Seconds.
    var loadInProcess = 0.0
    var loadMinutesStats: Double?
    var indexBuild = 0.0
    var ripgrep: Double?
    var cat = 0.0

    /// Bytes.
    var peakMemoryMinutesStats: Int?
    /// `minutes stats` with an empty cache folder (parses and writes the cache), then
    /// from the cache; `minutes search` once building and saving the index, then with
    /// corpus and index both from the cache. Wall seconds and max RSS.
    var searchFirstRun: ChildTiming?
    var statsWritingCache: ChildTiming?
    var statsFromCache: ChildTiming?
    var searchWritingIndex: ChildTiming?
    var searchFromCache: ChildTiming?
    var peakMemoryBenchAfterLoad = 0
    var peakMemoryBenchAfterIndex = 0
    var indexVocabulary = 0

    var search: Latency?
    var searchByKind: [String: Latency] = [:]
    var ripgrepPerQuery: Latency?
    var keystroke: Latency?
    var committeeFilter: Latency?
    var pickerKeystroke: Latency?
    var render: Latency?
    var startToFirstFrame: Double?
}

struct ChildTiming: Codable {
    var seconds: Double
    var maxRSS: Int
    init(_ r: ChildProcess.Result) { seconds = r.seconds; maxRSS = r.maxRSS }
}
