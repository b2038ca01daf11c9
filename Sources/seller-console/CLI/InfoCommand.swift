import CommandArguments
import ConsoleRuntime
import Foundation
import Localization
import Profiles
import SellerCore
import TermUI

/// `seller-console info`: where everything is, as this command line resolves it (the profile, its site and
/// marketplace, the config and credentials files with their modes, where each key comes from, the store, the
/// log, the theme folders and the built-in themes, the version). Like `k9s info`: the first thing to run when
/// something is not where you expect it. It never prints a key.
enum InfoCommand {
    static let usage = """
        usage: seller-console info [--profile P] [--store PATH] [--json]
          Prints the resolved paths and where each key comes from (environment, credentials or none); never a key.
        """

    static func run(_ arguments: [String]) throws(Arguments.UsageError) -> Int32 {
        let options = try Arguments(arguments, options: ["--profile", "--store"], flags: ["--json"])
        let environment = ProcessInfo.processInfo.environment
        let report = ProfileResolver.inspect(name: options.value("--profile"), storePath: options.value("--store"),
                                             environment: environment)
        let themes = ThemeLoader.standardDirectories(environment: environment,
                                                     bundled: ConsoleOptions.bundledThemeDirectories())
        let facts = InfoFacts(report: report, logPath: ConsoleLog.defaultPath(environment: environment),
                              themeDirectories: themes.map { ($0, FileManager.default.fileExists(atPath: $0)) },
                              builtinThemes: ThemeLoader.builtins.keys.sorted(),
                              version: Commands.table.versionLine)
        Console.print(options.has("--json") ? facts.json : facts.text)
        return ExitCode.success
    }
}

/// The facts `info` prints, as text for a person or JSON for a script.
struct InfoFacts {
    var report: ProfileReport
    var logPath: String
    var themeDirectories: [(path: String, exists: Bool)]
    var builtinThemes: [String]
    var version: String

    /// This run's language and what decided it.
    var choice = CommandLanguage.resolved

    /// The report for a person, in this run's language.
    var text: String {
        let shown = choice.language
        func row(_ key: Phrase, _ value: String) -> String { InfoFacts.row(key(shown), value) }
        let store = FileManager.default.fileExists(atPath: report.storePath) ? "" : InfoText.notCreated(shown)
        var lines = [
            version,
            row(InfoText.profile, report.profile),
            row(InfoText.site, report.site + (report.baseURL.map { " → " + $0 } ?? InfoText.noBaseURL(shown))),
            row(InfoText.config, report.configPath + InfoText.file(report.config)(shown)),
            row(InfoText.credentials, report.credentialsPath + InfoText.file(report.credentials)(shown)),
            row(InfoText.keys, InfoText.keys(access: report.accessKey, secret: report.secretKey,
                                             production: report.productionKey)(shown)),
            row(InfoText.store, report.storePath + store),
            row(InfoText.log, logPath),
            row(InfoText.theme, report.theme ?? "default"),
            row(InfoText.language, InfoText.language(choice.language, choice.source)(shown)),
        ]
        if let upstream = report.relayUpstream { lines.append(row(InfoText.relay, InfoText.upstream(upstream)(shown))) }
        for (index, directory) in themeDirectories.enumerated() {
            let key = index == 0 ? InfoText.themeFolders : Phrase(verbatim: "")
            lines.append(row(key, directory.path + (directory.exists ? "" : InfoText.noFolder(shown))))
        }
        lines.append(row(InfoText.builtinThemes, builtinThemes.joined(separator: " ")))
        return lines.joined(separator: "\n")
    }

    var json: String {
        func string(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        func file(_ path: String, _ state: ProfileReport.FileState) -> JSONValue {
            var members = [JSONMember("path", .string(path))]
            switch state {
            case .missing: members.append(JSONMember("state", .string("missing")))
            case .present(let mode):
                members += [JSONMember("state", .string("present")), JSONMember("mode", .string(InfoText.octal(mode)))]
            case .problem(let why):
                members += [JSONMember("state", .string("problem")), JSONMember("problem", .string(why.en))]
            }
            return .object(members)
        }
        let document = JSONValue.object([
            JSONMember("version", .string(version)), JSONMember("profile", .string(report.profile)),
            JSONMember("site", .string(report.site)), JSONMember("baseURL", string(report.baseURL)),
            JSONMember("config", file(report.configPath, report.config)),
            JSONMember("credentials", file(report.credentialsPath, report.credentials)),
            JSONMember("keys", .object([
                JSONMember("accessKey", .string(report.accessKey.rawValue)),
                JSONMember("secretKey", .string(report.secretKey.rawValue)),
                JSONMember("productionKey", .string(report.productionKey.rawValue)),
            ])),
            JSONMember("store", .string(report.storePath)), JSONMember("log", .string(logPath)),
            JSONMember("theme", string(report.theme)), JSONMember("relayUpstream", string(report.relayUpstream)),
            JSONMember("lang", string(report.language?.rawValue)),
            JSONMember("themeFolders", .array(themeDirectories.map { directory in
                .object([JSONMember("path", .string(directory.path)), JSONMember("exists", .bool(directory.exists))])
            })),
            JSONMember("builtinThemes", .array(builtinThemes.map(JSONValue.string))),
        ])
        var writer = JSONWriter()
        writer.append(document)
        return writer.text
    }

    /// A label padded to 16 display cells (a Chinese character takes two), then the value on one line.
    private static func row(_ key: String, _ value: String) -> String {
        DisplayWidth.pad(key, to: 16, alignment: .left) + TextSanitizer.sanitize(value, mode: .singleLine)
    }
}
