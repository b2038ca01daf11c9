/// Finds and parses the request head at the front of a connection's buffer, without ever waiting: the polling
/// thread asks where a head stands after each read, and a request thread takes it once it is complete. The
/// scan for the blank line resumes where it stopped (`scanned`), so a head trickled byte by byte is still
/// looked at once per byte.
struct HTTPHeadReader {
    /// How far a head has arrived.
    enum Progress: Equatable {
        /// Nothing but the CRLFs clients may send between requests.
        case none
        /// Some of the head, not yet its blank line.
        case partial
        /// A whole head, or bytes so broken or so large that waiting for more is pointless; taking it then
        /// throws the error to answer.
        case ready
    }

    let socket: ConnectionSocket
    let configuration: HTTPServerConfiguration

    func progress(scanned: inout Int) -> Progress {
        if skipEmptyLines() { scanned = 0 }
        guard socket.bufferedCount > 0 else { return .none }
        do {
            if try Self.headEnd(in: socket.buffered, scanned: &scanned) != nil { return .ready }
        } catch {
            return .ready
        }
        return socket.bufferedCount >= configuration.maxHeaderBytes ? .ready : .partial
    }

    /// The head at the front of the buffer, consumed; nil while it is incomplete. Throws the 4xx to answer
    /// for a malformed or oversized head.
    func take(remoteAddress: String, scanned: inout Int) throws -> HTTPRequestHead? {
        if skipEmptyLines() { scanned = 0 }
        let window = socket.buffered
        guard let end = try Self.headEnd(in: window, scanned: &scanned) else {
            guard window.count < configuration.maxHeaderBytes else { throw tooLarge(window) }
            return nil
        }
        guard end + 4 <= configuration.maxHeaderBytes else { throw tooLarge(window) }
        let head = try HTTPHeadParser.parse(UnsafeBufferPointer(rebasing: window[..<end]),
                                            remoteAddress: remoteAddress,
                                            maxHeaderCount: configuration.maxHeaderCount)
        socket.consume(end + 4)
        scanned = 0
        return head
    }

    /// Clients may send CRLF between requests; RFC 9112 asks servers to ignore it. True if any was skipped.
    private func skipEmptyLines() -> Bool {
        var skipped = false
        while socket.bufferedCount >= 2 {
            let window = socket.buffered
            guard window[0] == 0x0D && window[1] == 0x0A else { break }
            socket.consume(2)
            skipped = true
        }
        return skipped
    }

    /// 414 while the request line itself has not ended, 431 once it has and the headers are what is too big.
    private func tooLarge(_ window: UnsafeBufferPointer<UInt8>) -> HTTPRequestError {
        window.prefix(configuration.maxHeaderBytes).contains(0x0A) ? HTTPRequestError(431, "request headers too large")
            : HTTPRequestError(414, "request line too long")
    }

    /// Where the blank line ending the head starts, scanning from `scanned`; a LF not preceded by CR is an
    /// error at once rather than a wait for a terminator that will never come.
    static func headEnd(in window: UnsafeBufferPointer<UInt8>, scanned: inout Int) throws -> Int? {
        var index = min(scanned, window.count)
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
