import Foundation
import SellerCore
import Synchronization

/// One call the simulated marketplace made for a scenario: when, why (first call or automatic retry), and how
/// it was judged.
public struct CallAttemptRecord: Sendable, Equatable {
    public var number: Int
    public var trigger: AttemptTrigger
    public var at: Timestamp
    public var latencyMs: Int
    public var verdict: CallVerdict
}

/// Where a scenario stands in the simulated marketplace.
public enum ScenarioState: String, Sendable {
    /// The first call has not been answered yet.
    case open = "OPEN"
    /// The first call succeeded: no interface exception.
    case succeeded = "SUCCEEDED"
    /// Failed; the marketplace retries inside the policy's window.
    case retrying = "RETRYING"
    /// A retry succeeded after failures.
    case resolved = "RESOLVED"
    /// The window ended without a success.
    case exhausted = "EXHAUSTED"
}

/// One scenario as the marketplace retries it: an activity on an order line, an instance or a license, with
/// every attempt. The simulator's own record, which tests compare with what the seller's side saw.
public struct CallScenario: Sendable, Equatable {
    public var number: Int
    /// `activity|target`, e.g. `refreshInstance|instance:…`; never reused after a failure.
    public var key: String
    public var activity: Activity
    public var interfaceVersion: InterfaceVersion
    public var orderId: String
    public var orderLineId: String?
    public var instanceId: String?
    public var license: String?
    public var eventId: String?
    public var state: ScenarioState
    /// The exception message the gateway lists for it, once a call failed.
    public var messageId: String?
    public var attempts: [CallAttemptRecord]

    public var failedAttempts: Int { attempts.count { !$0.verdict.succeeded } }
}

/// The simulator's record of every marketplace call, by scenario; shared by the caller's tasks.
final class CallLedger: Sendable {
    private let scenarios = Mutex<[CallScenario]>([])

    /// Opens a scenario and returns its number.
    func open(_ scenario: CallScenario) -> Int {
        scenarios.withLock { list in
            var scenario = scenario
            scenario.number = list.count
            list.append(scenario)
            return scenario.number
        }
    }

    /// Changes scenario `number` and returns it as stored.
    @discardableResult
    func update(_ number: Int, _ change: (inout CallScenario) -> Void) -> CallScenario? {
        scenarios.withLock { list in
            guard list.indices.contains(number) else { return nil }
            change(&list[number])
            return list[number]
        }
    }

    var all: [CallScenario] { scenarios.withLock { $0 } }

    var callCount: Int { scenarios.withLock { list in list.reduce(0) { $0 + $1.attempts.count } } }
}

extension CallScenario {
    /// One JSON line for `--call-log`.
    var jsonLine: String {
        func text(_ value: String?) -> JSONValue { value.map { .string($0) } ?? .null }
        let attempts: [JSONValue] = attempts.map { attempt in
            .object([
                JSONMember("number", .number(String(attempt.number))),
                JSONMember("trigger", .string(attempt.trigger.rawValue)),
                JSONMember("at", .string(attempt.at.koogalleryMillis)),
                JSONMember("outcome", .string(attempt.verdict.succeeded ? "SUCCESS" : "FAILURE")),
                JSONMember("httpStatus", attempt.verdict.httpStatus.map { .number(String($0)) } ?? .null),
                JSONMember("resultCode", text(attempt.verdict.resultCode)),
                JSONMember("failureKind", text(attempt.verdict.failureKind?.rawValue)),
                JSONMember("detail", .string(attempt.verdict.detail)),
                JSONMember("latencyMs", .number(String(attempt.latencyMs))),
            ])
        }
        var writer = JSONWriter()
        writer.append(.object([
            JSONMember("scenario", .number(String(number))), JSONMember("key", .string(key)),
            JSONMember("activity", .string(activity.rawValue)),
            JSONMember("interfaceVersion", .string(interfaceVersion.rawValue)),
            JSONMember("orderId", .string(orderId)), JSONMember("orderLineId", text(orderLineId)),
            JSONMember("instanceId", text(instanceId)), JSONMember("license", text(license)),
            JSONMember("eventId", text(eventId)), JSONMember("state", .string(state.rawValue)),
            JSONMember("messageId", text(messageId)), JSONMember("attempts", .array(attempts)),
        ]))
        return writer.text
    }
}

enum CallLogFile {
    /// Writes one line per scenario, through a temporary file renamed into place, so a reader sees the whole
    /// log or none of it.
    static func write(_ scenarios: [CallScenario], to url: URL) throws {
        let text = scenarios.map(\.jsonLine).joined(separator: "\n") + (scenarios.isEmpty ? "" : "\n")
        let temporary = url.deletingLastPathComponent()
            .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        try Data(text.utf8).write(to: temporary)
        guard rename(temporary.path, url.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
        }
    }
}
