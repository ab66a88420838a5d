/// The markdown table, ready to paste into README.md.
enum Report {
    static func markdown(_ r: Results) -> String {
        var rows: [(String, String, String, String)] = []
        func ratio(_ a: Double, _ b: Double?) -> String { b.map { $0 > 0 ? Format.ratio(a / $0) : "–" } ?? "–" }
        let rg = r.ripgrep.map(Format.seconds) ?? "rg not installed"

        rows.append(("Load: walk + read + parse + merge (`Loader.load`, in process)", Format.seconds(r.loadInProcess),
                     "`rg -c RESOLVED`: \(rg)", ratio(r.loadInProcess, r.ripgrep)))
        rows.append(("", "", "`cat` of every file: \(Format.seconds(r.cat))", ratio(r.loadInProcess, r.cat)))
        if let stats = r.loadMinutesStats {
            rows.append(("Load: `minutes stats --no-cache DIR` (child process, wall)", Format.seconds(stats),
                         "`rg -c RESOLVED`: \(rg)", ratio(stats, r.ripgrep)))
        }
        if let c = r.statsWritingCache {
            rows.append(("Load, first run: `minutes stats DIR`, parses and writes the cache", Format.seconds(c.seconds),
                         "`rg -c RESOLVED`: \(rg)", ratio(c.seconds, r.ripgrep)))
        }
        if let c = r.statsFromCache {
            rows.append(("Load, next runs: `minutes stats DIR` from the cache", Format.seconds(c.seconds),
                         "`rg -c RESOLVED`: \(rg)", ratio(c.seconds, r.ripgrep)))
        }
        if let c = r.searchFirstRun {
            rows.append(("`minutes search DIR council`, first run: parse, build the index, save both", Format.seconds(c.seconds),
                         "`rg -c RESOLVED`: \(rg)", ratio(c.seconds, r.ripgrep)))
        }
        if let c = r.searchWritingIndex {
            rows.append(("`minutes search DIR council`, corpus from cache, index built and saved", Format.seconds(c.seconds),
                         "`rg -c RESOLVED`: \(rg)", ratio(c.seconds, r.ripgrep)))
        }
        if let c = r.searchFromCache {
            rows.append(("`minutes search DIR council`, corpus and index from the cache", Format.seconds(c.seconds),
                         "`rg -c RESOLVED`: \(rg)", ratio(c.seconds, r.ripgrep)))
        }
        rows.append(("Full-text index build (`SearchIndex`)", Format.seconds(r.indexBuild),
                     "`rg -c RESOLVED`: \(rg)", ratio(r.indexBuild, r.ripgrep)))
        if let mem = r.peakMemoryMinutesStats {
            rows.append(("Peak memory, `minutes stats --no-cache` (max RSS)", Format.bytes(mem),
                         "corpus on disk: \(Format.bytes(r.corpus.bytes))", ratio(Double(mem), Double(r.corpus.bytes))))
        }
        for (label, timing) in [("`minutes search`, first run", r.searchFirstRun),
                                ("`minutes stats`, writing the cache", r.statsWritingCache), ("`minutes stats` from the cache", r.statsFromCache),
                                ("`minutes search`, building the index", r.searchWritingIndex), ("`minutes search`, both from the cache", r.searchFromCache)] {
            guard let timing else { continue }
            rows.append(("Peak memory, \(label) (max RSS)", Format.bytes(timing.maxRSS),
                         "corpus on disk: \(Format.bytes(r.corpus.bytes))", ratio(Double(timing.maxRSS), Double(r.corpus.bytes))))
        }
        rows.append(("Peak memory, load + index in one process (max RSS)", Format.bytes(r.peakMemoryBenchAfterIndex),
                     "corpus on disk: \(Format.bytes(r.corpus.bytes))",
                     ratio(Double(r.peakMemoryBenchAfterIndex), Double(r.corpus.bytes))))
        if let s = r.search {
            let grep = r.ripgrepPerQuery.map { "`rg -l -i -F` p50 \(Format.ms($0.p50)) over \($0.count) of the queries" } ?? "–"
            rows.append(("Search p50 / p99 (\(s.count) queries, index, all hits ranked)",
                         "\(Format.ms(s.p50)) / \(Format.ms(s.p99))", grep,
                         r.ripgrepPerQuery.map { s.p50 > 0 ? Format.ratio($0.p50 / s.p50) + " faster" : "–" } ?? "–"))
            for kind in QuerySet.Kind.allCases {
                guard let k = r.searchByKind[kind.rawValue] else { continue }
                rows.append(("  … \(kind.rawValue) (\(k.count))", "\(Format.ms(k.p50)) / \(Format.ms(k.p99))", "", ""))
            }
        }
        if let k = r.keystroke {
            rows.append(("Search-as-you-type keystroke in the browser p50 / p99 (\(k.count) keys)",
                         "\(Format.ms(k.p50)) / \(Format.ms(k.p99))", "frame budget 16 ms", ""))
        }
        if let f = r.committeeFilter {
            rows.append(("Committee filter apply / clear p50 / p99 (\(f.count))", "\(Format.ms(f.p50)) / \(Format.ms(f.p99))", "target 5 ms", ""))
        }
        if let p = r.pickerKeystroke {
            rows.append(("Committee picker open / typing p50 / p99 (\(p.count))", "\(Format.ms(p.p50)) / \(Format.ms(p.p99))", "target 5 ms", ""))
        }
        if let f = r.render {
            rows.append(("Render one frame at 200x60 p50 / p99 (\(f.count))", "\(Format.ms(f.p50)) / \(Format.ms(f.p99))", "target 5 ms", ""))
        }

        if let first = r.startToFirstFrame {
            rows.append(("First frame: loading screen state + render at 200x60 (no terminal)", Format.ms(first), "target 100 ms", ""))
        }

        var out = "Measured \(r.machine.date) on \(r.machine.cores) cores, \(r.machine.model), \(r.machine.memory) RAM, load average \(r.machine.loadAverage) at the start.\n"
        out += "Corpus `\(r.directory)`: \(r.corpus.files) files, \(Format.bytes(r.corpus.bytes)); \(r.meetings) meetings, "
        out += "\(r.items) items, \(r.committees) committees, \(r.skipped) files skipped; index vocabulary \(r.indexVocabulary) tokens.\n\n"
        out += "| Measure | minutes | Reference | Ratio |\n|---|---:|---|---:|\n"
        for (a, b, c, d) in rows { out += "| \(a) | \(b) | \(c) | \(d) |\n" }
        return out
    }
}
