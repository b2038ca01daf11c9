import MarketAPI

extension ClientError {
    /// The one status classifier: what an answer that is not a 2xx means. Nil for a 2xx.
    public init?(exchange: HTTPExchange) {
        guard !(200..<300).contains(exchange.status) else { return nil }
        let error = APIErrorBody.decode(exchange.body)
        let code = error?.code ?? "HTTP.\(exchange.status)"
        let message = error?.message ?? ""
        let retryAfter = Backoff.parseRetryAfter(exchange.headers["retry-after"])
        switch exchange.status {
        case 300..<400:
            self = .redirected(status: exchange.status, location: String((exchange.headers["location"] ?? "").prefix(200)))
        case 401, 403: self = .authentication(status: exchange.status, code: code, message: message)
        case 429: self = .rateLimited(retryAfter: retryAfter)
        case 500...: self = .server(status: exchange.status, code: error?.code, message: message, retryAfter: retryAfter)
        case 100..<200: self = .transport("unexpected interim answer \(exchange.status)")
        default: self = .rejected(status: exchange.status, code: code, message: message)
        }
    }

    /// Whether the gateway says a chunk's offset is not where its copy of the upload ends.
    public var isUploadOffsetMismatch: Bool {
        if case .rejected(409, ResultCodes.uploadOffsetMismatch, _) = self { return true }
        return false
    }
}
