import Foundation
import MarketAPI
import SellerCore
import Synchronization

/// The simulated marketplace's data: a seeded base that is generated on demand, plus every change made since
/// (by actions or by the clock), each change stamped with a fresh, strictly increasing `updatedAt` and appended
/// to a per-kind change log. Lists are served in `(updatedAt, id)` order: base records first (their stamps lie
/// before the epoch), then the change log.
public final class World: Sendable {
    struct LogEntry {
        var updatedAt: Timestamp
        var index: Int
    }

    struct State {
        var orderCount: Int
        var overrides: [EntityKind: [Int: SellerRecord]] = [:]
        var changeLog: [EntityKind: [LogEntry]] = [:]
        var lastStamp: Timestamp
        /// Exception messages the marketplace caller added for failed calls (`World+CallMessages.swift`).
        var callMessages = 0
    }

    let factory: RecordFactory
    let hostile: HostilePlan
    let state: Mutex<State>
    /// Held for each read-change-write of `update`, so a clock event and an action on the same record cannot
    /// lose one another's change.
    private let updating = NSLock()
    /// Supplies "now"; tests inject a fixed clock.
    let clock: @Sendable () -> Timestamp

    public init(seed: UInt64, orders: Int, epoch: Timestamp, hostileRate: Double = 0,
                clock: @escaping @Sendable () -> Timestamp = World.wallClock) {
        let orders = max(0, min(orders, RecordID.capacity / 25))
        factory = RecordFactory(seed: seed, epoch: epoch, baseOrders: orders)
        hostile = HostilePlan(seed: seed, rate: hostileRate)
        state = Mutex(State(orderCount: orders, lastStamp: epoch))
        self.clock = clock
    }

    @Sendable public static func wallClock() -> Timestamp {
        Timestamp(millis: Int64(Date().timeIntervalSince1970 * 1000))
    }

    public var epoch: Timestamp { factory.epoch }
    public var seed: UInt64 { factory.seed }

    /// How many records of `kind` exist now.
    public func count(of kind: EntityKind) -> Int {
        let (orders, callMessages) = state.withLock { ($0.orderCount, $0.callMessages) }
        return OrderRole.count(of: kind, orders: orders) + (kind == .exceptions ? callMessages : 0)
    }

    /// Record `index` of `kind` as it is now, or nil past the end.
    public func record(_ kind: EntityKind, at index: Int) -> SellerRecord? {
        let (count, override) = state.withLock { state in
            (OrderRole.count(of: kind, orders: state.orderCount), state.overrides[kind]?[index])
        }
        // The caller's messages live above the seeded range and only as overrides.
        if kind == .exceptions, index >= Self.callMessageBase { return override }
        guard index >= 0, index < count else { return nil }
        return override ?? baseRecord(kind, at: index)
    }

    /// The seeded record, with its text spoiled when `--hostile` picked it.
    func baseRecord(_ kind: EntityKind, at index: Int) -> SellerRecord {
        let record: SellerRecord = switch kind {
        case .orders: .order(factory.order(index))
        case .instances: .instance(factory.instance(index))
        case .exceptions: .exception(factory.exception(index))
        case .supervision: .supervision(factory.supervision(index))
        case .tickets: .ticket(factory.ticket(index))
        // The world holds no journalled calls (their count is 0), so no page or lookup asks for one.
        case .calls: preconditionFailure("the simulated world holds no journalled calls")
        }
        guard let spoil = hostile.kind(of: kind, index: index) else { return record }
        return HostilePlan.spoilText(record, as: spoil)
    }

    /// The hostile spoil of a record, if any; tests use it to know which records a client must reject.
    public func hostileKind(of kind: EntityKind, at index: Int) -> HostileKind? {
        // The marketplace caller's messages carry real outcomes, never spoiled text.
        kind == .exceptions && index >= Self.callMessageBase ? nil : hostile.kind(of: kind, index: index)
    }

    /// Finds a record by its id: ids carry their index, and the full id is checked against the record.
    public func find(_ kind: EntityKind, id: String) -> (index: Int, record: SellerRecord)? {
        guard let index = RecordID.index(in: id), let record = record(kind, at: index), record.id == id else {
            return nil
        }
        return (index, record)
    }

    /// Replaces record `index` of its kind with `change(record)`, stamped now, unless the change left it as it was.
    /// Returns the record as stored.
    @discardableResult
    public func update(_ kind: EntityKind, at index: Int, _ change: (inout SellerRecord, Timestamp) throws -> Void)
        rethrows -> SellerRecord? {
        updating.lock()
        defer { updating.unlock() }
        guard var record = record(kind, at: index) else { return nil }
        let original = record
        let stamp = nextStamp()
        try change(&record, stamp)
        guard record != original else { return original }
        record = record.stamped(stamp)
        let stored = record
        state.withLock { state in
            state.overrides[kind, default: [:]][index] = stored
            state.changeLog[kind, default: []].append(LogEntry(updatedAt: stamp, index: index))
        }
        return stored
    }

    /// A strictly increasing time no earlier than the clock, so that every change sorts after all before it.
    func nextStamp() -> Timestamp {
        let now = clock()
        return state.withLock { state in
            let stamp = max(now, state.lastStamp.adding(millis: 1))
            state.lastStamp = stamp
            return stamp
        }
    }
}

extension SellerRecord {
    /// The same record with `updatedAt` set.
    func stamped(_ stamp: Timestamp) -> SellerRecord {
        switch self {
        case .order(var order): order.updatedAt = stamp; return .order(order)
        case .instance(var instance): instance.updatedAt = stamp; return .instance(instance)
        case .exception(var message): message.updatedAt = stamp; return .exception(message)
        case .supervision(var task): task.updatedAt = stamp; return .supervision(task)
        case .ticket(var ticket): ticket.updatedAt = stamp; return .ticket(ticket)
        case .call: return self
        }
    }
}
