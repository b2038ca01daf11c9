import Foundation
import MarketAPI
import SellerCore
import Simulator
import Synchronization
import TestSupport

/// A marketplace gateway on loopback that answers with terminal attacks: every string of every record that
/// still decodes with it, one undecodable record per kind whose id is hostile, the page token, the result
/// message and every error body carry `payload`. It runs on the tests' `ScriptedServer` (one thread per
/// connection, `Connection: close`), so the test depends on no HTTP server module of the project.
final class HostileGateway: @unchecked Sendable {
    /// OSC 0 (title), OSC 52 (clipboard), ED 2 (clear screen), RIS (`ESC c`), 8-bit CSI, DCS, RLO and NUL.
    static let payload = "\u{1b}]0;owned\u{7}\u{1b}]52;c;ZXZpbA==\u{7}\u{1b}[2J\u{1b}c\u{9b}31m"
        + "\u{1b}Pq#0;2;0;0;0\u{1b}\\\u{202e}evil\u{0}"

    var baseURL: String { server?.baseURL ?? "http://127.0.0.1:9" }
    /// The world the records come from: tests pick action targets from it.
    let records: [EntityKind: [JSONValue]]
    /// While set, list requests fail with a hostile error body too.
    let failLists = Atomic<Bool>(false)

    private let pages: [EntityKind: [UInt8]]
    private var server: ScriptedServer?

    init(orders: Int = 240) throws {
        let epoch = Timestamp(koogallery: "20261123080000") ?? Timestamp(millis: 0)
        let world = World(seed: 3, orders: orders, epoch: epoch, clock: { epoch })
        var records: [EntityKind: [JSONValue]] = [:]
        var pages: [EntityKind: [UInt8]] = [:]
        for kind in EntityKind.synced {
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
        server = try ScriptedServer { [weak self] connection in
            guard let self else { return connection.close() }
            serve(connection)
        }
    }

    deinit { stop() }

    func stop() { server?.stop() }

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

    /// Reads one request and answers it (`Connection: close`).
    private func serve(_ connection: ScriptedConnection) {
        defer { connection.close() }
        guard let head = connection.readRequest() else { return }
        let requestLine = head.split(separator: "\r\n").first?.split(separator: " ") ?? []
        guard requestLine.count >= 2 else { return }
        let (status, type, body) = answer(method: String(requestLine[0]), target: String(requestLine[1]))
        let response = Array("HTTP/1.1 \(status) Hostile\r\nContent-Type: \(type)\r\nContent-Length: \(body.count)\r\n"
            .utf8) + Array("Connection: close\r\n\r\n".utf8) + body
        connection.write(response)
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

}
