import ArgumentParser
import BrowserUI
import MinutesKit

/// `minutes-bench profile DIR --phase search`: runs one phase in a loop with nothing else
/// around it, for `perf record` or `valgrind --tool=callgrind` to attribute.
struct ProfileCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "profile",
        abstract: "Run one phase (load, index or search) repeatedly, for a profiler.",
        discussion: """
            perf record -g .build-bench/release/minutes-bench profile DIR --phase search
            valgrind --tool=callgrind --toggle-collect='*SearchIndex*search*' \\
              .build-bench/release/minutes-bench profile DIR --phase search
            """
    )

    enum Phase: String, ExpressibleByArgument { case load, index, search, typing, prototype }

    @Argument(help: "A folder of minute documents.") var directory: String
    @Option(help: "load, index, search, typing (search-as-you-type, key by key), or prototype (the proposed search fixes, measured).") var phase: Phase = .search
    @Option(help: "How many times to repeat the phase.") var times: Int = 3
    @Option(help: "How many queries per search pass.") var queries = 210

    func run() throws {
        if phase == .load {
            for _ in 0..<times {
                let (corpus, s) = try Clock.time { try Loader.load(directory: directory) }
                print("load: \(Format.seconds(s)), \(corpus.items.count) items")
            }
            return
        }
        let corpus = try Loader.load(directory: directory)
        if phase == .index {
            for _ in 0..<times {
                let (index, s) = Clock.time { SearchIndex(corpus) }
                print("index: \(Format.seconds(s)), \(index.vocabulary.count) tokens")
            }
            return
        }
        let index = SearchIndex(corpus)
        let set = QuerySet(corpus: corpus, index: index, count: queries)
        if phase == .prototype {
            let (proto, build) = Clock.time { Prototype(corpus: corpus, index: index) }
            print("token-id arrays: built in \(Format.seconds(build)), \(proto.tokenCount) tokens (\(Format.bytes(proto.tokenCount * 4)) as UInt32)")
            var now = Samples(), fixed = Samples(), mismatches = 0
            for q in set.queries where q.kind == .phrase || q.kind == .twoWords {
                let query = try SearchQuery(parsing: q.text)
                let (a, t1) = Clock.time { index.search(query, in: corpus).map(\.itemID).sorted() }
                let (b, t2) = Clock.time { proto.matching(query) }
                now.add(t1); fixed.add(t2)
                if a != b { mismatches += 1 }
            }
            print("phrase + two-word queries (\(now.count)): now p50 \(Format.ms(now.median)) p99 \(Format.ms(now.percentile(99))); token-id arrays, ids only p50 \(Format.ms(fixed.median)) p99 \(Format.ms(fixed.percentile(99))); \(mismatches) result sets differ")
            var scan = Samples(), binary = Samples()
            for q in set.queries where q.kind != .committee && q.kind != .phrase {
                for n in 1...min(4, q.text.count) {
                    let prefix = String(q.text.lowercased().prefix(n))
                    let (x, t1) = Clock.time { proto.prefixByDictionaryScan(prefix) }
                    let (y, t2) = Clock.time { proto.prefixBySortedVocabulary(prefix) }
                    scan.add(t1); binary.add(t2)
                    if x != y { mismatches += 1 }
                }
            }
            print("prefix lookups (\(scan.count)): dictionary scan p50 \(Format.ms(scan.median)) p99 \(Format.ms(scan.percentile(99))); sorted vocabulary p50 \(Format.ms(binary.median)) p99 \(Format.ms(binary.percentile(99)))")
            return
        }
        if phase == .typing {
            var state = AppState(directory: directory, width: 200, height: 60)
            reduce(&state, .loaded(corpus, index))
            for pass in 0..<times {
                var keys = Samples()
                for q in set.queries where q.kind != .committee {
                    reduce(&state, .startSearch)
                    for c in q.text { keys.add(Clock.time { reduce(&state, .insert(c)) }.1) }
                    reduce(&state, .clearSearch)
                }
                print("pass \(pass + 1): \(keys.count) keys, p50 \(Format.ms(keys.median)) p99 \(Format.ms(keys.percentile(99)))")
            }
            return
        }
        for pass in 0..<times {
            var byKind: [QuerySet.Kind: Samples] = [:]
            for q in set.queries {
                let (_, s) = try Clock.time { try index.search(q.text, in: corpus) }
                byKind[q.kind, default: Samples()].add(s)
            }
            let line = QuerySet.Kind.allCases.compactMap { k in
                byKind[k].map { "\(k.rawValue) p50 \(Format.ms($0.median)) p99 \(Format.ms($0.percentile(99)))" }
            }.joined(separator: "; ")
            print("pass \(pass + 1): \(line)")
        }
    }
}
