import ListContract
import Localization
import SellerCore
import TermUI

/// The style role of each state, decided once per enum so a list cell and the detail pane agree. Roles only
/// colour what the label already says (state is never shown by colour alone): ok = done well, pending = moving
/// without the seller, warn = the seller should act, failed = something went wrong, closed = over.
public enum StatusRoles {
    public static func role(_ status: OrderStatus) -> StyleRole {
        switch status {
        case .pendingPayment, .processing: .statusPending
        case .completed: .statusOk
        case .cancelled: .statusClosed
        }
    }

    public static func role(_ status: InstanceStatus) -> StyleRole {
        switch status {
        case .provisioning: .statusPending
        case .provisionFailed: .statusFailed
        case .normal: .statusOk
        case .frozen: .statusWarn
        case .released: .statusClosed
        }
    }

    /// Open messages that stopped retrying, and orders lost to auto-unsubscription, are failures; retries in
    /// flight (the marketplace's or the seller's 重新启动) are pending.
    public static func role(_ state: ExceptionState) -> StyleRole {
        switch state {
        case .retrying, .manualRetryRequested: .statusPending
        case .exhausted, .orderAutoUnsubscribed: .statusFailed
        case .resolved, .recovered: .statusOk
        }
    }

    /// Nodes where the flow's next move is the seller's are warnings, nodes waiting on the buyer, Huawei or the
    /// system (授权码激活) are pending, a frozen appeal is a warning too.
    public static func role(_ node: SupervisionNode) -> StyleRole {
        switch node {
        case .completed: .statusOk
        case .unsubscribed: .statusClosed
        case .appealFrozen: .statusWarn
        default: SupervisionFlow.sellerMoves(at: node) ? .statusWarn : .statusPending
        }
    }

    /// A ticket nobody has accepted yet is the seller's move; ones in conversation are pending.
    public static func role(_ status: TicketStatus) -> StyleRole {
        switch status {
        case .pendingAccept: .statusWarn
        case .inProgress, .waitingCustomer, .waitingConfirm: .statusPending
        case .done: .statusOk
        case .withdrawn, .invalid: .statusClosed
        }
    }

    public static func role(_ outcome: CallOutcome) -> StyleRole {
        switch outcome {
        case .success: .statusOk
        case .failure: .statusFailed
        case .pending: .statusWarn
        }
    }

    public static func role(_ verdict: SignatureVerdict) -> StyleRole {
        switch verdict {
        case .ok: .statusOk
        case .unchecked: .muted
        case .mismatch, .stale, .missing, .replayedNonce: .statusFailed
        }
    }

    public static func role(_ outcome: AttemptOutcome) -> StyleRole {
        outcome == .success ? .statusOk : .statusFailed
    }

    /// Label and role for an enum field of a list row: the label in `language` and the enum's role when the
    /// value is known, else the (sanitised) stored spelling with no role, so a value from a newer build still reads.
    static func labeled<E: LabeledEnum>(_ value: StoredValue<E>, _ language: Language,
                                        role: (E) -> StyleRole) -> (text: String, role: StyleRole?) {
        (label(value, language), value.known.map(role))
    }

    /// The label of a stored value in `language`, or the sanitised stored spelling when this build does not know it.
    static func label<E: LabeledEnum>(_ value: StoredValue<E>, _ language: Language) -> String {
        value.known?.label(language) ?? TextSanitizer.sanitize(value.rawValue)
    }
}
