import Foundation

/// How a relay runs: where it listens, where it forwards, its key and its bounds. A value, so the command line,
/// the benchmark and the tests build it the same way. It may hold the seller's key, so its description does
/// not show it.
public struct RelayConfiguration: Sendable, CustomStringConvertible {
    /// The seller's production interface (`https://…`, or `http://` to loopback).
    public var upstream: String
    /// An IPv4 literal; loopback unless the seller says otherwise.
    public var listenHost = "127.0.0.1"
    /// 0 picks a free port.
    public var listenPort: UInt16 = 0
    /// The seller's access key for the interface; nil leaves signatures unchecked.
    public var accessKey: String?
    /// Answer a call whose signature fails with `000001` instead of forwarding it.
    public var enforceSignature = false
    /// The largest request body accepted (413 beyond it, from the HTTP server).
    public var bodyLimit = 1 << 20
    /// Calls served at once; beyond it the HTTP server answers 503.
    public var maxActiveRequests = 64
    /// The marketplace waits 20 s for an answer (docs/KOOGALLERY.md §3.1), so the upstream gets as long.
    public var upstreamTimeout: TimeInterval = 20
    /// The largest upstream answer relayed; a larger one is a failure for the marketplace too.
    public var upstreamResponseLimit = 8 << 20
    /// How much of an answer body the journal keeps (`bodyTruncated` beyond it).
    public var journalBodyLimit = 256 << 10
    /// How long a call waits for its arrival to be committed before it is forwarded regardless.
    public var journalWait: TimeInterval = 0.005
    /// The folder of the journal's log (`JournalLog`): arrivals and answers are appended there before the call
    /// goes on and carried into the store in batches, so no call waits for a store commit. Nil: no log, and a
    /// call waits up to `journalWait` for its arrival's commit.
    public var journalLogDirectory: String?
    /// Journal writes queued at most; beyond it a write is lost (counted), never waited for.
    public var journalQueueCapacity = 10_000
    /// How often the relay's status row is refreshed.
    public var heartbeatSeconds: TimeInterval = 5
    /// The clock signatures and journal times use, in Unix milliseconds.
    public var nowMilliseconds: @Sendable () -> Int64 = { Int64(Date().timeIntervalSince1970 * 1000) }
    /// Told about each lost journal write (the count so far and why); `relay` prints a line on stderr.
    public var onLostWrite: @Sendable (_ lostSoFar: Int, _ reason: String) -> Void = { _, _ in }

    public init(upstream: String) {
        self.upstream = upstream
    }

    public var description: String {
        "RelayConfiguration(upstream: \(upstream), listen: \(listenHost):\(listenPort), accessKey: "
            + (accessKey == nil ? "none" : "<redacted>") + ", enforceSignature: \(enforceSignature))"
    }
}

/// Why a relay could not start.
public enum RelayError: Error, Sendable, Equatable, CustomStringConvertible {
    case invalidUpstream(String)
    case listen(String)
    case journalOpen(String)
    case journalTimeout

    public var description: String {
        switch self {
        case .invalidUpstream(let reason): "invalid --upstream: \(reason)"
        case .listen(let reason): "cannot listen: \(reason)"
        case .journalOpen(let reason): "cannot open the journal: \(reason)"
        case .journalTimeout: "the journal did not open within 30 s"
        }
    }
}

/// What a relay did, for the line it prints when it stops.
public struct RelaySummary: Sendable, Equatable {
    public var calls = 0
    public var failures = 0
    public var lostWrites = 0
    /// Calls a previous relay left unanswered, closed as `relayStopped` at start.
    public var closedAtStart = 0
    /// What the relay added to the forwarded calls; nil before the first.
    public var added: AddedFigures?

    /// What the relay adds to a forwarded call (its time holding it minus the upstream's exchange), in
    /// microseconds; percentiles to 10 µs.
    public struct AddedFigures: Sendable, Equatable {
        public var p50: Int
        public var p99: Int
        public var maximum: Int
        /// The forwarded calls measured.
        public var calls: Int

        public var text: String {
            "added per call p50 \(Self.ms(p50)), p99 \(Self.ms(p99)), max \(Self.ms(maximum))"
        }

        /// `0.42 ms`: microseconds to hundredths of a millisecond, for the stop line in either language.
        public static func ms(_ microseconds: Int) -> String {
            let hundredths = (microseconds + 5) / 10
            return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100) ms"
        }
    }

    public var line: String {
        "relay stopped: \(calls) calls, \(failures) failures, \(lostWrites) lost journal writes"
            + (added.map { "; \($0.text)" } ?? "")
    }
}
