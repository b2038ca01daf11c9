import Foundation
import Testing
import TestSupport
@testable import HTTPServer

/// Hostile and broken clients: every one gets a clean 4xx (or nothing, if it left) and the server carries on.
@Suite struct HTTPMalformedRequestTests {
    @Test(arguments: [
        "GET / HTTP/1.1\nHost: a\n\n",
        "GET / HTTP/1.1\r\nHost: a\r\nBad Header: x\r\n\r\n",
        "GET / HTTP/1.1\r\nHost: a\r\n folded: x\r\n\r\n",
        "GET /%zz HTTP/1.1\r\nHost: a\r\n\r\n",
        "NOT-HTTP\r\n\r\n",
        "GET / HTTP/1.1\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: ten\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\nabcd",
        "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabcX\r\n0\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n3\nabc\r\n0\r\n\r\n",
        "POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nbad trailer\r\n\r\n",
        "\u{0}\u{1}\u{2}\r\n\r\n",
    ])
    func malformedRequestsGet400AndAClose(raw: String) throws {
        let (server, port) = try startServer(handler: echoHandler)
        defer { server.stop() }
        let client = try RawClient(port: port)
        try client.send(raw)
        let response = try client.readResponse()
        #expect(response.status == 400, "\(raw.debugDescription)")
        #expect(response.header("Connection") == "close")
        #expect(client.serverClosed())
        // The server is unharmed.
        let next = try RawClient(port: port)
        try next.send(rawRequest())
        #expect(try next.readResponse().status == 200)
    }

    @Test func oversizedHeadsGet431Or414() throws {
        let (server, port) = try startServer({ $0.maxHeaderBytes = 8 * 1024 }, handler: echoHandler)
        defer { server.stop() }
        let headers = try RawClient(port: port)
        try headers.send(rawRequest(headers: ["X-Big: " + String(repeating: "a", count: 9000)]))
        #expect(try headers.readResponse().status == 431)
        #expect(headers.serverClosed())

        let line = try RawClient(port: port)
        try line.send("GET /" + String(repeating: "a", count: 10000) + " HTTP/1.1\r\nHost: a\r\n\r\n")
        #expect(try line.readResponse().status == 414)

        let count = try RawClient(port: port)
        try count.send(rawRequest(headers: Array(repeating: "X: 1", count: 300)))
        #expect(try count.readResponse().status == 431)
    }

    @Test func bodiesOverTheLimitGet413UnlessTheRouteAllowsMore() throws {
        let (server, port) = try startServer({ configuration in
            configuration.maxBodyBytes = 1000
            configuration.bodyLimit = { head in head.path == "/upload" ? 5000 : nil }
        }, handler: echoHandler)
        defer { server.stop() }
        let announced = try RawClient(port: port)
        try announced.send("POST /small HTTP/1.1\r\nHost: a\r\nContent-Length: 1001\r\n\r\n")
        #expect(try announced.readResponse().status == 413)
        #expect(announced.serverClosed())

        let chunked = try RawClient(port: port)
        let chunk = String(repeating: "x", count: 600)
        try chunked.send("POST /small HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
                         + "258\r\n\(chunk)\r\n258\r\n\(chunk)\r\n0\r\n\r\n")
        #expect(try chunked.readResponse().status == 413)

        let allowed = try RawClient(port: port)
        try allowed.send(rawRequest("POST", "/upload", body: String(repeating: "y", count: 4000)))
        #expect(try allowed.readResponse().text == "POST /upload 4000")
        try allowed.send(rawRequest("POST", "/upload", body: String(repeating: "y", count: 5001)))
        #expect(try allowed.readResponse().status == 413)
    }

