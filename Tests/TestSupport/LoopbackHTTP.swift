import Glibc
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import HTTPServer

// Loopback HTTP helpers shared by the server's and the simulator's tests: a server on a free port, a raw
// socket client for bytes no real client sends, and URLSession bridged for well-behaved traffic.

/// A server on a free loopback port for one test; stopped by the test with `defer`.
public func startServer(_ configure: (inout HTTPServerConfiguration) -> Void = { _ in },
                 handler: @escaping HTTPHandler) throws -> (server: HTTPServer, port: UInt16) {
    var configuration = HTTPServerConfiguration()
    configuration.headTimeout = 5
    configuration.bodyTimeout = 5
    configuration.shutdownGracePeriod = 5
    configure(&configuration)
    let server = HTTPServer(configuration: configuration, handler: handler)
    let port = try server.start()
    return (server, port)
}

/// A handler answering every request with its method, path and body size, for tests that only count.
public let echoHandler: HTTPHandler = { request in
    .response(.text("\(request.method) \(request.path) \(request.body.byteCount)"))
}

/// A response as read off a raw socket.
public struct RawResponse {
    public var status: Int
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    public var text: String { String(decoding: body, as: UTF8.self) }
}

public enum RawClientError: Error, Equatable { case connectFailed(Int32), closed, timedOut, malformed(String) }

/// A deliberately dumb blocking TCP client, for bytes no well-behaved HTTP client would send. Every read has
/// a receive timeout, so a server bug fails the test instead of hanging it.
public final class RawClient {
    public let descriptor: Int32
    private var buffer: [UInt8] = []

    public init(port: UInt16, host: String = "127.0.0.1", timeout: Double = 5) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw RawClientError.connectFailed(errno) }
        var interval = timeval(tv_sec: Int(timeout), tv_usec: __suseconds_t((timeout - Double(Int(timeout))) * 1e6))
        _ = setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &interval, socklen_t(MemoryLayout<timeval>.size))
        _ = setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &interval, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        _ = inet_pton(AF_INET, host, &address.sin_addr)
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard result == 0 else {
            let code = errno
            Glibc.close(descriptor)
            throw RawClientError.connectFailed(code)
        }
    }

    deinit { Glibc.close(descriptor) }

    /// The client's own port, to tell connections apart in the server's view.
    public var localPort: UInt16 {
        var address = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let result = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        return result == 0 ? UInt16(bigEndian: address.sin_port) : 0
    }

    public func send(_ text: String) throws { try send(Array(text.utf8)) }

    public func send(_ bytes: [UInt8]) throws {
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes {
                Glibc.send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            guard count > 0 else { throw RawClientError.closed }
            sent += count
        }
    }

    public func shutdownWrite() { _ = shutdown(descriptor, Int32(SHUT_WR)) }

    /// Reads more bytes; false on EOF. Throws on timeout or reset.
    @discardableResult
    private func fill() throws -> Bool {
        var chunk = [UInt8](repeating: 0, count: 65536)
        let count = chunk.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
        if count > 0 {
            buffer.append(contentsOf: chunk[..<count])
            return true
        }
        if count == 0 { return false }
        if errno == EAGAIN || errno == EWOULDBLOCK { throw RawClientError.timedOut }
        throw RawClientError.closed
    }

    /// Reads one response (skipping interim 1xx ones), its body framed by Content-Length.
    public func readResponse(headRequest: Bool = false) throws -> RawResponse {
        while true {
            var headEnd: Int?
            while headEnd == nil {
                headEnd = findHeadEnd()
                if headEnd == nil { guard try fill() else { throw RawClientError.closed } }
            }
            guard let end = headEnd else { throw RawClientError.closed }
            let headText = String(decoding: buffer[..<end], as: UTF8.self)
            buffer.removeFirst(end + 4)
            var lines = headText.components(separatedBy: "\r\n")
            let statusLine = lines.removeFirst().split(separator: " ", maxSplits: 2)
            guard statusLine.count >= 2, statusLine[0] == "HTTP/1.1", let status = Int(statusLine[1]) else {
                throw RawClientError.malformed(headText)
            }
            let headers = lines.compactMap { line -> (name: String, value: String)? in
                guard let colon = line.firstIndex(of: ":") else { return nil }
                return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
            }
            if (100..<200).contains(status) { continue }
            var response = RawResponse(status: status, headers: headers, body: [])
            let length = headRequest ? 0 : Int(response.header("Content-Length") ?? "0") ?? 0
            while buffer.count < length { guard try fill() else { throw RawClientError.closed } }
            response.body = Array(buffer[..<length])
            buffer.removeFirst(length)
            return response
        }
    }

    private func findHeadEnd() -> Int? {
        guard buffer.count >= 4 else { return nil }
        for index in 0...(buffer.count - 4)
        where buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13 && buffer[index + 3] == 10 {
            return index
        }
        return nil
    }

    /// Everything until the server closes; throws if it resets or does not close within the timeout.
    public func readToEnd() throws -> [UInt8] {
        while try fill() {}
        defer { buffer = [] }
        return buffer
    }

    /// Whether the server closed the connection (orderly or by reset) rather than leaving it open.
    public func serverClosed() -> Bool {
        do {
            while try fill() { buffer = [] }
            return true
        } catch RawClientError.closed {
            return true
        } catch {
            return false
        }
    }
}

