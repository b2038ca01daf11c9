/// Every exit status the executables document, in one place: scripts branch on these numbers, so a value
/// never changes once documented.
public enum ExitCode {
    public static let success: Int32 = 0
    /// Something went wrong that is not the caller's input (a store that cannot be written, a network failure).
    public static let failure: Int32 = 1
    /// The command line, configuration or input cannot be used as given.
    public static let usage: Int32 = 2
    /// The marketplace refused the signature or the key pair.
    public static let authentication: Int32 = 3
    /// No store at the path, or it cannot be read.
    public static let noStore: Int32 = 4
    /// The action is not allowed in its target's state.
    public static let refused: Int32 = 5
    /// An action failed.
    public static let actionFailed: Int32 = 6
    /// An action was still pending when the wait ended.
    public static let stillPending: Int32 = 7
    /// `outbox discard` kept an action that may have been applied and whose outcome cannot be learned now.
    public static let outcomeUnknown: Int32 = 8
    /// `sync` finished, but records were rejected (could not be decoded): the rest is stored, and they are asked
    /// for again on every sync until they decode.
    public static let recordsRejected: Int32 = 9
}
