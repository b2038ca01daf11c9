import Foundation
import Testing
@testable import HTTPServer

/// The head parser on its own: what it accepts, how it decodes, and what it refuses with which status.
@Suite struct HTTPHeadParserTests {
    private func parse(_ text: String, maxHeaderCount: Int = 100) throws(HTTPRequestError) -> HTTPRequestHead {
        let bytes = Array(text.utf8)
        let result: Result<HTTPRequestHead, HTTPRequestError> = bytes.withUnsafeBufferPointer { buffer in
            do throws(HTTPRequestError) {
                return .success(try HTTPHeadParser.parse(buffer, remoteAddress: "127.0.0.1:1",
                                                         maxHeaderCount: maxHeaderCount))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private func status(of text: String) -> Int? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error.status
        }
    }

    @Test func decodesPathQueryAndKeepsRawForms() throws {
        let head = try parse("GET /v1/orders/CS1%2F2/a%20b?limit=10&q=%E4%B8%AD+x&flag&limit=20 HTTP/1.1\r\nHost: x")
        #expect(head.method == "GET")
        #expect(head.target == "/v1/orders/CS1%2F2/a%20b?limit=10&q=%E4%B8%AD+x&flag&limit=20")
        #expect(head.rawPath == "/v1/orders/CS1%2F2/a%20b")
        #expect(head.path == "/v1/orders/CS1/2/a b")
        #expect(head.pathSegments == ["v1", "orders", "CS1/2", "a b"])
        #expect(head.rawQuery == "limit=10&q=%E4%B8%AD+x&flag&limit=20")
        #expect(head.queryItems.map(\.name) == ["limit", "q", "flag", "limit"])
        #expect(head.query("q") == "中 x")
        #expect(head.query("flag") == "")
        #expect(head.query("limit") == "10")
        #expect(head.version == .http11)
    }

    @Test func headersKeepOrderAndLookUpWithoutCase() throws {
        let head = try parse("POST / HTTP/1.1\r\nHost: a\r\nX-Sdk-Date:  20240101T000000Z \r\nx-dup: 1\r\nX-Dup: 2")
        #expect(head.headers.fields.map(\.name) == ["Host", "X-Sdk-Date", "x-dup", "X-Dup"])
        #expect(head.headers["x-sdk-date"] == "20240101T000000Z")
        #expect(head.headers.values(for: "X-DUP") == ["1", "2"])
        #expect(head.headers["missing"] == nil)
    }

    @Test func acceptsAbsoluteFormAndAsterisk() throws {
        let absolute = try parse("GET http://127.0.0.1:8089/a/b?x=1 HTTP/1.1\r\nHost: 127.0.0.1")
        #expect(absolute.path == "/a/b")
        #expect(absolute.query("x") == "1")
        let bare = try parse("GET http://host HTTP/1.1\r\nHost: host")
        #expect(bare.path == "/")
        let options = try parse("OPTIONS * HTTP/1.1\r\nHost: h")
        #expect(options.path == "*")
        #expect(try parse("GET / HTTP/1.0").version == .http10)
    }

    @Test(arguments: [
        ("GET / http/1.1\r\nHost: a", 400),
        ("GET / HTTP/1.1", 400),
        ("GET / HTTP/1.1\r\nHost: a\r\nHost: b", 400),
        ("GET / HTTP/1.1\r\nHost : a", 400),
        ("GET / HTTP/1.1\r\nHost: a\r\n folded", 400),
        ("GET / HTTP/1.1\r\nHost: a\r\nX: a\u{1}b", 400),
        ("GET / HTTP/1.1\r\nHost: a\r\nNoColon", 400),
        ("GET / HTTP/1.1\r\nHost: a\r\n: empty", 400),
        ("G(T / HTTP/1.1\r\nHost: a", 400),
        ("GET  / HTTP/1.1\r\nHost: a", 400),
        ("GET / HTTP/1.1 extra\r\nHost: a", 400),
        ("GET /é HTTP/1.1\r\nHost: a", 400),
        ("GET /%zz HTTP/1.1\r\nHost: a", 400),
        ("GET /%FF HTTP/1.1\r\nHost: a", 400),
        ("GET /?q=%4 HTTP/1.1\r\nHost: a", 400),
        ("GET /a#frag HTTP/1.1\r\nHost: a", 400),
        ("GET foo HTTP/1.1\r\nHost: a", 400),
        ("GET * HTTP/1.1\r\nHost: a", 400),
        ("GET / HTTP/2.0\r\nHost: a", 505),
        ("GET / HTTP/1.10\r\nHost: a", 400),
        ("", 400),
    ])
    func refusesMalformedHeads(text: String, expected: Int) {
        #expect(status(of: text) == expected, "\(text.debugDescription)")
    }

    @Test func limitsHeaderCount() {
        let text = "GET / HTTP/1.1\r\nHost: a" + String(repeating: "\r\nX: 1", count: 10)
        #expect(throws: HTTPRequestError(431, "too many header fields")) { try parse(text, maxHeaderCount: 5) }
    }

    private func framing(_ headers: String, version: String = "HTTP/1.1") -> Result<HTTPBodyFraming, HTTPRequestError> {
        do throws(HTTPRequestError) {
            let head = try parse("POST / \(version)\r\nHost: a\r\n\(headers)")
            return .success(try HTTPHeadParser.framing(of: head))
        } catch {
            return .failure(error)
        }
    }

    @Test func decidesBodyFramingStrictly() {
        #expect(framing("Content-Length: 12") == .success(.length(12)))
        #expect(framing("Content-Length: 0") == .success(.none))
        #expect(framing("X: y") == .success(.none))
        #expect(framing("Content-Length: 5\r\nContent-Length: 5") == .success(.length(5)))
        #expect(framing("Transfer-Encoding: Chunked") == .success(.chunked))
        #expect(framing("Content-Length: 5\r\nTransfer-Encoding: chunked").statusCode == 400)
        #expect(framing("Content-Length: 5\r\nContent-Length: 6").statusCode == 400)
        #expect(framing("Content-Length: abc").statusCode == 400)
        #expect(framing("Content-Length: -1").statusCode == 400)
        #expect(framing("Content-Length: +5").statusCode == 400)
        #expect(framing("Content-Length: 5, 5").statusCode == 400)
        #expect(framing("Content-Length: 99999999999999999999999").statusCode == 413)
        #expect(framing("Transfer-Encoding: gzip").statusCode == 501)
        #expect(framing("Transfer-Encoding: chunked, gzip").statusCode == 501)
        #expect(framing("Transfer-Encoding: chunked", version: "HTTP/1.0").statusCode == 400)
    }

    @Test func parsesChunkSizes() throws {
        #expect(try HTTPBodyReader.chunkSize(Array("1a".utf8)) == 26)
        #expect(try HTTPBodyReader.chunkSize(Array("0000000000000000000010".utf8)) == 16)
        #expect(try HTTPBodyReader.chunkSize(Array("FF ; name=value".utf8)) == 255)
        #expect(try HTTPBodyReader.chunkSize(Array("0".utf8)) == 0)
        for bad in ["", "x", " 1", "1x", "-1", "1;\u{7f}"] {
            #expect(throws: HTTPRequestError.self) { try HTTPBodyReader.chunkSize(Array(bad.utf8)) }
        }
        #expect(throws: HTTPRequestError(413, "chunk size too large")) {
            try HTTPBodyReader.chunkSize(Array("ffffffffffffffffff".utf8))
        }
    }

