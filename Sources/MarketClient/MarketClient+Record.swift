import MarketAPI
import SellerCore

/// One record by id (`GET {kind}/{id}`, Assets/api/seller-gateway.md "Detail"): how a sync asks again for a record
/// it could not decode, and how the sender refreshes the target of a refused action at once.
extension MarketClient {
    /// The record as the gateway has it now; `.decoding` when it still cannot be read, `.rejected(404, …)` when
    /// the gateway has no such record. Retried like a list page.
    public func record(_ kind: EntityKind, id: String) async throws(ClientError) -> SellerRecord {
        try await withRetries { () throws(ClientError) -> SellerRecord in
            let exchange = try await self.send(method: "GET", path: GatewayPaths.detail(kind, id: id),
                                               responseLimit: self.configuration.limits.listPage)
            if let error = ClientError(exchange: exchange) { throw error }
            let document: JSONValue
            do throws(JSONSyntaxError) {
                document = try JSONParser.parse(exchange.body)
            } catch {
                throw ClientError.decoding(path: "$", reason: error.description)
            }
            do throws(JSONFieldError) {
                return try RecordWire.decode(kind, try JSONFields(document, path: ""))
            } catch {
                throw ClientError.decoding(path: error.path, reason: error.reason)
            }
        }
    }
}
