import CommandArguments
import Foundation
import MarketClient
import Relay
import SellerCore
import SellerStore
import Signing
import Simulator
import Synchronization

/// `seller-console benchmark-relay`: in one process, `koosim isv` as the upstream, the relay in front of it on a
/// fresh temporary store, and a client sending signed calls at a fixed rate; prints what the relay adds to each
/// call (measured inside the relay: its time holding the call minus the upstream's exchange), the client's
/// round trips, errors, peak memory and journal rows (issue 12 budget: p99 ≤ 2 ms added, ≤ 50 MB, 0 errors).
/// It measures; it asserts nothing.
enum BenchmarkRelayCommand {
    static let usage = """
        usage: seller-console benchmark-relay [--seconds S] [--rate CALLS_PER_SECOND] [--journal-wait-ms MS]
                                              [--journal store|memory]
          --journal-wait-ms MS  how long a call waits for its arrival's commit before it is forwarded, 0 to 100
                                (default: the relay's own)
          --journal             store (default): a fresh temporary store, as the relay runs; memory: rows only
                                counted, to see what the store costs
        """
    static let ranges = NumericOption.ranges.merging(["--seconds": .number(1...3_600), "--rate": .whole(1...5_000),
                                                      "--journal-wait-ms": .number(0...100)]) { current, _ in current }
    static let key = "benchmark-relay-access-key"

    static func run(_ arguments: [String]) async throws(Arguments.UsageError) -> Int32 {
        let options = try Arguments(arguments, options: ["--seconds", "--rate", "--journal-wait-ms", "--journal"],
                                    ranges: ranges)
        let toStore: Bool
        switch options.value("--journal") ?? "store" {
        case "store": toStore = true
        case "memory": toStore = false
        case let other: throw Arguments.UsageError(description: "--journal must be store or memory (got \(other))")
        }
        let seconds = options.number("--seconds") ?? 30
        let rate = options.integer("--rate") ?? 500
        let isv = SampleProductionInterface(configuration: SampleISVConfiguration(accessKey: key, interface: .orderNotify))
        let storePath = NSTemporaryDirectory() + "seller-console-relay-bench-\(ProcessInfo.processInfo.processIdentifier).db"
        defer {
            LocalStore.removeFiles(at: storePath)
            try? FileManager.default.removeItem(atPath: StoreJournal.logDirectory(forStore: storePath))
        }
        let counting = CountingJournal()
        let timings = Timings()
        do {
            let upstream = try isv.start()
            defer { isv.stop() }
            var configuration = RelayConfiguration(upstream: upstream)
            configuration.accessKey = key
            configuration.maxActiveRequests = 256
            if let wait = options.number("--journal-wait-ms") { configuration.journalWait = wait / 1000 }
            if toStore { configuration.journalLogDirectory = StoreJournal.logDirectory(forStore: storePath) }
            configuration.onTiming = { total, upstream in timings.add(relay: total - upstream) }
            let inMemory: @Sendable () throws -> CallJournal = { counting }
            let opener = toStore ? StoreJournal.opener(path: storePath) : inMemory
            let relay = Relay(configuration: configuration, journal: opener)
            let address = try relay.start()
            let client = MarketClient(configuration: ClientConfiguration(baseURL: "http://\(address)", accessKey: "",
                                                                         secretKey: ""))
            let started = ContinuousClock.now
            let errors = await drive(client, rate: rate, seconds: seconds, timings: timings)
            let elapsed = started.duration(to: .now)
            let summary = relay.stop()
            let rows = toStore ? journalRows(storePath) : counting.rows
            Console.print(report(summary: summary, errors: errors, timings: timings, elapsed: elapsed, rate: rate,
                                 rows: rows, toStore: toStore))
            return ExitCode.success
        } catch {
            Console.error("benchmark failed: \(error)")
            return ExitCode.failure
        }
    }

    /// Sends `rate` calls a second for `seconds`, each on schedule (not after the previous one), and returns how
    /// many failed: no answer, not HTTP 200, or not `000000`.
    static func drive(_ client: MarketClient, rate: Int, seconds: Double, timings: Timings) async -> Int {
        let total = Int(Double(rate) * seconds)
        let interval = Duration.nanoseconds(Int64(1_000_000_000 / rate))
        let start = ContinuousClock.now
        // A discarding group frees each call as it ends: 15,000 finished tasks held to the end would be the
        // biggest thing in the process, and the figure is the relay's memory, not the client's.
        await withDiscardingTaskGroup { group in
            for index in 0..<total {
                try? await Task.sleep(until: start + interval * index, clock: .continuous)
                group.addTask {
                    if await !send(client, index: index, timings: timings) { timings.addError() }
                }
            }
        }
        return timings.errors
    }

