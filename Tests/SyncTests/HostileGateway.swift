import Foundation
import MarketAPI
import SellerCore
import Simulator
import Synchronization

/// A marketplace gateway on loopback that answers with terminal attacks: every string of every record that
/// still decodes with it, one undecodable record per kind whose id is hostile, the page token, the result
/// message and every error body carry `payload`. A raw-socket server of its own (one thread per connection,
/// `Connection: close`), so the test depends on no HTTP server module.
final class HostileGateway: @unchecked Sendable {
    /// OSC 0 (title), OSC 52 (clipboard), ED 2 (clear screen), RIS (`ESC c`), 8-bit CSI, DCS, RLO and NUL.
    static let payload = "\u{1b}]0;owned\u{7}\u{1b}]52;c;ZXZpbA==\u{7}\u{1b}[2J\u{1b}c\u{9b}31m"
        + "\u{1b}Pq#0;2;0;0;0\u{1b}\\\u{202e}evil\u{0}"

    let port: UInt16
    var baseURL: String { "http://127.0.0.1:\(port)" }
    /// The world the records come from: tests pick action targets from it.
    let records: [EntityKind: [JSONValue]]
    /// While set, list requests fail with a hostile error body too.
    let failLists = Atomic<Bool>(false)

    private let listener: Int32
    private let pages: [EntityKind: [UInt8]]

    init(orders: Int = 240) throws {
        let epoch = Timestamp(koogallery: "20261123080000") ?? Timestamp(millis: 0)
        let world = World(seed: 3, orders: orders, epoch: epoch, clock: { epoch })
        var records: [EntityKind: [JSONValue]] = [:]
        var pages: [EntityKind: [UInt8]] = [:]
        for kind in EntityKind.allCases {
            let values = (0..<world.count(of: kind)).compactMap { world.record(kind, at: $0) }.compactMap { record in
                var writer = JSONWriter()
                RecordWire.encode(record, into: &writer)
                return (try? JSONParser.parse(writer.bytes)).map { Self.spoiled($0, kind: kind) }
            }
            records[kind] = values
            var items = values
            if let undecodable = values.first.map({ Self.undecodable($0, kind: kind) }) { items.append(undecodable) }
            var page = JSONWriter()
            page.append(.object([
                JSONMember("resultCode", .string("MKT.0000")), JSONMember("resultMsg", .string(Self.payload)),
                JSONMember("items", .array(items)), JSONMember("nextPageToken", .string("9~" + Self.payload)),
                JSONMember("hasMore", .bool(false)), JSONMember("total", .number(String(items.count))),
            ]))
            pages[kind] = page.bytes
        }
        self.records = records
        self.pages = pages
        (listener, port) = try Self.openListener()
        Thread.detachNewThread { [self] in acceptLoop() }
    }

    deinit { stop() }

    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    // MARK: - Records

    /// Every string member (at any depth, the record's own id excepted) gets the payload appended where the
    /// record still decodes with it; enums and times that would not decode keep their value.
    static func spoiled(_ record: JSONValue, kind: EntityKind) -> JSONValue {
        var current = record
        let idPath = idMemberPath(record, kind: kind)
        for path in stringPaths(record, prefix: []) where path != idPath {
            let candidate = replacing(current, at: path[...]) { $0 + payload }
            if (try? RecordWire.decode(kind, JSONFields(candidate, path: ""))) != nil { current = candidate }
        }
        return current
    }

    /// A record the client must reject and report by its (hostile) id: the id carries the payload and
    /// `updatedAt` has the wrong type.
    static func undecodable(_ record: JSONValue, kind: EntityKind) -> JSONValue {
        guard case .object(var members) = record else { return record }
        for index in members.indices {
            if members[index].key == RecordWire.idField(of: kind) { members[index].value = .string("BAD" + payload) }
            if members[index].key == "updatedAt" { members[index].value = .array([.string(payload)]) }
        }
        return .object(members)
    }

    static func member(_ record: JSONValue, _ key: String) -> String? {
        guard case .object(let members) = record, let value = members.first(where: { $0.key == key })?.value,
              case .string(let text) = value else { return nil }
        return text
    }

    private static func idMemberPath(_ record: JSONValue, kind: EntityKind) -> [Int]? {
        guard case .object(let members) = record else { return nil }
        return members.firstIndex { $0.key == RecordWire.idField(of: kind) }.map { [$0] }
    }

