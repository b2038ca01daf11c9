import SellerCore
import TermUI

/// A short message in the corner that goes away by itself.
public struct ToastItem: Hashable, Sendable {
    public var message: String
    public var kind: Toast.Kind
    public var expiresAt: Timestamp
}

/// The toasts feature: at most three messages, each gone after a few seconds (errors stay longer) or at Esc.
public struct Toasts: Equatable, Sendable {
    public private(set) var items: [ToastItem] = []

    public init() {}

    public mutating func show(_ message: String, kind: Toast.Kind, at now: Timestamp) {
        let seconds: Int64 = kind == .error ? 8 : 4
        items.append(ToastItem(message: message, kind: kind, expiresAt: now.adding(seconds: seconds)))
        if items.count > 3 { items.removeFirst(items.count - 3) }
    }

    /// Esc: the newest toast goes first (it is the one just read); false when there was none.
    public mutating func dismissNewest() -> Bool {
        guard !items.isEmpty else { return false }
        items.removeLast()
        return true
    }

    mutating func expire(at time: Timestamp) {
        items.removeAll { $0.expiresAt <= time }
    }
}
