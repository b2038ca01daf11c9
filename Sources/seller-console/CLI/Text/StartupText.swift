import Localization

/// Warnings the command line hands to the console, shown on its first frame.
enum StartupText {
    /// No usable keys (or profile): the console opens on the store without syncing.
    static func offline(_ reason: Phrase) -> Phrase {
        Phrase(zh: "离线模式：\(reason.zh)", en: "Offline: \(reason.en)")
    }
}
