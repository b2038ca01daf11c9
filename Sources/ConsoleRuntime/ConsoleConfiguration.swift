import ConsoleUI
import Foundation
import Localization
import MarketClient
import SellerCore
import Sync

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
    /// Where the outbox sends replays of journalled calls (the profile's relay settings); nil refuses them.
    public var replay: ReplayTarget?
    /// The config's `[console]` section: bell and title (issue 13).
    public var notifications = ConsoleNotifications()
    /// Every word on screen is in this language (`--lang`, the profile's `lang =`, else the locale).
    public var language: Language = .zh
    /// The config's `[view NAME]` sections, for `v` and `:view` (issue 14).
    public var savedViews: [SavedView] = []
    /// Where the tab, filters and sorts are remembered between sessions; nil remembers nothing.
    public var viewMemory: ViewMemoryFile?
    /// How `y` and `Y` copy: the config's `[console] clipboard =` (issue 14).
    public var clipboard: ClipboardMethod = .osc52
    /// The profile's Seller Center routes (its site, and the config's `[links]`); nil shows no links.
    public var sellerCenter: SellerCenterLinks?
    /// The folder `s` offers for a task's attachments (`[console] download_dir`); nil offers the working directory.
    public var downloadDirectory: String?

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

/// The client's secret key never shows: not in `description`, `debugDescription` nor reflection (`dump`, a
/// debugger's `po`). The marketplace appears as its address and access key only, whatever
/// `ClientConfiguration` itself prints.
extension ConsoleConfiguration: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    public var description: String {
        "ConsoleConfiguration(storePath: \(storePath), client: \(redactedClient), readOnly: \(readOnly), "
            + "theme: \(theme), refreshSeconds: \(refreshSeconds.map(String.init) ?? "nil"), logPath: \(logPath))"
    }

    public var debugDescription: String { description }

    public var customMirror: Mirror {
        Mirror(self, children: [
            "storePath": storePath, "client": redactedClient, "readOnly": readOnly, "theme": theme,
            "themeDirectories": themeDirectories, "noColor": noColor, "mouse": mouse, "keyOverrides": keyOverrides,
            "refreshSeconds": refreshSeconds as Any, "logPath": logPath, "utcOffsetSeconds": utcOffsetSeconds,
            "startupWarnings": startupWarnings, "replay": replay as Any, "notifications": notifications,
        ], displayStyle: .struct)
    }

    private var redactedClient: String {
        guard let client else { return "offline" }
        return "\(client.baseURL) (accessKey: \(client.accessKey), secretKey: <redacted>)"
    }
}

/// What the console tells the seller outside its screen, from the config file's `[console]` section:
/// `bell = on` rings when a sync brings new failures or customer messages; `title = on` shows the count of new
/// records in the terminal's title. Both off by default: a bell or a title a seller did not ask for is noise.
public struct ConsoleNotifications: Hashable, Sendable {
    public var bell = false
    public var title = false

    public init(bell: Bool = false, title: Bool = false) {
        self.bell = bell
        self.title = title
    }

    public static let keys = ["bell", "title", "clipboard"]

    /// Reads the section; a key or value it does not know is reported in `language` (never a reason not to open).
    public static func parse(_ section: [String: String], language: Language) -> (ConsoleNotifications, [String]) {
        var settings = ConsoleNotifications()
        var warnings: [String] = []
        for key in section.keys.sorted() {
            let value = (section[key] ?? "").lowercased()
            if DownloadDirectory.keys.contains(key) { continue }
            guard keys.contains(key) else {
                warnings.append(RuntimeText.unknownConsoleKey(key, valid: keys.joined(separator: ", "))(language))
                continue
            }
            if key == "clipboard" { continue }   // ClipboardConfiguration reads it, with its file:line
            let on: Bool
            switch value {
            case "on", "yes", "true", "1": on = true
            case "off", "no", "false", "0": on = false
            default:
                warnings.append(RuntimeText.onOrOff(key, got: value)(language))
                continue
            }
            if key == "bell" { settings.bell = on } else if key == "title" { settings.title = on }
        }
        return (settings, warnings)
    }
}

/// The wall clock as a `Timestamp`.
public func currentTimestamp() -> Timestamp {
    Timestamp(millis: Int64((Date().timeIntervalSince1970 * 1000).rounded()))
}
