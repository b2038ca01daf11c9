import Foundation
import HTTPServer
import MarketAPI
import SellerCore
import Signing
import Testing
import TestSupport
@testable import Simulator

/// `GET actions/{idempotency key}`: what became of an action, and a key never seen is burnt so a late request with
/// it is never applied.
@Suite("Outcome lookup")
struct OutcomeLookupTests {
    func lookup(_ sim: ActionSimulator, _ key: String, secretKey: String? = nil) async throws -> Reply {
        try await sim.send("GET", ActionOutcomeWire.path(idempotencyKey: key), secretKey: secretKey)
    }

    @Test("an applied action answers applied with the record of its first answer; nothing is applied again")
    func applied() async throws {
        let sim = try ActionSimulator()
        let ticket = try #require(sim.ticket(at: 1, status: .inProgress))
        let key = newKey()
        let posted = try await sim.post(.replyTicket(caseId: ticket.caseId), key: key, body: #"{"content":"好的"}"#)
        #expect(posted.status == 200)
        let reply = try await lookup(sim, key)
        #expect(reply.status == 200)
        let outcome = try ActionOutcomeWire.decode(kind: .tickets, body: reply.body)
        guard case .applied(.ticket(let stored)?) = outcome else { throw Failure("not applied: \(reply.text)") }
        #expect(stored.caseId == ticket.caseId && stored.messages.count == ticket.messages.count + 1)
        #expect(try posted.record(.tickets) == .ticket(stored), "the record of the first answer")
        #expect(sim.simulator.appliedCount(forKey: key) == 1)
    }

    @Test("a key never seen is abandoned: the late request with it answers 410 and is never applied")
    func neverSeenBurnsTheKey() async throws {
        let sim = try ActionSimulator()
        let ticket = try #require(sim.ticket(at: 2, status: .pendingAccept))
        let key = newKey()
        let first = try await lookup(sim, key)
        #expect(first.status == 200)
        #expect(try ActionOutcomeWire.decode(kind: .tickets, body: first.body) == .abandoned)
        let late = try await sim.post(.acceptTicket(caseId: ticket.caseId), key: key)
        #expect(late.status == 410 && late.error?.code == ResultCodes.idempotencyKeyAbandoned)
        #expect(sim.simulator.appliedCount(forKey: key) == 0)
        guard case .ticket(let stored)? = sim.current(.tickets, ticket.caseId) else { throw Failure("no ticket") }
        #expect(stored.status == .pendingAccept, "the late request changed nothing")
        let again = try await lookup(sim, key)
        #expect(try ActionOutcomeWire.decode(kind: .tickets, body: again.body) == .abandoned)
        let fresh = try await sim.post(.acceptTicket(caseId: ticket.caseId), key: newKey())
        #expect(fresh.status == 200, "the same action with a new key is applied")
    }

    @Test("a remembered refusal answers refused with its status and code")
    func refused() async throws {
        let sim = try ActionSimulator()
        let ticket = try #require(sim.ticket(at: 3, status: .done))
        let key = newKey()
        let posted = try await sim.post(.acceptTicket(caseId: ticket.caseId), key: key)
        #expect(posted.status == 409)
        let outcome = try ActionOutcomeWire.decode(kind: .tickets, body: try await lookup(sim, key).body)
        guard case .refused(409, ResultCodes.conflict, let message) = outcome else {
            throw Failure("not refused: \(outcome)")
        }
        #expect(!message.isEmpty && outcome.isNeverApplied)
    }

    @Test("a key whose first request is still running answers processing and is not burnt")
    func processing() throws {
        let store = IdempotencyStore()
        let key = newKey()
        #expect(store.claim(key: key, fingerprint: "f") == .fresh)
        #expect(store.lookup(key: key, wasApplied: { _ in false }) == .processing)
        let answer = HTTPResponse.json(bytes: Array(#"{"resultCode":"MKT.0000"}"#.utf8))
        store.finish(key: key, answer: answer)
        #expect(store.lookup(key: key, wasApplied: { _ in false }) == .answered(answer))
        #expect(store.claim(key: key, fingerprint: "f") == .replay(answer))
        let body = ActionOutcomeWire.body(state: .processing)
        #expect(try ActionOutcomeWire.decode(kind: .tickets, body: body) == .processing)
    }

    @Test("an applied key whose answer was forgotten still answers applied, never abandoned")
    func forgottenAnswer() throws {
        let store = IdempotencyStore(capacity: 1)
        let old = newKey()
        #expect(store.claim(key: old, fingerprint: "f") == .fresh)
        store.finish(key: old, answer: .json(bytes: Array("{}".utf8)))
        #expect(store.claim(key: newKey(), fingerprint: "g") == .fresh)
        store.finish(key: newKey(), answer: .json(bytes: Array("{}".utf8)))
        #expect(store.lookup(key: old, wasApplied: { $0 == old }) == .appliedAnswerForgotten)
    }

    @Test("the lookup is signed like every call; a bad key is 400; only GET")
    func refusals() async throws {
        let sim = try ActionSimulator()
        let key = newKey()
        let unsigned = try await lookup(sim, key, secretKey: "wrong-secret")
        #expect(unsigned.status == 401)
        let afterUnsigned = try await sim.send("POST", ActionRoute.acceptTicket(caseId: "TT-none").path,
                                               headers: [(ActionRoute.idempotencyHeader, key)])
        #expect(afterUnsigned.error?.code != ResultCodes.idempotencyKeyAbandoned, "an unsigned lookup burnt nothing")
        let badKey = try await sim.send("GET", GatewayPaths.gatewayBase + "actions/" + RFC3986.encode("no spaces allowed"))
        #expect(badKey.status == 400 && badKey.error?.code == ResultCodes.invalidParameter)
        let post = try await sim.send("POST", ActionOutcomeWire.path(idempotencyKey: newKey()))
        #expect(post.status == 405)
    }
}
