import Foundation

/// Waits for a condition instead of sleeping a fixed time: polls every few milliseconds until the condition
/// holds or the deadline passes. Returns whether the condition came true.
@discardableResult
public func waitUntil(timeout: TimeInterval = 10, pollEvery interval: TimeInterval = 0.01,
                      _ condition: () throws -> Bool) rethrows -> Bool {
    let end = Date().addingTimeInterval(timeout)
    while Date() < end {
        if try condition() { return true }
        Thread.sleep(forTimeInterval: interval)
    }
    return try condition()
}

/// The async form of `waitUntil`, for conditions that must be awaited.
@discardableResult
public func waitUntilAsync(timeout: TimeInterval = 10, pollEvery interval: TimeInterval = 0.01,
                           _ condition: () async throws -> Bool) async rethrows -> Bool {
    let end = Date().addingTimeInterval(timeout)
    while Date() < end {
        if try await condition() { return true }
        try? await Task.sleep(nanoseconds: UInt64(interval * 1_000_000_000))
    }
    return try await condition()
}
