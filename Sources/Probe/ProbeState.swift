import Foundation

/// What a run's calls are made of: the mock ids drawn for it, the time, and the `instanceId` the server returned
/// on create (the first create's `businessId` until then, so later cases still go out if create failed).
public struct ProbeState: Sendable {
    public let ids: MockIDs
    /// Ids of a second, unrelated order, for the calls a server must refuse.
    public let refusalIds: MockIDs
    public let nowMilliseconds: Int64
    public var instanceId: String
    /// The `instanceId` the first create returned, if it returned one.
    public var createdInstanceId: String?

    public init(ids: MockIDs, refusalIds: MockIDs, nowMilliseconds: Int64) {
        self.ids = ids
        self.refusalIds = refusalIds
        self.nowMilliseconds = nowMilliseconds
        instanceId = ids.businessId
    }

    /// A fresh state with random ids at the current time.
    public static func random() throws -> ProbeState {
        ProbeState(ids: try MockIDs.random(), refusalIds: try MockIDs.random(), nowMilliseconds: currentMilliseconds())
    }

    /// Unix milliseconds now.
    public static func currentMilliseconds() -> Int64 { Int64((Date().timeIntervalSince1970 * 1000).rounded()) }

    /// A year from now, `yyyyMMddHHmmss` UTC (the `expireTime` format).
    public var expireTime: String { ProbeTime.format(nowMilliseconds + 365 * 86_400_000, milliseconds: false) }

    /// Now, `yyyyMMddHHmmss` UTC.
    public var effectiveTime: String { ProbeTime.format(nowMilliseconds, milliseconds: false) }
}

/// UTC time stamps in the marketplace's digit formats.
enum ProbeTime {
    /// `yyyyMMddHHmmss`, or `yyyyMMddHHmmssSSS` with milliseconds (V1 `timeStamp`).
    static func format(_ unixMilliseconds: Int64, milliseconds: Bool) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = milliseconds ? "yyyyMMddHHmmssSSS" : "yyyyMMddHHmmss"
        return formatter.string(from: Date(timeIntervalSince1970: Double(unixMilliseconds) / 1000))
    }
}
