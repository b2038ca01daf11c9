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
    let inbox: ConnectionInbox
}

/// One client connection from accept to close. It waits for each request head on the server's polling thread
/// (see `HTTPAcceptLoop`), which costs no thread; once a head is complete it is served on a request thread of
/// its own: the body is read, the handler called, the response written, and pipelined requests already
/// buffered are served too. Then it goes back to the poller, or is closed.
///
/// Owned by exactly one thread at a time (the poller or one request thread), handed over through
/// `ConnectionInbox`'s lock or a thread start, which is why it may be `@unchecked Sendable`.
final class HTTPConnection: @unchecked Sendable {
    enum Ending { case keepAlive, waitForHead, close, closeAfterDrain, reset }

    let id: Int
    let socket: ConnectionSocket
    let remoteAddress: String
    let context: HTTPServerContext
    var configuration: HTTPServerConfiguration { context.configuration }
    /// Where the connection stands while it waits on the poller.
    var wait: ConnectionWaitState
    /// How far the buffer has been searched for the end of the head.
    var headScan = 0

    init(id: Int, descriptor: Int32, remoteAddress: String, context: HTTPServerContext) {
        self.id = id
        self.remoteAddress = remoteAddress
        self.context = context
        let capacity = max(context.configuration.maxHeaderBytes + 4096, 64 * 1024)
        socket = ConnectionSocket(descriptor: descriptor, capacity: capacity, stop: context.stop)
        wait = .fresh(headTimeout: context.configuration.headTimeout)
    }

    /// On a request thread, which holds one of `maxActiveRequests` slots: serves every request whose head is
    /// complete, gives the slot back, then returns the connection to the poller or closes it.
    func serve() {
        var ending = Ending.keepAlive
        while ending == .keepAlive { ending = serveNextRequest() }
        context.registry.endServing()
        switch ending {
        case .waitForHead:
            socket.releaseSpareMemory()
            wait = socket.bufferedCount > 0 ? .partial(headTimeout: configuration.headTimeout)
                : .idle(idleTimeout: configuration.idleTimeout)
            if !context.inbox.deliver(self) { close() }
        case .closeAfterDrain:
            guard socket.hasUnreadInput else { return close() }
            beginLingering()
            if !context.inbox.deliver(self) {
                socket.drainBeforeClose(lingerSeconds: Self.lingerSeconds, maxDiscard: Self.lingerMaxDiscard)
                close()
            }
        case .reset:
            close(reset: true)
        case .keepAlive, .close:
            close()
        }
    }

    /// How long, and how many bytes, a refused connection's input is discarded before it is closed.
    static let lingerSeconds = 1.0
    static let lingerMaxDiscard = 4 * 1024 * 1024

    /// Half-closes so the client sees the answer end, then waits (on the poller) for its input to stop.
    func beginLingering() {
        _ = shutdown(socket.descriptor, Int32(SHUT_WR))
        wait = .lingering(seconds: Self.lingerSeconds)
    }

    /// Closes the socket and tells the registry; the descriptor is forgotten first, so a forced shutdown can
    /// never hit a reused number.
    func close(reset: Bool = false) {
        context.registry.release(id)
        if reset {
            SocketCalls.resetAndClose(socket.descriptor)
        } else {
            SocketCalls.closeDescriptor(socket.descriptor)
        }
        context.registry.finish(id)
    }

    private func serveNextRequest() -> Ending {
        let head: HTTPRequestHead
        do {
            guard let received = try HTTPHeadReader(socket: socket, configuration: configuration)
                .take(remoteAddress: remoteAddress, scanned: &headScan) else { return .waitForHead }
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
        let pace = BodyPace(timeout: configuration.bodyTimeout, minimumRate: configuration.minimumBodyRate)
        try HTTPBodyReader(socket: socket, pace: pace, maxLineBytes: lineLimit)
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
