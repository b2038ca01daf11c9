import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import HTTPServer
import SellerCore
import Synchronization

/// Calls the seller's real production interface for 重新启动 (`koosim --production-url`): one V2-signed POST,
/// bounded by the timeout, whose HTTP status, `resultCode` and latency become the attempt. It blocks the calling
/// connection thread, which is what the marketplace's own caller does; TLS is verified as URLSession always does.
final class ProductionCaller: Sendable {
    let baseURL: URL
    let accessKey: String
    let timeout: TimeInterval
    private let session: URLSession

    /// `timeout` is rounded up to whole seconds: URLSession on Linux does not honour fractions of a second.
    init(baseURL: URL, accessKey: String, timeout: TimeInterval) {
        self.baseURL = baseURL
        self.accessKey = accessKey
        let timeout = max(1, timeout.rounded(.up))
        self.timeout = timeout
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.urlCache = nil
        session = URLSession(configuration: configuration)
        Self.bypassProxyForLoopback(baseURL)
    }

    /// Linux URLSession (libcurl) sends even 127.0.0.1 through `http_proxy`; a seller's interface on loopback (a
    /// test server, a local development build) must be called directly, so loopback joins `no_proxy`.
    static func bypassProxyForLoopback(_ url: URL) {
        guard let host = url.host, ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host) else { return }
        for name in ["no_proxy", "NO_PROXY"] {
            let current = ProcessInfo.processInfo.environment[name] ?? ""
            guard !current.contains("127.0.0.1") else { continue }
            setenv(name, current.isEmpty ? "127.0.0.1,localhost" : current + ",127.0.0.1,localhost", 1)
        }
    }

    deinit { session.finishTasksAndInvalidate() }

    /// What the transport gave back, copied out of URLSession's callback.
    private struct Exchange: Sendable {
        var status: Int?
        var body: [UInt8] = []
        var error: URLError?
        var otherError: String?
    }

    private final class Slot: Sendable {
        let value = Mutex<Exchange?>(nil)
    }

    func call(_ message: ProduceMessage, context: ProductionRequest.Context, now: Timestamp) -> RestartOutcome {
        let signedAt = Int64(Date().timeIntervalSince1970 * 1000)
        guard let call = ProductionRequest(message: message, context: context, baseURL: baseURL,
                                           accessKey: accessKey, now: now, signedAt: signedAt) else {
            return RestartOutcome(succeeded: false, httpStatus: nil, resultCode: nil, latencyMs: 0,
                                  exceptionInfo: "生产接口地址无效: \(baseURL.absoluteString)", request: "",
                                  response: "", instanceId: nil)
        }
        var request = URLRequest(url: call.url, timeoutInterval: timeout)
        request.httpMethod = "POST"
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = Data(call.body)
        let slot = Slot()
        let done = DispatchSemaphore(value: 0)
        let started = ContinuousClock.now
        session.dataTask(with: request) { data, response, error in
            var exchange = Exchange(status: (response as? HTTPURLResponse)?.statusCode,
                                    body: data.map { [UInt8]($0) } ?? [])
            if let error {
                exchange.status = nil
                if let urlError = error as? URLError { exchange.error = urlError } else { exchange.otherError = "\(error)" }
            }
            slot.value.withLock { $0 = exchange }
            done.signal()
        }.resume()
        // URLSession enforces the timeout; the extra margin only guards against a callback that never comes.
        let answered = done.wait(timeout: .now() + timeout + 5) == .success
        let elapsed = ContinuousClock.now - started
        let latency = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        let exchange = answered ? slot.value.withLock { $0 } : nil
        return Self.outcome(exchange, request: call.summary, latencyMs: latency, timeout: timeout)
    }

    private static func outcome(_ exchange: Exchange?, request: String, latencyMs: Int,
                                timeout: TimeInterval) -> RestartOutcome {
        var outcome = RestartOutcome(succeeded: false, httpStatus: nil, resultCode: nil, latencyMs: latencyMs,
                                     exceptionInfo: "", request: request, response: "", instanceId: nil)
        guard let exchange, let status = exchange.status else {
            outcome.exceptionInfo = transportFailure(exchange, timeout: timeout)
            return outcome
        }
        outcome.httpStatus = status
        outcome.response = String(decoding: exchange.body.prefix(4096), as: UTF8.self)
        let document = try? JSONParser.parse(exchange.body)
        let code = document?["resultCode"]?.stringValue
        let resultMessage = document?["resultMsg"]?.stringValue ?? ""
        outcome.resultCode = code
        switch (status, document, code) {
        case (200, _, let code?) where RestartOutcome.acceptedCodes.contains(code):
            outcome.succeeded = true
            outcome.instanceId = document?["instanceId"]?.stringValue
        case (200, nil, _):
            outcome.exceptionInfo = "返回体不是合法JSON: \(String(outcome.response.prefix(80)))"
        case (200, _, nil):
            outcome.exceptionInfo = "返回结果缺少必填字段 resultCode"
        case (200, _, let code?):
            outcome.exceptionInfo = "返回resultCode=\(code), resultMsg=\(resultMessage)"
        default:
            outcome.exceptionInfo = "HTTP状态码 \(status) \(HTTPStatus.reasonPhrase(for: status))"
        }
        return outcome
    }

    /// 异常信息 of a call that got no HTTP answer, in the marketplace's words.
    private static func transportFailure(_ exchange: Exchange?, timeout: TimeInterval) -> String {
        let seconds = Int(timeout.rounded())
        guard let exchange else { return "调用生产接口超时(\(seconds)秒),未收到响应" }
        switch exchange.error?.code {
        case .timedOut?: return "调用生产接口超时(\(seconds)秒),未收到响应"
        case .cannotConnectToHost?: return "连接被拒绝 (Connection refused): \(exchange.error?.failingURL?.host ?? "")"
        case .cannotFindHost?, .dnsLookupFailed?: return "DNS解析失败: \(exchange.error?.failingURL?.host ?? "")"
        case .networkConnectionLost?: return "连接被重置,未收到完整响应"
        case .serverCertificateUntrusted?, .serverCertificateHasBadDate?, .serverCertificateHasUnknownRoot?,
             .serverCertificateNotYetValid?, .secureConnectionFailed?:
            return "SSL握手失败: \(exchange.error?.localizedDescription ?? "")"
        default:
            return "调用生产接口失败: \(exchange.error?.localizedDescription ?? exchange.otherError ?? "未知错误")"
        }
    }
}
