import SellerCore
import Signing

/// The outcome of one call by the marketplace's published rules (docs/KOOGALLERY.md §3.1, §3.8), judged from the
/// interface's answer alone. Pure, and the one judge: the relay journals by it (and returns the answer unchanged
/// whatever it says), and the simulator's marketplace retries by it, so the two always agree on a failure's kind.
public struct CallJudgement: Sendable, Equatable {
    public var outcome: CallOutcome
    public var failureKind: CallFailureKind?
    /// The failure in words (`missing field instanceId`, `000005 internal error`, `HTTP 500`); empty on success.
    public var detail: String
    public var resultCode: String?
    /// The `instanceId` a create answered with.
    public var answeredInstanceId: String?
    /// The `license` a license request answered with.
    public var answeredLicense: String?

    public static func failure(_ kind: CallFailureKind, _ detail: String, code: String? = nil,
                        instanceId: String? = nil) -> CallJudgement {
        CallJudgement(outcome: .failure, failureKind: kind, detail: detail, resultCode: code,
                      answeredInstanceId: instanceId, answeredLicense: nil)
    }
}

public enum CallJudge {
    public static let success = "000000"
    public static let processing = "000004"

    /// Success only for HTTP 200, `application/json`, a JSON object with `resultCode` and `resultMsg`, a valid
    /// `Body-Sign` on V1 (when the key is known), a success code (`000004` only where the activity may answer
    /// asynchronously), and the activity's required fields.
    public static func judge(activity: String?, interfaceVersion: InterfaceVersion?, status: Int,
                             headers: [String: String], body: [UInt8], accessKey: String?) -> CallJudgement {
        guard status == 200 else { return .failure(.httpStatus, "HTTP \(status)") }
        let type = headers["content-type"] ?? ""
        let media = type.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard media == "application/json" else {
            return .failure(.notJSON, type.isEmpty ? "no Content-Type (expected application/json)"
                            : "Content-Type \(clip(type, 60)) (expected application/json)")
        }
        guard case .object(let members)? = try? JSONParser.parse(body) else {
            return .failure(.notJSON, body.isEmpty ? "empty body" : "the body is not a JSON object")
        }
        let answer = Answer(members: members)
        guard case .string(let code)? = answer["resultCode"] else { return .failure(.notJSON, "resultCode is missing") }
        let instanceId = activity == "newInstance" ? answer.string("instanceId") : nil
        if interfaceVersion == .v1, let accessKey, !accessKey.isEmpty {
            guard let header = headers["body-sign"] else {
                return .failure(.badBodySign, "the Body-Sign header is missing", code: code, instanceId: instanceId)
            }
            do throws(BodySign.Failure) {
                try BodySign.verify(headerValue: header, body: body, accessKey: accessKey)
            } catch {
                return .failure(.badBodySign, error.description, code: code, instanceId: instanceId)
            }
        }
        let message = answer.string("resultMsg")
        let asyncAllowed = activity == "getLicenseAsync" || activity == "getLicense"
            || (activity == "newInstance" && interfaceVersion != .v1)
        guard code == success || (asyncAllowed && code == processing) else {
            return .failure(.resultCode, "\(clip(code, 20)) \(clip(message ?? "", 200))".trimmingCharacters(in: .whitespaces),
                            code: code, instanceId: instanceId)
        }
        if let missing = missingField(answer, activity: activity, version: interfaceVersion, code: code) {
            return .failure(.missingField, "missing field \(missing)", code: code, instanceId: instanceId)
        }
        return CallJudgement(outcome: .success, failureKind: nil, detail: "", resultCode: code,
                             answeredInstanceId: instanceId, answeredLicense: answer.string("license"))
    }

    /// The first field the activity's success answer must carry and does not (§3.1–§3.5); `resultMsg` for all.
    static func missingField(_ answer: Answer, activity: String?, version: InterfaceVersion?, code: String)
        -> String? {
        guard answer["resultMsg"] != nil else { return "resultMsg" }
        switch activity {
        case "newInstance":
            guard answer.string("instanceId") != nil else { return "instanceId" }
            if version == .v1 {
                guard case .object(let appInfo)? = answer["appInfo"] else { return "appInfo" }
                guard Answer(members: appInfo).string("frontEndUrl") != nil else { return "appInfo.frontEndUrl" }
            }
        case "queryInstance":
            guard case .array(let entries)? = answer["info"], !entries.isEmpty else { return "info" }
            for entry in entries {
                guard case .object(let members) = entry, case .object(let appInfo)? = Answer(members: members)["appInfo"]
                else { return "info[].appInfo" }
                guard Answer(members: appInfo).string("frontEndUrl") != nil else { return "info[].appInfo.frontEndUrl" }
            }
        case "getLicenseAsync" where code == success, "getLicense" where code == success:
            guard answer.string("license") != nil else { return "license" }
        default:
            break
        }
        return nil
    }

    /// A transport failure: no answer in time, or no connection.
    public static func transportFailure(timedOut: Bool, reason: String) -> CallJudgement {
        .failure(timedOut ? .timeout : .refused, reason)
    }

    static func clip(_ text: String, _ limit: Int) -> String { String(text.prefix(limit)) }

    /// Members of an answer object, the last of a repeated key winning (as Jackson reads them).
    struct Answer {
        var members: [JSONMember]

        subscript(key: String) -> JSONValue? { members.last { $0.key == key }?.value }

        /// A non-empty string member.
        func string(_ key: String) -> String? {
            guard case .string(let text)? = self[key], !text.isEmpty else { return nil }
            return text
        }
    }
}
