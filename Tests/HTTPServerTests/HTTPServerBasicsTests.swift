#if canImport(Glibc)
import Glibc
#endif
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TestSupport
@testable import HTTPServer

/// Everyday traffic: real clients, keep-alive, pipelining, concurrency, and the loopback-only bind.
@Suite struct HTTPServerBasicsTests {
    @Test func bindsLoopbackOnly() throws {
        let (server, port) = try startServer(handler: echoHandler)
        defer { server.stop() }
        #expect(port != 0)
        #expect(server.localAddress == "127.0.0.1:\(port)")
        let client = try RawClient(port: port)
        try client.send(rawRequest())
        #expect(try client.readResponse().status == 200)
        // Reaching the same port through any non-loopback address of this machine must fail.
        for address in nonLoopbackIPv4Addresses() {
            #expect(throws: RawClientError.self, "reachable on \(address)") {
                _ = try RawClient(port: port, host: address, timeout: 2)
            }
        }
    }

    @Test func servesURLSessionWithQueryHeadersAndJSON() async throws {
        struct Echo: Codable { var path: String; var limit: String?; var signature: String?; var body: String }
        let (server, port) = try startServer { request in
            let echo = Echo(path: request.path, limit: request.query("limit"),
                            signature: request.headers["x-signature"],
                            body: String(decoding: request.body.inMemoryBytes ?? [], as: UTF8.self))
            return (try? .response(.json(echo, status: 201))) ?? .status(500)
        }
        defer { server.stop() }
        var request = URLRequest(url: url(port, "/v1/%E8%AE%A2%E5%8D%95?limit=5"))
        request.httpMethod = "POST"
        request.setValue("abc", forHTTPHeaderField: "X-Signature")
        request.httpBody = Data("订单 body".utf8)
        let (data, response) = try await fetch(loopbackSession(), request)
        #expect(response.statusCode == 201)
        #expect((response.value(forHTTPHeaderField: "Content-Type") ?? "").hasPrefix("application/json"))
        let echo = try JSONDecoder().decode(Echo.self, from: data)
        #expect(echo.path == "/v1/订单")
        #expect(echo.limit == "5")
        #expect(echo.signature == "abc")
        #expect(echo.body == "订单 body")
    }

    /// On a loaded two-core CI machine this test once took 95 s, so requests can be further apart than the 75 s
    /// idle timeout, and URLSession may open a second connection while it still holds the first: the test gives
    /// the server ten minutes of idle time and asks for reuse (five requests on two connections at most), not for
    /// a single connection.
    @Test func urlSessionReusesKeepAliveConnections() async throws {
        let peers = Recorder<String>()
        let (server, port) = try startServer({ $0.idleTimeout = 600 }) { request in
            peers.append(request.remoteAddress)
            return .response(.text("ok"))
        }
        defer { server.stop() }
        let session = loopbackSession()
        for _ in 0..<5 {
            let (data, response) = try await fetch(session, URLRequest(url: url(port, "/page")))
            #expect(response.statusCode == 200)
            #expect(String(decoding: data, as: UTF8.self) == "ok")
        }
        #expect(peers.values.count == 5)
        #expect(Set(peers.values).count < 3, "requests came from \(Set(peers.values))")
    }

    @Test func rawKeepAliveAndPipelining() throws {
        let (server, port) = try startServer(handler: echoHandler)
        defer { server.stop() }
        let client = try RawClient(port: port)
        try client.send(rawRequest("GET", "/one"))
        #expect(try client.readResponse().text == "GET /one 0")
        try client.send(rawRequest("POST", "/two", body: "hello") + "\r\n" + rawRequest("GET", "/three")
                        + rawRequest("PUT", "/four", body: "x"))
        #expect(try client.readResponse().text == "POST /two 5")
        #expect(try client.readResponse().text == "GET /three 0")
        let last = try client.readResponse()
        #expect(last.text == "PUT /four 1")
        #expect(last.header("Connection") == nil)
        #expect(last.header("Date") != nil)
        #expect(last.header("Server") == "koosim")
        #expect(server.connectionCount == 1)
    }

    @Test func honoursConnectionCloseAndHTTP10() throws {
        let (server, port) = try startServer(handler: echoHandler)
        defer { server.stop() }
        let closing = try RawClient(port: port)
        try closing.send(rawRequest(headers: ["Connection: close"]))
        #expect(try closing.readResponse().header("Connection") == "close")
        #expect(closing.serverClosed())

        let old = try RawClient(port: port)
        try old.send("GET /old HTTP/1.0\r\n\r\n")
        #expect(try old.readResponse().text == "GET /old 0")
        #expect(old.serverClosed())

        let kept = try RawClient(port: port)
        try kept.send("GET /a HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
        #expect(try kept.readResponse().header("Connection") == "keep-alive")
        try kept.send("GET /b HTTP/1.0\r\n\r\n")
        #expect(try kept.readResponse().text == "GET /b 0")
    }

    @Test func headResponsesAnnounceLengthWithoutBody() throws {
        let (server, port) = try startServer { _ in .response(.text("twelve bytes")) }
        defer { server.stop() }
        let client = try RawClient(port: port)
        try client.send(rawRequest("HEAD", "/x") + rawRequest("GET", "/y"))
        let head = try client.readResponse(headRequest: true)
        #expect(head.header("Content-Length") == "12")
        #expect(head.body.isEmpty)
        #expect(try client.readResponse().text == "twelve bytes")
    }

    @Test func answersFiftyConcurrentURLSessionRequests() async throws {
        let (server, port) = try startServer(handler: echoHandler)
        defer { server.stop() }
        let session = loopbackSession(maxConnections: 50)
        let bodies = try await withThrowingTaskGroup(of: String.self) { group in
            for index in 0..<50 {
                group.addTask {
                    let (data, response) = try await fetch(session, URLRequest(url: url(port, "/n/\(index)")))
                    #expect(response.statusCode == 200)
                    return String(decoding: data, as: UTF8.self)
                }
            }
            return try await group.reduce(into: Set<String>()) { $0.insert($1) }
        }
        #expect(bodies == Set((0..<50).map { "GET /n/\($0) 0" }))
    }

    @Test func answersFiftyConcurrentRawConnectionsHeldOpenTogether() throws {
        let gate = Gate()
        let (server, port) = try startServer { request in
            gate.wait()
            return .response(.text(request.path))
        }
        defer { server.stop() }
        let clients = try (0..<50).map { _ in try RawClient(port: port) }
        for (index, client) in clients.enumerated() { try client.send(rawRequest("GET", "/c\(index)")) }
        // All fifty handlers run at once, each on its own connection thread.
        #expect(waitUntil(timeout: 10) { gate.waiting == 50 })
        gate.release()
        for (index, client) in clients.enumerated() { #expect(try client.readResponse().text == "/c\(index)") }
    }

    @Test func sendsContinueBeforeAnExpectedBody() throws {
        let (server, port) = try startServer(handler: echoHandler)
        defer { server.stop() }
        let client = try RawClient(port: port)
        try client.send("POST /up HTTP/1.1\r\nHost: a\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n")
        let interim = try RawClient.readRawHead(client)
        #expect(interim.hasPrefix("HTTP/1.1 100 Continue"))
        try client.send("abc")
        #expect(try client.readResponse().text == "POST /up 3")
    }

    @Test func logsEveryExchange() throws {
        let events = Recorder<String>()
        let (server, port) = try startServer({ $0.log = { events.append($0.description) } }, handler: echoHandler)
        defer { server.stop() }
        let client = try RawClient(port: port)
        try client.send(rawRequest("POST", "/logged?x=1", body: "abcd"))
        _ = try client.readResponse()
        try client.send("BROKEN\r\n\r\n")
        _ = try client.readResponse()
        #expect(waitUntil { events.values.count == 2 })
        #expect(events.values.first?.contains("\"POST /logged?x=1\" 200 14B in=4B") == true)
        #expect(events.values.last?.contains("rejected 400") == true)
    }
}

extension RawClient {
    /// Reads just a head (for interim responses that `readResponse` skips).
    static func readRawHead(_ client: RawClient) throws -> String {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while !(bytes.count >= 4 && bytes.suffix(4) == [13, 10, 13, 10]) {
            guard recv(client.descriptor, &byte, 1, 0) == 1 else { throw RawClientError.closed }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The machine's IPv4 addresses other than loopback, to prove the server cannot be reached through them.
func nonLoopbackIPv4Addresses() -> [String] {
    var list: UnsafeMutablePointer<ifaddrs>?
    guard getifaddrs(&list) == 0 else { return [] }
    defer { freeifaddrs(list) }
    var addresses: [String] = []
    var cursor = list
    while let entry = cursor {
        if let address = entry.pointee.ifa_addr, address.pointee.sa_family == sa_family_t(AF_INET) {
            let ip = address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { UInt32(bigEndian: $0.pointee.sin_addr.s_addr) }
            if ip >> 24 != 127 { addresses.append("\(ip >> 24).\((ip >> 16) & 0xFF).\((ip >> 8) & 0xFF).\(ip & 0xFF)") }
        }
        cursor = entry.pointee.ifa_next
    }
    return addresses
}
