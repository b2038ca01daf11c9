import MarketClient
import SellerCore
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

/// Judges an answer by the published rules (docs/KOOGALLERY.md §3.1, §3.8), as the relay does: success only for
/// HTTP 200, a JSON content type, a JSON object with `resultCode` and `resultMsg`, `000000` (or `000004` where
/// the activity may finish later), the activity's required fields and, on V1, a `Body-Sign` that verifies.
struct CallJudge {
    var accessKey: String

    /// `failure` is the transport's reason when there was no HTTP answer; `timedOut` whether the time ran out.
    func judge(_ activity: Activity, v1: Bool, exchange: HTTPExchange?, failure: String?, timedOut: Bool) -> CallVerdict {
        guard let exchange else {
            return Self.failed(timedOut ? .timeout : .refused, failure ?? "no answer", status: nil, code: nil)
        }
        let status = exchange.status
        guard status == 200 else { return Self.failed(.httpStatus, "HTTP \(status)", status: status, code: nil) }
        let type = exchange.headers["content-type"] ?? ""
        let media = type.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard media == "application/json" else {
            return Self.failed(.notJSON, "Content-Type \(type.prefix(60))", status: status, code: nil)
        }
        guard let document = try? JSONParser.parse(exchange.body), case .object = document else {
            return Self.failed(.notJSON, "the body is not a JSON object", status: status, code: nil)
        }
        guard let code = document["resultCode"]?.stringValue else {
            return Self.failed(.notJSON, "resultCode is missing", status: status, code: nil)
        }
        guard document["resultMsg"]?.stringValue != nil else {
            return Self.failed(.notJSON, "resultMsg is missing", status: status, code: code)
        }
        if v1 {
            guard let header = exchange.headers["body-sign"] else {
                return Self.failed(.badBodySign, "the Body-Sign header is missing", status: status, code: code)
            }
            do throws(BodySign.Failure) {
                try BodySign.verify(headerValue: header, body: exchange.body, accessKey: accessKey)
            } catch {
                return Self.failed(.badBodySign, error.description, status: status, code: code)
            }
        }
        let processing = code == "000004" && Self.asyncAllowed(activity)
        guard code == "000000" || processing else {
            let message = document["resultMsg"]?.stringValue ?? ""
            return Self.failed(.resultCode, "\(code) \(message.prefix(120))", status: status, code: code)
        }
        var verdict = CallVerdict(succeeded: true, failureKind: nil, detail: "", httpStatus: status, resultCode: code)
        verdict.instanceId = document["instanceId"]?.stringValue
        verdict.license = document["license"]?.stringValue
        if !processing, let missing = Self.requiredFields(activity, v1: v1).first(where: { !Self.has(document, $0) }) {
            return Self.failed(.missingField, "missing field \(missing)", status: status, code: code)
        }
        return verdict
    }

    static func asyncAllowed(_ activity: Activity) -> Bool {
        activity == .newInstance || activity == .getLicense || activity == .getLicenseAsync
    }

    /// The fields a successful answer must carry (§3.2, §3.3, §3.5), as dotted paths.
    static func requiredFields(_ activity: Activity, v1: Bool) -> [String] {
        switch activity {
        case .newInstance: v1 ? ["instanceId", "appInfo.frontEndUrl"] : ["instanceId"]
        case .getLicense, .getLicenseAsync: ["license"]
        default: []
        }
    }

    private static func has(_ document: JSONValue, _ path: String) -> Bool {
        var value: JSONValue? = document
        for name in path.split(separator: ".") { value = value?[String(name)] }
        guard let text = value?.stringValue else { return false }
        return !text.isEmpty
    }

    private static func failed(_ kind: CallFailureKind, _ detail: String, status: Int?, code: String?) -> CallVerdict {
        CallVerdict(succeeded: false, failureKind: kind, detail: detail, httpStatus: status, resultCode: code)
    }
}
