import Foundation
import Synchronization

/// Journal call ids: `C` + `yyyyMMddHHmmssSSS` (UTC) + a per-process tag + a sequence, so they sort by
/// arrival time, stay in order within a process even inside one millisecond, and never collide with those of
/// an earlier relay on the same store.
final class CallIDs: Sendable {
    private let tag: String
    private let sequence = Mutex(0)

    init() {
        tag = String(UInt32.random(in: 0...UInt32.max) & 0xFFFF, radix: 16).leftPadded(4)
    }

    func next(atMilliseconds millis: Int64) -> String {
        let number = sequence.withLock { value -> Int in
            value += 1
            return value
        }
        return "C" + Self.stamp(millis) + tag + String(number).leftPadded(8)
    }

    /// `yyyyMMddHHmmssSSS` in UTC.
    static func stamp(_ millis: Int64) -> String {
        var seconds = time_t(millis / 1000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(Int(parts.tm_year) + 1900).leftPadded(4) + String(Int(parts.tm_mon) + 1).leftPadded(2)
            + String(Int(parts.tm_mday)).leftPadded(2) + String(Int(parts.tm_hour)).leftPadded(2)
            + String(Int(parts.tm_min)).leftPadded(2) + String(Int(parts.tm_sec)).leftPadded(2)
            + String(Int(millis % 1000)).leftPadded(3)
    }
}

private extension String {
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
