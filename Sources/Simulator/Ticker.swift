import Foundation
import Synchronization

/// Calls `body(round)` every `seconds` on its own thread until stopped: the simulator's event clock.
final class Ticker: Sendable {
    private let interval: Double
    private let body: @Sendable (Int) -> Void
    private let wakeUp = DispatchSemaphore(value: 0)
    private let stopped = Atomic(false)

    init(every seconds: Double, _ body: @escaping @Sendable (Int) -> Void) {
        interval = max(0.01, seconds)
        self.body = body
    }

    func start() {
        let thread = Thread { [self] in
            var round = 0
            while !stopped.load(ordering: .acquiring) {
                // Waiting on the semaphore doubles as the interval: stop() signals it to end the wait early.
                if wakeUp.wait(timeout: .now() + interval) == .success { break }
                if stopped.load(ordering: .acquiring) { break }
                body(round)
                round += 1
            }
        }
        thread.name = "koosim-ticker"
        thread.start()
    }

    func stop() {
        if !stopped.exchange(true, ordering: .acquiringAndReleasing) { wakeUp.signal() }
    }
}
