import CCurl
import Foundation

extension CurlTransfer {
    /// A failed transfer in words a seller can act on, never a bare code. The words name the host and the
    /// limit that ran out, never a header, a query or a key.
    func failureReason(_ code: CURLcode) -> String {
        if let stopReason { return stopReason }
        let host = request.host
        let detail = errorText
        switch code {
        case CURLE_COULDNT_RESOLVE_HOST: return "unknown host \(host)"
        case CURLE_COULDNT_RESOLVE_PROXY: return "unknown proxy host"
        case CURLE_COULDNT_CONNECT:
            switch osErrno {
            case ECONNREFUSED: return "connection refused by \(host)"
            case ETIMEDOUT: return "no connection to \(host) within \(Self.seconds(request.limits.connectSeconds))"
            case ENETUNREACH, EHOSTUNREACH: return "\(host) is unreachable"
            default: return "cannot connect to \(host)"
            }
        case CURLE_OPERATION_TIMEDOUT:
            if detail.contains("too slow") {
                return receivedAnything
                    ? "answer too slow (under \(request.limits.quietBytesPerSecond) bytes/s for "
                        + "\(Self.seconds(request.limits.quietSeconds)))"
                    : "no answer within \(Self.seconds(request.limits.quietSeconds))"
            }
            if !connected { return "no connection to \(host) within \(Self.seconds(request.limits.connectSeconds))" }
            return receivedAnything ? "answer not complete within \(Self.seconds(request.limits.totalSeconds))"
                : "no answer within \(Self.seconds(request.limits.totalSeconds))"
        case CURLE_PEER_FAILED_VERIFICATION:
            return "TLS certificate not trusted (\(certificateProblem(detail))) for \(host)"
        case CURLE_SSL_CONNECT_ERROR, CURLE_SSL_CERTPROBLEM, CURLE_SSL_CIPHER, CURLE_USE_SSL_FAILED:
            return "TLS handshake with \(host) failed"
        case CURLE_SSL_CACERT_BADFILE:
            return "the system's trusted certificates cannot be read" + (detail.isEmpty ? "" : " (\(detail.prefix(160)))")
        case CURLE_GOT_NOTHING: return "connection closed before the answer"
        case CURLE_PARTIAL_FILE: return "connection closed before the answer was complete"
        case CURLE_RECV_ERROR:
            return osErrno == ECONNRESET || detail.contains("reset")
                ? "connection reset before the answer was complete" : "connection lost while reading the answer"
        case CURLE_SEND_ERROR: return "connection lost while sending the request"
        case CURLE_FILESIZE_EXCEEDED: return Self.tooLarge(request.limits.responseBytes)
        case CURLE_BAD_CONTENT_ENCODING: return "the answer's compressed body is damaged"
        case CURLE_WEIRD_SERVER_REPLY: return "the answer is not HTTP"
        case CURLE_UNSUPPORTED_PROTOCOL: return "only http to loopback and https are allowed"
        case CURLE_URL_MALFORMAT: return "invalid URL"
        case CURLE_OUT_OF_MEMORY: return "out of memory"
        case CURLE_FAILED_INIT: return "cannot start a network transfer"
        default:
            return "transfer failed (\(String(cString: curl_easy_strerror(code))))"
        }
    }

    /// What a verification failure means, from OpenSSL's verify result (stable) before curl's text.
    private func certificateProblem(_ detail: String) -> String {
        var result = 0
        if let easy { _ = ccurl_getinfo_long(easy, CURLINFO_SSL_VERIFYRESULT, &result) }
        switch result {
        case 18: return "self-signed certificate"
        case 19: return "self-signed certificate in the chain"
        case 20, 21: return "unknown issuer"
        case 9: return "certificate not yet valid"
        case 10: return "certificate expired"
        case 62: return "certificate is for another host"
        default:
            if detail.contains("subject name") || detail.contains("does not match") {
                return "certificate is for another host"
            }
            let text = detail.replacingOccurrences(of: "SSL certificate problem: ", with: "")
            return text.isEmpty ? "verification failed" : String(text.prefix(120))
        }
    }

    private var errorText: String { String(cString: errorBuffer) }

    private var osErrno: Int32 {
        var value = 0
        if let easy { _ = ccurl_getinfo_long(easy, CURLINFO_OS_ERRNO, &value) }
        return Int32(truncatingIfNeeded: value)
    }

    /// Whether a connection carried the request. A reused keep-alive connection reports no connect time, so the
    /// time until the transfer could start counts too: a slow answer on one is a timeout, not "no connection".
    private var connected: Bool {
        var connectTime: curl_off_t = 0, pretransferTime: curl_off_t = 0
        if let easy {
            _ = ccurl_getinfo_off(easy, CURLINFO_CONNECT_TIME_T, &connectTime)
            _ = ccurl_getinfo_off(easy, CURLINFO_PRETRANSFER_TIME_T, &pretransferTime)
        }
        return connectTime > 0 || pretransferTime > 0
    }

    private var receivedAnything: Bool { headerBytes > 0 || !responseBody.isEmpty }

    /// "30 s", "2.5 s".
    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value)) s" : String(format: "%.1f s", value)
    }
}
