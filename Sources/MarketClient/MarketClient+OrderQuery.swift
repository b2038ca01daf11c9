import MarketAPI
import SellerCore

/// The published open API `GET …/order/query` (docs/KOOGALLERY.md §5.1), APIG-signed like every request of the client.
extension MarketClient {
    /// The order (one line of it with `orderLineId`). A 200 whose `resultCode` is not `MKT.0000` is a refusal
    /// carrying that code, whose words `ClientError.description` gives.
    public func queryOrder(orderId: String, orderLineId: String? = nil, now: Timestamp)
        async throws(ClientError) -> Order {
        var query = [("orderId", orderId)]
        if let orderLineId { query.append(("orderLineId", orderLineId)) }
        let exchange = try await withRetries { () async throws(ClientError) -> HTTPExchange in
            let exchange = try await send(method: "GET", path: GatewayPaths.queryOrder, query: query,
                                          responseLimit: configuration.limits.actionAnswer)
            if let error = ClientError(exchange: exchange) { throw error }
            return exchange
        }
        switch Self.decodeOrderAnswer(exchange.body, now: now) {
        case .success(let order): return order
        case .failure(.refused(let code, let message)):
            throw .rejected(status: exchange.status, code: code, message: message)
        case .failure(.unreadable(let error)):
            throw .decoding(path: error.path, reason: error.reason)
        }
    }

    enum OrderAnswerProblem: Error {
        case refused(code: String, message: String)
        case unreadable(JSONFieldError)
    }

    /// Reads `resultCode` and `orderInfo` from a 200 answer.
    static func decodeOrderAnswer(_ body: [UInt8], now: Timestamp) -> Result<Order, OrderAnswerProblem> {
        do throws(JSONFieldError) {
            let document: JSONValue
            do {
                document = try JSONParser.parse(body)
            } catch {
                throw JSONFieldError(path: "$", reason: error.description)
            }
            let fields = try JSONFields(document, path: "$")
            let code = try fields.optionalString("resultCode") ?? ResultCodes.success
            guard code == ResultCodes.success else {
                let message = String((try fields.optionalString("resultMsg") ?? "").prefix(300))
                return .failure(.refused(code: code, message: message))
            }
            return .success(try OrderWire.decode(try fields.object("orderInfo"), fetchedAt: now))
        } catch {
            return .failure(.unreadable(error))
        }
    }
}
