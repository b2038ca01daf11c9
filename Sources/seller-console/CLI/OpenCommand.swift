import CommandArguments
import ConsoleRuntime
import Foundation
import Profiles
import MarketClient
import Sync

/// `seller-console [open]`: the console over the profile's store, syncing from its marketplace when the
/// profile has keys and offline (browsing what the store holds) when it has none.
enum OpenCommand {
    static let usage = """
        usage: seller-console [open] [--profile NAME] [--store PATH] [--base-url URL] [console options]

        Opens the console on the profile's local store and syncs it in the background.
        console options:
        \(ConsoleOptions.usage)
        """

    static func run(_ arguments: [String]) async throws(Arguments.UsageError) -> Int32 {
        let environment = ProcessInfo.processInfo.environment
        let parsed = try Arguments(arguments, options: ConsoleOptions.optionNames.union(["--profile", "--store",
                                                                                         "--base-url"]),
                                   flags: ConsoleOptions.flagNames)
        let options = ConsoleOptions(parsed, environment: environment)
        var client: ClientConfiguration?
        var storePath = parsed.value("--store")
        var theme: String?
        var refresh: Int?
        var warnings: [String] = []
        var replay: ReplayTarget?
        do {
            let profile = try ProfileResolver.resolve(name: parsed.value("--profile"), baseURL: parsed.value("--base-url"),
                                                      storePath: storePath, environment: environment)
            let configuration = ClientConfiguration(baseURL: profile.baseURL, accessKey: profile.accessKey,
                                                    secretKey: profile.secretKey)
            try configuration.validate()
            client = configuration
            storePath = profile.storePath
            theme = profile.theme
            refresh = profile.refreshSeconds ?? 300
            replay = ReplayTarget(upstream: profile.relay.upstream, productionKey: profile.relay.productionKey)
        } catch let error as ProfileError where error.invalidConfiguration {
            Console.error(error.message)
            return ExitCode.usage
        } catch let error as ClientError {
            Console.error(error.description)
            return ExitCode.usage
        } catch {
            warnings.append(StartupText.offline(CommandErrors.phrase(error))(CommandLanguage.current))
            storePath = storePath ?? ProfileResolver.defaultStorePath(
                profile: parsed.value("--profile") ?? environment["SELLER_CONSOLE_PROFILE"] ?? "default", environment)
        }
        guard let storePath else { return ExitCode.failure }
        try? FileManager.default.createDirectory(atPath: (storePath as NSString).deletingLastPathComponent,
                                                 withIntermediateDirectories: true)
        var configuration = options.configuration(storePath: storePath, client: client, profileTheme: theme,
                                                  profile: parsed.value("--profile"), refreshSeconds: refresh,
                                                  environment: environment)
        configuration.startupWarnings += warnings
        configuration.replay = replay
        let profileName = parsed.value("--profile") ?? environment["SELLER_CONSOLE_PROFILE"] ?? "default"
        configuration.viewMemory = ViewMemoryFile(
            path: ViewMemoryFile.defaultPath(profile: profileName, environment: environment), profile: profileName)
        return await ConsoleOptions.openConsole(configuration)
    }
}
