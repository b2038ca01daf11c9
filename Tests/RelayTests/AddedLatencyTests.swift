@testable import Relay
import Testing

/// The relay's own cost per call, as its stop line reports it: percentiles from a bounded histogram.
@Suite("What the relay adds per call")
struct AddedLatencyTests {
    @Test("no forwarded call, no figures, and the stop line says nothing about latency")
    func empty() {
        #expect(AddedLatency().figures == nil)
        #expect(RelaySummary().line == "relay stopped: 0 calls, 0 failures, 0 lost journal writes")
    }

    @Test("p50 and p99 are their 10 µs bucket's upper edge (never under the truth), the maximum exact")
    func percentiles() throws {
        let latency = AddedLatency()
        for microseconds in 1...1_000 { latency.add(microseconds: microseconds) }
        let figures = try #require(latency.figures)
        #expect(figures.calls == 1_000)
        #expect(figures.p50 == 510)
        #expect(figures.p99 == 1_000)
        #expect(figures.maximum == 1_000)
    }

    @Test("a call past the last bucket counts, and a percentile that lands there is the maximum")
    func overflow() throws {
        let latency = AddedLatency()
        latency.add(microseconds: 100)
        latency.add(microseconds: 3_000_000)
        latency.add(microseconds: -5)
        let figures = try #require(latency.figures)
        #expect(figures.p50 == 110)
        #expect(figures.p99 == 3_000_000)
        #expect(figures.maximum == 3_000_000)
    }

    @Test("the stop line gives the figures in milliseconds")
    func line() {
        var summary = RelaySummary()
        summary.calls = 3
        summary.added = .init(p50: 130, p99: 1_005, maximum: 55_470, calls: 3)
        #expect(summary.line == "relay stopped: 3 calls, 0 failures, 0 lost journal writes; "
                + "added per call p50 0.13 ms, p99 1.01 ms, max 55.47 ms")
    }
}
