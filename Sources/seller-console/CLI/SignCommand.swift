import CommandArguments
import Foundation
import Signing

/// `seller-console sign`: produces, by hand, a call signed exactly as the marketplace signs it (V1, V2), a V1
/// answer's `Body-Sign`, or a usage push, with a ready `curl` line. The key is never printed.
enum SignCommand {
    static let usage = """
        usage: seller-console sign v1 --key KEY --url URL [--timestamp yyyyMMddHHmmssSSS]
               seller-console sign v2 --key KEY --url URL --body-file F [--timestamp MS] [--nonce HEX]
               seller-console sign kit --key KEY --url URL --body-file F [--timestamp MS] [--nonce HEX]
               seller-console sign body-sign --key KEY --body-file F
               seller-console sign usage --key KEY --body-file F [--timestamp MS] [--nonce HEX] [--url URL]
          v1         the URL with timeStamp and authToken added (GET), the token on its own line
          v2         the signature over the canonical JSON body, and the URL with signature, timestamp, nonce
          kit        the x-sign, x-timestamp and x-nonce headers of a joint-operation kit call
          body-sign  the Body-Sign header of a V1 answer whose exact bytes are in F
          usage      the signature, ts and nonce headers of a usage push (the body is sent canonical)
        The timestamp defaults to now and the nonce to 32 random hex digits. bad input: exit 2
        """

    static func run(_ arguments: [String]) throws(Arguments.UsageError) -> Int32 {
        guard let verb = arguments.first else { throw Arguments.UsageError(description: "sign needs a scheme") }
        let rest = Array(arguments.dropFirst())
        switch verb {
        case "v1":
            let options = try Arguments(rest, options: ["--key", "--url", "--timestamp"])
            return SigningInput.reporting { () throws(SigningInputError) in try v1(options) }
        case "v2":
            let options = try Arguments(rest, options: ["--key", "--url", "--body-file", "--timestamp", "--nonce"])
            return SigningInput.reporting { () throws(SigningInputError) in try v2(options) }
        case "kit":
            let options = try Arguments(rest, options: ["--key", "--url", "--body-file", "--timestamp", "--nonce"])
            return SigningInput.reporting { () throws(SigningInputError) in try kit(options) }
        case "body-sign":
            let options = try Arguments(rest, options: ["--key", "--body-file"])
            return SigningInput.reporting { () throws(SigningInputError) in try bodySign(options) }
        case "usage":
            let options = try Arguments(rest, options: ["--key", "--body-file", "--timestamp", "--nonce", "--url"])
            return SigningInput.reporting { () throws(SigningInputError) in try usagePush(options) }
        default:
            throw Arguments.UsageError(description: "unknown scheme \(verb) (v1, v2, kit, body-sign or usage)")
        }
    }

    private static func v1(_ options: Arguments) throws(SigningInputError) -> Int32 {
        let key = try SigningInput.required(options, "--key")
        var url = try SigningInput.url(try SigningInput.required(options, "--url"))
        let timeStamp: String
        if let given = options.value("--timestamp") {
            guard SignatureClock.v1Milliseconds(given) != nil else {
                throw SigningInputError("--timestamp must be yyyyMMddHHmmssSSS (UTC), got \(given)")
            }
            timeStamp = given
        } else {
            timeStamp = SignatureClock.v1TimeStamp(milliseconds: SignatureClock.nowMilliseconds())
        }
        var pairs = keptPairs(url, dropping: ["authToken", "timeStamp"])
        pairs.append("timeStamp=" + timeStamp)
        let parameters = V1AuthToken.parameters(fromQuery: pairs.joined(separator: "&"))
        let token = V1AuthToken.compute(parameters: parameters, accessKey: key, timeStamp: timeStamp)
        pairs.append("authToken=" + RFC3986.encode(token))
        url.percentEncodedQuery = pairs.joined(separator: "&")
        let signed = url.string ?? ""
        Console.print("""
            \(signed)
            authToken: \(token)
            timeStamp: \(timeStamp)
            signed text: \(V1AuthToken.canonicalString(parameters))
            curl -sS \(SigningInput.shellQuoted(signed))
            """)
        return ExitCode.success
    }

