import CCurl
import Foundation
import Synchronization

/// One request on a curl easy handle: sets the options that make it safe (no redirects, http/https only,
/// TLS verified, gzip only, decoded bytes counted, time limits), collects the answer in the engine's
/// callbacks, and hands the outcome to the waiting task exactly once, whether it completes or is cancelled.
final class CurlTransfer: @unchecked Sendable {
    typealias Outcome = Result<HTTPExchange, ClientError>

    let request: CurlRequest
    private(set) var easy: UnsafeMutableRawPointer?
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private var resolveList: UnsafeMutablePointer<curl_slist>?
    private let bodyBuffer: UnsafeMutableRawBufferPointer
    let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)

    // The answer so far: written only by curl's callbacks on the engine thread.
    var responseBody: [UInt8] = []
    var responseHeaders: [String: String] = [:]
    var headerBytes = 0
    /// Why a callback stopped the transfer, when it did.
    var stopReason: String?

    private struct Delivery {
        var continuation: CheckedContinuation<Outcome, Never>?
        var cancelled = false
        var delivered = false
    }
    private let delivery = Mutex(Delivery())

    /// The most header bytes accepted (curl limits each header line, not their number).
    static let maximumHeaderBytes = 256 << 10

    init(_ request: CurlRequest) {
        self.request = request
        bodyBuffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(1, request.body.count), alignment: 1)
        bodyBuffer.copyBytes(from: request.body)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
        easy = curl_easy_init()
        if let easy, !configure(easy) {
            curl_easy_cleanup(easy)
            self.easy = nil
        }
    }

    deinit {
        if let easy { curl_easy_cleanup(easy) }
        curl_slist_free_all(headerList)
        curl_slist_free_all(resolveList)
        bodyBuffer.deallocate()
        errorBuffer.deallocate()
    }

    // MARK: delivery (any thread)

    /// Stores the continuation; false when the transfer was cancelled first (then it is answered already).
    func begin(_ continuation: CheckedContinuation<Outcome, Never>) -> Bool {
        let proceed = delivery.withLock { state -> Bool in
            if state.cancelled { return false }
            state.continuation = continuation
            return true
        }
        if !proceed { continuation.resume(returning: .failure(.cancelled)) }
        return proceed
    }

    /// Answers `.cancelled` now; true when the engine still has to drop the handle.
    func cancel() -> Bool {
        let (continuation, wasDelivered) = delivery.withLock { state in
            state.cancelled = true
            defer { state.continuation = nil; state.delivered = true }
            return (state.continuation, state.delivered)
        }
        continuation?.resume(returning: .failure(.cancelled))
        return !wasDelivered
    }

    var isCancelled: Bool { delivery.withLock { $0.cancelled } }

    /// Called on the engine thread when curl is done with the handle.
    func complete(_ code: CURLcode) {
        let outcome = outcome(of: code)
        let continuation = delivery.withLock { state in
            defer { state.continuation = nil; state.delivered = true }
            return state.delivered ? nil : state.continuation
        }
        continuation?.resume(returning: outcome)
    }

    private func outcome(of code: CURLcode) -> Outcome {
        guard let easy else { return .failure(.transport("cannot start a network transfer")) }
        guard code == CURLE_OK else { return .failure(.transport(failureReason(code))) }
        var status = 0
        _ = ccurl_getinfo_long(easy, CURLINFO_RESPONSE_CODE, &status)
        return .success(HTTPExchange(status: status, headers: responseHeaders, body: responseBody))
    }

    // MARK: options

    private func configure(_ easy: UnsafeMutableRawPointer) -> Bool {
        let limits = request.limits
        var ok = true
        func set(_ option: CURLoption, _ value: Int) { ok = ok && ccurl_setopt_long(easy, option, value) == CURLE_OK }
        func set(_ option: CURLoption, _ value: String) {
            ok = ok && ccurl_setopt_string(easy, option, value) == CURLE_OK   // curl copies strings
        }
        set(CURLOPT_URL, request.url)
        set(CURLOPT_NOSIGNAL, 1)
        set(CURLOPT_PROTOCOLS_STR, request.loopback ? "http,https" : "https")
        set(CURLOPT_FOLLOWLOCATION, 0)
        set(CURLOPT_SSL_VERIFYPEER, 1)
        set(CURLOPT_SSL_VERIFYHOST, 2)
        // Only an encoding curl decodes itself, so every byte the write callback counts is a decoded byte.
        set(CURLOPT_ACCEPT_ENCODING, "gzip")
        ok = ok && ccurl_setopt_off(easy, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(limits.responseBytes)) == CURLE_OK
        set(CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(limits.connectSeconds))
        set(CURLOPT_TIMEOUT_MS, Self.milliseconds(limits.totalSeconds))
        set(CURLOPT_LOW_SPEED_LIMIT, limits.quietBytesPerSecond)
        set(CURLOPT_LOW_SPEED_TIME, max(1, Int(limits.quietSeconds.rounded(.up))))
        set(CURLOPT_TCP_KEEPALIVE, 1)
        if request.loopback { set(CURLOPT_NOPROXY, "*") }
        ok = ok && ccurl_setopt_pointer(easy, CURLOPT_ERRORBUFFER, UnsafeMutableRawPointer(errorBuffer)) == CURLE_OK
        let context = Unmanaged.passUnretained(self).toOpaque()
        ok = ok && ccurl_setopt_data_callback(easy, CURLOPT_WRITEFUNCTION, Self.writeBody) == CURLE_OK
        ok = ok && ccurl_setopt_pointer(easy, CURLOPT_WRITEDATA, context) == CURLE_OK
        ok = ok && ccurl_setopt_data_callback(easy, CURLOPT_HEADERFUNCTION, Self.writeHeader) == CURLE_OK
        ok = ok && ccurl_setopt_pointer(easy, CURLOPT_HEADERDATA, context) == CURLE_OK
        if request.method == "GET" && request.body.isEmpty {
            set(CURLOPT_HTTPGET, 1)
        } else {
            set(CURLOPT_CUSTOMREQUEST, request.method)
            ok = ok && ccurl_setopt_off(easy, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.count)) == CURLE_OK
            ok = ok && ccurl_setopt_pointer(easy, CURLOPT_POSTFIELDS, bodyBuffer.baseAddress) == CURLE_OK
        }
        // "Expect:" stops curl waiting for a 100 Continue before large bodies; an empty "Content-Type:" stops it
        // adding a form type to a body-less POST.
        var lines = request.headers + ["Expect:"]
        if !request.headers.contains(where: { $0.lowercased().hasPrefix("content-type:") }) {
            lines.append("Content-Type:")
        }
        for line in lines { headerList = curl_slist_append(headerList, line) }
        ok = ok && ccurl_setopt_slist(easy, CURLOPT_HTTPHEADER, headerList) == CURLE_OK
        if !request.resolve.isEmpty {
            for entry in request.resolve { resolveList = curl_slist_append(resolveList, entry) }
            ok = ok && ccurl_setopt_slist(easy, CURLOPT_RESOLVE, resolveList) == CURLE_OK
        }
        return ok
    }

    static func milliseconds(_ seconds: Double) -> Int {
        guard seconds.isFinite else { return 1 }
        return max(1, Int(min(seconds, 86_400) * 1000))
    }

    // MARK: callbacks (engine thread)

    private static let writeBody: ccurl_data_callback = { data, size, count, context in
        guard let data, let context else { return 0 }
        let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
        return transfer.receiveBody(UnsafeRawBufferPointer(start: data, count: size * count))
    }

    private static let writeHeader: ccurl_data_callback = { data, size, count, context in
        guard let data, let context else { return 0 }
        let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
        return transfer.receiveHeader(UnsafeRawBufferPointer(start: data, count: size * count))
    }

    /// Keeps decoded bytes up to the limit; one byte more stops the transfer before it is stored.
    private func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Int {
        guard responseBody.count + bytes.count <= request.limits.responseBytes else {
            stopReason = Self.tooLarge(request.limits.responseBytes)
            return 0
        }
        responseBody.append(contentsOf: bytes)
        return bytes.count
    }

    private func receiveHeader(_ bytes: UnsafeRawBufferPointer) -> Int {
        headerBytes += bytes.count
        guard headerBytes <= Self.maximumHeaderBytes else {
            stopReason = "answer headers larger than \(Self.maximumHeaderBytes >> 10) KB"
            return 0
        }
        let line = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if line.hasPrefix("HTTP/") {
            responseHeaders = [:]   // a new answer (after a 100 Continue): forget the interim one's headers
        } else if let colon = line.firstIndex(of: ":") {
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            responseHeaders[name] = responseHeaders[name].map { $0 + ", " + value } ?? value
        }
        return bytes.count
    }

    static func tooLarge(_ limit: Int) -> String {
        limit >= 1 << 20 ? "answer larger than \(limit >> 20) MB" : "answer larger than \(max(1, limit >> 10)) KB"
    }
}
