import Crypto
import SellerCore
import Signing

/// Judges one answer by the published contract (docs/KOOGALLERY.md §3.1, §3.8, §4.3, §4.4). Pure: the same
/// case, answer, time and context always give the same verdict and reason.
public struct ProbeJudge: Sendable {
    public var accessKey: String
    public var scheme: ProbeScheme
    /// The marketplace's timeout (20 s by default, `--timeout`).
    public var timeout: Double
    /// Above this an answer passes with a warning (the older 5 s limit of §3.1).
    public var slowAfter: Double = 5

    public init(accessKey: String, scheme: ProbeScheme, timeout: Double) {
        self.accessKey = accessKey
        self.scheme = scheme
        self.timeout = timeout
    }

    /// The verdict on `answer`, received after `seconds`. `firstInstanceId` is what the first create returned
    /// (for the idempotency check) and `instanceId` the one the call named (for query).
    public func judge(_ probeCase: ProbeCase, answer: Result<ProbeReply, ProbeFailure>, seconds: Double,
                      firstInstanceId: String?, instanceId: String) -> Judgement {
        let reply: ProbeReply
        switch answer {
        case .failure(let failure): return .fail("no answer: " + failure.reason)
        case .success(let received): reply = received
        }
        if seconds > timeout { return .fail("answered in \(Self.seconds(seconds)), past the \(Self.seconds(timeout)) timeout") }
        var judgement: Judgement
        switch probeCase.expectation {
        case .refusal: judgement = refusal(probeCase, reply)
        case .success(let requirements, let asyncAllowed):
            do throws(ProbeContractError) {
                let answer = try ProbeAnswer(reply, scheme: scheme, accessKey: accessKey)
                let code = try answer.checkCode(asyncAllowed: asyncAllowed)
                try answer.check(requirements, firstInstanceId: firstInstanceId, instanceId: instanceId)
                try answer.checkEncryptedFields(accessKey: accessKey)
                judgement = .pass(code == ResultCodes.success ? "000000" : "\(code) (processing)")
                if requirements.contains(.sameInstance), firstInstanceId == nil {
                    judgement = Judgement(verdict: .warn, reason: judgement.reason + "; idempotency not checked "
                                          + "(no instanceId from a create case in this run)")
                }
            } catch {
                judgement = .fail(error.reason)
            }
        }
        if judgement.verdict == .pass, seconds > slowAfter {
            judgement = Judgement(verdict: .warn, reason: judgement.reason + "; slow: \(Self.seconds(seconds)) "
                                  + "(answer within \(Self.seconds(slowAfter)), do slow work asynchronously)")
        }
        return judgement
    }

    /// A refusal case passes unless the server accepted the call (HTTP 200 with 000000 or 000004).
    func refusal(_ probeCase: ProbeCase, _ reply: ProbeReply) -> Judgement {
        let what = switch probeCase.signing {
        case .unsigned: "a call with no signature"
        case .wrong: "a call signed with another key"
        case .stale: "a call signed \(ProbeRequestBuilder.staleMilliseconds / 60_000) minutes ago"
        case .valid: "the call"
        }
        guard reply.status == 200 else { return .pass("refused with HTTP \(reply.status)") }
        let code = (try? JSONParser.parse(reply.body)).flatMap(ProbeAnswer.resultCode)
        guard let code else { return .pass("refused (no resultCode)") }
        if code == ResultCodes.success || code == ResultCodes.processing {
            return .fail("accepted \(what) (resultCode \(code)); verify the signature before anything else")
        }
        return .pass("refused with resultCode \(code)" + (code == "000001" ? "" : " (000001 is the usual code)"))
    }

    /// Seconds for a reason: `0.25 s`, `6.1 s`.
    static func seconds(_ value: Double) -> String {
        value < 1 ? "\(Int((value * 1000).rounded())) ms" : "\((value * 10).rounded() / 10) s"
    }
}
