import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import MarketAPI
import SellerCore
import Signing

/// One HTTP exchange as the client saw it.
public struct HTTPExchange: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: [UInt8]
}

/// The marketplace client: signs every request with APIG SDK-HMAC-SHA256, applies a timeout, retries
/// 5xx/429/reset/timeout with exponential backoff and jitter (honouring Retry-After), and maps failures to
/// `ClientError`. TLS certificates are always verified (the session uses the system's defaults).
public final class MarketClient: Sendable {
    public let configuration: ClientConfiguration
    private let signer: APIGSigner
    private let session: URLSession
    private let backoff: Backoff

    public init(configuration: ClientConfiguration) {
        self.configuration = configuration
        signer = APIGSigner(accessKey: configuration.accessKey, secretKey: configuration.secretKey)
        let sessionConfiguration = URLSessionConfiguration.ephemeral
        sessionConfiguration.timeoutIntervalForRequest = configuration.timeout
        sessionConfiguration.timeoutIntervalForResource = configuration.timeout * 4
        sessionConfiguration.httpMaximumConnectionsPerHost = 4
        sessionConfiguration.urlCache = nil
        session = URLSession(configuration: sessionConfiguration)
        backoff = Backoff(initial: configuration.initialBackoff, maximum: configuration.maxBackoff,
                          maxRetryAfter: configuration.maxRetryAfter)
        MarketClient.bypassProxyForLoopback(configuration.baseURL)
    }

    deinit { session.finishTasksAndInvalidate() }

    /// Linux URLSession (libcurl) applies `http_proxy` even to 127.0.0.1; a loopback simulator must never go
    /// through a proxy, so loopback hosts are added to `no_proxy`.
    static func bypassProxyForLoopback(_ baseURL: String) {
        guard let host = URLComponents(string: baseURL)?.host,
              ["127.0.0.1", "localhost", "::1"].contains(host) else { return }
        for name in ["no_proxy", "NO_PROXY"] {
            let current = ProcessInfo.processInfo.environment[name] ?? ""
            guard !current.contains("127.0.0.1") else { continue }
            setenv(name, current.isEmpty ? "127.0.0.1,localhost" : current + ",127.0.0.1,localhost", 1)
        }
    }

    /// One page of a list.
    public func listPage(_ kind: EntityKind, _ query: ListQuery) async throws(ClientError) -> ListPage {
        try await withRetries { () throws(ClientError) -> ListPage in
            let exchange = try await self.send(method: "GET", path: GatewayPaths.list(kind), query: query.queryItems)
            try Self.check(exchange)
            do throws(JSONFieldError) {
                return try ListPageWire.decode(kind: kind, body: exchange.body)
            } catch {
                throw ClientError.decoding(path: error.path, reason: error.reason)
            }
        }
    }

    /// Sends one signed request and returns whatever status came back (no retries, no status mapping).
    public func send(method: String, path: String, query: [(String, String)] = [], body: [UInt8] = [],
                     headers: [(String, String)] = [], contentType: String = "application/json")
        async throws(ClientError) -> HTTPExchange {
        let queryText = query.map { RFC3986.encode($0.0) + "=" + RFC3986.encode($0.1) }.joined(separator: "&")
        let base = configuration.baseURL.hasSuffix("/") ? String(configuration.baseURL.dropLast()) : configuration.baseURL
        let urlText = base + path + (queryText.isEmpty ? "" : "?" + queryText)
        var signingHeaders = headers.map { APIGRequest.Header($0.0, $0.1) }
        if !body.isEmpty { signingHeaders.append(APIGRequest.Header("Content-Type", contentType)) }
        guard let url = URL(string: urlText),
              let signable = APIGRequest(method: method, url: urlText, headers: signingHeaders, body: body) else {
            throw .transport("invalid URL \(urlText)")
        }
        let signature = signer.sign(signable, date: Date())
        var request = URLRequest(url: url)
        request.httpMethod = method
        for header in signable.headers where header.name.lowercased() != "host" {
            request.setValue(header.value, forHTTPHeaderField: header.name)
        }
        for header in signature.headersToAdd { request.setValue(header.value, forHTTPHeaderField: header.name) }
        if !body.isEmpty { request.httpBody = Data(body) }
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await session.data(for: request)
        } catch {
            throw .transport(Self.describe(error))
        }
        guard let http = response as? HTTPURLResponse else { throw .transport("not an HTTP response") }
        guard data.count <= configuration.maxResponseBytes else {
            throw .transport("response larger than \(configuration.maxResponseBytes) bytes")
        }
        var fields: [String: String] = [:]
        for (name, value) in http.allHeaderFields {
            if let name = name as? String, let value = value as? String { fields[name.lowercased()] = value }
        }
        return HTTPExchange(status: http.statusCode, headers: fields, body: [UInt8](data))
    }

    /// Maps a non-2xx exchange to its error.
    static func check(_ exchange: HTTPExchange) throws(ClientError) {
        guard !(200..<300).contains(exchange.status) else { return }
        let error = APIErrorBody.decode(exchange.body)
        let code = error?.code ?? "HTTP.\(exchange.status)"
        let message = error?.message ?? ""
        switch exchange.status {
        case 401, 403: throw .authentication(code: code, message: message)
        case 429: throw .rateLimited(retryAfter: Backoff.parseRetryAfter(exchange.headers["retry-after"]))
        case 500...: throw .server(status: exchange.status, code: error?.code, message: message)
        default: throw .rejected(status: exchange.status, code: code, message: message)
        }
    }

    /// Runs `attempt` until it succeeds, fails for good, or runs out of attempts.
    func withRetries<T>(_ attempt: () async throws(ClientError) -> T) async throws(ClientError) -> T {
        var number = 1
        while true {
            do {
                return try await attempt()
            } catch {
                guard error.isRetryable, number < configuration.maxAttempts else { throw error }
                var retryAfter: Double?
                if case .rateLimited(let after) = error { retryAfter = after }
                if case .server(let status, _, _) = error, status == 503 { retryAfter = retryAfter ?? 1 }
                let delay = backoff.delay(afterAttempt: number, retryAfter: retryAfter)
                try? await Task.sleep(nanoseconds: UInt64(delay * 1_000_000_000))
                number += 1
            }
        }
    }

    static func describe(_ error: Error) -> String {
        if let urlError = error as? URLError {
            switch urlError.code {
            case .timedOut: return "timed out"
            case .networkConnectionLost: return "connection lost (reset or truncated response)"
            case .cannotConnectToHost: return "cannot connect to the marketplace (connection refused)"
            case .cannotFindHost: return "unknown host"
            case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate,
                 .serverCertificateHasUnknownRoot, .serverCertificateNotYetValid:
                return "TLS certificate or handshake failed"
            default: return "URL error \(urlError.code.rawValue)"
            }
        }
        return String(describing: type(of: error))
    }
}
