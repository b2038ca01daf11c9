import ListContract
import Localization
import SellerCore

/// The notifications feature (issue 13 item 2): how many records are new to the seller, what a sync brought
/// (a toast, and a bell when the config asks), and the terminal title. The terminal itself is the runtime's:
/// this state only says what the title should read and how many times the bell has rung, and the loop
/// passes changes on to the terminal after painting.
public struct AttentionState: Equatable, Sendable {
    /// The latest counts, nil until the first read.
    public internal(set) var counts: NewRecordCounts?
    /// What the seller has been told about: a sync's toast names only what is new beyond it.
    var baseline: NewRecordCounts?
    /// A sync finished and its counts are being read.
    var awaitingSync = false
    /// `bell = on` in the console config.
    public var bellEnabled = false
    /// `title = on` in the console config.
    public var titleEnabled = false
    /// Rings so far; the runtime rings once for each increase.
    public internal(set) var bells = 0

    public init() {}

    /// The kinds whose records can be new (the store's `AttentionSQL.kinds`): a change to another kind leaves the
    /// counts as they are.
    static let kinds: Set<EntityKind> = [.exceptions, .supervision, .tickets]

    /// The terminal title, or nil when the config leaves the title alone.
    public var title: Phrase? {
        guard titleEnabled else { return nil }
        let total = counts?.total ?? 0
        return total == 0 ? Phrase(verbatim: "seller-console") : ScreenMessageText.title(newRecords: total)
    }

    /// A sync finished: the next counts are compared with what the seller was told.
    mutating func syncFinished() -> [Effect] {
        awaitingSync = true
        return [.read(.newRecords)]
    }

    /// New counts; after a sync, the toast text for what it brought (nil when nothing).
    mutating func receive(_ new: NewRecordCounts) -> Phrase? {
        counts = new
        guard awaitingSync, let told = baseline else {
            // Outside a sync counts only fall (the seller saw records) or were never read: follow them down.
            baseline = baseline.map { AttentionState.lower($0, new) } ?? new
            return nil
        }
        awaitingSync = false
        baseline = new
        let failures = max(0, new[.exceptions] - told[.exceptions])
        let messages = max(0, new[.tickets] - told[.tickets])
        let requirements = max(0, new[.supervision] - told[.supervision])
        var parts: [Phrase] = []
        if failures > 0 { parts.append(ScreenMessageText.newFailures(failures)) }
        if messages > 0 { parts.append(ScreenMessageText.newMessages(messages)) }
        if requirements > 0 { parts.append(ScreenMessageText.newRequirements(requirements)) }
        guard !parts.isEmpty else { return nil }
        if bellEnabled && (failures > 0 || messages > 0) { bells += 1 }
        return Phrase.joined(parts, chineseSeparator: " · ", englishSeparator: " · ")
    }

    static func lower(_ a: NewRecordCounts, _ b: NewRecordCounts) -> NewRecordCounts {
        var result = a
        for kind in Set(a.newByKind.keys).union(b.newByKind.keys) { result.newByKind[kind] = min(a[kind], b[kind]) }
        return result
    }
}
