import Foundation
import MarketClient
import Synchronization

/// Forwards one call to the seller's interface from a request thread of the HTTP server: the transfer runs on
/// `MarketClient`'s curl thread and this thread waits for it, bounded by the upstream timeout plus a margin.
struct UpstreamForwarder: Sendable {
    let client: MarketClient
    let timeout: TimeInterval
    let responseLimit: Int

    func forward(method: String, target: String, headers: [(String, String)], body: [UInt8])
        -> Result<HTTPExchange, ClientError> {
        let box = ResultBox()
        let task = Task { [client, timeout, responseLimit] in
            do throws(ClientError) {
                box.deliver(.success(try await client.forward(method: method, target: target, headers: headers,
                                                              body: body, responseLimit: responseLimit,
                                                              timeout: timeout)))
            } catch {
                box.deliver(.failure(error))
            }
        }
        if let result = box.wait(seconds: timeout + 5) { return result }
        task.cancel()
        return .failure(.transport("no answer within \(Int(timeout)) s"))
    }
}

/// One forward's result, handed from the task to the waiting request thread.
private final class ResultBox: Sendable {
    private let result = Mutex<Result<HTTPExchange, ClientError>?>(nil)
    private let ready = DispatchSemaphore(value: 0)

    func deliver(_ value: Result<HTTPExchange, ClientError>) {
        result.withLock { $0 = value }
        ready.signal()
    }

    func wait(seconds: TimeInterval) -> Result<HTTPExchange, ClientError>? {
        guard ready.wait(timeout: .now() + seconds) == .success else { return nil }
        return result.withLock { $0 }
    }
}
