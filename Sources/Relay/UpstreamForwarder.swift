import Foundation
import MarketClient

/// Forwards one call to the seller's interface from a request thread of the HTTP server: the transfer runs on
/// `MarketClient`'s curl thread and this thread waits for it (`BlockingBridge`), bounded by the upstream timeout
/// plus a margin.
struct UpstreamForwarder: Sendable {
    let client: MarketClient
    let timeout: TimeInterval
    let responseLimit: Int

    func forward(method: String, target: String, headers: [(String, String)], body: [UInt8])
        -> Result<HTTPExchange, ClientError> {
        let answer = BlockingBridge.wait(seconds: timeout + 5) {
            [client, timeout, responseLimit] () async -> Result<HTTPExchange, ClientError> in
            do throws(ClientError) {
                return .success(try await client.forward(method: method, target: target, headers: headers,
                                                         body: body, responseLimit: responseLimit, timeout: timeout))
            } catch {
                return .failure(error)
            }
        }
        return answer ?? .failure(.transport("no answer within \(Int(timeout)) s"))
    }
}
