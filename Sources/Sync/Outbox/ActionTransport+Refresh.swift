import MarketClient
import SellerCore

// A refusal by the marketplace (409 with a reason, or an `MKT.*` code) usually means the local copy is stale:
// the record moved on (accepted elsewhere, already resolved). The sender asks for the record at once, so the row
// and the detail show where it really is beside the refusal, instead of waiting for the next sync (issue 13).
extension ActionTransport {
    /// The action's record as the gateway has it now, after a refusal the marketplace gave; nil after any other
    /// result, for actions without a gateway record (replays, license hand-backs), or when it cannot be had.
    func refreshedTarget(after result: AttemptResult, of item: OutboxItem) async -> SellerRecord? {
        guard case .refused(_, let failure) = result, failure.httpStatus != nil,
              failure.kind == .notAllowed || failure.kind == .refused,
              item.action.kind.isGatewayAction, !item.action.isReplay else { return nil }
        do throws(ClientError) {
            return try await client.record(item.action.targetKind, id: item.action.targetId)
        } catch {
            return nil
        }
    }
}
