/// A relayed call: the relay (`seller-console relay`) hands a marketplace call to the seller's production
/// interface unchanged and needs the answer unchanged, so this is `sendPlain` without any encoding of its own:
/// the path and raw query go out exactly as received. The transport rules stay the same (no redirects, plain
/// http only to loopback, bounded in bytes), with one attempt and one total time limit, the marketplace's own.
extension MarketClient {
    /// Sends `method` to the base URL plus `target` (the received path and raw query, `/produce?signature=…`),
    /// with `headers` as given (a CR or LF in a value is dropped) and `body`. One attempt; the whole exchange
    /// must end within `timeout` seconds; at most `responseLimit` decoded body bytes are accepted. Any status
    /// is returned as it came, 3xx included (never followed).
    public func forward(method: String, target: String, headers: [(String, String)], body: [UInt8],
                        responseLimit: Int, timeout: Double) async throws(ClientError) -> HTTPExchange {
        guard target.hasPrefix("/"), target.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
            throw .invalidBaseURL("the relayed target is not an origin-form path")
        }
        let (base, _, _) = try self.target(path: "", query: [], responseLimit: responseLimit)
        let seconds = timeout.isFinite && timeout > 0 ? min(timeout, 86_400) : 20
        let limits = TransferLimits(connectSeconds: min(max(0.1, configuration.connectTimeout), seconds),
                                    quietSeconds: seconds, totalSeconds: seconds, responseBytes: max(1, responseLimit))
        let lines = headers.map { "\($0.0): \(Self.singleLine($0.1))" }
        return try await perform(method: method, url: base.text + target, base: base, lines: lines, body: body,
                                 limits: limits)
    }
}

extension ClientError {
    /// Whether a transport failure means the answer did not come in time (the marketplace's "timeout"), as
    /// opposed to a connection that was refused, reset or never made. Reads the reasons `CurlTransfer` words.
    public var isAnswerTimeout: Bool {
        guard case .transport(let reason) = self else { return false }
        return reason.hasPrefix("no answer within") || reason.hasPrefix("answer not complete within")
            || reason.hasPrefix("answer too slow")
    }
}