    static func send(_ client: MarketClient, index: Int, timings: Timings) async -> Bool {
        let body = Array(#"{"activity":"orderNotify","orderId":"CS-bench-\#(index)","orderLineId":"CS-bench-\#(index)-000001","testFlag":"0"}"#.utf8)
        guard let nonce = try? V2Signature.randomNonce() else { return false }
        let query = V2Signature.signedQuery(body: body, accessKey: key, nonce: nonce,
                                            timestamp: String(Int64(Date().timeIntervalSince1970 * 1000)))
            .map { "\($0.name)=\($0.value)" }.joined(separator: "&")
        let sent = ContinuousClock.now
        do {
            let exchange = try await client.forward(method: "POST", target: "/produce?" + query,
                                                    headers: [("Content-Type", "application/json")], body: body,
                                                    responseLimit: 64 << 10, timeout: 20)
            timings.add(roundTrip: sent.duration(to: .now))
            return exchange.status == 200 && String(decoding: exchange.body, as: UTF8.self).contains("\"000000\"")
        } catch {
            return false
        }
    }

    static func journalRows(_ path: String) -> Int {
        guard let store = try? LocalStore(path: path, readOnly: true) else { return -1 }
        defer { try? store.close() }
        return (try? store.count(.calls)) ?? -1
    }

    static func report(summary: RelaySummary, errors: Int, timings: Timings, elapsed: Duration, rate: Int,
                       rows: Int, toStore: Bool) -> String {
        let relay = timings.relayMicroseconds.sorted()
        let trips = timings.roundTripMicroseconds.sorted()
        func ms(_ values: [Int], _ share: Double) -> String {
            guard !values.isEmpty else { return "-" }
            let index = min(values.count - 1, Int((Double(values.count) * share).rounded(.up)) - 1)
            return String(format: "%.3f", Double(values[max(0, index)]) / 1000)
        }
        let peak = PeakMemory.kilobytes().map { String(format: "%.1f MB", Double($0) / 1024) } ?? "unknown"
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return """
            relay benchmark: \(summary.calls) calls at \(rate)/s over \(String(format: "%.1f", seconds)) s, \
            journal \(toStore ? "a fresh store" : "counted in memory (--journal memory)")
              errors:            \(errors) (failed outcomes journalled: \(summary.failures), lost writes: \(summary.lostWrites))
              relay-added (ms):  p50 \(ms(relay, 0.5))  p99 \(ms(relay, 0.99))  max \(ms(relay, 1))  \
            (inside the relay: its time holding a call minus the upstream exchange)
              round trip (ms):   p50 \(ms(trips, 0.5))  p99 \(ms(trips, 0.99))  max \(ms(trips, 1))  (client → relay → koosim isv)
              peak memory:       \(peak)
              journal rows:      \(rows)
            """
    }
}

/// The timings of a benchmark run, from the relay's and the client's threads.
final class Timings: Sendable {
    private let relay = Mutex<[Int]>([])
    private let trips = Mutex<[Int]>([])
    private let failed = Mutex(0)

    func addError() { failed.withLock { $0 += 1 } }
    var errors: Int { failed.withLock { $0 } }

    func add(relay microseconds: Int) { relay.withLock { $0.append(microseconds) } }
    func add(roundTrip duration: Duration) {
        let parts = duration.components
        trips.withLock { $0.append(Int(parts.seconds) * 1_000_000 + Int(parts.attoseconds / 1_000_000_000_000)) }
    }

    var relayMicroseconds: [Int] { relay.withLock { $0 } }
    var roundTripMicroseconds: [Int] { trips.withLock { $0 } }
}

/// A journal that only counts the calls it is given, for a build without the store's journal API.
final class CountingJournal: CallJournal, Sendable {
    private let count = Mutex(0)
    var rows: Int { count.withLock { $0 } }

    func recordArrival(_ arrival: JournalArrival) throws { count.withLock { $0 += 1 } }
    func recordAnswer(callId: String, _ answer: JournalAnswer) throws -> String? { nil }
    func closeUnansweredCalls(at now: Timestamp) throws -> Int { 0 }
    func relayStarted(id: String, pid: Int, listen: String, upstream: String, at now: Timestamp) throws {}
    func relayHeartbeat(id: String, calls: Int, lostWrites: Int, at now: Timestamp) throws {}
    func relayStopped(id: String, calls: Int, lostWrites: Int, at now: Timestamp) throws {}
}
