/// Why a chosen file cannot be delivered, as data: the picker, the deliver form and `deliver --file` show its
/// `phrase` in their language, and nothing needs to read the words to tell the cases apart.
public enum FileRefusal: Error, Hashable, Sendable, CustomStringConvertible {
    /// Not a regular file: only regular files can be delivered.
    public enum Special: Hashable, Sendable {
        case fifo, characterDevice, blockDevice, socket, other
    }

    case missing
    case permissionDenied
    case directory
    case special(Special)
    /// The file was swapped for another between looking at it and opening it.
    case replaced
    /// Reading failed; the system's reason.
    case readFailed(String)

    /// English, for logs; every screen and the command line word it through `phrase` in their language.
    public var description: String { phrase.en }
}
