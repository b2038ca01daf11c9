import Foundation
import MarketClient
import SellerCore

/// Sends one signed call to the seller's production URL through `MarketClient` (libcurl: no redirects, https
/// off loopback, bounded in time and bytes) and judges the answer.
struct CallSender: Sendable {
    var url: String
    var accessKey: String
    var timeout: Double

    struct Result: Sendable {
        var verdict: CallVerdict
        var latencyMs: Int
        /// The answer as the exception detail shows it (at most 4 KB).
        var response: String
        /// The answer as received, nil without one.
        var exchange: HTTPExchange?
        var failure: String?
    }

    func send(_ call: SignedCall, activity: Activity, v1: Bool) async -> Result {
        var configuration = ClientConfiguration(baseURL: url, accessKey: "", secretKey: "")
        configuration.timeout = timeout
        configuration.connectTimeout = min(10, timeout)
        configuration.maxAttempts = 1
        configuration.limitTotalTime(to: timeout)
        let client = MarketClient(configuration: configuration)
        let started = ContinuousClock.now
        var exchange: HTTPExchange?
        var failure: String?
        do {
            exchange = try await client.sendPlain(method: call.method, path: url.hasSuffix("/") ? "/" : "",
                                                  query: call.query, body: call.body)
        } catch {
            if case .transport(let reason) = error { failure = reason } else { failure = error.description }
        }
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let timedOut = exchange == nil && (seconds >= timeout * 0.9 || Self.isTimeout(failure ?? ""))
        let verdict = CallJudge(accessKey: accessKey).judge(activity, v1: v1, exchange: exchange, failure: failure,
                                                            timedOut: timedOut)
        let response = exchange.map { "HTTP \($0.status) " + String(decoding: $0.body.prefix(4096), as: UTF8.self) }
            ?? (failure ?? "")
        return Result(verdict: verdict, latencyMs: Int(seconds * 1000), response: response, exchange: exchange,
                      failure: failure)
    }

    /// curl's words for a limit that ran out (`MarketClient`'s failure reasons).
    static func isTimeout(_ reason: String) -> Bool {
        reason.contains("within") || reason.hasPrefix("answer too slow") || reason.contains("time limit")
    }
}
