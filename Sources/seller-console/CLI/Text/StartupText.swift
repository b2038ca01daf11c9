import Localization

/// Warnings the command line hands to the console, shown on its first frame.
enum StartupText {
    /// No usable keys (or profile): the console opens on the store without syncing.
    static func offline(_ reason: Phrase) -> Phrase {
        Phrase(zh: "离线模式：\(reason.zh)", en: "Offline: \(reason.en)")
    }
    /// The config file could not be read; the console opens with the default keys.
    static func configProblem(_ reason: Phrase) -> Phrase {
        Phrase(zh: "配置文件：\(reason.zh)", en: "config: \(reason.en)")
    }
}
