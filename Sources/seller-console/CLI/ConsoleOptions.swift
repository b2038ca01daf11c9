import CommandArguments
import ConsoleRuntime
import ConsoleUI
import Foundation
import Profiles
import MarketClient
import TermUI

/// The flags that shape the console, shared by `seller-console` (open) and `seller-console demo`, and how
/// they combine with the config file and the environment into a `ConsoleConfiguration`.
struct ConsoleOptions {
    static let optionNames: Set<String> = ["--theme", "--log"]
    static let flagNames: Set<String> = ["--readonly", "--no-color", "--mouse"]
    static let usage = """
          --readonly    browse only: every action is refused
          --theme NAME  a theme from Themes/ or a path to a .theme file (default: the profile's, else default)
          --no-color    monochrome (also when NO_COLOR is set)
          --mouse       click rows and tabs, scroll with the wheel (takes text selection away)
          --log PATH    log file (default $XDG_STATE_HOME/seller-console/console.log)
          --lang zh|en  the language on screen (default: the profile's lang, else LC_ALL/LC_MESSAGES/LANG)
        """

    var readOnly: Bool
    var theme: String?
    var noColor: Bool
    var mouse: Bool
    var logPath: String?

    init(_ arguments: Arguments, environment: [String: String]) {
        readOnly = arguments.has("--readonly")
        theme = arguments.value("--theme")
        noColor = arguments.has("--no-color") || !(environment["NO_COLOR"] ?? "").isEmpty
        mouse = arguments.has("--mouse")
        logPath = arguments.value("--log")
    }

    /// The console's configuration for a store and (optionally) a marketplace.
    func configuration(storePath: String, client: ClientConfiguration?, profileTheme: String?,
                       refreshSeconds: Int?, environment: [String: String]) -> ConsoleConfiguration {
        let (overrides, keyWarnings) = ConsoleOptions.keyOverrides(environment: environment)
        let (notifications, notificationWarnings) = ConsoleOptions.notifications(environment: environment)
        let warnings = keyWarnings + notificationWarnings
        var configuration = ConsoleConfiguration(
            storePath: storePath, client: client, readOnly: readOnly, theme: theme ?? profileTheme ?? "default",
            themeDirectories: ThemeLoader.standardDirectories(environment: environment,
                                                              bundled: ConsoleOptions.bundledThemeDirectories()),
            noColor: noColor, mouse: mouse, keyOverrides: overrides, refreshSeconds: refreshSeconds,
            logPath: logPath ?? ConsoleLog.defaultPath(environment: environment), startupWarnings: warnings)
        configuration.notifications = notifications
        configuration.language = CommandLanguage.current
        (configuration.savedViews, configuration.startupWarnings) = ConsoleOptions.savedViews(
            environment: environment, warnings: configuration.startupWarnings)
        configuration.downloadDirectory = ConsoleOptions.downloadDirectory(environment: environment)
        return configuration
    }

    /// The `[console]` section of the config file (`bell = on`, `title = on`).
    static func notifications(environment: [String: String]) -> (ConsoleNotifications, [String]) {
        let path = ProfileResolver.configDirectory(environment) + "/config"
        guard FileManager.default.fileExists(atPath: path) else { return (ConsoleNotifications(), []) }
        do {
            return ConsoleNotifications.parse(try IniFile.load(path: path).section("console") ?? [:],
                                              language: CommandLanguage.current)
        } catch {
            return (ConsoleNotifications(), [])   // keyOverrides reports the broken file once
        }
    }

    /// The config file's `[view NAME]` sections; a bad one is a warning naming file:line (issue 14).
    static func savedViews(environment: [String: String], warnings: [String]) -> ([SavedView], [String]) {
        let path = ProfileResolver.configDirectory(environment) + "/config"
        guard let file = try? IniFile.load(path: path) else { return ([], warnings) }   // keyOverrides reports it
        let sections = file.sectionHeaders.compactMap { header -> ViewSection? in
            guard let name = ViewSection.viewName(ofSection: header.name) else { return nil }
            let entries = (file.section(header.name) ?? [:]).map { key, value in
                ConfigEntry(key: key, value: value, line: file.line(section: header.name, key: key) ?? header.line)
            }
            return ViewSection(name: name, line: header.line, entries: entries.sorted { $0.line < $1.line })
        }
        let (views, problems) = SavedViewParser.parse(sections, file: path)
        return (views, warnings + problems.map { $0(CommandLanguage.current) })
    }

    /// The `[keys]` section of the config file (`sync = r, f5`), in a stable order.
    static func keyOverrides(environment: [String: String]) -> ([KeyBindingOverride], [String]) {
        let path = ProfileResolver.configDirectory(environment) + "/config"
        guard FileManager.default.fileExists(atPath: path) else { return ([], []) }
        do {
            let section = try IniFile.load(path: path).section("keys") ?? [:]
            let overrides = section.keys.sorted().map { KeyBindingOverride(command: $0, keys: section[$0] ?? "") }
            return (overrides, [])
        } catch {
            return ([], [StartupText.configProblem(IniFile.problem(error))(CommandLanguage.current)])
        }
    }

    /// `Themes/` beside the binary or in a parent folder of it (a `swift run` build sits in `.build/debug`
    /// under the repository), and in the current directory.
    static func bundledThemeDirectories() -> [String] {
        var candidates: [String] = []
        var directory = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
            .deletingLastPathComponent()
        for _ in 0..<5 {
            candidates.append(directory.appendingPathComponent("Themes").path)
            directory = directory.deletingLastPathComponent()
        }
        candidates.append(FileManager.default.currentDirectoryPath + "/Themes")
        var seen = Set<String>()
        return candidates.filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
                && seen.insert(path).inserted
        }
    }

    /// Opens the console and waits for it to close; prints why when it cannot open.
    static func openConsole(_ configuration: ConsoleConfiguration) async -> Int32 {
        switch await ConsoleSession(configuration: configuration).run() {
        case .success(let code): return code
        case .failure(let error):
            Console.error("\(error)")
            return ExitCode.failure
        }
    }
}
