import CCurl
import Foundation
import Synchronization

/// Drives every transfer of the process on one dedicated thread through a curl multi handle. The thread
/// sleeps in `curl_multi_poll` until a socket is ready, a curl timer is due or `curl_multi_wakeup` rings, so
/// waiting on a silent server costs no CPU and no thread of Swift's cooperative pool is ever blocked.
final class CurlEngine: @unchecked Sendable {
    /// Nil only when libcurl could not start (out of memory); requests then fail with a clear error.
    static let shared: CurlEngine? = CurlEngine()

    private struct Queue {
        var added: [CurlTransfer] = []
        var removed: [CurlTransfer] = []
    }

    private let multi: UnsafeMutableRawPointer
    private let queue = Mutex(Queue())
    /// Transfers curl is working on, by easy handle. Touched only on the engine thread.
    private var active: [UnsafeMutableRawPointer: CurlTransfer] = [:]

    private init?() {
        guard curl_global_init(Int(CURL_GLOBAL_DEFAULT)) == CURLE_OK, let multi = curl_multi_init() else { return nil }
        self.multi = multi
        _ = ccurl_multi_setopt_long(multi, CURLMOPT_MAX_HOST_CONNECTIONS, 8)
        let thread = Thread { [self] in loop() }
        thread.name = "curl-engine"
        thread.start()
    }

    /// Runs `transfer` to its end. Cancelling the calling task removes it from curl and answers `.cancelled`
    /// at once, without waiting for the server.
    func perform(_ transfer: CurlTransfer) async -> Result<HTTPExchange, ClientError> {
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                guard transfer.begin(continuation) else { return }
                queue.withLock { $0.added.append(transfer) }
                curl_multi_wakeup(multi)
            }
        } onCancel: {
            guard transfer.cancel() else { return }
            queue.withLock { $0.removed.append(transfer) }
            curl_multi_wakeup(multi)
        }
    }

    private func loop() {
        ccurl_name_current_thread("curl-engine")
        var running: Int32 = 0
        while true {
            let (added, removed) = queue.withLock { queue in
                defer { queue = Queue() }
                return (queue.added, queue.removed)
            }
            for transfer in added where !transfer.isCancelled {
                guard let easy = transfer.easy, curl_multi_add_handle(multi, easy) == CURLM_OK else {
                    transfer.complete(CURLE_FAILED_INIT)
                    continue
                }
                active[easy] = transfer
            }
            for transfer in removed {
                guard let easy = transfer.easy, active.removeValue(forKey: easy) != nil else { continue }
                curl_multi_remove_handle(multi, easy)
            }
            curl_multi_perform(multi, &running)
            var left: Int32 = 0
            while let message = curl_multi_info_read(multi, &left) {
                guard message.pointee.msg == CURLMSG_DONE, let easy = message.pointee.easy_handle else { continue }
                let code = message.pointee.data.result
                curl_multi_remove_handle(multi, easy)
                active.removeValue(forKey: easy)?.complete(code)
            }
            // curl shortens the wait to its own next timer; the long idle wait is ended by a wake-up.
            curl_multi_poll(multi, nil, 0, active.isEmpty ? 60_000 : 1_000, nil)
        }
    }
}
