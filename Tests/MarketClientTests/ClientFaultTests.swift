import Foundation
import Synchronization
@testable import MarketClient
import MarketAPI
import SellerCore
import Testing
import TestSupport

/// The client against servers that misbehave on purpose: every failure ends within its limit, in words.
@Suite("client faults", .exclusive, .serialized)
struct ClientFaultTests {
    static func client(_ server: ScriptedServer, timeout: Double = 1, attempts: Int = 1) -> MarketClient {
        client(baseURL: server.baseURL, timeout: timeout, attempts: attempts)
    }

    static func client(baseURL: String, timeout: Double = 1, attempts: Int = 1) -> MarketClient {
        var configuration = ClientConfiguration(baseURL: baseURL, accessKey: "ak-test", secretKey: "sk-very-secret")
        configuration.timeout = timeout
        configuration.maxAttempts = attempts
        configuration.initialBackoff = 0.01
        configuration.maxBackoff = 0.05
        return MarketClient(configuration: configuration)
    }

    /// The error of one list request, and how long it took.
    static func failure(_ client: MarketClient) async -> (ClientError?, Double) {
        let started = ContinuousClock.now
        do {
            _ = try await client.listPage(.orders, ListQuery(limit: 10))
            return (nil, seconds(since: started))
        } catch {
            return (error, seconds(since: started))
        }
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = start.duration(to: .now).components
        return Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
    }

    static func answer(status: String, headers: [String] = [], body: [UInt8] = []) -> [UInt8] {
        let head = (["HTTP/1.1 \(status)", "Content-Length: \(body.count)", "Connection: close"] + headers)
            .joined(separator: "\r\n") + "\r\n\r\n"
        return Array(head.utf8) + body
    }

    @Test("a server that accepts and never answers: 'no answer within 1 s', on time")
    func silent() async throws {
        let server = try ScriptedServer { connection in connection.waitForPeerToClose() }
        defer { server.stop() }
        let (error, elapsed) = await Self.failure(Self.client(server))
        #expect(error?.description == "network error: no answer within 1 s")
        // Bounded by the 1 s timeout; the margin is for a loaded CI machine, far below any retry or a hang.
        #expect(elapsed < 5)
    }

    @Test("a port nobody listens on: 'connection refused'")
    func refused() async throws {
        let server = try ScriptedServer { $0.close() }
        let url = server.baseURL
        server.stop()
        let (error, _) = await Self.failure(Self.client(baseURL: url))
        #expect(error?.description == "network error: connection refused by 127.0.0.1")
    }

    @Test("closed before any answer, truncated, reset: each in its own words")
    func closedTruncatedReset() async throws {
        let closing = try ScriptedServer { connection in connection.readRequest(); connection.close() }
        defer { closing.stop() }
        #expect(await Self.failure(Self.client(closing)).0?.description
                == "network error: connection closed before the answer")

