import Localization
import SellerCore

/// Why the store could not answer a read or take a write, carried by `.loadFailed` and `.actionFailed`. The
/// description is what the screen shows: the store's own reason, which never holds a secret.
public struct StoreFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Stage: Hashable, Sendable {
        /// The executor could not open its connection (the whole executor is out).
        case open
        case read
        case write
    }

    public var stage: Stage
    public var description: String

    public init(_ stage: Stage, _ description: String) {
        self.stage = stage
        self.description = description
    }
}

/// Why a sync stopped, carried by `SyncReport`. The description is what the toast shows; it names the kind and
/// the reason, never a key or a signature.
public struct SyncFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Cause: Hashable, Sendable {
        /// The sync's own store connection could not be opened.
        case storeUnavailable
        /// The marketplace failed or refused (network, HTTP, signature, decoding).
        case marketplace
        /// A page could not be written.
        case store
        case cancelled
        /// The marketplace pointed back at a page already read.
        case stalled
    }

    public var cause: Cause
    /// The kind being synced when it stopped, when known.
    public var kind: EntityKind?
    public var description: String
    /// The same reason in both languages, for the toast; nil when only the English description is known.
    public var phrase: Phrase?

    public init(_ cause: Cause, kind: EntityKind? = nil, _ description: String, phrase: Phrase? = nil) {
        self.cause = cause
        self.kind = kind
        self.description = description
        self.phrase = phrase
    }
}