    @Test func headersEditInPlace() {
        var headers: HTTPHeaders = ["A": "1", "b": "2", "B": "3"]
        headers["b"] = "4"
        #expect(headers.fields == [HTTPField("A", "1"), HTTPField("b", "4")])
        headers["a"] = nil
        #expect(headers.fields == [HTTPField("b", "4")])
        headers.add("Connection", "keep-alive, Close")
        #expect(headers.hasToken("close", in: "connection"))
    }

    @Test func requestsCanBeBuiltWithoutSockets() throws {
        let request = try #require(HTTPRequest(method: "POST", target: "/t/x%20y?a=1",
                                               headers: ["Content-Type": "application/json"],
                                               body: .bytes(Array("{}".utf8))))
        #expect(request.path == "/t/x y")
        #expect(request.query("a") == "1")
        #expect(request.headers["content-type"] == "application/json")
        #expect(request.body.inMemoryBytes == Array("{}".utf8))
        #expect(HTTPRequest(method: "GET", target: "no-slash") == nil)
    }

    @Test func responsesNeverSplitAndOwnTheirFraming() {
        var response = HTTPResponse.text("hi", status: 201)
        response.headers.add("X-Evil", "a\r\nInjected: 1")
        response.headers.add("Content-Length", "999")
        response.headers.add("Bad Name", "v")
        let head = String(decoding: response.wireHead(announcedLength: 2, closing: true, requestVersion: .http11,
                                                      serverName: "koosim"), as: UTF8.self)
        #expect(head.hasPrefix("HTTP/1.1 201 Created\r\n"))
        #expect(!head.contains("\r\nInjected"))
        #expect(head.contains("Content-Length: 2\r\n"))
        #expect(!head.contains("999"))
        #expect(head.contains("BadName: v\r\n"))
        #expect(head.contains("Connection: close\r\n"))
        #expect(head.hasSuffix("\r\n\r\n"))
    }
}

extension Result where Failure == HTTPRequestError {
    var statusCode: Int? {
        if case let .failure(error) = self { return error.status }
        return nil
    }
}