/// A request value in wire form with a Host header and optional body.
public func rawRequest(_ method: String = "GET", _ target: String = "/", headers: [String] = [],
                body: String? = nil) -> String {
    var text = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n"
    for header in headers { text += header + "\r\n" }
    if let body { text += "Content-Length: \(body.utf8.count)\r\n" }
    text += "\r\n"
    return text + (body ?? "")
}

/// A URLSession that talks to loopback directly (Linux URLSession applies http_proxy even to 127.0.0.1).
public func loopbackSession(timeout: TimeInterval = 10, maxConnections: Int = 6) -> URLSession {
    setenv("no_proxy", "127.0.0.1,localhost", 1)
    setenv("NO_PROXY", "127.0.0.1,localhost", 1)
    let configuration = URLSessionConfiguration.ephemeral
    configuration.timeoutIntervalForRequest = timeout
    configuration.timeoutIntervalForResource = timeout * 3
    configuration.httpMaximumConnectionsPerHost = maxConnections
    configuration.connectionProxyDictionary = [:]
    return URLSession(configuration: configuration)
}

/// One request through URLSession, bridged to async with the completion-handler API (the most portable).
public func fetch(_ session: URLSession, _ request: URLRequest) async throws -> (Data, HTTPURLResponse) {
    try await withCheckedThrowingContinuation { continuation in
        let task = session.dataTask(with: request) { data, response, error in
            if let error {
                continuation.resume(throwing: error)
            } else if let http = response as? HTTPURLResponse {
                continuation.resume(returning: (data ?? Data(), http))
            } else {
                continuation.resume(throwing: URLError(.badServerResponse))
            }
        }
        task.resume()
    }
}

/// What one URLSession request came to, for sync tests.
public struct FetchOutcome: Sendable {
    public var data: Data
    public var status: Int?
    public var error: (any Error)?
}

/// Starts a URLSession request without Swift concurrency and records its outcome. Sync tests use it so that
/// nothing they wait for needs a thread of the cooperative pool, which their own blocking waits occupy.
public func startFetch(_ session: URLSession, _ request: URLRequest) -> Recorder<FetchOutcome> {
    let outcome = Recorder<FetchOutcome>()
    session.dataTask(with: request) { data, response, error in
        outcome.append(FetchOutcome(data: data ?? Data(), status: (response as? HTTPURLResponse)?.statusCode,
                                    error: error))
    }.resume()
    return outcome
}

public func url(_ port: UInt16, _ path: String) -> URL {
    URL(string: "http://127.0.0.1:\(port)\(path)") ?? URL(fileURLWithPath: "/")
}

/// A thread-safe box for what handlers observe, read back by the test.
public final class Recorder<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [Value] = []

    public init() {}

    public func append(_ value: Value) {
        lock.lock()
        storage.append(value)
        lock.unlock()
    }

    public var values: [Value] {
        lock.lock()
        defer { lock.unlock() }
        return storage
    }
}

/// A gate a handler blocks on until the test opens it (bounded, so a failing test cannot hang forever).
public final class Gate: @unchecked Sendable {
    private let condition = NSCondition()
    private var open = false
    private var waiters = 0

    public init() {}

    public func wait(timeout: TimeInterval = 10) {
        condition.lock()
        waiters += 1
        let deadline = Date().addingTimeInterval(timeout)
        while !open && condition.wait(until: deadline) {}
        condition.unlock()
    }

    public func release() {
        condition.lock()
        open = true
        condition.broadcast()
        condition.unlock()
    }

    public var waiting: Int {
        condition.lock()
        defer { condition.unlock() }
        return waiters
    }
}

/// Deterministic pseudo-random bytes, so big bodies can be checked byte for byte.
public func patternBytes(_ count: Int, seed: UInt64 = 0x9E37_79B9_7F4A_7C15) -> [UInt8] {
    var state = seed
    var bytes = [UInt8](repeating: 0, count: count)
    for index in 0..<count {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        bytes[index] = UInt8(truncatingIfNeeded: state >> 33)
    }
    return bytes
}
