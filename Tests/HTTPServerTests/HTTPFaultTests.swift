import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import TestSupport
@testable import HTTPServer

/// The transport faults behind `koosim --faults`, as a real client experiences them.
@Suite(.exclusive, .serialized) struct HTTPFaultTests {
    private func faultServer() throws -> (HTTPServer, UInt16) {
        let body = Array(String(repeating: "0123456789", count: 1000).utf8)
        return try startServer { request in
            switch request.path {
            case "/reset": return .resetConnection
            case "/stall": return .stall(seconds: 30)
            case "/truncate": return .truncatedBody(.json(bytes: body), sentBytes: 100)
            default: return .response(.json(bytes: body))
            }
        }
    }

    @Test func resetIsAConnectionErrorForBothClients() async throws {
        let (server, port) = try faultServer()
        defer { server.stop() }
        let raw = try RawClient(port: port)
        try raw.send(rawRequest("GET", "/reset"))
        #expect(throws: RawClientError.closed) { _ = try raw.readToEnd() }

        await #expect(throws: (any Error).self) {
            _ = try await fetch(loopbackSession(), URLRequest(url: url(port, "/reset")))
        }
        let (_, fine) = try await fetch(loopbackSession(), URLRequest(url: url(port, "/ok")))
        #expect(fine.statusCode == 200)
    }

    @Test func truncatedBodyIsShortOrAnError() async throws {
        let (server, port) = try faultServer()
        defer { server.stop() }
        let raw = try RawClient(port: port)
        try raw.send(rawRequest("GET", "/truncate"))
        let received = String(decoding: try raw.readToEnd(), as: UTF8.self)
        #expect(received.contains("Content-Length: 10000\r\n"))
        let bodyPart = received.components(separatedBy: "\r\n\r\n").dropFirst().joined(separator: "\r\n\r\n")
        #expect(bodyPart.utf8.count == 100)

        do {
            let (data, _) = try await fetch(loopbackSession(), URLRequest(url: url(port, "/truncate")))
            #expect(data.count < 10000, "a truncated body must not arrive whole")
        } catch {
            // The usual outcome: URLSession reports the connection lost mid-body.
        }
    }

    @Test func stallOutlastsTheClientTimeoutAndStopEndsIt() async throws {
        let (server, port) = try faultServer()
        let started = Date()
        await #expect(throws: (any Error).self) {
            _ = try await fetch(loopbackSession(timeout: 1), URLRequest(url: url(port, "/stall")))
        }
        #expect(Date().timeIntervalSince(started) < 20)
        // Once the client gave up, the stalled connection is released rather than held for 30 s.
        #expect(await waitUntilAsync { server.connectionCount == 0 })

        let raw = try RawClient(port: port)
        try raw.send(rawRequest("GET", "/stall"))
        #expect(await waitUntilAsync { server.connectionCount >= 1 })
        let stopping = Date()
        server.stop()
        // The 30-second stall ended as soon as the server stopped, and said nothing: the client reads either an
        // orderly end or a reset, depending on how fast the stop closed the socket, but never a response.
        #expect(Date().timeIntervalSince(stopping) < 5)
        #expect(((try? raw.readToEnd()) ?? []).isEmpty)
    }
}
