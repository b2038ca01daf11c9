import SellerCore

/// Where the relay writes its journal: exactly the store API of `LocalStore+Journal*.swift`, so the store is
/// the journal in production (`LocalStore+CallJournal.swift`) and a `MemoryCallJournal` stands in for tests.
/// An implementation belongs to one thread: the relay's `JournalWriter` creates it there and never shares it.
public protocol CallJournal: AnyObject {
    /// Writes a call on arrival (outcome PENDING). A second arrival with the same callId is ignored.
    func recordArrival(_ arrival: JournalArrival) throws
    /// Writes the answer and projects it; returns the message id the call counted toward, if any.
    @discardableResult func recordAnswer(callId: String, _ answer: JournalAnswer) throws -> String?
    /// Every call still PENDING becomes failure `relayStopped` at `now`; returns how many.
    func closeUnansweredCalls(at now: Timestamp) throws -> Int
    func relayStarted(id: String, pid: Int, listen: String, upstream: String, at now: Timestamp) throws
    func relayHeartbeat(id: String, calls: Int, lostWrites: Int, at now: Timestamp) throws
    func relayStopped(id: String, calls: Int, lostWrites: Int, at now: Timestamp) throws
    /// Runs several writes as one commit, each write still all-or-nothing on its own (the store nests each in a
    /// savepoint): the relay's writer commits what queued up together, so the journal keeps up with the traffic.
    func batch(_ body: () throws -> Void) throws
}

extension CallJournal {
    /// No batching: each write commits on its own.
    public func batch(_ body: () throws -> Void) throws { try body() }
}

extension JournalAnswer {
    /// The answer a call left unanswered by a stopped relay gets (`closeUnansweredCalls`).
    public static func relayStopped(at now: Timestamp, receivedAt: Timestamp) -> JournalAnswer {
        JournalAnswer(answeredAt: now, latencyMs: Int(clamping: max(0, now.millis - receivedAt.millis)), status: nil,
                      headers: [], body: "", bodyTruncated: false, transportError: nil, outcome: .failure,
                      failureKind: .relayStopped, failureDetail: "no answer (relay stopped)", resultCode: nil,
                      answeredInstanceId: nil)
    }
}
