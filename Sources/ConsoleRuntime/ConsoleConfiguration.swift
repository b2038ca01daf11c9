import ConsoleUI
import Foundation
import MarketClient
import SellerCore

/// Everything the console needs to open, gathered by the command line from flags, the profile and the
/// environment.
public struct ConsoleConfiguration: Sendable {
    public var storePath: String
    /// The marketplace to sync from; nil opens the store offline.
    public var client: ClientConfiguration?
    public var readOnly: Bool
    /// A theme name or a path to a `.theme` file.
    public var theme: String
    public var themeDirectories: [String]
    /// `NO_COLOR` or `--no-color`: the monochrome theme, attributes only.
    public var noColor: Bool
    public var mouse: Bool
    public var keyOverrides: [KeyBindingOverride]
    /// Seconds between background syncs; nil or 0 for none.
    public var refreshSeconds: Int?
    public var logPath: String
    public var utcOffsetSeconds: Int
    /// Problems found while reading the configuration, shown once the screen is up.
    public var startupWarnings: [String]

    public init(storePath: String, client: ClientConfiguration?, readOnly: Bool = false, theme: String = "default",
                themeDirectories: [String] = [], noColor: Bool = false, mouse: Bool = false,
                keyOverrides: [KeyBindingOverride] = [], refreshSeconds: Int? = nil, logPath: String,
                utcOffsetSeconds: Int = TimeZone.current.secondsFromGMT(), startupWarnings: [String] = []) {
        self.storePath = storePath
        self.client = client
        self.readOnly = readOnly
        self.theme = theme
        self.themeDirectories = themeDirectories
        self.noColor = noColor
        self.mouse = mouse
        self.keyOverrides = keyOverrides
        self.refreshSeconds = refreshSeconds
        self.logPath = logPath
        self.utcOffsetSeconds = utcOffsetSeconds
        self.startupWarnings = startupWarnings
    }
}

/// The wall clock as a `Timestamp`.
public func currentTimestamp() -> Timestamp {
    Timestamp(millis: Int64((Date().timeIntervalSince1970 * 1000).rounded()))
}
