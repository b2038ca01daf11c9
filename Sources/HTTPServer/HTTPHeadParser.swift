/// How the body of a request is delimited, decided from its headers before any body byte is read.
enum HTTPBodyFraming: Equatable {
    case none
    case length(Int)
    case chunked
}

/// Parses a request head: the request line and header lines, given as the bytes before the blank line that
/// ends the head. Strict by design (CRLF only, no whitespace before the colon, no folded lines, one
/// unambiguous body framing), since a lenient parser is how request smuggling starts. Linear in the input.
enum HTTPHeadParser {
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, remoteAddress: String,
                      maxHeaderCount: Int) throws(HTTPRequestError) -> HTTPRequestHead {
        var lines = LineCursor(bytes: bytes)
        guard let requestLine = lines.next() else { throw .badRequest("empty request") }
        let (method, target, version) = try parseRequestLine(bytes, requestLine)
        var headers = HTTPHeaders()
        while let line = lines.next() {
            guard headers.count < maxHeaderCount else { throw HTTPRequestError(431, "too many header fields") }
            headers.add(try parseFieldName(bytes, line), try parseFieldValue(bytes, line))
        }
        guard let components = HTTPRequestTarget(target) else { throw .badRequest("malformed request target") }
        if target == "*" && method != "OPTIONS" { throw .badRequest("asterisk target outside OPTIONS") }
        if version >= .http11 && headers.values(for: "Host").count != 1 {
            throw .badRequest("HTTP/1.1 requires exactly one Host header")
        }
        return HTTPRequestHead(method: method, target: target, version: version, headers: headers,
                               remoteAddress: remoteAddress, components: components)
    }

    /// Decides the body framing: Content-Length or chunked, never both, never ambiguous.
    static func framing(of head: HTTPRequestHead) throws(HTTPRequestError) -> HTTPBodyFraming {
        let lengths = head.headers.values(for: "Content-Length")
        let encodings = head.headers.values(for: "Transfer-Encoding")
        if !encodings.isEmpty {
            guard lengths.isEmpty else { throw .badRequest("both Content-Length and Transfer-Encoding") }
            guard head.version >= .http11 else { throw .badRequest("Transfer-Encoding in HTTP/1.0") }
            let codings = encodings.flatMap { $0.split(separator: ",", omittingEmptySubsequences: false) }
            guard codings.count == 1, HTTPHeaders.sameName(codings[0].trimmingSpaces, "chunked") else {
                throw HTTPRequestError(501, "unsupported transfer coding")
            }
            return .chunked
        }
        guard let first = lengths.first else { return .none }
        guard lengths.allSatisfy({ $0 == first }) else { throw .badRequest("conflicting Content-Length") }
        guard !first.isEmpty, first.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else {
            throw .badRequest("Content-Length is not a number")
        }
        guard let length = Int(first) else { throw HTTPRequestError(413, "Content-Length too large") }
        return length == 0 ? .none : .length(length)
    }

    private static func parseRequestLine(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>)
        throws(HTTPRequestError) -> (String, String, HTTPVersion) {
        let space = UInt8(ascii: " ")
        guard let firstSpace = bytes[line].firstIndex(of: space) else { throw .badRequest("malformed request line") }
        let afterMethod = (firstSpace + 1)..<line.upperBound
        guard let secondSpace = bytes[afterMethod].firstIndex(of: space) else {
            throw .badRequest("malformed request line")
        }
        let methodRange = line.lowerBound..<firstSpace
        let targetRange = (firstSpace + 1)..<secondSpace
        let versionRange = (secondSpace + 1)..<line.upperBound
        guard !methodRange.isEmpty, bytes[methodRange].allSatisfy(isTokenByte) else {
            throw .badRequest("malformed method")
        }
        guard !targetRange.isEmpty, bytes[targetRange].allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else {
            throw .badRequest("malformed request target")
        }
        let version = try parseVersion(bytes[versionRange])
        return (String(decoding: bytes[methodRange], as: UTF8.self),
                String(decoding: bytes[targetRange], as: UTF8.self), version)
    }

    private static func parseVersion(_ text: Slice<UnsafeBufferPointer<UInt8>>) throws(HTTPRequestError)
        -> HTTPVersion {
        let digits = Array(text)
        guard digits.count == 8, digits.starts(with: Array("HTTP/".utf8)), digits[6] == UInt8(ascii: "."),
              let major = decimalDigit(digits[5]), let minor = decimalDigit(digits[7]) else {
            throw .badRequest("malformed HTTP version")
        }
        guard major == 1 else { throw HTTPRequestError(505, "HTTP version not supported") }
        return HTTPVersion(major: major, minor: minor)
    }

    private static func parseFieldName(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>)
        throws(HTTPRequestError) -> String {
        guard let colon = bytes[line].firstIndex(of: UInt8(ascii: ":")) else {
            throw .badRequest("header line without a colon")
        }
        let name = bytes[line.lowerBound..<colon]
        guard !name.isEmpty, name.allSatisfy(isTokenByte) else { throw .badRequest("malformed header name") }
        return String(decoding: name, as: UTF8.self)
    }

    private static func parseFieldValue(_ bytes: UnsafeBufferPointer<UInt8>, _ line: Range<Int>)
        throws(HTTPRequestError) -> String {
        // The colon exists: parseFieldName ran first on the same line.
        var start = (bytes[line].firstIndex(of: UInt8(ascii: ":")) ?? line.lowerBound) + 1
        var end = line.upperBound
        while start < end && isSpaceOrTab(bytes[start]) { start += 1 }
        while end > start && isSpaceOrTab(bytes[end - 1]) { end -= 1 }
        let value = bytes[start..<end]
        guard value.allSatisfy({ $0 == 0x09 || ($0 >= 0x20 && $0 != 0x7F) }) else {
            throw .badRequest("control character in header value")
        }
        return String(decoding: value, as: UTF8.self)
    }

    private static func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }

    private static func decimalDigit(_ byte: UInt8) -> Int? {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) ? Int(byte - UInt8(ascii: "0")) : nil
    }

    /// RFC 9110 `tchar`: the characters allowed in methods and field names.
    static func isTokenByte(_ byte: UInt8) -> Bool { tokenTable[Int(byte)] }

    private static let tokenTable: [Bool] = (0..<256).map { value in
        let byte = UInt8(value)
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"):
            return true
        default:
            return Array("!#$%&'*+-.^_`|~".utf8).contains(byte)
        }
    }
}

/// Walks CRLF-separated lines of a head; a CR or LF that is not part of a CRLF ends up inside a line, where
/// the field checks reject it.
private struct LineCursor {
    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    var finished = false

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    mutating func next() -> Range<Int>? {
        guard !finished else { return nil }
        var index = position
        while index + 1 < bytes.count {
            if bytes[index] == 0x0D && bytes[index + 1] == 0x0A {
                let line = position..<index
                position = index + 2
                return line
            }
            index += 1
        }
        finished = true
        return position < bytes.count ? position..<bytes.count : nil
    }
}
