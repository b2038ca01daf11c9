import ListContract
import SellerCore

/// A filter the store will not run: too long, or too many terms. Each term adds a LIKE check (and a trigram
/// MATCH) to every candidate row, so an unbounded filter is an unbounded query, and past SQLite's own limits
/// it would fail as an opaque SQL error ("LIKE or GLOB pattern too complex") that reads as a broken store.
/// `description` is the message for the seller, in the CLI and in the console's filter prompt.
public enum ListFilterError: Error, Equatable, Sendable, CustomStringConvertible {
    /// More characters (grapheme clusters, as the console's prompt counts them) than `maxCharacters`.
    case tooLong(characters: Int, limit: Int)
    /// More Unicode code points than `maxCodePoints`: few characters made of many combining marks.
    case tooManyCodePoints(count: Int, limit: Int)
    /// More space-separated terms than `maxTerms`.
    case tooManyTerms(count: Int, limit: Int)
    /// A field term (`created:`, `amount:`, …) that does not parse, or names a field the kind does not have.
    case malformed(FilterSyntaxError)

    /// The longest filter: as many characters as the console's filter prompt takes.
    public static let maxCharacters = 200
    /// Five code points per character is generous for any script (a Hangul syllable spelled in jamo is three,
    /// a flag two, a family emoji seven) and keeps every LIKE pattern far below SQLite's 50,000-byte limit.
    public static let maxCodePoints = 1_000
    /// More terms than this narrows nothing in practice and only slows every query down.
    public static let maxTerms = 16

    public var description: String {
        switch self {
        case .tooLong(let characters, let limit):
            "filter too long: \(characters) characters, at most \(limit)"
        case .tooManyCodePoints(let count, let limit):
            "filter too long: \(count) code points, at most \(limit)"
        case .tooManyTerms(let count, let limit):
            "filter has too many terms: \(count), at most \(limit)"
        case .malformed(let error):
            "filter term \(error)"
        }
    }

    /// Checks `text` against the limits without opening a store, so a command can refuse a filter with a usage
    /// error before it touches anything. The store's queries run the same check.
    public static func check(_ text: String) throws(ListFilterError) {
        _ = try ListFilter.terms(of: text)
    }

    /// `check(_:)` plus the field terms as `kind` reads them, for a command that knows the kind and the clock.
    public static func check(_ text: String, kind: EntityKind, clock: FilterClock?) throws(ListFilterError) {
        _ = try ListFilter(text, kind: kind, clock: clock)
    }
}
