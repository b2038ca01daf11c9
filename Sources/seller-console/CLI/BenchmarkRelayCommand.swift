import ChildProcesses
import CommandArguments
import Foundation
import MarketClient
import SellerStore
import Signing
import Simulator
import Synchronization

/// `seller-console benchmark-relay`: the real `seller-console relay` in a process of its own, on a fresh temporary
/// store, in front of `koosim isv` (in this process), and a client here sending signed calls at a fixed rate.
/// It prints what the relay reports it added to each call (its time holding a call minus the upstream's
/// exchange), the relay process's peak memory, the client's round trips, errors and journal rows (issue 12
/// budget: p99 ≤ 2 ms added, ≤ 50 MB, 0 errors). It measures; it asserts nothing.
enum BenchmarkRelayCommand {
    static let usage = """
        usage: seller-console benchmark-relay [--seconds S] [--rate CALLS_PER_SECOND] [--sync-orders N]
          The relay runs as `seller-console relay` does, with no profile (no order fetch); its memory is its own
          process's, apart from the client and the upstream.
          --sync-orders N  meanwhile, sync N orders from a simulator in this process into the relay's store
                           (a connection of its own), to compare the relay's figures with and without a sync
        """
    static let ranges = NumericOption.ranges.merging(["--seconds": .number(1...3_600), "--rate": .whole(1...5_000),
                                                      "--sync-orders": .whole(1...1_000_000)])
        { current, _ in current }
    static let key = "benchmark-relay-access-key"

    static func run(_ arguments: [String]) async throws(Arguments.UsageError) -> Int32 {
        let options = try Arguments(arguments, options: ["--seconds", "--rate", "--sync-orders"],
                                    ranges: ranges)
        let seconds = options.number("--seconds") ?? 30
        let rate = options.integer("--rate") ?? 500
        let isv = SampleProductionInterface(configuration: SampleISVConfiguration(accessKey: key, interface: .orderNotify))
        do {
            let folder = try BenchmarkFolder()
            let upstream = try isv.start()
            defer { isv.stop() }
            let relay = try RelayChild(upstream: upstream, folder: folder, key: key)
            let address = try await relay.address()
            let client = MarketClient(configuration: ClientConfiguration(baseURL: "http://\(address)", accessKey: "",
                                                                         secretKey: ""))
            let timings = Timings()
            let sync = try options.integer("--sync-orders").map {
                try RelayBenchmarkSync(orders: $0, storePath: folder.store)
            }
            let started = ContinuousClock.now
            let errors = await drive(client, rate: rate, seconds: seconds, timings: timings)
            let elapsed = started.duration(to: .now)
            let synced = await sync?.finish()
            let stopped = try relay.stop()
            Console.print(report(stopped, errors: errors, timings: timings, elapsed: elapsed, rate: rate,
                                 rows: journalRows(folder.store)))
            if let synced { Console.print(synced.line) }
            return synced?.failed == true ? ExitCode.failure : ExitCode.success
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
        // A discarding group frees each call as it ends, instead of holding every finished task to the end.
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

    static func report(_ relay: RelayChild.Stopped, errors: Int, timings: Timings, elapsed: Duration, rate: Int,
                       rows: Int) -> String {
        let trips = timings.roundTripMicroseconds.sorted()
        func ms(_ share: Double) -> String {
            guard !trips.isEmpty else { return "-" }
            let index = min(trips.count - 1, Int((Double(trips.count) * share).rounded(.up)) - 1)
            return String(format: "%.3f", Double(trips[max(0, index)]) / 1000)
        }
        func megabytes(_ kilobytes: Int?) -> String {
            kilobytes.map { String(format: "%.1f MB", Double($0) / 1024) } ?? "unknown"
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return """
            relay benchmark: \(trips.count + errors) calls at \(rate)/s over \(String(format: "%.1f", seconds)) s, \
            `seller-console relay` (pid \(relay.pid)) on a fresh store
              errors:            \(errors)
              relay:             \(relay.summary)
              round trip (ms):   p50 \(ms(0.5))  p99 \(ms(0.99))  max \(ms(1))  (client → relay → koosim isv)
              peak memory:       \(megabytes(relay.peakKilobytes)) (the relay's process); \
            \(megabytes(PeakMemory.kilobytes())) (this one: client and upstream)
              journal rows:      \(rows)
            """
    }
}

/// The client's round trips and failures, from the client's tasks.
final class Timings: Sendable {
    private let trips = Mutex<[Int]>([])
    private let failed = Mutex(0)

    func addError() { failed.withLock { $0 += 1 } }
    var errors: Int { failed.withLock { $0 } }

    func add(roundTrip duration: Duration) {
        let parts = duration.components
        trips.withLock { $0.append(Int(parts.seconds) * 1_000_000 + Int(parts.attoseconds / 1_000_000_000_000)) }
    }

    var roundTripMicroseconds: [Int] { trips.withLock { $0 } }
}
