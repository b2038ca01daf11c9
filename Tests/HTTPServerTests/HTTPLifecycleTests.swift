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

/// Starting, stopping and signals: a stop never drops a request already being handled.
@Suite(.exclusive, .serialized) struct HTTPLifecycleTests {
    @Test func gracefulStopFinishesTheRequestInFlight() throws {
        let gate = Gate()
        let (server, port) = try startServer { request in
            if request.path == "/slow" { gate.wait() }
            return .response(.text("done \(request.path)"))
        }
        let inFlight = startFetch(loopbackSession(), URLRequest(url: url(port, "/slow")))
        #expect(waitUntil { gate.waiting == 1 })
        let idle = try RawClient(port: port)
        try idle.send(rawRequest("GET", "/idle"))
        #expect(try idle.readResponse().text == "done /idle")

        let stopped = Recorder<Bool>()
        let stopper = Thread {
            server.stop()
            stopped.append(true)
        }
        stopper.start()
        // Stopping: the listener is closed and the idle keep-alive connection is let go at once …
        #expect(waitUntil { (try? RawClient(port: port, timeout: 1)) == nil })
        #expect(idle.serverClosed())
        // … but the request being handled is still awaited.
        #expect(stopped.values.isEmpty)
        #expect(inFlight.values.isEmpty)
        gate.release()
        #expect(waitUntil { inFlight.values.count == 1 })
        let outcome = try #require(inFlight.values.first)
        #expect(outcome.error == nil)
        #expect(outcome.status == 200)
        #expect(String(decoding: outcome.data, as: UTF8.self) == "done /slow")
        #expect(waitUntil { stopped.values == [true] })
        #expect(server.connectionCount == 0)
    }

    @Test func stopIsBoundedEvenIfAHandlerNeverReturnsInTime() throws {
        let gate = Gate()
        let (server, port) = try startServer({ $0.shutdownGracePeriod = 0.2 }) { _ in
            gate.wait(timeout: 20)
            return .response(.text("late"))
        }
        let client = try RawClient(port: port)
        try client.send(rawRequest())
        #expect(waitUntil { gate.waiting == 1 })
        let started = Date()
        server.stop()
        #expect(Date().timeIntervalSince(started) < 5)
        gate.release()
        // The late response finds its socket shut down; the thread still ends cleanly.
        #expect(waitUntil { server.connectionCount == 0 })
    }

    @Test func stopIsIdempotentAndStartIsOnceOnly() throws {
        let (server, port) = try startServer(handler: echoHandler)
        #expect(server.isRunning)
        let stoppers = (0..<3).map { _ in Thread { server.stop() } }
        for thread in stoppers { thread.start() }
        server.stop()
        server.stop()
        #expect(!server.isRunning)
        #expect(server.port == port)
        #expect(throws: HTTPServerError.notStartable) { try server.start() }
        #expect(waitUntil { (try? RawClient(port: port, timeout: 1)) == nil })

        let neverStarted = HTTPServer(handler: echoHandler)
        neverStarted.stop()
        #expect(throws: HTTPServerError.notStartable) { try neverStarted.start() }
    }

    @Test func aBusyPortIsReportedNotCrashed() throws {
        let (server, port) = try startServer(handler: echoHandler)
        defer { server.stop() }
        let second = HTTPServer(configuration: HTTPServerConfiguration(port: port), handler: echoHandler)
        #expect(throws: HTTPServerError.system("bind", EADDRINUSE)) { try second.start() }
    }

    // Signal handling (TerminationSignals, runUntilTerminated) is tested on the real koosim binary in
    // SyncTests/CommandLineTests: raising signals inside the parallel test process is not deterministic.
}