        let truncating = try ScriptedServer { connection in
            connection.readRequest()
            connection.write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"items\":")
            connection.close()
        }
        defer { truncating.stop() }
        // A close right after the partial body may reach curl as a FIN or, racing its reads, as a reset: both are
        // told as an answer cut short, never as a generic error.
        let truncated = await Self.failure(Self.client(truncating)).0?.description ?? ""
        #expect(truncated == "network error: connection closed before the answer was complete"
                || truncated == "network error: connection reset before the answer was complete", "\(truncated)")

        let resetting = try ScriptedServer { connection in connection.readRequest(); connection.reset() }
        defer { resetting.stop() }
        let reset = await Self.failure(Self.client(resetting)).0?.description ?? ""
        #expect(reset.contains("connection reset") || reset.contains("connection closed before the answer"), "\(reset)")
        #expect(!reset.contains("error -1") && !reset.contains("curl"))
    }

    @Test("an answer trickled a byte at a time is cut off as too slow")
    func trickle() async throws {
        let server = try ScriptedServer { connection in
            connection.readRequest()
            guard connection.write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n") else { return }
            while connection.write([0x20]) { Thread.sleep(forTimeInterval: 0.1) }
            connection.close()
        }
        defer { server.stop() }
        let (error, elapsed) = await Self.failure(Self.client(server))
        #expect(error?.description.hasPrefix("network error: answer too slow") == true, "\(String(describing: error))")
        #expect(elapsed < 8)
    }

    @Test("a 302 to another host is an error naming the Location; nothing goes there")
    func redirect() async throws {
        let elsewhere = try ScriptedServer { connection in connection.readRequest(); connection.close() }
        defer { elsewhere.stop() }
        let location = "http://localhost:\(elsewhere.port)/seller-gateway/v1/orders"
        let server = try ScriptedServer { connection in
            connection.readRequest()
            connection.write(Self.answer(status: "302 Found", headers: ["Location: \(location)"]))
            connection.close()
        }
        defer { server.stop() }
        let (error, _) = await Self.failure(Self.client(server, attempts: 3))
        #expect(error == .redirected(status: 302, location: location))
        #expect(error?.description.contains(location) == true)
        #expect(server.acceptedCount == 1, "a redirect is not retried")
        #expect(server.requestHeads.first?.lowercased().contains("authorization: sdk-hmac-sha256") == true)
        #expect(elsewhere.acceptedCount == 0, "signed headers never go to the Location")
    }

    @Test("cancelling the task ends a request to a silent server at once")
    func cancellation() async throws {
        let server = try ScriptedServer { connection in connection.waitForPeerToClose() }
        defer { server.stop() }
        let client = Self.client(server, timeout: 30, attempts: 6)
        // On the suite's own threads, like the test (`Exclusive`); it notes when it ended, which the test's
        // awaiting of it could only see later.
        let request = Task(executorPreference: Exclusive.executor) {
            (await Self.failure(client), ContinuousClock.now)
        }
        #expect(await waitFor { server.acceptedCount == 1 })
        let cancelled = ContinuousClock.now
        request.cancel()
        let ((error, _), ended) = await request.value
        #expect(error == .cancelled)
        // At once next to the 30 s timeout and six attempts; the margin is for a loaded CI machine.
        #expect(cancelled.duration(to: ended) < .seconds(3))
    }

    @Test("the overall deadline bounds a request and the retries behind it")
    func deadline() async throws {
        let silent = try ScriptedServer { connection in connection.waitForPeerToClose() }
        defer { silent.stop() }
        var configuration = Self.client(silent, timeout: 30, attempts: 6).configuration
        configuration.limitTotalTime(to: 1.5)
        let (error, elapsed) = await Self.failure(MarketClient(configuration: configuration))
        #expect(error?.description == "network error: no answer within 1.5 s", "\(String(describing: error))")
        #expect(elapsed < 5)

        let busy = try ScriptedServer { connection in
            connection.readRequest()
            connection.write(Self.answer(status: "503 Service Unavailable", headers: ["Retry-After: 0"]))
            connection.close()
        }
        defer { busy.stop() }
        var retrying = Self.client(busy, timeout: 30, attempts: 1000).configuration
        retrying.maxBackoff = 0.2
        retrying.limitTotalTime(to: 1.5)
        let (last, took) = await Self.failure(MarketClient(configuration: retrying))
        #expect(last?.description.hasPrefix("marketplace server error 503") == true, "\(String(describing: last))")
        #expect(took < 5)
        #expect(busy.acceptedCount > 1, "retried until the deadline")
    }

    @Test("a retry the deadline cuts short reports the real answer before it, not the deadline")
    func deadlineCutsARetry() async throws {
        let answered = Atomic<Int>(0)
        let server = try ScriptedServer { connection in
            connection.readRequest()
            guard answered.add(1, ordering: .relaxed).oldValue == 0 else { return connection.waitForPeerToClose() }
            connection.write(Self.answer(status: "503 Service Unavailable", headers: ["Retry-After: 0"]))
            connection.close()
        }
        defer { server.stop() }
        var configuration = Self.client(server, timeout: 30, attempts: 6).configuration
        configuration.limitTotalTime(to: 1)
        let (error, took) = await Self.failure(MarketClient(configuration: configuration))
        #expect(error?.description.hasPrefix("marketplace server error 503") == true, "\(String(describing: error))")
        #expect(server.acceptedCount == 2, "the second attempt started and the deadline ended it")
        #expect(took < 5)
    }

    @Test("loopback never goes through a proxy, whatever http_proxy says")
    func noProxyForLoopback() async throws {
        let server = try ScriptedServer { connection in
            connection.readRequest()
            connection.write(Self.answer(status: "404 Not Found", body: Array(#"{"error_code":"X.404","error_msg":"no"}"#.utf8)))
            connection.close()
        }
        defer { server.stop() }
        setenv("http_proxy", "http://127.0.0.1:9", 1)
        defer { unsetenv("http_proxy") }
        let (error, _) = await Self.failure(Self.client(server))
        #expect(error == .rejected(status: 404, code: "X.404", message: "no"))
    }
}

/// Polls `condition` for up to 10 s.
func waitFor(_ condition: () -> Bool) async -> Bool {
    let end = ContinuousClock.now + .seconds(10)
    while ContinuousClock.now < end {
        if condition() { return true }
        try? await Task.sleep(for: .milliseconds(5))
    }
    return condition()
}
