/// Something `LocalStore` did or found while opening that the seller should hear about. SellerStore never prints:
/// the command or the console shows `description` (one line, plain text; the path may need sanitising).
public enum StoreNotice: Hashable, Sendable, CustomStringConvertible {
    /// The store file, a companion or the data folder was open to other users and is now private.
    case madePrivate(path: String, from: Int, to: Int)
    /// The file or folder is open to other users and could not be made private (not its owner, for example).
    case stillOpenToOthers(path: String, mode: Int, reason: String)

    public var description: String {
        switch self {
        case .madePrivate(let path, let from, let to):
            "made \(path) private (mode \(Self.octal(from)) → \(Self.octal(to))): "
                + "the store holds instance credentials"
        case .stillOpenToOthers(let path, let mode, let reason):
            "\(path) is open to other users (mode \(Self.octal(mode))) and could not be made private: \(reason)"
        }
    }

    /// `0644` style, as `ls` and `chmod` spell modes.
    static func octal(_ mode: Int) -> String {
        let digits = String(mode, radix: 8)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
