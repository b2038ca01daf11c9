import HTTPServer
import MarketAPI

// The outcome lookup `GET actions/{idempotency key}` (Assets/api/seller-gateway.md, "Outcome lookup"): what became
// of the action sent with a key, read from the idempotency store (and the ledger, for answers forgotten since).
extension ActionRouter {
    func lookupOutcome(key: String, _ request: HTTPRequest) -> HTTPResponse {
        guard request.head.method == "GET" else { return ActionRefusal.methodNotAllowed(allow: "GET").response }
        guard IdempotencyStore.isValidKey(key) else {
            return ActionRefusal.badRequest("idempotency key: 1–128 characters of A–Z a–z 0–9 - _ . expected").response
        }
        let body: [UInt8]
        switch idempotency.lookup(key: key, wasApplied: { ledger.count(forKey: $0) > 0 }) {
        case .answered(let answer):
            let state: ActionOutcomeWire.State = (200..<300).contains(answer.status) ? .applied : .refused
            body = ActionOutcomeWire.body(state: state, answer: (answer.status, answer.body))
        case .appliedAnswerForgotten:
            body = ActionOutcomeWire.body(state: .applied)
        case .processing:
            body = ActionOutcomeWire.body(state: .processing)
        case .abandoned:
            body = ActionOutcomeWire.body(state: .abandoned)
        }
        return .json(bytes: body)
    }
}
