import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A misbehaving HTTP server on a loopback port of its own, for tests of the client and the commands: every accepted
/// connection runs `script` on a thread of its own, which reads the request and answers (or does not) as the
/// fault it plays. It records how many connections it accepted and the request heads it read.
public final class ScriptedServer: @unchecked Sendable {
    public let port: UInt16
    private let listener: Int32
    private let lock = NSLock()
    private var accepted = 0
    private var heads: [String] = []
    private var connections: [ScriptedConnection] = []
    private var stopped = false

    public init(_ script: @escaping @Sendable (ScriptedConnection) -> Void) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else { close(fd); throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        listener = fd
        let acceptor = self.listener
        Thread { [self] in
            while !lock.withLock({ stopped }) {
                let client = accept(acceptor, nil, nil)
                guard client >= 0 else { return }
                let connection = ScriptedConnection(descriptor: client) { head in
                    self.lock.withLock { self.heads.append(head) }
                }
                let keep = lock.withLock { () -> Bool in
                    guard !stopped else { return false }
                    accepted += 1
                    connections.append(connection)
                    return true
                }
                guard keep else { connection.close(); return }
                Thread { script(connection) }.start()
            }
        }.start()
    }

    deinit { stop() }

    public var baseURL: String { "http://127.0.0.1:\(port)" }
    public var acceptedCount: Int { lock.withLock { accepted } }
    public var requestHeads: [String] { lock.withLock { heads } }

    /// Closes the listener (once: its number may belong to another test's socket afterwards) and shuts every
    /// accepted connection down, so scripts blocked reading them return.
    public func stop() {
        let accepted = lock.withLock { () -> [ScriptedConnection]? in
            guard !stopped else { return nil }
            stopped = true
            return connections
        }
        guard let accepted else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        for connection in accepted { connection.shutdownIfOpen() }
    }
}

/// One accepted connection, as a script sees it.
public final class ScriptedConnection: @unchecked Sendable {
    public let descriptor: Int32
    private let onHead: (String) -> Void
    /// Set when the script closed the descriptor: its number may belong to someone else afterwards.
    private let state = NSLock()
    private var closed = false

    init(descriptor: Int32, onHead: @escaping (String) -> Void) {
        self.descriptor = descriptor
        self.onHead = onHead
    }

    /// Reads the request head and a Content-Length body; returns the head, or nil when the peer went away.
    @discardableResult
    public func readRequest() -> String? {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            if let end = bytes.firstRange(of: Array("\r\n\r\n".utf8)) {
                let head = String(decoding: bytes[..<end.lowerBound], as: UTF8.self)
                onHead(head)
                var remaining = Self.contentLength(head) - (bytes.count - end.upperBound)
                while remaining > 0 {
                    let got = read(descriptor, &buffer, min(buffer.count, remaining))
                    guard got > 0 else { return head }
                    remaining -= got
                }
                return head
            }
            let got = read(descriptor, &buffer, buffer.count)
            guard got > 0 else { return nil }
            bytes += buffer[..<got]
        }
    }

    static func contentLength(_ head: String) -> Int {
        for line in head.split(separator: "\r\n") where line.lowercased().hasPrefix("content-length:") {
            return Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) ?? 0
        }
        return 0
    }

    /// Writes everything; false when the peer went away.
    @discardableResult
    public func write(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { return false }
            offset += sent
        }
        return true
    }

    @discardableResult
    public func write(_ text: String) -> Bool { write(Array(text.utf8)) }

    /// Waits until the peer closes (a silent server's whole script).
    public func waitForPeerToClose() {
        var buffer = [UInt8](repeating: 0, count: 4096)
        while read(descriptor, &buffer, buffer.count) > 0 {}
        close()
    }

    public func close() {
        state.withLock {
            guard !closed else { return }
            closed = true
            Glibc.close(descriptor)
        }
    }

    /// Wakes a script blocked reading (the server is stopping); the script still closes.
    func shutdownIfOpen() {
        state.withLock {
            if !closed { Glibc.shutdown(descriptor, Int32(SHUT_RDWR)) }
        }
    }

    /// Closes with a TCP reset instead of an orderly close.
    public func reset() {
        var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
        close()
    }
}

extension ScriptedServer {
    /// A server that answers every request with `answer` (kept alive), or accepts and never answers when it
    /// is nil: the marketplace that always says the same thing, or is silent.
    public static func answering(_ answer: [UInt8]?) throws -> ScriptedServer {
        try ScriptedServer { connection in
            guard let answer else { return connection.waitForPeerToClose() }
            while connection.readRequest() != nil {
                guard connection.write(answer) else { break }
            }
            connection.close()
        }
    }

    /// A 200 answer with a JSON body, kept alive.
    public static func ok(_ body: [UInt8]) -> [UInt8] {
        Array("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}
