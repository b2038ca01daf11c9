import Foundation

/// A validated marketplace base URL: http or https, a host, no credentials, no query. Plain http is allowed
/// only to loopback (127.0.0.0/8, ::1, localhost), so keys and signatures never cross a network in clear.
struct BaseURL: Sendable, Equatable {
    /// Scheme, authority and path prefix, without a trailing slash.
    let text: String
    let host: String
    let isLoopback: Bool

    init(validating raw: String) throws(ClientError) {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { throw .invalidBaseURL("it is empty") }
        guard let components = URLComponents(string: trimmed), let scheme = components.scheme?.lowercased() else {
            throw .invalidBaseURL("not a URL (expected https://host[:port])")
        }
        guard scheme == "https" || scheme == "http" else {
            throw .invalidBaseURL("the scheme must be https (or http to loopback), not \(scheme.prefix(20))")
        }
        guard let rawHost = components.host, !rawHost.isEmpty else { throw .invalidBaseURL("it has no host") }
        guard components.user == nil && components.password == nil else {
            throw .invalidBaseURL("it must not contain a user name or password")
        }
        guard components.query == nil && components.fragment == nil else {
            throw .invalidBaseURL("it must not have a query or fragment")
        }
        let host = rawHost.hasPrefix("[") && rawHost.hasSuffix("]") ? String(rawHost.dropFirst().dropLast()) : rawHost
        let loopback = Self.isLoopback(host)
        guard scheme == "https" || loopback else {
            throw .invalidBaseURL("plain http is allowed only to loopback (127.0.0.0/8, ::1, localhost); "
                                  + "use https://\(host.prefix(100))")
        }
        text = trimmed.hasSuffix("/") ? String(trimmed.dropLast()) : trimmed
        self.host = host
        isLoopback = loopback
    }

    /// 127.0.0.0/8 written as four decimal octets, ::1, or localhost.
    static func isLoopback(_ host: String) -> Bool {
        let lower = host.lowercased()
        if lower == "localhost" || lower == "::1" || lower == "0:0:0:0:0:0:0:1" { return true }
        let octets = lower.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4 else { return false }
        let values = octets.compactMap { $0.count <= 3 && $0.allSatisfy(\.isASCII) ? UInt8($0) : nil }
        return values.count == 4 && values[0] == 127
    }
}
