import ConsoleRuntime
import Foundation
import Profiles

extension ConsoleOptions {
    /// `download_dir` of the config file's `[console]` section; nil when unset or the file is unreadable (the key
    /// overrides report a broken file once).
    static func downloadDirectory(environment: [String: String]) -> String? {
        let path = ProfileResolver.configDirectory(environment) + "/config"
        guard FileManager.default.fileExists(atPath: path),
              let section = try? IniFile.load(path: path).section("console") else { return nil }
        return DownloadDirectory.parse(section, home: environment["HOME"])
    }
}
