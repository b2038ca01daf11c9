import Crypto
import SellerCore
import Signing

/// Why an answer breaks the contract, in words a seller can act on.
struct ProbeContractError: Error, Sendable {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}

/// An answer that passed the envelope checks (HTTP 200, JSON content type, a JSON object with `resultCode` and
/// `resultMsg`, a valid `Body-Sign` on V1), with the checks of its fields.
struct ProbeAnswer {
    let members: [JSONMember]
    let scheme: ProbeScheme

    init(_ reply: ProbeReply, scheme: ProbeScheme, accessKey: String) throws(ProbeContractError) {
        guard reply.status == 200 else { throw ProbeContractError("HTTP \(reply.status) (expected 200)") }
        let type = reply.headers["content-type"] ?? ""
        let mediaType = type.split(separator: ";").first.map { String($0).trimmingCharacters(in: .whitespaces) } ?? ""
        guard mediaType.lowercased() == "application/json" else {
            throw ProbeContractError(type.isEmpty ? "no Content-Type (expected application/json)"
                                     : "Content-Type is \(type.prefix(60)) (expected application/json)")
        }
        let value: JSONValue
        do { value = try JSONParser.parse(reply.body) } catch {
            throw ProbeContractError("the body is not JSON (\(error.description))")
        }
        guard case .object(let members) = value else { throw ProbeContractError("the body is not a JSON object") }
        self.members = members
        self.scheme = scheme
        guard let code = Self.resultCode(value) else { throw ProbeContractError("resultCode is missing") }
        guard case .string = self["resultMsg"] else { throw ProbeContractError("resultMsg is missing") }
        guard ResultCodes.meanings[code] != nil else {
            throw ProbeContractError("resultCode \"\(code.prefix(20))\" is not a published code")
        }
        if scheme == .v1 {
            guard let header = reply.headers["body-sign"] else {
                throw ProbeContractError("the Body-Sign header is missing (\"http header->bodySign is empty\")")
            }
            do throws(BodySign.Failure) {
                try BodySign.verify(headerValue: header, body: reply.body, accessKey: accessKey)
            } catch {
                throw ProbeContractError(error.description)
            }
        }
    }

    subscript(key: String) -> JSONValue? { Self.member(key, of: members) }

    static func member(_ key: String, of members: [JSONMember]) -> JSONValue? {
        members.last { $0.key == key }?.value
    }

    /// A body's `resultCode` string, if it is an object with one.
    static func resultCode(_ value: JSONValue) -> String? {
        guard case .object(let members) = value, case .string(let code)? = member("resultCode", of: members) else {
            return nil
        }
        return code
    }

    /// The result code, which must be success (or processing, where allowed).
    func checkCode(asyncAllowed: Bool) throws(ProbeContractError) -> String {
        guard case .string(let code)? = self["resultCode"] else { throw ProbeContractError("resultCode is missing") }
        if code == ResultCodes.success || (asyncAllowed && code == ResultCodes.processing) { return code }
        let meaning = ResultCodes.meanings[code] ?? "unknown"
        throw ProbeContractError("resultCode \(code) (\(meaning)), expected 000000"
                                 + (asyncAllowed ? " or 000004" : ""))
    }

    func check(_ requirements: ProbeRequirements, firstInstanceId: String?, instanceId: String)
        throws(ProbeContractError)
    {
        if requirements.contains(.instanceId) {
            guard case .string(let returned)? = self["instanceId"], !returned.isEmpty else {
                throw ProbeContractError("instanceId is missing")
            }
            if requirements.contains(.sameInstance), let firstInstanceId, returned != firstInstanceId {
                throw ProbeContractError("not idempotent: instanceId \(returned.prefix(64)) differs from the first "
                                         + "create's \(firstInstanceId.prefix(64))")
            }
        }
        if requirements.contains(.appInfo) {
            guard case .object(let appInfo)? = self["appInfo"] else { throw ProbeContractError("appInfo is missing") }
            try Self.checkFrontEndURL(appInfo, path: "appInfo")
        }
        if requirements.contains(.queryInfo) { try checkQueryInfo(instanceId: instanceId) }
    }

    func checkQueryInfo(instanceId: String) throws(ProbeContractError) {
        guard case .array(let entries)? = self["info"] else { throw ProbeContractError("info[] is missing") }
        let entry = entries.first { entry in
            guard case .object(let members) = entry else { return false }
            return Self.member("instanceId", of: members) == .string(instanceId)
        }
        guard case .object(let members)? = entry else {
            throw ProbeContractError("info[] has no entry for instanceId \(instanceId.prefix(64))")
        }
        guard case .object(let appInfo)? = Self.member("appInfo", of: members) else {
            throw ProbeContractError("info[].appInfo is missing")
        }
        try Self.checkFrontEndURL(appInfo, path: "info[].appInfo")
    }

    static func checkFrontEndURL(_ appInfo: [JSONMember], path: String) throws(ProbeContractError) {
        guard case .string(let url)? = member("frontEndUrl", of: appInfo), !url.isEmpty else {
            throw ProbeContractError("\(path).frontEndUrl is missing")
        }
    }

    /// `userName` and `password` of every `appInfo` decrypt with the key (§4.4): always on V1, and on V2 when
    /// the answer declares an `encryptType` (V2 pages disagree on whether they are encrypted).
    func checkEncryptedFields(accessKey: String) throws(ProbeContractError) {
        let declared: String?
        switch self["encryptType"] {
        case .string(let code)?: declared = code
        case .number(let code)?: declared = code
        default: declared = nil
        }
        guard scheme == .v1 || declared != nil else { return }
        let type: SensitiveField.EncryptType
        do { type = try SensitiveField.EncryptType(code: declared) } catch {
            throw ProbeContractError("encryptType \(declared?.prefix(8) ?? "") is neither 1 (AES-256) nor 2 (AES-128)")
        }
        for (path, appInfo) in appInfos() {
            for field in ["userName", "password"] {
                guard case .string(let value)? = Self.member(field, of: appInfo) else { continue }
                do { _ = try SensitiveField.decrypt(value, accessKey: accessKey, encryptType: type) } catch {
                    throw ProbeContractError("\(path).\(field) does not decrypt with the key "
                                             + "(AES-\(type.keyBits), encryptType \(type.rawValue))")
                }
            }
        }
    }

    /// Every `appInfo` object of the answer with its path: the top-level one (V1 create) and those in `info[]`.
    func appInfos() -> [(String, [JSONMember])] {
        var found: [(String, [JSONMember])] = []
        if case .object(let appInfo)? = self["appInfo"] { found.append(("appInfo", appInfo)) }
        if case .array(let entries)? = self["info"] {
            for case .object(let members) in entries {
                if case .object(let appInfo)? = Self.member("appInfo", of: members) {
                    found.append(("info[].appInfo", appInfo))
                }
            }
        }
        return found
    }
}
