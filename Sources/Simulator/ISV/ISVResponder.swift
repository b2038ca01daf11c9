import HTTPServer
import SellerCore
import Signing

/// Turns an answer into the HTTP response, applying the misbehaviours that change what goes on the wire: the
/// status, the content type, a missing field, an unknown result code, a V1 `Body-Sign` that does not verify.
struct ISVResponder {
    var interface: ISVInterface
    var accessKey: String

    static let nginxPage = """
        <html>
        <head><title>502 Bad Gateway</title></head>
        <body>
        <center><h1>502 Bad Gateway</h1></center>
        <hr><center>nginx/1.24.0</center>
        </body>
        </html>

        """

    func response(_ answer: ISVAnswer, activity: String?, misbehaviours: Set<ISVMisbehaviour>) -> HTTPResponse {
        if misbehaviours.contains(.http500) {
            return .text("Internal Server Error\n", status: 500)
        }
        if misbehaviours.contains(.html) {
            return HTTPResponse(status: 502, headers: ["Content-Type": "text/html"], body: Array(Self.nginxPage.utf8))
        }
        var answer = answer
        if misbehaviours.contains(.wrongCode) { answer.code = ISVMisbehaviour.unknownResultCode }
        var members = answer.object
        if misbehaviours.contains(.missingField) { members = Self.withoutRequiredField(members, activity: activity) }
        let body = CanonicalJSON.encode(.object(members)) ?? []
        var headers: HTTPHeaders = [:]
        headers.add("Content-Type", misbehaviours.contains(.textContentType)
            ? "text/plain; charset=utf-8" : "application/json;charset=UTF-8")
        if interface.isV1 {
            let signed = misbehaviours.contains(.badBodySign) ? body + Array(" ".utf8) : body
            headers.add(BodySign.headerName, BodySign.headerValue(body: signed, accessKey: accessKey))
        }
        return HTTPResponse(status: 200, headers: headers, body: body)
    }

    /// The answer without the field its activity must carry (or without `resultMsg` when it carries none).
    static func withoutRequiredField(_ members: [JSONMember], activity: String?) -> [JSONMember] {
        switch activity {
        case "newInstance": return members.filter { $0.key != "instanceId" }
        case "getLicenseAsync": return members.filter { $0.key != "license" }
        case "queryInstance":
            return members.map { member in
                guard member.key == "info", case .array(let entries) = member.value else { return member }
                return JSONMember("info", .array(entries.map { withoutFrontEndURL($0) }))
            }
        default: return members.filter { $0.key != "resultMsg" }
        }
    }

    private static func withoutFrontEndURL(_ entry: JSONValue) -> JSONValue {
        guard case .object(let fields) = entry else { return entry }
        return .object(fields.map { field in
            guard field.key == "appInfo", case .object(let info) = field.value else { return field }
            return JSONMember("appInfo", .object(info.filter { $0.key != "frontEndUrl" }))
        })
    }
}
