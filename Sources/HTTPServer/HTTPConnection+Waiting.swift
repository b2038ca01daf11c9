/// The poller's side of a connection: reading what arrives without ever waiting, telling when a head is
/// complete, and answering on its own (408, 503) without blocking on the client.
extension HTTPConnection {
    /// What a read on the poller came to.
    enum WaitEvent: Equatable {
        /// Keep waiting.
        case waiting
        /// A head is complete (or hopeless): hand the connection to a request thread.
        case ready
        /// The client is gone, or a lingering connection has said all it will: close it.
        case finished
    }

    /// Reads what has arrived and says what to do next.
    func receiveWhileWaiting() -> WaitEvent {
        let outcome: ReceiveOutcome
        do {
            outcome = try socket.receiveAvailable()
        } catch {
            // The buffer is full without a head: a request thread answers 414/431.
            return wait.phase == .lingering ? .finished : .ready
        }
        switch outcome {
        case .closed: return .finished
        case .wouldBlock: return .waiting
        case .received: break
        }
        if wait.phase == .lingering {
            wait.discarded += socket.bufferedCount
            socket.consume(socket.bufferedCount)
            return wait.discarded > Self.lingerMaxDiscard ? .finished : .waiting
        }
        switch HTTPHeadReader(socket: socket, configuration: configuration).progress(scanned: &headScan) {
        case .none: return .waiting
        case .partial:
            wait.headStarted(headTimeout: configuration.headTimeout)
            return .waiting
        case .ready: return .ready
        }
    }

    /// The wait's deadline passed: a head that began gets 408 and lingers; a connection that never said
    /// anything, an idle keep-alive one and a lingering one are closed. True if it should stay (lingering).
    func expireWait() -> Bool {
        switch wait.phase {
        case .partial:
            answerWhileWaiting(HTTPRequestError(408, "request head not received in time"))
            return true
        case .fresh, .idle, .lingering:
            return false
        }
    }

    /// Sends a short error answer without waiting (a fresh socket's send buffer holds it whole), logs it, and
    /// starts lingering. The poller's only way to answer: it never blocks on one client.
    func answerWhileWaiting(_ error: HTTPRequestError, retryAfter: Int? = nil, overCapacity: Bool = false) {
        var response = configuration.errorResponse(error.status, error.message)
        if let retryAfter { response.headers.set("Retry-After", String(retryAfter)) }
        let bytes = response.wireHead(announcedLength: response.body.count, closing: true,
                                      requestVersion: .http11, serverName: configuration.serverName)
            + response.body
        socket.sendWithoutWaiting(bytes)
        socket.consume(socket.bufferedCount)
        beginLingering()
        if overCapacity {
            configuration.log?(.overCapacity(remoteAddress: remoteAddress))
        } else {
            configuration.log?(.rejected(remoteAddress: remoteAddress, status: error.status, reason: error.message))
        }
    }
}
