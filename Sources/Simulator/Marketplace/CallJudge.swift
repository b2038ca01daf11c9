import MarketClient
import SellerCore
import InterfaceRules
import Signing

/// How the marketplace judged one answer of the seller's interface.
public struct CallVerdict: Sendable, Equatable {
    public var succeeded: Bool
    /// Nil when the call succeeded.
    public var failureKind: CallFailureKind?
    /// The failure in words (`HTTP 502`, `missing field instanceId`, `000005 …`); empty on success.
    public var detail: String
    public var httpStatus: Int?
    public var resultCode: String?
    /// What a create answered (`instanceId`) or a license request (`license`).
    var instanceId: String?
    var license: String?
}

/// The marketplace's view of an answer: the one judge of `InterfaceRules` (the relay's), so the simulator retries
/// exactly the calls the relay journals as failed, with the same kind.
struct CallJudge {
    var accessKey: String

    /// `failure` is the transport's reason when there was no HTTP answer; `timedOut` whether the time ran out.
    func judge(_ activity: Activity, v1: Bool, exchange: HTTPExchange?, failure: String?, timedOut: Bool) -> CallVerdict {
        guard let exchange else {
            let judgement = InterfaceRules.CallJudge.transportFailure(timedOut: timedOut, reason: failure ?? "no answer")
            return CallVerdict(judgement, status: nil)
        }
        let judgement = InterfaceRules.CallJudge.judge(
            activity: activity.rawValue, interfaceVersion: v1 ? .v1 : .v2, status: exchange.status,
            headers: exchange.headers, body: exchange.body, accessKey: accessKey)
        return CallVerdict(judgement, status: exchange.status)
    }
}

extension CallVerdict {
    init(_ judgement: CallJudgement, status: Int?) {
        self.init(succeeded: judgement.outcome == .success, failureKind: judgement.failureKind,
                  detail: judgement.detail, httpStatus: status, resultCode: judgement.resultCode,
                  instanceId: judgement.answeredInstanceId, license: judgement.answeredLicense)
    }
}
