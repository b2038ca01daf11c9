import Foundation
import Localization
import Profiles

/// The language of the command line's human output and of the console it opens. `--lang zh|en` is accepted by
/// every command (anywhere after the program name), so `main` takes it out of the words before any command
/// parses them; then the profile's `lang =`, then `LC_ALL`/`LC_MESSAGES`/`LANG` decide. JSON output never
/// changes with it.
enum CommandLanguage {
    /// The words without `--lang VALUE` / `--lang=VALUE`, the language asked for, or why the value is wrong.
    static func split(_ words: [String]) -> (rest: [String], flag: Language?, error: String?) {
        var rest: [String] = []
        var flag: Language?
        var index = 0
        while index < words.count {
            let word = words[index]
            var value: String?
            if word == "--lang" {
                guard index + 1 < words.count else { return (rest, flag, "--lang needs a value: \(Language.choices)") }
                value = words[index + 1]
                index += 2
            } else if word.hasPrefix("--lang=") {
                value = String(word.dropFirst("--lang=".count))
                index += 1
            } else if word == "--" {
                rest += words[index...]
                break
            } else {
                rest.append(word)
                index += 1
                continue
            }
            guard let value, let language = Language(tag: value) else {
                return (rest, flag, "unknown --lang \"\(value ?? "")\"; valid: \(Language.choices)")
            }
            flag = language
        }
        return (rest, flag, nil)
    }

    /// What decided the language: `info` shows it, so a seller sees why the output is in the language it is.
    enum Source: Equatable {
        case flag, profile
        /// The locale variable that decided (`LC_ALL`, `LC_MESSAGES` or `LANG`).
        case environment(String)
        /// Nothing asked for a language: the marketplace's own, Chinese.
        case fallback
    }

    /// The language of this run, decided once from the process's own arguments and environment. A broken config
    /// file does not decide it (the command itself reports the file).
    static var current: Language { resolved.language }

    static let resolved: (language: Language, source: Source) = {
        let environment = ProcessInfo.processInfo.environment
        let words = split(Array(CommandLine.arguments.dropFirst()))
        let profile = (try? ProfileResolver.language(name: profileName(words.rest), environment: environment)) ?? nil
        return choose(flag: words.flag, profile: profile, environment: environment)
    }()

    /// `Language.resolve`'s precedence, also naming what decided.
    static func choose(flag: Language?, profile: Language?, environment: [String: String])
        -> (language: Language, source: Source) {
        let language = Language.resolve(flag: flag, profile: profile, environment: environment)
        if flag != nil { return (language, .flag) }
        if profile != nil { return (language, .profile) }
        let variable = ["LC_ALL", "LC_MESSAGES", "LANG"].first { environment[$0]?.isEmpty == false }
        return (language, variable.map(Source.environment) ?? .fallback)
    }

    /// The `--profile` the words name, if any.
    private static func profileName(_ words: [String]) -> String? {
        for (index, word) in words.enumerated() {
            if word == "--profile", index + 1 < words.count { return words[index + 1] }
            if word.hasPrefix("--profile=") { return String(word.dropFirst("--profile=".count)) }
        }
        return nil
    }
}
