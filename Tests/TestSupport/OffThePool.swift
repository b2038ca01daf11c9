import Foundation

/// Runs a long synchronous body (a scripted console session of thousands of frames) on a thread of its own and
/// awaits it. A synchronous test holds one of the cooperative pool's threads (two on this machine) for as long
/// as it runs; two long ones at once starved the network tests beside them, whose requests could not start.
public func offThePool<Value: Sendable>(_ body: @escaping @Sendable () throws -> Value) async throws -> Value {
    try await withCheckedThrowingContinuation { continuation in
        Thread { continuation.resume(with: Result { try body() }) }.start()
    }
}
