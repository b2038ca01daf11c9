import Foundation
import Testing
import TestSupport
@testable import HTTPServer

/// Slow clients cannot hold the server: heads and bodies have deadlines, and connections waiting for a head
/// cost no request thread, so a slowloris crowd never delays a well-behaved request.
@Suite(.exclusive, .serialized) struct HTTPSlowClientTests {
    private let slowHead = Array("GET /slow HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: ".utf8)

    @Test func aHeadTrickledByteByByteGets408AtItsDeadline() throws {
        let (server, port) = try startServer({ $0.headTimeout = 0.5 }, handler: echoHandler)
        defer { server.stop() }
        let slow = SlowClient(client: try RawClient(port: port))
        let started = Date()
        // Each byte comes well within any per-read timeout; the head as a whole still runs out of time.
        let sent = try slow.trickle(Array(rawRequest().utf8), every: 0.05, limit: 10)
        #expect(sent < rawRequest().utf8.count)
        #expect(try slow.client.readResponse().status == 408)
        #expect(Date().timeIntervalSince(started) < 5)
        #expect(slow.client.serverClosed())
    }

    @Test func aBodyBelowTheMinimumRateGets408EvenThoughEveryByteComesInTime() throws {
        let (server, port) = try startServer({ configuration in
            configuration.bodyTimeout = 0.5
            configuration.minimumBodyRate = 10
        }, handler: echoHandler)
        defer { server.stop() }
        let slow = SlowClient(client: try RawClient(port: port))
        try slow.client.send("POST /upload HTTP/1.1\r\nHost: a\r\nContent-Length: 1000\r\n\r\n")
        // Five bytes a second, each 0.2 s after the last (inside the 0.5 s per-read timeout): the body's
        // allowance (0.5 s + 1 s per 10 bytes) runs out after about a second.
        let sent = try slow.trickle(Array(repeating: UInt8(ascii: "x"), count: 1000), every: 0.2, limit: 10)
        #expect(sent >= 3)
        #expect(try slow.client.readResponse().status == 408)
        #expect(slow.client.serverClosed())
    }

    /// The case with the shipped defaults: a body trickled one byte every 20 s is answered 408 within
    /// 30 s (by the 10 s `bodyTimeout`, before the second byte is due).
    @Test(.tags(.heavy)) func withTheDefaultsABodyTrickledEveryTwentySecondsGets408WithinThirty() throws {
        let server = HTTPServer(handler: echoHandler)
        let port = try server.start()
        defer { server.stop() }
        let slow = SlowClient(client: try RawClient(port: port))
        let started = Date()
        try slow.client.send("POST /upload HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\n")
        try slow.trickle(Array(repeating: UInt8(ascii: "x"), count: 100), every: 20, limit: 30)
        #expect(slow.serverSpoke(within: 0))
        #expect(try slow.client.readResponse().status == 408)
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test func twoHundredSlowlorisConnectionsDoNotDelayAWellBehavedRequest() throws {
        #expect(raiseDescriptorLimit(to: 2048) >= 1024)
        // The shipped limits and deadlines: the slow clients have 10 s to finish their heads.
        var configuration = HTTPServerConfiguration()
        configuration.shutdownGracePeriod = 2
        let server = HTTPServer(configuration: configuration, handler: echoHandler)
        let port = try server.start()
        defer { server.stop() }
        var slow: [SlowClient] = []
        for index in 0..<200 {
            let client = SlowClient(client: try RawClient(port: port))
            try client.client.send(slowHead)
            if index.isMultiple(of: 2) { try client.client.send("x") }
            slow.append(client)
        }
        #expect(waitUntil { server.connectionCount == 200 })
        for round in 0..<3 {
            // Half of them keep trickling, the other half stay silent.
            for client in slow.enumerated() where client.offset.isMultiple(of: 2) { try client.element.client.send("y") }
            let good = try RawClient(port: port)
            try good.send(rawRequest("GET", "/good/\(round)"))
            let response = try good.readResponse()
            #expect(response.status == 200)
            #expect(response.text == "GET /good/\(round) 0")
        }
        // Every slow connection is still open and unanswered: the good requests did not wait for any of them.
        #expect(slow.allSatisfy { $0.isStillWaiting })
        #expect(server.connectionCount >= 200)

        // A stop is not held up by heads that will never finish.
        let stopping = Date()
        server.stop()
        #expect(Date().timeIntervalSince(stopping) < 5)
        #expect(slow.allSatisfy { !$0.isStillWaiting })
    }

    @Test func theOldestSlowConnectionIsShedWhenTooManyWait() throws {
        let events = Recorder<String>()
        let (server, port) = try startServer({ configuration in
            configuration.maxWaitingConnections = 4
            configuration.log = { event in events.append(event.description) }
        }, handler: echoHandler)
        defer { server.stop() }
        // A client that finished a request and idles on keep-alive is shed after the slow ones.
        let kept = try RawClient(port: port)
        try kept.send(rawRequest("GET", "/kept"))
        #expect(try kept.readResponse().status == 200)
        var slow: [SlowClient] = []
        for count in 1...3 {
            let client = SlowClient(client: try RawClient(port: port))
            try client.client.send(slowHead)
            slow.append(client)
            #expect(waitUntil { server.connectionCount == count + 1 })
        }
        let good = try RawClient(port: port)
        try good.send(rawRequest("GET", "/good"))
        #expect(try good.readResponse().status == 200)
        #expect(slow[0].client.serverClosed())
        #expect(slow[1...].allSatisfy { $0.isStillWaiting })
        try kept.send(rawRequest("GET", "/kept-again"))
        #expect(try kept.readResponse().status == 200)
        #expect(events.values.contains { $0.contains("too many connections waiting") })
    }
}
