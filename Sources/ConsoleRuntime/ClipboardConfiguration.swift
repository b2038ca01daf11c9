import ConsoleUI
import Foundation
import Localization
import Profiles

/// The config's `[console] clipboard = osc52|wl-copy|xclip|none` (issue 14). A value it does not know keeps the
/// default and says so with its `file:line` and the valid values: never a reason not to open.
public enum ClipboardConfiguration {
    public static let key = "clipboard"

    public static func method(in file: IniFile, language: Language) -> (ClipboardMethod, [String]) {
        guard let text = file.section("console")?[key] else { return (.osc52, []) }
        if let method = ClipboardMethod(rawValue: text.lowercased()) { return (method, []) }
        let valid = ClipboardMethod.allCases.map(\.rawValue).joined(separator: ", ")
        let place = file.place(section: "console", key: key)
        let warning = Phrase(zh: "\(place)：clipboard 的值 \"\(text)\" 无效，可用：\(valid)；仍使用 osc52。",
                             en: "\(place): unknown clipboard \"\(text)\"; valid: \(valid). Using osc52.")
        return (.osc52, [warning(language)])
    }
}

/// The config file the console's own sections live in, when it exists and parses.
enum ConfigFile {
    static func load(_ environment: [String: String]) -> IniFile? {
        let path = ProfileResolver.configDirectory(environment) + "/config"
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        return try? IniFile.load(path: path)
    }
}
