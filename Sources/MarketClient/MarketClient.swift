import Foundation
import MarketAPI
import SellerCore
import Signing

/// One HTTP exchange as the client saw it. Header names are lower-case.
public struct HTTPExchange: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: [UInt8]

    public init(status: Int, headers: [String: String], body: [UInt8]) {
        self.status = status
        self.headers = headers
        self.body = body
    }
}

/// The marketplace client, on libcurl (CurlEngine): signs every request with APIG SDK-HMAC-SHA256, never
/// follows a redirect, speaks plain http only to loopback and verifies TLS always, bounds every request in time
/// and in decoded bytes, and maps every failure to a `ClientError` in words. The typed methods
/// (MarketClient+Actions.swift) are the contract; `send` is their common base.
public final class MarketClient: Sendable {
    public let configuration: ClientConfiguration
    private let signer: APIGSigner
    private let base: Result<BaseURL, ClientError>

    /// A client whose requests fail with the reason when the base URL is unusable.
    public init(configuration: ClientConfiguration) {
        self.configuration = configuration
        signer = APIGSigner(accessKey: configuration.accessKey, secretKey: configuration.secretKey)
        base = Result { () throws(ClientError) -> BaseURL in try BaseURL(validating: configuration.baseURL) }
    }

    /// A client, or the reason its base URL is unusable (malformed, or plain http to a non-loopback host).
    public convenience init(validating configuration: ClientConfiguration) throws(ClientError) {
        self.init(configuration: configuration)
        _ = try base.get()
    }

    /// One page of a list, retried on failures another attempt may cure.
    public func listPage(_ kind: EntityKind, _ query: ListQuery) async throws(ClientError) -> ListPage {
        try await withRetries { () throws(ClientError) -> ListPage in
            let exchange = try await self.send(method: "GET", path: GatewayPaths.list(kind), query: query.queryItems,
                                               responseLimit: self.configuration.limits.listPage)
            if let error = ClientError(exchange: exchange) { throw error }
            do throws(JSONFieldError) {
                return try ListPageWire.decode(kind: kind, body: exchange.body)
            } catch {
                throw ClientError.decoding(path: error.path, reason: error.reason)
            }
        }
    }

    /// Sends one signed request and returns whatever status came back (no retries, no status mapping).
    /// `responseLimit` bounds the decoded body (default: an action answer's limit).
    public func send(method: String, path: String, query: [(String, String)] = [], body: [UInt8] = [],
                     headers: [(String, String)] = [], contentType: String = "application/json",
                     responseLimit: Int? = nil) async throws(ClientError) -> HTTPExchange {
        let (base, urlText, limits) = try target(path: path, query: query, responseLimit: responseLimit)
        var signingHeaders = headers.map { APIGRequest.Header($0.0, Self.singleLine($0.1)) }
        if !body.isEmpty { signingHeaders.append(APIGRequest.Header("Content-Type", contentType)) }
        guard let signable = APIGRequest(method: method, url: urlText, headers: signingHeaders, body: body) else {
            throw .invalidBaseURL("cannot build a request URL for \(path.prefix(100))")
        }
        let signature = signer.sign(signable, date: Date())
        var lines = signable.headers.filter { $0.name.lowercased() != "host" }.map { "\($0.name): \($0.value)" }
        lines += signature.headersToAdd.map { "\($0.name): \($0.value)" }
        return try await perform(method: method, url: urlText, base: base, lines: lines, body: body, limits: limits)
    }

    /// Sends one request that is not APIG-signed (the caller signs it its own way, e.g. as the marketplace signs
    /// a call to a seller's production interface) to the base URL plus `path`, with the same transport rules:
    /// no redirects, plain http only to loopback, bounded in time and bytes. No retries, no status mapping.
    public func sendPlain(method: String, path: String = "", query: [(String, String)] = [], body: [UInt8] = [],
                          headers: [(String, String)] = [], contentType: String = "application/json",
                          responseLimit: Int? = nil) async throws(ClientError) -> HTTPExchange {
        let (base, urlText, limits) = try target(path: path, query: query, responseLimit: responseLimit)
        var lines = headers.map { "\($0.0): \(Self.singleLine($0.1))" }
        if !body.isEmpty { lines.append("Content-Type: \(contentType)") }
        return try await perform(method: method, url: urlText, base: base, lines: lines, body: body, limits: limits)
    }

