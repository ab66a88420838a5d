import ArgumentParser
import BrowserUI
import CorpusGenerator
import Foundation
import MinutesKit

/// `minutes-bench run DIR`: load, memory, search, filter and render, beside rg and cat.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Measure load, peak memory, search, committee filter and frame render on DIR, beside rg and cat.",
        discussion: """
            Reference commands run as child processes after one untimed warm-up (so every
            number is from the page cache): `rg -c RESOLVED DIR` and `find DIR -type f -exec
            cat {} +`. `minutes stats DIR` is run as a child too when the minutes binary is
            found next to this one, for its wall time and peak memory.
            """
    )

    @Argument(help: "A folder of minute documents (for example one written by `generate`).") var directory: String
    @Option(help: "How many search queries to time (at least 200 for a meaningful p99).") var queries = 210
    @Option(help: "How many of them to time with rg as well.") var grepQueries = 20
    @Option(help: "Timed runs of each reference command (median is reported).") var runs = 3
    @Option(help: "The minutes binary to time for `minutes stats` (default: next to this one).") var minutes: String?
    @Flag(help: "Print JSON instead of the markdown table.") var json = false

    func run() throws {
        var results = Results(machine: Machine.describe(), directory: directory, corpus: CorpusSize.measure(directory))
        progress("corpus: \(results.corpus.files) files, \(Format.bytes(results.corpus.bytes))")

        // 1. Reference commands, page cache warm.
        let hasRG = ChildProcess.exists("rg")
        progress("cat of every file ...")
        let catArgv = ["sh", "-c", "find \"$1\" -type f -exec cat {} + > /dev/null", "sh", directory]
        results.cat = try ChildProcess.median(catArgv, runs: runs, warm: true).seconds
        if hasRG {
            progress("rg -c RESOLVED ...")
            results.ripgrep = try ChildProcess.median(["rg", "-c", "RESOLVED", directory], runs: runs, warm: true).seconds
        } else {
            progress("rg not found: install ripgrep (scripts/bench does) for the reference times")
        }
        if let binary = minutesBinary() {
            progress("minutes stats (child) ...")
            let statsRuns = results.corpus.files >= 50_000 ? 1 : runs
            let r = try ChildProcess.median([binary, "stats", "--no-cache", directory], runs: statsRuns)
            results.loadMinutesStats = r.seconds
            results.peakMemoryMinutesStats = r.maxRSS
            try measureCache(binary, into: &results)
        }

        // 2. Load and index in this process.
        progress("Loader.load ...")
        let (corpus, loadSeconds) = try Clock.time { try Loader.load(directory: directory) }
        results.loadInProcess = loadSeconds
        results.peakMemoryBenchAfterLoad = selfMaxRSS()
        results.meetings = corpus.meetings.count
        results.items = corpus.items.count
        results.committees = corpus.committees.count
        results.skipped = corpus.report.skipped.count
        progress("SearchIndex ...")
        let (index, indexSeconds) = Clock.time { SearchIndex(corpus) }
        results.indexBuild = indexSeconds
        results.peakMemoryBenchAfterIndex = selfMaxRSS()
        results.indexVocabulary = index.vocabulary.count

        // 3. Search latency in one process.
        progress("search ...")
        let set = QuerySet(corpus: corpus, index: index, count: queries)
        for q in set.queries { _ = try index.search(q.text, in: corpus) }  // warm-up
        var all = Samples()
        var byKind: [QuerySet.Kind: Samples] = [:]
        for q in set.queries {
            let (_, s) = try Clock.time { try index.search(q.text, in: corpus) }
            all.add(s)
            byKind[q.kind, default: Samples()].add(s)
        }
        results.search = .init(all)
        for (k, s) in byKind { results.searchByKind[k.rawValue] = .init(s) }
        if hasRG {
            progress("rg per query ...")
            var rg = Samples()
            // A sample across kinds (common, medium, rare words and phrases), in turn.
            let greppable = QuerySet.Kind.allCases.map { k in set.queries.filter { $0.kind == k && $0.grepPattern != nil } }
            var sample: [QuerySet.Query] = []
            var round = 0
            while sample.count < grepQueries && greppable.contains(where: { $0.count > round }) {
                for list in greppable where list.count > round && sample.count < grepQueries { sample.append(list[round]) }
                round += 1
            }
            for q in sample {
                rg.add(try ChildProcess.run(["rg", "-l", "-i", "-F", "--", q.grepPattern!, directory]).seconds)
            }
            results.ripgrepPerQuery = .init(rg)
        }

        // 4. The browser: first frame, typing a search, committee filter, render.
        progress("browser ...")
        try measureBrowser(corpus: corpus, index: index, set: set, into: &results)

        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            print(String(decoding: try encoder.encode(results), as: UTF8.self))
        } else {
            print(Report.markdown(results))
        }
    }

    func measureBrowser(corpus: Corpus, index: SearchIndex, set: QuerySet, into results: inout Results) throws {
        // The loading screen is what the first frame shows at any corpus size.
        let (_, first) = Clock.time { () -> Screen in
            let state = AppState(directory: directory, width: 200, height: 60)
            return render(state)
        }
        results.startToFirstFrame = first

        var state = AppState(directory: directory, width: 200, height: 60)
        reduce(&state, .loaded(corpus, index))

        // Typing a search, one key at a time, as the `/` prompt does.
        var keys = Samples()
        // Ten of each kind typed key by key (committee-filtered ones go through the picker).
        var typed: [QuerySet.Query] = []
        for kind in QuerySet.Kind.allCases where kind != .committee {
            typed += set.queries.filter { $0.kind == kind }.prefix(10)
        }
        for q in typed {
            reduce(&state, .startSearch)
            for c in q.text {
                let (_, s) = Clock.time { reduce(&state, .insert(c)) }
                keys.add(s)
            }
            reduce(&state, .searchAccept)
            reduce(&state, .clearSearch)
        }
        results.keystroke = .init(keys)

        // Committee filter through the picker: open, type part of the name, apply, clear.
        var filter = Samples(), picker = Samples()
        let names = corpus.committees.compactMap(\.name)
        var rng = SeededRandom(seed: 11)
        for _ in 0..<min(40, max(1, names.count * 2)) {
            guard !names.isEmpty else { break }
            let name = names[rng.below(names.count)]
            picker.add(Clock.time { reduce(&state, .openCommitteePicker) }.1)
            for c in name.lowercased().prefix(6) { picker.add(Clock.time { reduce(&state, .insert(c)) }.1) }
            filter.add(Clock.time { reduce(&state, .pickerApply) }.1)
            filter.add(Clock.time { reduce(&state, .clearFilter) }.1)
        }
        results.committeeFilter = .init(filter)
        results.pickerKeystroke = .init(picker)

        // One frame at 200x60 in several states: plain, scrolled, searched, filtered, reader.
        var frames = Samples()
        func frame(_ n: Int = 10) { for _ in 0..<n { frames.add(Clock.time { render(state) }.1) } }
        frame()
        for _ in 0..<30 { reduce(&state, .moveDown) }
        frame()
        reduce(&state, .nextPane)
        frame()
        if let q = set.queries.first(where: { $0.kind == .medium }) {
            reduce(&state, .startSearch)
            for c in q.text { reduce(&state, .insert(c)) }
            reduce(&state, .searchAccept)
            frame()
            reduce(&state, .clearSearch)
        }
        reduce(&state, .open)
        frame()
        reduce(&state, .back)
        results.render = .init(frames)
    }

    /// The parsed-corpus cache, from the outside: a fresh cache folder (removed after), the
    /// first run that writes it, then the runs that read it.
    func measureCache(_ binary: String, into results: inout Results) throws {
        let cacheFolder = FileManager.default.temporaryDirectory.appendingPathComponent("minutes-bench-cache-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: cacheFolder) }
        let env = ["env", "MINUTES_CACHE_DIR=" + cacheFolder, binary]
        let word = "council"
        progress("minutes search on a first run (parse, build the index, save both) ...")
        let firstFolder = cacheFolder + "-first"
        defer { try? FileManager.default.removeItem(atPath: firstFolder) }
        results.searchFirstRun = ChildTiming(try ChildProcess.run(["env", "MINUTES_CACHE_DIR=" + firstFolder, binary,
                                                                   "search", directory, word, "--limit", "10"]))
        progress("minutes stats, writing the cache ...")
        results.statsWritingCache = ChildTiming(try ChildProcess.run(env + ["stats", directory]))
        progress("minutes stats, from the cache ...")
        results.statsFromCache = ChildTiming(try ChildProcess.median(env + ["stats", directory], runs: max(runs, 5)))
        progress("minutes search, writing the index ...")
        results.searchWritingIndex = ChildTiming(try ChildProcess.run(env + ["search", directory, word, "--limit", "10"]))
        progress("minutes search, corpus and index from the cache ...")
        results.searchFromCache = ChildTiming(try ChildProcess.median(env + ["search", directory, word, "--limit", "10"], runs: max(runs, 5)))
    }

    func minutesBinary() -> String? {
        if let minutes { return minutes }
        let me = CommandLine.arguments[0]
        guard let slash = me.lastIndex(of: "/") else { return nil }
        let candidate = String(me[...slash]) + "minutes"
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }

    func progress(_ message: String) { printError("minutes-bench: " + message) }
}
