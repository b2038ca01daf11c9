import MarketClient
import Sync
import Testing

/// The sender's pacing: doubling backoff with equal jitter, capped, never below Retry-After (ARCHITECTURE §7).
@Suite("sender policy")
struct SenderPolicyTests {
    @Test("delays double from the initial one, stay within half and all of it, and stop at the cap")
    func backoff() {
        let policy = SenderPolicy()
        #expect(policy.delay(afterAttempts: 1, retryAfter: nil, unit: 0) == 0.5)
        #expect(policy.delay(afterAttempts: 1, retryAfter: nil, unit: 1) == 1)
        #expect(policy.delay(afterAttempts: 4, retryAfter: nil, unit: 0) == 4)
        #expect(policy.delay(afterAttempts: 40, retryAfter: nil, unit: 1) == policy.maxBackoff)
        #expect(policy.delay(afterAttempts: 40, retryAfter: nil, unit: 0) == policy.maxBackoff / 2)
    }

    @Test("Retry-After is honoured up to its limit, in seconds or as an HTTP date")
    func retryAfter() {
        let policy = SenderPolicy()
        #expect(policy.delay(afterAttempts: 1, retryAfter: 30, unit: 1) == 30)
        #expect(policy.delay(afterAttempts: 1, retryAfter: 10_000, unit: 1) == policy.maxRetryAfter)
        #expect(MarketClient.retryAfterSeconds(" 7 ") == 7)
        #expect(MarketClient.retryAfterSeconds("Wed, 21 Oct 2015 07:28:00 GMT") == 0, "a date in the past")
        #expect(MarketClient.retryAfterSeconds("soon") == nil)
    }
}