    private static func stringPaths(_ value: JSONValue, prefix: [Int]) -> [[Int]] {
        switch value {
        case .string: [prefix]
        case .array(let elements): elements.indices.flatMap { stringPaths(elements[$0], prefix: prefix + [$0]) }
        case .object(let members): members.indices.flatMap { stringPaths(members[$0].value, prefix: prefix + [$0]) }
        default: []
        }
    }

    private static func replacing(_ value: JSONValue, at path: ArraySlice<Int>,
                                  _ change: (String) -> String) -> JSONValue {
        guard let first = path.first else {
            if case .string(let text) = value { return .string(change(text)) }
            return value
        }
        switch value {
        case .array(var elements):
            elements[first] = replacing(elements[first], at: path.dropFirst(), change)
            return .array(elements)
        case .object(var members):
            members[first].value = replacing(members[first].value, at: path.dropFirst(), change)
            return .object(members)
        default:
            return value
        }
    }

    // MARK: - Server

    private static func openListener() throws -> (Int32, UInt16) {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
                bind(descriptor, socketAddress, length) == 0 && listen(descriptor, 64) == 0
                    && getsockname(descriptor, socketAddress, &length) == 0
            }
        }
        guard bound else {
            close(descriptor)
            throw POSIXError(.EADDRINUSE)
        }
        return (descriptor, UInt16(bigEndian: address.sin_port))
    }

    private func acceptLoop() {
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 {
                if errno == EINTR { continue }
                return
            }
            Thread.detachNewThread { [self] in serve(connection) }
        }
    }

    private func serve(_ connection: Int32) {
        defer { close(connection) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(connection, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        var headEnd: Int?
        while headEnd == nil && received.count < 1 << 20 {
            let count = buffer.withUnsafeMutableBytes { recv(connection, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return }
            received += buffer[0..<count]
            headEnd = Self.find([13, 10, 13, 10], in: received)
        }
        guard let headEnd else { return }
        let head = String(decoding: received[0..<headEnd], as: UTF8.self)
        let lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.first?.split(separator: " ") ?? []
        guard requestLine.count >= 2 else { return }
        let contentLength = lines.dropFirst().compactMap { line -> Int? in
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "content-length" else { return nil }
            return Int(parts[1].trimmingCharacters(in: .whitespaces))
        }.first ?? 0
        var bodyLeft = contentLength - (received.count - headEnd - 4)
        while bodyLeft > 0 {
            let count = buffer.withUnsafeMutableBytes { recv(connection, $0.baseAddress, min($0.count, bodyLeft), 0) }
            guard count > 0 else { return }
            bodyLeft -= count
        }
        let (status, type, body) = answer(method: String(requestLine[0]), target: String(requestLine[1]))
        var response = Array("HTTP/1.1 \(status) Hostile\r\nContent-Type: \(type)\r\nContent-Length: \(body.count)\r\n"
            .utf8)
        response += Array("Connection: close\r\n\r\n".utf8) + body
        response.withUnsafeBytes { bytes in
            guard let base = bytes.baseAddress else { return }
            var sent = 0
            while sent < bytes.count {
                let count = send(connection, base + sent, bytes.count - sent, Int32(MSG_NOSIGNAL))
                if count <= 0 { return }
                sent += count
            }
        }
    }

    /// Lists answer with the hostile pages (or a hostile error while `failLists` is set); an upload status is a
    /// raw, non-JSON hostile body; every other request (actions, chunks) a hostile JSON error.
    private func answer(method: String, target: String) -> (Int, String, [UInt8]) {
        let path = target.split(separator: "?").first.map(String.init) ?? target
        let segments = path.split(separator: "/").map(String.init)
        if method == "GET", segments.count == 3, let kind = EntityKind(rawValue: segments[2]),
           !failLists.load(ordering: .relaxed), let page = pages[kind] {
            return (200, "application/json", page)
        }
        if method == "GET" && path.contains("/uploads/") {
            return (400, "text/plain", Array(("upload refused " + Self.payload).utf8))
        }
        var error = JSONWriter()
        error.append(.object([JSONMember("error_code", .string("MKT.0101" + Self.payload)),
                              JSONMember("error_msg", .string("refused " + Self.payload))]))
        return (400, "application/json", error.bytes)
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        return (0...(haystack.count - needle.count)).first { Array(haystack[$0..<$0 + needle.count]) == needle }
    }
}
