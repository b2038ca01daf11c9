import MarketAPI
import SellerCore

/// The outcome lookup of the contract (Assets/api/seller-gateway.md, "Outcome lookup").
extension MarketClient {
    /// What became of the action sent with idempotency key `key` (whose target is a `kind`). One request, no
    /// retries: a caller that cannot learn the outcome says so rather than waiting. A key the gateway never
    /// received is abandoned by this very lookup, so `.abandoned` means it is never applied.
    public func actionOutcome(idempotencyKey key: String, kind: EntityKind) async throws(ClientError) -> ActionOutcome {
        let exchange = try await send(method: "GET", path: ActionOutcomeWire.path(idempotencyKey: key))
        if let error = ClientError(exchange: exchange) { throw error }
        do throws(JSONFieldError) {
            return try ActionOutcomeWire.decode(kind: kind, body: exchange.body)
        } catch {
            throw .decoding(path: error.path, reason: error.reason)
        }
    }
}
