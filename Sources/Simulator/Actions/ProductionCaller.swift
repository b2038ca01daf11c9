import Foundation
import HTTPServer
import MarketClient
import SellerCore
import Synchronization

/// Calls the seller's real production interface for 重新启动 (`koosim --production-url`): one V2-signed POST,
/// bounded by the timeout, whose HTTP status, `resultCode` and latency become the attempt. It goes through
/// `MarketClient` like every other call of this project (libcurl: TLS verified, no redirects, plain http only to
/// loopback, bounded in time and bytes). It blocks the calling connection thread, which is what the marketplace's
/// own caller does.
final class ProductionCaller: Sendable {
    let baseURL: URL
    let accessKey: String
    let timeout: TimeInterval

    init(baseURL: URL, accessKey: String, timeout: TimeInterval) {
        self.baseURL = baseURL
        self.accessKey = accessKey
        self.timeout = max(0.1, timeout)
    }

    func call(_ message: ProduceMessage, context: ProductionRequest.Context, now: Timestamp) -> RestartOutcome {
        let signedAt = Int64(Date().timeIntervalSince1970 * 1000)
        let request = ProductionRequest(message: message, context: context, baseURL: baseURL, accessKey: accessKey,
                                        now: now, signedAt: signedAt)
        guard let request, let client = try? MarketClient(validating: configuration(base: request.base)) else {
            return RestartOutcome(succeeded: false, httpStatus: nil, resultCode: nil, latencyMs: 0,
                                  exceptionInfo: "生产接口地址无效: \(baseURL.absoluteString)", request: "",
                                  response: "", instanceId: nil)
        }
        let started = ContinuousClock.now
        // The client enforces the timeout; the margin only guards against an answer that never comes back.
        let result = BlockingBridge.wait(seconds: timeout + 5) { () async -> Result<HTTPExchange, ClientError> in
            do throws(ClientError) {
                return .success(try await client.sendPlain(method: "POST", query: request.query, body: request.body,
                                                           responseLimit: 64 << 10))
            } catch {
                return .failure(error)
            }
        }
        let elapsed = ContinuousClock.now - started
        let latency = Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
        return Self.outcome(result, request: request.summary, latencyMs: latency, timeout: timeout)
    }

    /// One attempt, no retries: the marketplace's restart is a single call.
    private func configuration(base: String) -> ClientConfiguration {
        var configuration = ClientConfiguration(baseURL: base, accessKey: "", secretKey: "")
        configuration.timeout = timeout
        configuration.connectTimeout = min(10, timeout)
        configuration.maxAttempts = 1
        configuration.limitTotalTime(to: timeout)
        return configuration
    }

    private static func outcome(_ result: Result<HTTPExchange, ClientError>?, request: String, latencyMs: Int,
                                timeout: TimeInterval) -> RestartOutcome {
        var outcome = RestartOutcome(succeeded: false, httpStatus: nil, resultCode: nil, latencyMs: latencyMs,
                                     exceptionInfo: "", request: request, response: "", instanceId: nil)
        guard case .success(let exchange)? = result else {
            outcome.exceptionInfo = transportFailure(result, timeout: timeout)
            return outcome
        }
        let status = exchange.status
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

    /// 异常信息 of a call that got no HTTP answer, in the marketplace's words, from the client's reason.
    private static func transportFailure(_ result: Result<HTTPExchange, ClientError>?,
                                         timeout: TimeInterval) -> String {
        let timedOut = "调用生产接口超时(\(Int(timeout.rounded(.up)))秒),未收到响应"
        guard case .failure(let error)? = result else { return timedOut }
        guard case .transport(let reason) = error else { return "调用生产接口失败: \(error)" }
        if CallSender.isTimeout(reason) || reason.hasPrefix("no connection") { return timedOut }
        if reason.hasPrefix("connection refused") { return "连接被拒绝 (Connection refused): \(reason)" }
        if reason.hasPrefix("unknown host") { return "DNS解析失败: \(reason)" }
        if reason.hasPrefix("connection reset") || reason.hasPrefix("connection closed") {
            return "连接被重置,未收到完整响应"
        }
        if reason.hasPrefix("TLS") { return "SSL握手失败: \(reason)" }
        return "调用生产接口失败: \(reason)"
    }
}
