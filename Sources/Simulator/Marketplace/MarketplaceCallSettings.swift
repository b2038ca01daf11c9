import Foundation

/// What `koosim --call URL` sends: how many calls, how fast, with what key, and how compressed the retry
/// policies' hours are.
public struct MarketplaceCallSettings: Sendable {
    /// The seller's production URL (http only to loopback, as `MarketClient` allows).
    public var url: String
    /// The production-interface access key every call is signed with (docs/KOOGALLERY.md §4.1). Never printed.
    public var accessKey: String
    /// Marketplace calls to make in all, retries included.
    public var calls = 100
    public var callsPerSecond = 5.0
    /// Multiplies every retry interval and window: 0.001 makes an hour 3.6 s.
    public var retryScale = 1.0
    /// The interface families products are drawn from; empty means all of them.
    public var families: [ISVInterface] = []
    /// Where the ledger is written as JSON lines when the calls are done.
    public var logURL: URL?
    /// Calls waiting for an answer at once, at most.
    public var maxInFlight = 64
    /// The shortest the compressed timeout gets. Tests on a loaded machine raise it, so that a slow scheduler
    /// never makes the marketplace give up on an answer the seller's side already has.
    public var minimumTimeout = 1.0
    /// Told every answer exactly as received (tests compare it byte for byte with what the seller sent).
    public var answerTap: (@Sendable (MarketplaceAnswer) -> Void)?

    public init(url: String, accessKey: String) {
        self.url = url
        self.accessKey = accessKey
    }

    /// The marketplace's 20 s timeout (§3.1), shortened with compressed time but never under `minimumTimeout`.
    public var timeoutSeconds: Double { max(minimumTimeout, min(20, 20 * retryScale)) }
}

extension MarketplaceCallSettings: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String {
        "MarketplaceCallSettings(url: \(url), accessKey: <redacted>, calls: \(calls), callsPerSecond: "
            + "\(callsPerSecond), retryScale: \(retryScale))"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(self, children: ["url": url, "accessKey": "<redacted>", "calls": calls,
                                "callsPerSecond": callsPerSecond, "retryScale": retryScale,
                                "families": families, "logURL": logURL as Any], displayStyle: .struct)
    }
}

/// One call as the marketplace sent it and the answer as it received it, for `answerTap`.
public struct MarketplaceAnswer: Sendable {
    public var scenario: Int
    public var attempt: Int
    /// The call's query (V2: `signature`, `timestamp`, `nonce`), which tells calls apart.
    public var query: [(String, String)]
    /// Nil when no HTTP answer came (`failure` says why).
    public var status: Int?
    public var headers: [String: String]
    public var body: [UInt8]
    public var failure: String?
}
