/// Reads one request head from a connection's buffer: skips stray CRLFs between requests, waits (stoppably)
/// for the first byte, then gives the whole head `readTimeout` to arrive, so a slow client cannot hold the
/// thread forever. The scan for the blank line resumes where it stopped, so each byte is looked at once.
struct HTTPHeadReader {
    let socket: ConnectionSocket
    let configuration: HTTPServerConfiguration

    /// The next head, or nil when the client closed, stayed idle too long, or the server is stopping before
    /// any byte of a new request arrived.
    func read(remoteAddress: String) throws -> HTTPRequestHead? {
        var deadline = MonotonicDeadline.after(configuration.idleTimeout)
        var started = false
        var scanned = 0
        while true {
            if !started {
                skipEmptyLines()
                if socket.bufferedCount > 0 {
                    started = true
                    deadline = .after(configuration.readTimeout)
                }
            }
            let window = socket.buffered
            if let end = try Self.headEnd(in: window, scanned: &scanned) {
                guard end + 4 <= configuration.maxHeaderBytes else { throw tooLarge(window) }
                let head = try HTTPHeadParser.parse(UnsafeBufferPointer(rebasing: window[..<end]),
                                                    remoteAddress: remoteAddress,
                                                    maxHeaderCount: configuration.maxHeaderCount)
                socket.consume(end + 4)
                return head
            }
            guard window.count < configuration.maxHeaderBytes else { throw tooLarge(window) }
            do {
                try socket.fill(until: deadline, stoppable: !started)
            } catch SocketFailure.timedOut where started {
                throw HTTPRequestError(408, "request head not received in time")
            } catch is SocketFailure {
                return nil
            }
        }
    }

    /// Clients may send CRLF between requests; RFC 9112 asks servers to ignore it.
    private func skipEmptyLines() {
        while socket.bufferedCount >= 2 {
            let window = socket.buffered
            guard window[0] == 0x0D && window[1] == 0x0A else { return }
            socket.consume(2)
        }
    }

    /// 414 while the request line itself has not ended, 431 once it has and the headers are what is too big.
    private func tooLarge(_ window: UnsafeBufferPointer<UInt8>) -> HTTPRequestError {
        window.prefix(configuration.maxHeaderBytes).contains(0x0A) ? HTTPRequestError(431, "request headers too large")
            : HTTPRequestError(414, "request line too long")
    }

    /// Where the blank line ending the head starts, scanning from `scanned`; a LF not preceded by CR is an
    /// error at once rather than a wait for a terminator that will never come.
    static func headEnd(in window: UnsafeBufferPointer<UInt8>, scanned: inout Int) throws -> Int? {
        var index = scanned
        while index < window.count, let newline = window[index...].firstIndex(of: 0x0A) {
            guard newline > 0, window[newline - 1] == 0x0D else {
                throw HTTPRequestError.badRequest("line feed without carriage return in request head")
            }
            if newline >= 3 && window[newline - 2] == 0x0A && window[newline - 3] == 0x0D { return newline - 3 }
            index = newline + 1
        }
        scanned = window.count
        return nil
    }
}
