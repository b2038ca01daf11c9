import CommandArguments
import Foundation
import Signing

/// `seller-console sign-request`: shows every step of an APIG SDK-HMAC-SHA256 signature, for sellers debugging
/// a rejected request. The host header comes from the URL.
enum SignRequestCommand {
    static let usage = """
        usage: seller-console sign-request --ak AK --sk SK --method M --url URL [--header 'Name: value']...
                                           [--date yyyyMMddTHHmmssZ] [--body-file F]
        """

    static func run(_ arguments: [String]) throws(Arguments.UsageError) -> Int32 {
        let options = try Arguments(arguments, options: ["--ak", "--sk", "--method", "--url", "--header", "--date",
                                                         "--body-file"])
        guard let ak = options.value("--ak"), let sk = options.value("--sk"), let method = options.value("--method"),
              let url = options.value("--url") else {
            throw Arguments.UsageError(description: "--ak, --sk, --method and --url are required")
        }
        var headers: [APIGRequest.Header] = []
        for header in options.all("--header") {
            guard let colon = header.firstIndex(of: ":") else {
                Console.error("--header must be 'Name: value', got \(header)")
                return ExitCode.usage
            }
            headers.append(APIGRequest.Header(String(header[..<colon]).trimmingCharacters(in: .whitespaces),
                                              String(header[header.index(after: colon)...]).trimmingCharacters(in: .whitespaces)))
        }
        var body: [UInt8] = []
        if let path = options.value("--body-file") {
            guard let data = FileManager.default.contents(atPath: path) else {
                Console.error("cannot read \(path)")
                return ExitCode.failure
            }
            body = [UInt8](data)
        }
        guard let request = APIGRequest(method: method.uppercased(), url: url, headers: headers, body: body) else {
            Console.error("not an absolute URL with a host: \(url)")
            return ExitCode.usage
        }
        let signer = APIGSigner(accessKey: ak, secretKey: sk)
        let signature: APIGSignature
        if let date = options.value("--date") {
            guard SDKDate.parse(date) != nil else {
                Console.error("--date must be yyyyMMddTHHmmssZ, e.g. 20261123T080000Z")
                return ExitCode.usage
            }
            signature = signer.sign(request, sdkDate: date)
        } else {
            signature = signer.sign(request, date: Date())
        }
        Console.print("""
            Canonical request:
            \(signature.canonicalRequest)

            String to sign:
            \(signature.stringToSign)

            X-Sdk-Date: \(signature.sdkDate)
            Authorization: \(signature.authorizationHeader)
            """)
        return ExitCode.success
    }
}
