import Foundation
import SellerCore

/// Everything `koosim` and `seller-console demo` can set about the simulated marketplace.
public struct SimulatorConfiguration: Sendable {
    public var port: UInt16 = 0
    public var accessKey: String
    public var secretKey: String
    public var seed: UInt64 = 1
    public var orders = 3000
    /// Share of API requests that fail (500, 503, 429, reset, stall, truncated body).
    public var faultRate = 0.0
    /// Share of records spoiled with control characters, escapes, invalid UTF-8, huge strings or bad types.
    public var hostileRate = 0.0
    /// Seconds between clock events (new orders, messages, requirements, failures); nil for none.
    public var tickSeconds: Double?
    /// The world's "now" at start; generated history lies before it. Defaults to the wall clock.
    public var epoch: Timestamp?
    /// How long a stalled request hangs before the connection closes.
    public var stallSeconds = 35.0
    /// The Retry-After sent with 429 and 503.
    public var retryAfterSeconds = 1
    /// Where large request bodies are spooled.
    public var spoolDirectory = URL(fileURLWithPath: NSTemporaryDirectory(), isDirectory: true)
    /// The seller's production interface that 重新启动 really calls (V2-signed POST); nil decides restarts by a
    /// seeded rule instead.
    public var productionURL: URL?
    /// The key that signs calls to `productionURL` (docs/KOOGALLERY.md §4.5); nil uses `accessKey`.
    public var productionKey: String?
    /// How long a call to `productionURL` may take before it counts as a failed attempt (the marketplace's 20 s);
    /// whole seconds, at least 1.
    public var productionTimeoutSeconds = 20.0
    /// Where deliverable uploads are stored. Nil makes a fresh folder in the temporary directory on the first
    /// upload and removes it on stop; a given directory is created if missing and never removed.
    public var uploadDirectory: URL?
    /// `--call URL`: the simulator plays the marketplace and calls the seller's production interface; nil for
    /// none. Holds the production key, which `description` never shows.
    public var call: MarketplaceCallSettings?

    public init(accessKey: String, secretKey: String) {
        self.accessKey = accessKey
        self.secretKey = secretKey
    }
}
