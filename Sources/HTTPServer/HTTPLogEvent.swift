/// What the server reports through the configuration's log hook instead of printing: the simulator decides
/// where (stderr, a file, nowhere) and in what shape.
public enum HTTPLogEvent: Sendable, CustomStringConvertible {
    /// A request reached the handler and something was sent (or deliberately not sent) back.
    case access(HTTPAccessRecord)
    /// A request refused before any handler saw it (malformed, too large, timed out).
    case rejected(remoteAddress: String, status: Int, reason: String)
    /// A request turned away with 503 because `maxActiveRequests` were being served.
    case overCapacity(remoteAddress: String)
    /// A connection closed without an answer to make room for a new one, because `maxWaitingConnections`
    /// were waiting for a request head: it was the oldest without a complete request.
    case shed(remoteAddress: String)
    /// A server-level problem, such as `accept` failing for lack of descriptors.
    case failure(String)

    public var description: String {
        switch self {
        case let .access(record): return record.description
        case let .rejected(remote, status, reason): return "\(remote) rejected \(status): \(reason)"
        case let .overCapacity(remote): return "\(remote) rejected 503: request limit reached"
        case let .shed(remote): return "\(remote) closed: too many connections waiting for a request"
        case let .failure(message): return "server error: \(message)"
        }
    }
}

/// One line of access log.
public struct HTTPAccessRecord: Sendable, Equatable, CustomStringConvertible {
    /// What actually went back to the client.
    public enum Delivery: String, Sendable {
        case responded, reset, stalled, truncated
        /// The response could not be written: the client was gone or stopped reading.
        case sendFailed = "send-failed"
    }

    public var remoteAddress: String
    public var method: String
    public var target: String
    /// The status of the response sent or cut short; nil for a reset or stall.
    public var status: Int?
    public var delivery: Delivery
    public var requestBodyBytes: Int
    public var responseBodyBytes: Int
    /// From the end of the request head to the end of the exchange.
    public var seconds: Double

    public var description: String {
        let statusText = status.map(String.init) ?? "-"
        let millis = (seconds * 1000).rounded()
        let suffix = delivery == .responded ? "" : " [\(delivery.rawValue)]"
        return "\(remoteAddress) \"\(method) \(target)\" \(statusText) \(responseBodyBytes)B "
            + "in=\(requestBodyBytes)B \(Int(millis))ms\(suffix)"
    }
}