    /// The base URL, the request URL (`path` and the RFC 3986-encoded query appended) and the transfer limits.
    func target(path: String, query: [(String, String)], responseLimit: Int?)
        throws(ClientError) -> (BaseURL, String, TransferLimits)
    {
        let base = try base.get()
        if Task.isCancelled { throw .cancelled }
        let limits = try transferLimits(responseBytes: responseLimit ?? configuration.limits.actionAnswer)
        let queryText = query.map { RFC3986.encode($0.0) + "=" + RFC3986.encode($0.1) }.joined(separator: "&")
        return (base, base.text + path + (queryText.isEmpty ? "" : "?" + queryText), limits)
    }

    func perform(method: String, url: String, base: BaseURL, lines: [String], body: [UInt8],
                         limits: TransferLimits) async throws(ClientError) -> HTTPExchange {
        let request = CurlRequest(method: method, url: url, host: base.host, loopback: base.isLoopback,
                                  headers: lines, body: body, limits: limits, resolve: configuration.resolveOverrides)
        guard let engine = CurlEngine.shared else { throw .transport("cannot start the network library") }
        return try await engine.perform(CurlTransfer(request)).get()
    }

    /// The limits of the next request: its own timeouts, cut to the time left before the deadline.
    func transferLimits(responseBytes: Int) throws(ClientError) -> TransferLimits {
        let quiet = configuration.timeout.isFinite && configuration.timeout > 0 ? configuration.timeout : 30
        var limits = TransferLimits(connectSeconds: min(max(0.1, configuration.connectTimeout), quiet),
                                    quietSeconds: quiet, totalSeconds: quiet * 4, responseBytes: max(1, responseBytes))
        if let left = secondsLeft {
            guard left > 0.01 else { throw .transport("the command's time limit ran out") }
            limits.connectSeconds = min(limits.connectSeconds, left)
            limits.quietSeconds = min(limits.quietSeconds, left)
            limits.totalSeconds = min(limits.totalSeconds, left)
        }
        return limits
    }

    /// Seconds before the configuration's deadline; nil without one.
    var secondsLeft: Double? {
        guard let deadline = configuration.deadline else { return nil }
        let left = ContinuousClock.now.duration(to: deadline).components
        return Double(left.seconds) + Double(left.attoseconds) / 1e18
    }

    /// Runs `attempt` until it succeeds, fails for good, runs out of attempts or the deadline would pass
    /// during the backoff. Cancellation ends it at once.
    func withRetries<T>(_ attempt: () async throws(ClientError) -> T) async throws(ClientError) -> T {
        var number = 1
        var earlier: ClientError?
        while true {
            do {
                return try await attempt()
            } catch {
                // A retry the deadline cut short (a backoff that overslept on a busy machine, an answer still
                // on its way) says less than the real answer before it, so that answer is the error.
                if let earlier, case .transport = error, deadlineHasPassed { throw earlier }
                guard error.isRetryable, number < configuration.maxAttempts else { throw error }
                let delay = configuration.backoff.delay(afterAttempts: number, retryAfter: error.retryAfter)
                // No retry that could not even start before the deadline: the last real answer is the error.
                if let left = secondsLeft, delay + Self.shortestAttempt >= left { throw error }
                do {
                    try await Task.sleep(for: .milliseconds(Int64(delay * 1000)))
                } catch {
                    throw .cancelled
                }
                number += 1
                earlier = error
            }
        }
    }

    /// Whether the deadline leaves too little for an attempt; false without one.
    var deadlineHasPassed: Bool { secondsLeft.map { $0 <= Self.shortestAttempt } ?? false }

    /// Seconds an attempt needs at least to be worth starting.
    static let shortestAttempt = 0.05

    /// A header value on one line: a CR or LF would start a header of its own.
    static func singleLine(_ value: String) -> String {
        value.contains(where: { $0 == "\r" || $0 == "\n" }) ? value.filter { $0 != "\r" && $0 != "\n" } : value
    }
}
