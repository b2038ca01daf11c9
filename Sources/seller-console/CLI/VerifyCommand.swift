import CommandArguments
import Foundation
import Signing

/// `seller-console verify`: checks a captured marketplace call, a V1 answer's `Body-Sign` or an open-API request
/// against a key, and shows the work, so a seller can see which step their server computes differently.
/// Exit 0 valid, 1 mismatch (or a stale timestamp), 2 bad input.
enum VerifyCommand {
    static let usage = """
        usage: seller-console verify request --key KEY --url URL [--body-file F] [--header 'Name: value']... [--now MS]
               seller-console verify body-sign --key KEY --body-file F --header 'Body-Sign: …'
               seller-console verify apig --sk SK --method M --url URL --header 'Authorization: …'
                                          --header 'X-Sdk-Date: …' [--header 'Name: value']... [--body-file F] [--now MS]
          request    detects the scheme: V2 (signature, timestamp, nonce in the URL), V1 (authToken, timeStamp in
                     the URL), kit (x-sign, x-timestamp, x-nonce headers) or usage push (signature, ts, nonce headers)
          body-sign  the Body-Sign header of a V1 answer over the exact body bytes
          apig       an open API request signed with SDK-HMAC-SHA256 (the counterpart of sign-request)
          --now MS   the clock to judge timestamps by, in Unix milliseconds (default: now)
        exit: 0 valid, 1 mismatch or stale timestamp, 2 bad input
        """

    static func run(_ arguments: [String]) throws(Arguments.UsageError) -> Int32 {
        guard let verb = arguments.first else { throw Arguments.UsageError(description: "verify needs a subcommand") }
        let rest = Array(arguments.dropFirst())
        switch verb {
        case "request":
            let options = try Arguments(rest, options: ["--key", "--url", "--body-file", "--header", "--now"])
            return SigningInput.reporting { () throws(SigningInputError) in try request(options) }
        case "body-sign":
            let options = try Arguments(rest, options: ["--key", "--body-file", "--header"])
            return SigningInput.reporting { () throws(SigningInputError) in try bodySign(options) }
        case "apig":
            let options = try Arguments(rest, options: ["--sk", "--method", "--url", "--header", "--body-file",
                                                        "--now"])
            return SigningInput.reporting { () throws(SigningInputError) in try apig(options) }
        default:
            throw Arguments.UsageError(description: "unknown verify subcommand \(verb) (request, body-sign or apig)")
        }
    }

    private static func request(_ options: Arguments) throws(SigningInputError) -> Int32 {
        let key = try SigningInput.required(options, "--key")
        let url = try SigningInput.url(try SigningInput.required(options, "--url"))
        let headers = try SigningInput.headers(options)
        let now = try SigningInput.milliseconds(options, "--now", fallback: SignatureClock.nowMilliseconds())
        let query = V1AuthToken.parameters(fromQuery: url.percentEncodedQuery ?? "")
        func header(_ name: String) -> String? { headers.first { $0.name.lowercased() == name }?.value }
        func parameter(_ name: String) -> String? { query.first { $0.name == name }?.value }
        func needed(_ value: String?, _ what: String) throws(SigningInputError) -> String {
            guard let value, !value.isEmpty else { throw SigningInputError("\(what) is missing") }
            return value
        }
        let work: SignatureWork
        if let sign = header(KitSignature.signHeader) {
            let body = try SigningInput.jsonBody(options).raw
            work = .kit(sign: sign, timestamp: try needed(header(KitSignature.timestampHeader), "the x-timestamp header"),
                        nonce: try needed(header(KitSignature.nonceHeader), "the x-nonce header"),
                        body: body, accessKey: key, nowMilliseconds: now)
        } else if let signature = header(UsagePushSignature.signatureHeader),
                  let timestamp = header(UsagePushSignature.timestampHeader) {
            let body = try SigningInput.body(options)
            work = .usagePush(signature: signature, timestamp: timestamp,
                              nonce: try needed(header(UsagePushSignature.nonceHeader), "the nonce header"),
                              body: body, key: key, nowMilliseconds: now)
        } else if let signature = parameter(V2Signature.signatureParameter) {
            let body = try SigningInput.jsonBody(options).raw
            work = .v2(signature: signature,
                       timestamp: try needed(parameter(V2Signature.timestampParameter), "the timestamp parameter"),
                       nonce: try needed(parameter(V2Signature.nonceParameter), "the nonce parameter"),
                       body: body, accessKey: key, nowMilliseconds: now)
        } else if parameter("authToken") != nil {
            _ = try needed(parameter("timeStamp"), "the timeStamp parameter")
            work = .v1(parameters: query, accessKey: key, nowMilliseconds: now)
        } else {
            throw SigningInputError("unknown scheme: no signature/authToken in the URL and no x-sign or "
                                    + "signature+ts headers")
        }
        return report(work)
    }

    private static func bodySign(_ options: Arguments) throws(SigningInputError) -> Int32 {
        let key = try SigningInput.required(options, "--key")
        _ = try SigningInput.required(options, "--body-file")
        let body = try SigningInput.body(options)
        guard let header = try SigningInput.headers(options).first(where: { $0.name.lowercased() == "body-sign" })
        else { throw SigningInputError("--header 'Body-Sign: …' is required") }
        return report(.bodySign(headerValue: header.value, body: body, accessKey: key))
    }

    private static func apig(_ options: Arguments) throws(SigningInputError) -> Int32 {
        let secret = try SigningInput.required(options, "--sk")
        let method = try SigningInput.required(options, "--method").uppercased()
        let urlText = try SigningInput.required(options, "--url")
        _ = try SigningInput.url(urlText)
        let headers = try SigningInput.headers(options).map { APIGRequest.Header($0.name, $0.value) }
        let body = try SigningInput.body(options)
        let now = try SigningInput.milliseconds(options, "--now", fallback: SignatureClock.nowMilliseconds())
        guard let request = APIGRequest(method: method, url: urlText, headers: headers, body: body) else {
            throw SigningInputError("not an absolute http(s) URL with a host: \(urlText)")
        }
        let work = APIGVerifier.explain(request, now: Date(timeIntervalSince1970: Double(now) / 1000),
                                        secretKey: secret)
        switch work.failure {
        case .missingAuthorization?, .malformedAuthorization?, .missingDate?, .malformedDate?:
            throw SigningInputError(work.failure?.description ?? "")
        default: break
        }
        Console.print("""
            Canonical request:
            \(work.canonicalRequest)

            String to sign:
            \(work.stringToSign)

            expected signature: \(work.expected)
            given signature:    \(work.given)
            """)
        if let failure = work.failure {
            Console.print("MISMATCH: \(failure.description) (\(failure.gatewayCode))")
            return ExitCode.failure
        }
        Console.print("MATCH: the SDK-HMAC-SHA256 signature is valid")
        return ExitCode.success
    }

    /// Prints the work and returns 0 when it passes, 1 otherwise.
    static func report(_ work: SignatureWork) -> Int32 {
        Console.print(work.report)
        return work.passes ? ExitCode.success : ExitCode.failure
    }
}