    @Test func clientsThatGiveUpMidRequestDoNotHurtTheServer() throws {
        let spool = try TemporaryDirectory("http-spool")
        let (server, port) = try startServer({ configuration in
            configuration.spoolDirectory = spool.url
            configuration.spoolThreshold = 1024
        }, handler: echoHandler)
        defer { server.stop() }
        let halfHead = try RawClient(port: port)
        try halfHead.send("GET /half HTTP/1.1\r\nHost: a\r\nX-")
        let halfBody = try RawClient(port: port)
        try halfBody.send("POST /big HTTP/1.1\r\nHost: a\r\nContent-Length: 100000\r\n\r\n"
                          + String(repeating: "z", count: 5000))
        let halfChunk = try RawClient(port: port)
        try halfChunk.send("POST /c HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\nfff\r\nabc")
        #expect(waitUntil { server.connectionCount == 3 })
        #expect(waitUntil { (try? FileManager.default.contentsOfDirectory(atPath: spool.path).count) == 1 })
        for client in [halfHead, halfBody, halfChunk] { client.shutdownWrite() }
        #expect(waitUntil { server.connectionCount == 0 })
        // The partly received upload's spool file is gone with it.
        #expect(waitUntil { (try? FileManager.default.contentsOfDirectory(atPath: spool.path)) == [] })
        let next = try RawClient(port: port)
        try next.send(rawRequest())
        #expect(try next.readResponse().status == 200)
    }

    @Test func slowClientsTimeOutWith408AndIdleOnesAreClosed() throws {
        let (server, port) = try startServer({ configuration in
            configuration.headTimeout = 0.3
            configuration.bodyTimeout = 0.3
            configuration.idleTimeout = 0.3
        }, handler: echoHandler)
        defer { server.stop() }
        let slowHead = try RawClient(port: port)
        try slowHead.send("GET / HTTP/1.1\r\nHo")
        #expect(try slowHead.readResponse().status == 408)
        #expect(slowHead.serverClosed())

        let slowBody = try RawClient(port: port)
        try slowBody.send("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 10\r\n\r\nabc")
        #expect(try slowBody.readResponse().status == 408)

        let idle = try RawClient(port: port)
        try idle.send(rawRequest())
        #expect(try idle.readResponse().status == 200)
        #expect(idle.serverClosed())
        #expect(waitUntil { server.connectionCount == 0 })
    }

    @Test func requestsBeyondTheCapGet503() throws {
        let gate = Gate()
        let (server, port) = try startServer({ $0.maxActiveRequests = 2 }) { request in
            if request.path == "/hold" { gate.wait() }
            return .response(.text("done \(request.path)"))
        }
        defer { server.stop() }
        let held = try (0..<2).map { _ in try RawClient(port: port) }
        for client in held { try client.send(rawRequest("GET", "/hold")) }
        #expect(waitUntil { gate.waiting == 2 })
        // Open connections cost no request slot; only a complete head beyond the two being served is refused.
        let idle = try RawClient(port: port)
        let third = try RawClient(port: port)
        try third.send(rawRequest("GET", "/now"))
        let refused = try third.readResponse()
        #expect(refused.status == 503)
        #expect(refused.header("Retry-After") == "1")
        #expect(third.serverClosed())
        gate.release()
        for client in held { #expect(try client.readResponse().text == "done /hold") }
        try idle.send(rawRequest("GET", "/later"))
        #expect(try idle.readResponse().text == "done /later")
    }

    @Test func survivesRandomBytes() throws {
        let (server, port) = try startServer({ $0.headTimeout = 0.5; $0.bodyTimeout = 0.5 }, handler: echoHandler)
        defer { server.stop() }
        var generator = SplitMix(seed: 42)
        let alphabet = Array("GET POST / HTTP/1.1\r\n:Host-Length chunked 0123456789abcdef%\u{0}\u{7f}é\r\n\r\n".utf8)
        for round in 0..<150 {
            let client = try RawClient(port: port)
            let length = Int(generator.next() % 300)
            var bytes = (0..<length).map { _ in
                generator.next() % 4 == 0 ? UInt8(truncatingIfNeeded: generator.next())
                    : alphabet[Int(generator.next() % UInt64(alphabet.count))]
            }
            if round % 2 == 0 { bytes = Array("POST / HTTP/1.1\r\nHost: a\r\n".utf8) + bytes }
            try client.send(bytes)
            client.shutdownWrite()
            _ = try? client.readToEnd()
        }
        #expect(waitUntil { server.connectionCount == 0 })
        let next = try RawClient(port: port)
        try next.send(rawRequest())
        #expect(try next.readResponse().status == 200)
    }
}

/// A tiny seeded generator so the fuzz input is the same on every run.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
