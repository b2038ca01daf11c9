import Foundation
import MarketAPI
import SellerCore
import Testing
@testable import Simulator

/// Every action route over loopback: applied through the state machines (200 with the changed record), refused
/// with the flow's reason (409), unknown targets (404), bad bodies (400 naming the member).
@Suite("Action routes")
struct ActionRouteTests {
    @Test("确认需求 and 驳回需求 move the task; wrong node 409, unknown task 404, blank reason 400")
    func requirementActions() async throws {
        let sim = try ActionSimulator()
        let confirmTask = try #require(sim.task(at: 1, node: .waitSellerConfirm))
        let confirmed = try await sim.post(.confirmRequirement(taskId: confirmTask.taskId), key: newKey())
        #expect(confirmed.status == 200)
        guard case .supervision(let task) = try confirmed.record(.supervision) else { throw Failure("not a task") }
        #expect(task.node == .sellerImplementing)
        #expect(task.history.last?.action == "确认需求")
        #expect(sim.current(.supervision, task.taskId) == .supervision(task), "the answer is the stored record")

        let again = try await sim.post(.confirmRequirement(taskId: confirmTask.taskId), key: newKey())
        #expect(again.status == 409)
        #expect(again.error?.code == ResultCodes.conflict)
        #expect(again.error?.message.contains("确认需求 is not allowed in state 商家实施服务") == true)

        let rejectTask = try #require(sim.task(at: 2, node: .waitSellerConfirm))
        let blank = try await sim.post(.rejectRequirement(taskId: rejectTask.taskId), key: newKey(),
                                       body: #"{"reason":"   "}"#)
        #expect(blank.status == 400 && blank.error?.code == ResultCodes.invalidParameter)
        #expect(blank.error?.message.contains("$.reason") == true)
        let missing = try await sim.post(.rejectRequirement(taskId: rejectTask.taskId), key: newKey())
        #expect(missing.status == 400 && missing.error?.message.contains("$.reason") == true)
        let rejected = try await sim.post(.rejectRequirement(taskId: rejectTask.taskId), key: newKey(),
                                          body: #"{"reason":"请补充验收标准"}"#)
        #expect(rejected.status == 200)
        guard case .supervision(let back) = try rejected.record(.supervision) else { throw Failure("not a task") }
        #expect(back.node == .waitRequirement && back.rejectCount == rejectTask.rejectCount + 1)
        #expect(back.history.last?.note == "请补充验收标准")

        let unknown = try await sim.post(.confirmRequirement(taskId: "SV-NOPE"), key: newKey())
        #expect(unknown.status == 404 && unknown.error?.code == ResultCodes.notFound)
        #expect(sim.simulator.appliedActions.count == 2)
    }

    @Test("受理, 留言 and 确认解决 follow the ticket flow")
    func ticketActions() async throws {
        let sim = try ActionSimulator()
        let ticket = try #require(sim.ticket(at: 1, status: .pendingAccept))
        let early = try await sim.post(.replyTicket(caseId: ticket.caseId), key: newKey(),
                                       body: #"{"content":"您好"}"#)
        #expect(early.status == 409)
        #expect(early.error?.message.contains("accept the ticket before replying") == true)

        let accepted = try await sim.post(.acceptTicket(caseId: ticket.caseId), key: newKey(), body: "")
        #expect(accepted.status == 200)
        guard case .ticket(let inProgress) = try accepted.record(.tickets) else { throw Failure("not a ticket") }
        #expect(inProgress.status == .inProgress)

        let twice = try await sim.post(.acceptTicket(caseId: ticket.caseId), key: newKey())
        #expect(twice.status == 409 && twice.error?.message.contains("already accepted") == true)

        let badType = try await sim.post(.replyTicket(caseId: ticket.caseId), key: newKey(),
                                         body: #"{"content":"好的","waitForCustomer":"yes"}"#)
        #expect(badType.status == 400 && badType.error?.message.contains("$.waitForCustomer") == true)
        let replied = try await sim.post(.replyTicket(caseId: ticket.caseId), key: newKey(),
                                         body: #"{"content":"请提供截图","waitForCustomer":true}"#)
        #expect(replied.status == 200)
        guard case .ticket(let waiting) = try replied.record(.tickets) else { throw Failure("not a ticket") }
        #expect(waiting.status == .waitingCustomer)
        #expect(waiting.messages.count == ticket.messages.count + 1)
        #expect(waiting.messages.last?.author == .seller && waiting.messages.last?.content == "请提供截图")

        let noSolution = try await sim.post(.resolveTicket(caseId: ticket.caseId), key: newKey(),
                                            body: #"{"cause":"配置错误"}"#)
        #expect(noSolution.status == 400 && noSolution.error?.message.contains("$.solution") == true)
        let resolved = try await sim.post(.resolveTicket(caseId: ticket.caseId), key: newKey(),
                                          body: #"{"cause":"配置错误","solution":"已修正配置"}"#)
        #expect(resolved.status == 200)
        guard case .ticket(let done) = try resolved.record(.tickets) else { throw Failure("not a ticket") }
        #expect(done.status == .waitingConfirm && done.cause == "配置错误" && done.solution == "已修正配置")

        let closed = try #require(sim.ticket(at: 2, status: .done))
        let refused = try await sim.post(.resolveTicket(caseId: closed.caseId), key: newKey(),
                                         body: #"{"cause":"a","solution":"b"}"#)
        #expect(refused.status == 409 && refused.error?.message.contains("the ticket is closed") == true)
        let unknown = try await sim.post(.acceptTicket(caseId: "TT-NOPE"), key: newKey())
        #expect(unknown.status == 404)
        let notJSON = try await sim.post(.acceptTicket(caseId: closed.caseId), key: newKey(), body: "[1,2]")
        #expect(notJSON.status == 400 && notJSON.error?.message.hasPrefix("$") == true)
        #expect(sim.simulator.appliedActions.map(\.route) == [
            .acceptTicket(caseId: ticket.caseId), .replyTicket(caseId: ticket.caseId),
            .resolveTicket(caseId: ticket.caseId),
        ])
    }

    @Test("重新启动: resolved message 409, unknown 404, a body that is not an object 400")
    func restartRefusals() async throws {
        let sim = try ActionSimulator()
        let resolved = try #require(sim.message(at: 1, state: .resolved))
        let refused = try await sim.post(.restart(messageId: resolved.messageId), key: newKey())
        #expect(refused.status == 409)
        #expect(refused.error?.message == "重新启动 is not allowed in state 已解决: the call has already succeeded")
        let unknown = try await sim.post(.restart(messageId: "PM-NOPE"), key: newKey())
        #expect(unknown.status == 404)
        let open = try #require(sim.message(at: 2, state: .exhausted))
        let bad = try await sim.post(.restart(messageId: open.messageId), key: newKey(), body: "\"go\"")
        #expect(bad.status == 400 && bad.error?.code == ResultCodes.invalidParameter)
        #expect(sim.current(.exceptions, open.messageId) == .exception(open), "a bad body changes nothing")
        #expect(sim.simulator.appliedActions.isEmpty)
    }

    @Test("Idempotency-Key is required and checked; actions take POST only")
    func keyAndMethod() async throws {
        let sim = try ActionSimulator()
        let ticket = try #require(sim.ticket(at: 3, status: .pendingAccept))
        let route = ActionRoute.acceptTicket(caseId: ticket.caseId)
        let missing = try await sim.post(route, key: nil)
        #expect(missing.status == 400 && missing.error?.message.contains("Idempotency-Key") == true)
        let malformed = try await sim.post(route, key: "has space/slash")
        #expect(malformed.status == 400)
        let tooLong = try await sim.post(route, key: String(repeating: "k", count: 129))
        #expect(tooLong.status == 400)
        let get = try await sim.send("GET", route.path)
        #expect(get.status == 405 && get.headers["allow"] == "POST")
        let upload = try await sim.send("POST", ActionRoute.upload(taskId: "SV1", uploadId: "u").path)
        #expect(upload.status == 405)
        #expect(sim.current(.tickets, ticket.caseId) == .ticket(ticket))
        let detail = try await sim.send("GET", GatewayPaths.detail(.tickets, id: ticket.caseId))
        #expect(detail.status == 200, "details still work beside the action routes")
    }
}

/// A failed expectation that stops the test with a message.
struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