    private static func v2(_ options: Arguments) throws(SigningInputError) -> Int32 {
        let key = try SigningInput.required(options, "--key")
        var url = try SigningInput.url(try SigningInput.required(options, "--url"))
        let body = try SigningInput.jsonBody(options).canonical
        let timestamp = String(try SigningInput.milliseconds(options, "--timestamp",
                                                             fallback: SignatureClock.nowMilliseconds()))
        let nonce = try SigningInput.nonce(options)
        let signature = V2Signature.sign(body: body, accessKey: key, nonce: nonce, timestamp: timestamp)
        var pairs = keptPairs(url, dropping: [V2Signature.signatureParameter, V2Signature.timestampParameter,
                                              V2Signature.nonceParameter])
        pairs += ["signature=" + signature, "timestamp=" + timestamp, "nonce=" + RFC3986.encode(nonce)]
        url.percentEncodedQuery = pairs.joined(separator: "&")
        let signed = url.string ?? ""
        let text = String(decoding: body, as: UTF8.self)
        Console.print("""
            signature: \(signature)
            timestamp: \(timestamp)
            nonce: \(nonce)
            signed body: \(text)
            \(signed)
            \(curl(url: signed, headers: [], body: text))
            """)
        return ExitCode.success
    }

    private static func kit(_ options: Arguments) throws(SigningInputError) -> Int32 {
        let key = try SigningInput.required(options, "--key")
        let url = try SigningInput.url(try SigningInput.required(options, "--url")).string ?? ""
        let body = try SigningInput.jsonBody(options).canonical
        let timestamp = String(try SigningInput.milliseconds(options, "--timestamp",
                                                             fallback: SignatureClock.nowMilliseconds()))
        let nonce = try SigningInput.nonce(options)
        let sign = KitSignature.sign(body: body, accessKey: key, nonce: nonce, timestamp: timestamp)
        let headers = [(KitSignature.signHeader, sign), (KitSignature.timestampHeader, timestamp),
                       (KitSignature.nonceHeader, nonce)]
        printHeaderCall(headers, body: body, target: SigningInput.shellQuoted(url))
        return ExitCode.success
    }

    private static func bodySign(_ options: Arguments) throws(SigningInputError) -> Int32 {
        let key = try SigningInput.required(options, "--key")
        _ = try SigningInput.required(options, "--body-file")
        let body = try SigningInput.body(options)
        Console.print("\(BodySign.headerName): \(BodySign.headerValue(body: body, accessKey: key))")
        return ExitCode.success
    }

    private static func usagePush(_ options: Arguments) throws(SigningInputError) -> Int32 {
        let key = try SigningInput.required(options, "--key")
        let body = try SigningInput.jsonBody(options).canonical
        let timestamp = String(try SigningInput.milliseconds(options, "--timestamp",
                                                             fallback: SignatureClock.nowMilliseconds()))
        let nonce = try SigningInput.nonce(options)
        var target = "\"$USAGE_URL\""
        if let url = options.value("--url") { target = SigningInput.shellQuoted(try SigningInput.url(url).string ?? url) }
        let signature = UsagePushSignature.sign(body: body, key: key, timestamp: timestamp, nonce: nonce)
        let headers = [(UsagePushSignature.signatureHeader, signature), (UsagePushSignature.timestampHeader, timestamp),
                       (UsagePushSignature.nonceHeader, nonce)]
        printHeaderCall(headers, body: body, target: target)
        return ExitCode.success
    }

    /// The raw query's `name=value` pairs whose decoded name is not in `dropping`, in order.
    private static func keptPairs(_ url: URLComponents, dropping names: Set<String>) -> [String] {
        (url.percentEncodedQuery ?? "").split(separator: "&").map(String.init).filter { pair in
            guard let name = V1AuthToken.parameters(fromQuery: pair).first?.name else { return false }
            return !names.contains(name)
        }
    }

    /// The signing headers, the signed body and a curl line posting it to `target` (a shell word).
    private static func printHeaderCall(_ headers: [(String, String)], body: [UInt8], target: String) {
        let text = String(decoding: body, as: UTF8.self)
        Console.print(headers.map { "\($0.0): \($0.1)" }.joined(separator: "\n") + "\nsigned body: \(text)")
        Console.print(curl(url: nil, headers: headers, body: text) + " " + target)
    }

    /// A JSON POST as one shell line; the URL is appended by the caller when nil.
    private static func curl(url: String?, headers: [(String, String)], body: String) -> String {
        var words = ["curl", "-sS", "-X", "POST", "-H", SigningInput.shellQuoted("Content-Type: application/json")]
        for (name, value) in headers { words += ["-H", SigningInput.shellQuoted("\(name): \(value)")] }
        words += ["--data-binary", SigningInput.shellQuoted(body)]
        if let url { words.append(SigningInput.shellQuoted(url)) }
        return words.joined(separator: " ")
    }
}
