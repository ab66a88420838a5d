import Foundation
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

    enum Phase: String, ExpressibleByArgument { case load, index, search, typing }

    @Argument(help: "A folder of minute documents.") var directory: String
    @Option(help: "load, index, search, or typing (search-as-you-type, key by key).") var phase: Phase = .search
    @Option(help: "How many times to repeat the phase.") var times: Int = 3
    @Option(help: "How many queries per search pass.") var queries = 210
    @Option(help: "With --phase search: run only this query, `times` × 20 times, for a profile of one slow query.")
    var query: String?

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
            let before = currentRSS()
            for _ in 0..<times {
                let (index, s) = Clock.time { SearchIndex(corpus) }
                let b = index.storageBytes
                print("index: \(Format.seconds(s)), \(index.vocabulary.count) tokens; postings \(Format.bytes(b.postings)), positions \(Format.bytes(b.positions)), offsets \(Format.bytes(b.offsets)); RSS \(Format.bytes(before)) after load, \(Format.bytes(currentRSS())) with the index, peak \(Format.bytes(selfMaxRSS()))")
            }
            return
        }
        let index = SearchIndex(corpus)
        let set = QuerySet(corpus: corpus, index: index, count: queries)
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
        if let query, phase == .search {
            var samples = Samples()
            var count = 0
            for _ in 0..<(times * 20) {
                let (hits, s) = try Clock.time { try index.search(query, in: corpus) }
                samples.add(s)
                count = hits.count
            }
            print("\(query): \(count) hits, p50 \(Format.ms(samples.median)) p99 \(Format.ms(samples.percentile(99)))")
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

/// Resident memory now, from /proc/self/statm (0 where there is none).
private func currentRSS() -> Int {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
    let fields = text.split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}
