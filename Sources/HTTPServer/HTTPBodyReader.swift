/// Reads a request body framed by Content-Length or chunked transfer coding into a sink, taking bytes from
/// the connection's read buffer so pipelined data and large bodies both move in big blocks. Every wait keeps
/// the body's pace (`BodyPace`); running out of time throws `SocketFailure.timedOut`, answered 408.
struct HTTPBodyReader {
    let socket: ConnectionSocket
    let pace: BodyPace
    /// Longest chunk-size line and total trailer size.
    let maxLineBytes: Int

    func read(_ framing: HTTPBodyFraming, limit: Int, into sink: HTTPBodySink) throws {
        switch framing {
        case .none: return
        case let .length(length):
            guard length <= limit else { throw HTTPRequestError(413, "body larger than \(limit) bytes") }
            try readExactly(length, into: sink)
        case .chunked:
            try readChunked(limit: limit, into: sink)
        }
    }

    private func readExactly(_ length: Int, into sink: HTTPBodySink) throws {
        var remaining = length
        while remaining > 0 {
            if socket.bufferedCount == 0 { try socket.fill(until: pace.nextDeadline) }
            let take = min(remaining, socket.bufferedCount)
            try sink.append(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: socket.buffered[..<take])))
            socket.consume(take)
            pace.count(take)
            remaining -= take
        }
    }

    private func readChunked(limit: Int, into sink: HTTPBodySink) throws {
        while true {
            let line = try readLine()
            let size = try Self.chunkSize(line)
            if size == 0 { break }
            guard size <= limit - sink.byteCount else {
                throw HTTPRequestError(413, "body larger than \(limit) bytes")
            }
            try readExactly(size, into: sink)
            try socket.expectCRLF(until: pace.nextDeadline)
            pace.count(2)
        }
        var trailerBytes = 0
        while true {
            let line = try readLine()
            if line.isEmpty { return }
            trailerBytes += line.count + 2
            guard trailerBytes <= maxLineBytes else { throw HTTPRequestError(431, "trailer section too large") }
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > 0,
                  line[..<colon].allSatisfy(HTTPHeadParser.isTokenByte) else {
                throw HTTPRequestError.badRequest("malformed trailer field")
            }
        }
    }

    private func readLine() throws -> [UInt8] {
        let line = try socket.readLine(maxBytes: maxLineBytes, until: pace.nextDeadline)
        pace.count(line.count + 2)
        return line
    }

    /// Parses `hex-size [BWS] [; extensions]`. Leading zeros are allowed; more than 15 significant hex
    /// digits (over 2^60 bytes) is rejected before it can overflow.
    static func chunkSize(_ line: [UInt8]) throws(HTTPRequestError) -> Int {
        var value = 0
        var digits = 0
        var index = 0
        while index < line.count, let digit = HTTPPercentDecoding.hexValue(line[index]) {
            if value > 0 || digit > 0 { digits += 1 }
            guard digits <= 15 else { throw HTTPRequestError(413, "chunk size too large") }
            value = value << 4 | Int(digit)
            index += 1
        }
        guard index > 0 else { throw .badRequest("malformed chunk size") }
        while index < line.count, line[index] == 0x20 || line[index] == 0x09 { index += 1 }
        guard index == line.count || line[index] == UInt8(ascii: ";") else {
            throw .badRequest("malformed chunk size")
        }
        if index < line.count {
            let extensions = line[(index + 1)...]
            guard extensions.allSatisfy({ $0 == 0x09 || ($0 >= 0x20 && $0 != 0x7F) }) else {
                throw .badRequest("control character in chunk extension")
            }
        }
        return value
    }
}
