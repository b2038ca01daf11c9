import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A loopback "gateway" that gives every request the same canned answer, or none at all (`answer == nil`:
/// it accepts and stays silent). It counts the connections it accepted.
final class CannedGateway: @unchecked Sendable {
    let port: UInt16
    private let listener: Int32
    private let lock = NSLock()
    private var accepted = 0
    /// Connections held open without an answer; `stop` closes them (answered ones close themselves).
    private var silent: [Int32] = []
    private var stopped = false

    init(answer: [UInt8]?) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let listening = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && listen(fd, 64) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard listening else { close(fd); throw POSIXError(.EADDRINUSE) }
        port = UInt16(bigEndian: address.sin_port)
        listener = fd
        let acceptor = self.listener
        Thread { [self] in
            while !lock.withLock({ stopped }) {
                let client = accept(acceptor, nil, nil)
                guard client >= 0 else { return }
                let keep = lock.withLock { () -> Bool in
                    guard !stopped else { return false }
                    accepted += 1
                    if answer == nil { silent.append(client) }
                    return true
                }
                guard keep else { close(client); return }
                guard let answer else { continue }   // silent: hold the connection open, never answer
                Thread { Self.answerRequests(on: client, with: answer) }.start()
            }
        }.start()
    }

    deinit { stop() }

    var baseURL: String { "http://127.0.0.1:\(port)" }
    var acceptedCount: Int { lock.withLock { accepted } }

    /// Closes the listener (once: its number may belong to another test's socket afterwards) and shuts every
    /// accepted connection down, the silent ones it holds.
    func stop() {
        let held = lock.withLock { () -> [Int32]? in
            guard !stopped else { return nil }
            stopped = true
            return silent
        }
        guard let held else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        for descriptor in held { close(descriptor) }
    }

    /// Answers each request head that arrives on the connection (requests here have no body).
    private static func answerRequests(on descriptor: Int32, with answer: [UInt8]) {
        var pending: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16384)
        while true {
            let got = read(descriptor, &buffer, buffer.count)
            guard got > 0 else { break }
            pending += buffer[..<got]
            while let end = pending.firstRange(of: Array("\r\n\r\n".utf8)) {
                pending.removeSubrange(..<end.upperBound)
                guard answer.withUnsafeBytes({ send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) })
                    == answer.count else { close(descriptor); return }
            }
        }
        close(descriptor)
    }

    /// A 200 answer with a JSON body, kept alive.
    static func ok(_ body: [UInt8]) -> [UInt8] {
        Array("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}
