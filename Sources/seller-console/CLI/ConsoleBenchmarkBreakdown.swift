import ConsoleRuntime
import ConsoleUI

/// `benchmark-console --breakdown`: where a phase's keystrokes spend their time, per kind of store read (count,
/// number per key, mean and worst time); what the reads leave of the key's time is update and painting.
final class ConsoleBenchmarkBreakdown {
    private var reads: [String: [Duration]] = [:]
    /// Off while the benchmark presses keys it does not time.
    var recording = true

    /// Makes `reader` report its reads here.
    func observe(_ reader: StoreReader) {
        reader.observer = { [unowned self] read, duration in
            if recording { reads[Self.label(read), default: []].append(duration) }
        }
    }

    /// Forgets what was seen so far, at the start of a phase.
    func reset() { reads = [:] }

    /// One line per kind of read seen since `reset`, and the rest of `keys`' time.
    func lines(phase: String, keys: [Duration]) -> [String] {
        let perKey = { (count: Int) in String(format: "%.2f", Double(count) / Double(max(1, keys.count))) }
        var lines = reads.keys.sorted().map { label -> String in
            let times = reads[label] ?? []
            let total = times.reduce(Duration.zero, +)
            return "  \(phase) \(label): \(times.count) reads (\(perKey(times.count))/key), "
                + "mean \(ConsoleBenchmarkCommand.ms(total / max(1, times.count))) ms, "
                + "max \(ConsoleBenchmarkCommand.ms(times.max() ?? .zero)) ms"
        }
        let readTime = reads.values.joined().reduce(Duration.zero, +)
        let rest = keys.reduce(Duration.zero, +) - readTime
        lines.append("  \(phase) update+paint: mean \(ConsoleBenchmarkCommand.ms(rest / max(1, keys.count))) ms/key")
        return lines
    }

    static func label(_ read: StoreRead) -> String {
        switch read {
        case .window(let request):
            switch request.anchor {
            case .top: "window top"
            case .bottom: "window bottom"
            case .around: "window around"
            }
        case .page: "page"
        case .count(_, let query, _): query.isFiltered ? "count filtered" : "count"
        case .outboxCount: "outbox count"
        case .detail: "detail"
        case .outboxPage: "outbox page"
        case .uploads: "uploads"
        case .relayActivity: "relay activity"
        case .newRecords: "new records"
        case .findRecords: "find records"
        case .pendingWork: "pending work"
        case .syncProblems: "sync problems"
        case .attention: "attention"
        }
    }
}
