import Foundation
import MarketAPI
import SellerCore
import Testing
import TestSupport
@testable import Simulator

/// `Idempotency-Key`: one application per key however often, concurrently or after faults, it is resent.
@Suite("Idempotency")
struct IdempotencyTests {
    @Test("the same key twice: one ledger entry and the same answer; another body or route 422")
    func replay() async throws {
        let sim = try ActionSimulator()
        let ticket = try #require(sim.ticket(at: 1, status: .inProgress))
        let key = newKey()
        let route = ActionRoute.replyTicket(caseId: ticket.caseId)
        let body = #"{"content":"已处理,请确认","waitForCustomer":false}"#
        let first = try await sim.post(route, key: key, body: body)
        let second = try await sim.post(route, key: key, body: body)
        #expect(first.status == 200 && second.status == 200)
        #expect(first.body == second.body)
        #expect(second.headers["idempotent-replayed"] == "true")
        #expect(sim.simulator.appliedCount(forKey: key) == 1)
        guard case .ticket(let stored)? = sim.current(.tickets, ticket.caseId) else { throw Failure("no ticket") }
        #expect(stored.messages.count == ticket.messages.count + 1, "the reply was added once")

        let otherBody = try await sim.post(route, key: key, body: #"{"content":"另一条"}"#)
        #expect(otherBody.status == 422 && otherBody.error?.code == ResultCodes.idempotencyMismatch)
        let otherRoute = try await sim.post(.acceptTicket(caseId: ticket.caseId), key: key)
        #expect(otherRoute.status == 422)
        #expect(sim.simulator.appliedActions.count == 1)
    }

    @Test("a refusal is remembered too; an unauthenticated attempt is not")
    func whatIsRemembered() async throws {
        let sim = try ActionSimulator()
        let ticket = try #require(sim.ticket(at: 2, status: .pendingAccept))
        let route = ActionRoute.acceptTicket(caseId: ticket.caseId)
        let key = newKey()
        let unsigned = try await sim.post(route, key: key, secretKey: "wrong-secret")
        #expect(unsigned.status == 401)
        let applied = try await sim.post(route, key: key)
        #expect(applied.status == 200, "a 401 did not use up the key")

        let conflictKey = newKey()
        let refused = try await sim.post(route, key: conflictKey)
        #expect(refused.status == 409)
        let refusedAgain = try await sim.post(route, key: conflictKey)
        #expect(refusedAgain.status == 409 && refusedAgain.body == refused.body)
        #expect(refusedAgain.headers["idempotent-replayed"] == "true")
        #expect(sim.simulator.appliedCount(forKey: key) == 1 && sim.simulator.appliedCount(forKey: conflictKey) == 0)
    }

    @Test("16 concurrent requests with one key apply once; the others are replays or 503 Retry-After")
    func concurrentSameKey() async throws {
        let sim = try ActionSimulator()
        let ticket = try #require(sim.ticket(at: 3, status: .pendingAccept))
        let route = ActionRoute.acceptTicket(caseId: ticket.caseId)
        let key = newKey()
        let replies = try await withThrowingTaskGroup(of: Reply.self) { group in
            for _ in 0..<16 { group.addTask { try await sim.post(route, key: key) } }
            return try await group.reduce(into: [Reply]()) { $0.append($1) }
        }
        #expect(replies.allSatisfy { $0.status == 200 || $0.status == 503 }, "\(replies.map(\.status))")
        for busy in replies where busy.status == 503 { #expect(busy.headers["retry-after"] == "1") }
        let successes = replies.filter { $0.status == 200 }
        #expect(!successes.isEmpty)
        #expect(Set(successes.map(\.body)).count == 1, "every success carries the first answer")
        let later = try await sim.post(route, key: key)
        #expect(later.status == 200 && later.body == successes.first?.body)
        #expect(sim.simulator.appliedCount(forKey: key) == 1)
    }

    @Test("concurrent actions with different keys on one record are serialised: one wins, the rest 409")
    func concurrentDifferentKeys() async throws {
        let sim = try ActionSimulator()
        let task = try #require(sim.task(at: 4, node: .waitSellerConfirm))
        let route = ActionRoute.confirmRequirement(taskId: task.taskId)
        let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<12 { group.addTask { try await sim.post(route, key: newKey()).status } }
            return try await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(statuses.filter { $0 == 200 }.count == 1)
        #expect(statuses.filter { $0 == 409 }.count == 11)
        guard case .supervision(let stored)? = sim.current(.supervision, task.taskId) else { throw Failure("no task") }
        #expect(stored.history.count == task.history.count + 1)
        #expect(sim.simulator.appliedActions.count == 1)
    }

    @Test("with 40% faults (some after the action was applied) retries with the same key apply each action once")
    func faultsAfterApplying() async throws {
        let sim = try ActionSimulator(clientTimeout: 1) { configuration in
            configuration.faultRate = 0.4
            configuration.stallSeconds = 1.5
        }
        var keys: [(key: String, caseId: String, content: String)] = []
        for index in 0..<6 {
            let ticket = try #require(sim.ticket(at: index, status: .inProgress))
            let key = newKey()
            let content = "第\(index)次回复"
            keys.append((key, ticket.caseId, content))
            var final: Int?
            for _ in 0..<40 where final == nil {
                let reply = try? await sim.post(.replyTicket(caseId: ticket.caseId), key: key,
                                                body: #"{"content":"\#(content)"}"#)
                if let status = reply?.status, status < 500, status != 429 { final = status }
            }
            #expect(final == 200)
        }
        #expect(sim.simulator.injectedFaults > 0)
        for (key, caseId, content) in keys {
            #expect(sim.simulator.appliedCount(forKey: key) == 1)
            guard case .ticket(let ticket)? = sim.current(.tickets, caseId) else { throw Failure("no ticket") }
            #expect(ticket.messages.filter { $0.content == content }.count == 1)
        }
    }
}
