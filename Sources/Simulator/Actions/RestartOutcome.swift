import SellerCore

/// What one 重新启动 call to the seller's production interface came to: the attempt's HTTP status, resultCode,
/// latency and 异常信息, plus the request and response text the exception detail shows.
struct RestartOutcome: Equatable, Sendable {
    var succeeded: Bool
    /// Nil when no HTTP answer came back (refused, reset, timed out).
    var httpStatus: Int?
    var resultCode: String?
    var latencyMs: Int
    /// Empty on success.
    var exceptionInfo: String
    var request: String
    var response: String
    /// The `instanceId` a successful `newInstance` answered with.
    var instanceId: String?

    /// The seller's interface accepts a call when it answers 200 with `000000` (done) or `000004` (processing).
    static let acceptedCodes: Set = ["000000", "000004"]

    /// Share of seeded restarts that succeed.
    static let seededSuccessRate = 0.75

    /// The outcome of restart attempt `attemptNumber` of `message` when there is no production URL: a pure
    /// function of the seed, the message id and the attempt number, so runs and tests are reproducible.
    static func seeded(seed: UInt64, message: ProduceMessage, attemptNumber: Int) -> RestartOutcome {
        var random = SeededRandom(seed: seed, stream: RandomStream.action.rawValue,
                                  index: Int(truncatingIfNeeded: fnv1a(message.messageId) &+ UInt64(attemptNumber)))
        let request = message.requestBody
        if random.chance(seededSuccessRate) {
            var body = "{\"resultCode\":\"000000\",\"resultMsg\":\"success\""
            var instanceId: String?
            if message.activity == .newInstance {
                let id = message.instanceId ?? random.uuid()
                instanceId = id
                body += ",\"instanceId\":\"\(id)\""
            }
            return RestartOutcome(succeeded: true, httpStatus: 200, resultCode: "000000",
                                  latencyMs: random.int(30...400), exceptionInfo: "", request: request,
                                  response: body + "}", instanceId: instanceId)
        }
        let failures = NamePools.exceptionInfos.filter { $0.1 != "000000" }
        let (info, code, status) = random.pick(failures)
        let timedOut = status == nil && info.contains("超时")
        let response: String = if let code {
            "{\"resultCode\":\"\(code)\",\"resultMsg\":\"\(info.split(separator: "=").last ?? "")\"}"
        } else if let status {
            "<html><body><h1>\(status)</h1></body></html>"
        } else {
            ""
        }
        return RestartOutcome(succeeded: false, httpStatus: status, resultCode: code,
                              latencyMs: timedOut ? 20_000 : random.int(40...900), exceptionInfo: info,
                              request: request, response: response, instanceId: nil)
    }

    /// FNV-1a of the id's UTF-8 bytes: a stable hash (Swift's `Hasher` is seeded per process).
    static func fnv1a(_ text: String) -> UInt64 {
        text.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }
}
