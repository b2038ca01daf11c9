#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A point on the monotonic clock. Socket waits are bounded by deadlines rather than wall-clock dates, so a
/// system clock change can neither cut a request short nor hold a thread forever.
struct MonotonicDeadline: Sendable, Comparable {
    let nanoseconds: UInt64

    static var now: MonotonicDeadline {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return MonotonicDeadline(nanoseconds: UInt64(spec.tv_sec) &* 1_000_000_000 &+ UInt64(spec.tv_nsec))
    }

    /// A deadline that never comes, for waits that only end on an event.
    static let never = MonotonicDeadline(nanoseconds: .max)

    /// The deadline `seconds` from now; negative or NaN counts as zero, huge values as `never`.
    static func after(_ seconds: TimeInterval) -> MonotonicDeadline {
        guard seconds.isFinite else { return seconds > 0 ? .never : .now }
        let clamped = max(0, seconds)
        guard clamped < 1e9 else { return .never }
        let start = now.nanoseconds
        let (sum, overflow) = start.addingReportingOverflow(UInt64(clamped * 1e9))
        return overflow ? .never : MonotonicDeadline(nanoseconds: sum)
    }

    /// This deadline moved `seconds` later (never earlier); `never` stays `never`.
    func adding(seconds: Double) -> MonotonicDeadline {
        guard self != .never, seconds.isFinite else { return seconds.isNaN ? self : .never }
        guard seconds > 0 else { return self }
        guard seconds < 1e9 else { return .never }
        let (sum, overflow) = nanoseconds.addingReportingOverflow(UInt64(seconds * 1e9))
        return overflow ? .never : MonotonicDeadline(nanoseconds: sum)
    }

    var hasPassed: Bool { self != .never && MonotonicDeadline.now >= self }

    /// The time left, as a `poll` timeout in milliseconds: -1 for `never`, at least 0, rounded up so a wait
    /// never returns a hair before its deadline and spins.
    var pollTimeout: Int32 {
        if self == .never { return -1 }
        let current = MonotonicDeadline.now.nanoseconds
        guard nanoseconds > current else { return 0 }
        let millis = (nanoseconds - current + 999_999) / 1_000_000
        return Int32(min(millis, UInt64(Int32.max)))
    }

    /// Seconds elapsed since `start`, for the access log.
    static func seconds(since start: MonotonicDeadline) -> Double {
        let current = now.nanoseconds
        return current > start.nanoseconds ? Double(current - start.nanoseconds) / 1e9 : 0
    }

    static func < (lhs: MonotonicDeadline, rhs: MonotonicDeadline) -> Bool { lhs.nanoseconds < rhs.nanoseconds }
}
