import MarketAPI
import SellerCore
import Synchronization

/// Applies actions to the world's records one at a time: find, check through the state machine, store, and
/// enter the ledger under one lock, so two actions on the same record can never both pass the same check.
/// It is held only for that in-memory step, never during a call to the seller's production interface.
final class RecordApplier: Sendable {
    let world: World
    let ledger: ActionLedger
    private let applying = Mutex(())

    init(world: World, ledger: ActionLedger) {
        self.world = world
        self.ledger = ledger
    }

    /// Changes the target of `route` with `change` (given the record and the new stamp). A refusal thrown by
    /// `change` leaves the record as it was. `entersLedger` is false for the first half of a two-step action.
    func apply(_ route: ActionRoute, key: String, entersLedger: Bool = true,
               _ change: (inout SellerRecord, Timestamp) throws(ActionRefusal) -> Void)
        throws(ActionRefusal) -> SellerRecord {
        let target = route.target
        let result: Result<SellerRecord, ActionRefusal> = applying.withLock { _ in
            guard let found = world.find(target.kind, id: target.id) else {
                return .failure(.notFound("no \(target.kind.commandName) with id \(target.id)"))
            }
            var stamp: Timestamp?
            let stored: SellerRecord?
            do {
                stored = try world.update(target.kind, at: found.index) { record, now in
                    stamp = now
                    try change(&record, now)
                }
            } catch let refusal as ActionRefusal {
                return .failure(refusal)
            } catch {
                return .failure(.internalError("\(error)"))
            }
            guard let stored else { return .failure(.notFound("no \(target.kind.commandName) with id \(target.id)")) }
            if entersLedger {
                ledger.record(AppliedAction(idempotencyKey: key, route: route, targetId: target.id,
                                            appliedAt: stamp ?? stored.updatedAt))
            }
            return .success(stored)
        }
        return try result.get()
    }
}
