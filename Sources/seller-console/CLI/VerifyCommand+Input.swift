import CommandArguments
import Foundation
import Crypto
import Signing

/// Bad input to `sign`, `verify` or `crypt` (an unreadable file, a malformed URL, a body that is not JSON): one
/// line on standard error, exit 2. Messages never carry a key.
struct SigningInputError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}

/// The input checks `sign`, `verify` and `crypt` share.
enum SigningInput {
    /// Runs `body`, turning a `SigningInputError` into its one line and exit 2.
    static func reporting(_ body: () throws(SigningInputError) -> Int32) -> Int32 {
        do {
            return try body()
        } catch {
            Console.error(error.message)
            return ExitCode.usage
        }
    }

    /// The non-empty value of a required option.
    static func required(_ options: Arguments, _ name: String) throws(SigningInputError) -> String {
        guard let value = options.value(name), !value.isEmpty else { throw SigningInputError("\(name) is required") }
        return value
    }

    /// An absolute http(s) URL with a host.
    static func url(_ text: String) throws(SigningInputError) -> URLComponents {
        guard let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty
        else { throw SigningInputError("not an absolute http(s) URL with a host: \(text)") }
        return components
    }

    /// The bytes of `--body-file`, or empty when the option is absent.
    static func body(_ options: Arguments) throws(SigningInputError) -> [UInt8] {
        guard let path = options.value("--body-file") else { return [] }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SigningInputError("cannot read the body file \(path)")
        }
        return [UInt8](data)
    }

    /// The body, which must be a JSON object (the V2, kit and usage-push schemes sign its canonical form).
    static func jsonBody(_ options: Arguments) throws(SigningInputError) -> (raw: [UInt8], canonical: [UInt8]) {
        guard options.value("--body-file") != nil else { throw SigningInputError("--body-file is required") }
        let raw = try body(options)
        guard let canonical = CanonicalJSON.encode(body: raw) else {
            throw SigningInputError("the body is not a JSON object")
        }
        return (raw, canonical)
    }

    /// `--header 'Name: value'` options, names as given.
    static func headers(_ options: Arguments) throws(SigningInputError) -> [(name: String, value: String)] {
        var headers: [(name: String, value: String)] = []
        for header in options.all("--header") {
            guard let colon = header.firstIndex(of: ":"), colon != header.startIndex else {
                throw SigningInputError("--header must be 'Name: value', got \(header)")
            }
            headers.append((String(header[..<colon]).trimmingCharacters(in: .whitespaces),
                            String(header[header.index(after: colon)...]).trimmingCharacters(in: .whitespaces)))
        }
        return headers
    }

    /// A Unix-millisecond option (`--timestamp`, `--now`), or `fallback` when absent.
    static func milliseconds(_ options: Arguments, _ name: String, fallback: Int64) throws(SigningInputError)
        -> Int64
    {
        guard let text = options.value(name) else { return fallback }
        guard text.utf8.count <= 15, text.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let value = Int64(text) else {
            throw SigningInputError("\(name) must be Unix milliseconds (up to 15 digits), got \(text)")
        }
        return value
    }

    /// A `--nonce` of 1–64 hex digits, or 32 random uppercase hex digits when absent.
    static func nonce(_ options: Arguments) throws(SigningInputError) -> String {
        guard let text = options.value("--nonce") else {
            guard let bytes = try? SecureRandom.bytes(16) else { throw SigningInputError("no random source") }
            return Hex.encode(bytes, uppercase: true)
        }
        guard (1...64).contains(text.utf8.count), text.utf8.allSatisfy(\.isHexDigit) else {
            throw SigningInputError("--nonce must be 1 to 64 hex digits, got \(text)")
        }
        return text
    }

    /// `text` as one POSIX shell word.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

private extension UInt8 {
    var isHexDigit: Bool {
        (0x30...0x39).contains(self) || (0x41...0x46).contains(self) || (0x61...0x66).contains(self)
    }
}
