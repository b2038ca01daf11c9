import MarketAPI
import SellerCore

/// The ways `--hostile` spoils a record. The first four keep the record decodable (the console must store it
/// and show it safely); the last two make it undecodable (the console must report and skip it).
public enum HostileKind: String, CaseIterable, Sendable {
    case controlCharacters, terminalEscapes, invalidUTF8, hugeString, wrongType, missingField

    /// Whether a client can still decode the record.
    public var isDecodable: Bool { self != .wrongType && self != .missingField }
}

/// Decides which records are hostile and spoils them, deterministically from the seed.
struct HostilePlan: Sendable {
    let seed: UInt64
    let rate: Double

    func kind(of kind: EntityKind, index: Int) -> HostileKind? {
        guard rate > 0 else { return nil }
        var random = SeededRandom(seed: seed, stream: RandomStream.hostile.rawValue &+ UInt64(kindNumber(kind)) << 8,
                                  index: index)
        guard random.unit() < rate else { return nil }
        return random.pick(HostileKind.allCases)
    }

    private func kindNumber(_ kind: EntityKind) -> Int { EntityKind.allCases.firstIndex(of: kind) ?? 0 }

    /// The text spoils, applied to the record itself so that the world's truth is what a client should store.
    static func spoilText(_ record: SellerRecord, as kind: HostileKind) -> SellerRecord {
        let spoil: (String) -> String
        switch kind {
        case .controlCharacters: spoil = { $0 + "\u{0}\u{7}\u{8}\r\n\u{1b}[2J\u{9b}31m\u{7f}尾" }
        case .terminalEscapes: spoil = { "\u{1b}]52;c;ZWNobyBwd25lZA==\u{7}\u{1b}[2J\u{1b}[H\u{1b}P+q544e\u{1b}\\" + $0 }
        case .invalidUTF8: spoil = { $0 + "\u{FFFD}" }
        case .hugeString: spoil = { $0 + String(repeating: "巨", count: 350_000) }
        case .wrongType, .missingField: return record
        }
        switch record {
        case .order(var order): order.buyer.customerName = spoil(order.buyer.customerName); return .order(order)
        case .instance(var instance): instance.customerName = spoil(instance.customerName); return .instance(instance)
        case .exception(var message): message.exceptionInfo = spoil(message.exceptionInfo); return .exception(message)
        case .supervision(var task): task.requirementText = spoil(task.requirementText); return .supervision(task)
        case .ticket(var ticket): ticket.title = spoil(ticket.title); return .ticket(ticket)
        case .call: return record
        }
    }

    /// Writes `record` to the wire, spoiled as `kind` says: U+FFFD becomes a raw 0xFF byte (invalid UTF-8 that a
    /// tolerant decoder turns back into U+FFFD), a field gets the wrong JSON type, or a required field goes.
    static func encode(_ record: SellerRecord, spoiled kind: HostileKind?, into writer: inout JSONWriter) {
        guard let kind, kind == .invalidUTF8 || !kind.isDecodable else {
            RecordWire.encode(record, into: &writer)
            return
        }
        var scratch = JSONWriter()
        RecordWire.encode(record, into: &scratch)
        var bytes = scratch.bytes
        switch kind {
        case .invalidUTF8:
            bytes = replacingReplacementCharacter(in: bytes)
        case .wrongType, .missingField:
            if case .object(var members)? = try? JSONParser.parse(bytes) {
                let (field, wrong) = spoiledField(of: record.kind)
                if kind == .wrongType {
                    for position in members.indices where members[position].key == field { members[position].value = wrong }
                } else {
                    members.removeAll { $0.key == requiredField(of: record.kind) }
                }
                var rewritten = JSONWriter()
                rewritten.append(.object(members))
                bytes = rewritten.bytes
            }
        default:
            break
        }
        writer.appendRaw(bytes)
    }

    private static func replacingReplacementCharacter(in bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var position = 0
        while position < bytes.count {
            if position + 2 < bytes.count, bytes[position] == 0xEF, bytes[position + 1] == 0xBF, bytes[position + 2] == 0xBD {
                out.append(0xFF)
                position += 3
            } else {
                out.append(bytes[position])
                position += 1
            }
        }
        return out
    }

    private static func spoiledField(of kind: EntityKind) -> (String, JSONValue) {
        switch kind {
        case .orders: ("orderType", .number("1"))
        case .instances: ("status", .array([]))
        case .exceptions: ("attempts", .string("none"))
        case .supervision: ("rejectCount", .string("三"))
        case .tickets: ("messages", .object([]))
        case .calls: ("latencyMs", .string("slow"))
        }
    }

    private static func requiredField(of kind: EntityKind) -> String {
        switch kind {
        case .orders: "buyerInfo"
        case .instances: "orderId"
        case .exceptions: "activity"
        case .supervision: "node"
        case .tickets: "status"
        case .calls: "callId"
        }
    }
}
