import Foundation

/// Handles one request on its connection's thread. The server calls it concurrently from many connections;
/// anything it shares must carry its own synchronisation.
public typealias HTTPHandler = @Sendable (HTTPRequest) -> HTTPHandlerResult

/// What the server does with a request: answer it, or misbehave at the transport level the way real networks
/// do, so the simulator's `--faults` can exercise the client's timeout, retry and error paths.
public enum HTTPHandlerResult: Sendable, Equatable {
    /// Send this response.
    case response(HTTPResponse)
    /// Abort the connection with a TCP RST (SO_LINGER 0, then close): the client sees "connection reset".
    case resetConnection
    /// Say nothing for `seconds`, then close. Ends early when the server stops.
    case stall(seconds: TimeInterval)
    /// Send the head announcing the full Content-Length but only the first `sentBytes` of the body (clamped
    /// below the full length), then close: the client sees a short body.
    case truncatedBody(HTTPResponse, sentBytes: Int)

    /// Shorthand for `.response(HTTPResponse(status:))` with an empty body.
    public static func status(_ status: Int, headers: HTTPHeaders = [:]) -> HTTPHandlerResult {
        .response(HTTPResponse(status: status, headers: headers))
    }
}
