#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The server-wide pieces a connection needs, bundled so one value crosses into each new thread.
struct HTTPServerContext: Sendable {
    let configuration: HTTPServerConfiguration
    let handler: HTTPHandler
    let stop: StopSignal
    let registry: ConnectionRegistry
}

/// One client connection, served on its own thread from accept to close: reads requests (pipelined ones
/// too) from a buffered socket, calls the handler, writes responses, and keeps the connection alive until the
/// client, an error, a timeout or the server's stop ends it.
final class HTTPConnection {
    private enum Ending { case keepAlive, close, closeAfterDrain, reset }

    private let id: Int
    private let socket: ConnectionSocket
    private let remoteAddress: String
    private let context: HTTPServerContext
    private var configuration: HTTPServerConfiguration { context.configuration }

    init(id: Int, descriptor: Int32, remoteAddress: String, context: HTTPServerContext) {
        self.id = id
        self.remoteAddress = remoteAddress
        self.context = context
        let capacity = max(context.configuration.maxHeaderBytes + 4096, 64 * 1024)
        socket = ConnectionSocket(descriptor: descriptor, capacity: capacity, stop: context.stop)
    }

    /// Serves requests until the connection ends, then closes the socket and tells the registry.
    func run() {
        var ending = Ending.keepAlive
        while ending == .keepAlive { ending = serveNextRequest() }
        if ending == .closeAfterDrain { socket.drainBeforeClose(lingerSeconds: 1, maxDiscard: 4 * 1024 * 1024) }
        context.registry.release(id)
        if ending == .reset {
            SocketCalls.resetAndClose(socket.descriptor)
        } else {
            close(socket.descriptor)
        }
        context.registry.finish(id)
    }

    private func serveNextRequest() -> Ending {
        let head: HTTPRequestHead
        do {
            guard let received = try HTTPHeadReader(socket: socket, configuration: configuration)
                .read(remoteAddress: remoteAddress) else { return .close }
            head = received
        } catch let error as HTTPRequestError {
            return refuse(error, head: nil)
        } catch {
            return .close
        }
        let received = MonotonicDeadline.now
        let sink: HTTPBodySink
        do {
            sink = try readBody(of: head)
        } catch let error as HTTPRequestError {
            return refuse(error, head: head)
        } catch SocketFailure.timedOut {
            return refuse(HTTPRequestError(408, "request body not received in time"), head: head)
        } catch is SocketFailure {
            return .close
        } catch {
            return refuse(HTTPRequestError(500, "could not store the request body"), head: head)
        }
        let request = HTTPRequest(head: head, body: sink.finish())
        let result = context.handler(request)
        sink.discard()
        return deliver(result, for: request, received: received)
    }

    private func readBody(of head: HTTPRequestHead) throws -> HTTPBodySink {
        let framing = try HTTPHeadParser.framing(of: head)
        let limit = configuration.bodyLimit(for: head)
        var expectedLength: Int?
        if case let .length(length) = framing {
            guard length <= limit else { throw HTTPRequestError(413, "body larger than \(limit) bytes") }
            expectedLength = length
        }
        try answerExpectation(of: head, framing: framing)
        let sink = try HTTPBodySink(threshold: configuration.spoolThreshold,
                                    directory: configuration.spoolDirectory, expectedLength: expectedLength)
        let lineLimit = min(configuration.maxHeaderBytes, socket.capacity - 1)
        try HTTPBodyReader(socket: socket, readTimeout: configuration.readTimeout, maxLineBytes: lineLimit)
            .read(framing, limit: limit, into: sink)
        return sink
    }

    /// Sends `100 Continue` when the client waits for it (curl does before large uploads); any expectation
    /// other than 100-continue gets 417.
    private func answerExpectation(of head: HTTPRequestHead, framing: HTTPBodyFraming) throws {
        guard let expectation = head.headers["Expect"] else { return }
        guard HTTPHeaders.sameName(expectation.trimmingSpaces, "100-continue") else {
            throw HTTPRequestError(417, "unsupported expectation")
        }
        guard head.version >= .http11, framing != .none, socket.bufferedCount == 0 else { return }
        try socket.write(Array("HTTP/1.1 100 Continue\r\n\r\n".utf8), until: .after(configuration.writeTimeout))
    }

    private func deliver(_ result: HTTPHandlerResult, for request: HTTPRequest,
                         received: MonotonicDeadline) -> Ending {
        var record = HTTPAccessRecord(remoteAddress: remoteAddress, method: request.method, target: request.target,
                                      status: nil, delivery: .responded, requestBodyBytes: request.body.byteCount,
                                      responseBodyBytes: 0, seconds: 0)
        let ending: Ending
        switch result {
        case let .response(response):
            let closing = !request.head.wantsKeepAlive || context.stop.isTriggered
                || response.headers.hasToken("close", in: "Connection")
            let bodyBytes = request.method == "HEAD" || HTTPStatus.forbidsBody(response.status)
                ? 0 : response.body.count
            let sent = send(response, closing: closing, version: request.version, bodyBytes: bodyBytes)
            record.status = response.status
            record.responseBodyBytes = bodyBytes
            record.delivery = sent ? .responded : .sendFailed
            ending = !sent ? .close : closing ? .closeAfterDrain : .keepAlive
        case .resetConnection:
            record.delivery = .reset
            ending = .reset
        case let .stall(seconds):
            socket.holdSilently(until: .after(seconds))
            record.delivery = .stalled
            ending = .close
        case let .truncatedBody(response, sentBytes):
            let cut = max(0, min(sentBytes, response.body.count - 1))
            _ = send(response, closing: false, version: request.version, bodyBytes: cut)
            record.status = response.status
            record.responseBodyBytes = cut
            record.delivery = .truncated
            ending = .close
        }
        record.seconds = MonotonicDeadline.seconds(since: received)
        configuration.log?(.access(record))
        return ending
    }

    /// Answers a request the server itself refuses, then ends the connection: after a framing error the
    /// position of the next request in the byte stream is unknown.
    private func refuse(_ error: HTTPRequestError, head: HTTPRequestHead?) -> Ending {
        let response = configuration.errorResponse(error.status, error.message)
        let bodyBytes = head?.method == "HEAD" ? 0 : response.body.count
        _ = send(response, closing: true, version: head?.version ?? .http11, bodyBytes: bodyBytes)
        configuration.log?(.rejected(remoteAddress: remoteAddress, status: response.status, reason: error.message))
        return .closeAfterDrain
    }

    /// Writes the head announcing the full body length, then `bodyBytes` of the body (all of it, unless a
    /// truncation fault asks for less). Small responses go out in a single write.
    private func send(_ response: HTTPResponse, closing: Bool, version: HTTPVersion, bodyBytes: Int) -> Bool {
        var bytes = response.wireHead(announcedLength: response.body.count, closing: closing,
                                      requestVersion: version, serverName: configuration.serverName)
        let deadline = MonotonicDeadline.after(configuration.writeTimeout)
        let count = min(max(bodyBytes, 0), response.body.count)
        do {
            if count <= 64 * 1024 {
                bytes.append(contentsOf: response.body[..<count])
                try socket.write(bytes, until: deadline)
            } else {
                try socket.write(bytes, until: deadline)
                try response.body.withUnsafeBytes { body in
                    try socket.write(UnsafeRawBufferPointer(rebasing: body[..<count]), until: deadline)
                }
            }
            return true
        } catch {
            return false
        }
    }
}
