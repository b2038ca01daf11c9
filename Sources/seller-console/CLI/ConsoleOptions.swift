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

    /// The console's configuration for a store and (optionally) a marketplace. The config file is read once
    /// here, and each of its console sections (`[keys]`, `[console]`, `[view …]`, `[links]`) parsed from it.
    func configuration(storePath: String, client: ClientConfiguration?, profileTheme: String?, profile: String?,
                       refreshSeconds: Int?, environment: [String: String]) -> ConsoleConfiguration {
        let language = CommandLanguage.current
        let path = ProfileResolver.configDirectory(environment) + "/config"
        var file: IniFile?
        var warnings: [String] = []
        if FileManager.default.fileExists(atPath: path) {
            do {
                file = try IniFile.load(path: path)
            } catch {
                warnings.append(StartupText.configProblem(IniFile.problem(error))(language))
            }
        }
        let console = file?.section("console") ?? [:]
        let keys = file?.section("keys") ?? [:]
        let (notifications, notificationWarnings) = ConsoleNotifications.parse(console, language: language)
        var configuration = ConsoleConfiguration(
            storePath: storePath, client: client, readOnly: readOnly, theme: theme ?? profileTheme ?? "default",
            themeDirectories: ThemeLoader.standardDirectories(environment: environment,
                                                              bundled: ConsoleOptions.bundledThemeDirectories()),
            noColor: noColor, mouse: mouse,
            keyOverrides: keys.keys.sorted().map { KeyBindingOverride(command: $0, keys: keys[$0] ?? "") },
            refreshSeconds: refreshSeconds, logPath: logPath ?? ConsoleLog.defaultPath(environment: environment),
            startupWarnings: warnings + notificationWarnings)
        configuration.notifications = notifications
        configuration.language = language
        configuration.downloadDirectory = DownloadDirectory.parse(console, home: environment["HOME"])
        let profileName = profile ?? environment["SELLER_CONSOLE_PROFILE"] ?? "default"
        let site = ProfileResolver.site(name: profileName, environment: environment) ?? .cn
        configuration.sellerCenter = SellerCenterLinks(site: site)
        if let file {
            let (views, viewProblems) = ConsoleOptions.savedViews(in: file, path: path)
            let (method, clipboardWarnings) = ClipboardConfiguration.method(in: file, language: language)
            let (links, linkWarnings) = LinksConfiguration.links(in: file, profile: profileName, site: site,
                                                                 language: language)
            configuration.savedViews = views
            configuration.clipboard = method
            configuration.sellerCenter = links
            configuration.startupWarnings += viewProblems + clipboardWarnings + linkWarnings
        }
        return configuration
    }

    /// The config file's `[view NAME]` sections; a bad one is a warning naming file:line (issue 14).
    static func savedViews(in file: IniFile, path: String) -> ([SavedView], [String]) {
        let sections = file.sectionHeaders.compactMap { header -> ViewSection? in
            guard let name = ViewSection.viewName(ofSection: header.name) else { return nil }
            let entries = (file.section(header.name) ?? [:]).map { key, value in
                ConfigEntry(key: key, value: value, line: file.line(section: header.name, key: key) ?? header.line)
            }
            return ViewSection(name: name, line: header.line, entries: entries.sorted { $0.line < $1.line })
        }
        let (views, problems) = SavedViewParser.parse(sections, file: path)
        return (views, problems.map { $0(CommandLanguage.current) })
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
