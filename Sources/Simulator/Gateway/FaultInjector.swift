import Foundation
import Synchronization

/// The failures `--faults RATE` injects into that share of API requests (docs/ARCHITECTURE.md §5). Some answer before the
/// request is handled; the transport faults strike after it was handled, so a client that retries an action
/// must rely on its Idempotency-Key.
public enum InjectedFault: String, CaseIterable, Sendable {
    case internalError, unavailable, rateLimited, reset, stall, truncated

    /// Whether the request is refused before the simulator acts on it.
    var strikesBeforeHandling: Bool { self == .internalError || self == .unavailable || self == .rateLimited }
}

/// Draws faults from a seeded generator; the draw order follows request arrival.
final class FaultInjector: Sendable {
    let rate: Double
    private let generator: Mutex<SeededRandom>
    private let injected = Atomic(0)

    init(rate: Double, seed: UInt64) {
        self.rate = max(0, min(rate, 1))
        generator = Mutex(SeededRandom(seed: seed, stream: RandomStream.fault.rawValue, index: 0))
    }

    func draw() -> InjectedFault? {
        guard rate > 0 else { return nil }
        let fault = generator.withLock { random in
            random.unit() < rate ? random.pick(InjectedFault.allCases) : nil
        }
        if fault != nil { injected.add(1, ordering: .relaxed) }
        return fault
    }

    /// How many requests have been given a fault so far.
    var injectedCount: Int { injected.load(ordering: .relaxed) }
}
