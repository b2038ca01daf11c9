import MarketClient

/// Sends a probe's call and returns the answer, or why there was none.
public protocol ProbeTransport: Sendable {
    func exchange(_ request: ProbeRequest, timeout: Double) async -> Result<ProbeReply, ProbeFailure>
}

/// The real transport: MarketClient's plain (not APIG-signed) exchange to the production URL, so the probe gets
/// the client's rules (https off loopback, no redirects, bounded in time and bytes). One attempt, no retries:
/// the marketplace does not retry a test case either.
public struct MarketClientTransport: ProbeTransport {
    public let url: String

    /// A transport to `url`, or the reason the URL cannot be used.
    public init(url: String) throws(ClientError) {
        try ClientConfiguration(baseURL: url, accessKey: "", secretKey: "").validate()
        self.url = url
    }

    public func exchange(_ request: ProbeRequest, timeout: Double) async -> Result<ProbeReply, ProbeFailure> {
        var configuration = ClientConfiguration(baseURL: url, accessKey: "", secretKey: "")
        configuration.timeout = timeout
        configuration.connectTimeout = min(10, timeout)
        configuration.maxAttempts = 1
        configuration.limitTotalTime(to: timeout)
        let client = MarketClient(configuration: configuration)
        do {
            let exchange = try await client.sendPlain(method: request.method, path: url.hasSuffix("/") ? "/" : "",
                                                      query: request.query, body: request.body)
            return .success(exchange)
        } catch {
            return .failure(ProbeFailure(reason: error.description, unreachable: Self.isUnreachable(error)))
        }
    }

    /// Whether no connection could be made at all (as opposed to a connection that went wrong).
    static func isUnreachable(_ error: ClientError) -> Bool {
        guard case .transport(let reason) = error else { return false }
        return ["connection refused", "unknown host", "cannot connect", "no connection to"].contains {
            reason.hasPrefix($0)
        } || reason.hasSuffix("is unreachable")
    }
}
