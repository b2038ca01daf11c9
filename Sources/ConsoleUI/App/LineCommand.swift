import Localization
import SellerCore
import TermUI

/// A command typed on the `:` line. Words, not keys: `:orders`, `:filter 华为 云`, `:status open`,
/// `:sort createTime asc`, `:theme dark`, `:sync`, `:help`, `:q`.
public enum LineCommand: Hashable, Sendable {
    case tab(ConsoleTab)
    case filter(String)
    case status(String)
    case sort(column: String, direction: String?)
    case theme(String)
    case sync
    case help
    case quit
    /// `:goto ID`: the record with this id (or the one id starting with it), on any tab.
    case goto(String)
    /// `:problems`: the records the sync could not decode.
    case problems
    /// `:export csv|json PATH`, `:export!` to replace an existing file.
    case export(format: String, path: String, overwrite: Bool)
    /// `:view NAME`: a saved view of the config; `:view` alone opens the chooser.
    case view(String)
    /// `:save [FOLDER]`: download the detail's supervision task files into FOLDER (the default folder if none).
    case save(String?)

    /// The verbs the line knows, in completion order.
    public static let verbs: [String] = ConsoleTab.allCases.map(\.commandName)
        + ["filter", "status", "sort", "theme", "sync", "help", "quit", "q", "goto", "problems"]
        + ["export", "view", "save"]

    /// Parses a line; the error says what was wrong in words the seller can act on.
    public static func parse(_ line: String) -> Result<LineCommand, LineCommandError> {
        let trimmed = line.drop { $0 == " " || $0 == ":" }
        guard let verb = trimmed.split(separator: " ", maxSplits: 1).first.map(String.init) else {
            return .failure(.empty)
        }
        let rest = String(trimmed.dropFirst(verb.count).drop { $0 == " " })
        let words = rest.split(separator: " ").map(String.init)
        if let tab = ConsoleTab.allCases.first(where: {
            $0.commandName == verb.lowercased() || $0.title.zh == verb || $0.title.en.lowercased() == verb.lowercased()
        }) {
            return .success(.tab(tab))
        }
        switch verb.lowercased() {
        case "filter", "f": return .success(.filter(rest))
        case "status":
            guard let name = words.first else { return .failure(.missingArgument("status", ScreenMessageText.statusName)) }
            return .success(.status(name))
        case "sort":
            guard let column = words.first else { return .failure(.missingArgument("sort", ScreenMessageText.columnName)) }
            return .success(.sort(column: column, direction: words.dropFirst().first))
        case "theme":
            guard let name = words.first else { return .failure(.missingArgument("theme", ScreenMessageText.themeName)) }
            return .success(.theme(name))
        case "sync": return .success(.sync)
        case "help", "h": return .success(.help)
        case "q", "quit", "q!", "exit": return .success(.quit)
        case "goto", "g":
            guard let id = words.first else { return .failure(.missingArgument("goto", ScreenMessageText.recordId)) }
            return .success(.goto(id))
        case "problems", "problem": return .success(.problems)
        case "export", "export!":
            // What is missing is said by the export itself, in the seller's language.
            let format = words.first ?? ""
            let path = String(rest.dropFirst(format.count).drop { $0 == " " })
            return .success(.export(format: format, path: path, overwrite: verb.hasSuffix("!")))
        case "view", "v":
            // Without a name: the chooser, as `v` opens it.
            return .success(.view(rest.trimmingCharacters(in: .whitespaces)))
        case "save": return .success(.save(rest.isEmpty ? nil : rest))
        default: return .failure(.unknown(verb))
        }
    }
}

public enum LineCommandError: Error, Hashable, Sendable, CustomStringConvertible {
    case empty
    case unknown(String)
    case missingArgument(String, Phrase)

    /// What the toast says, in both languages.
    public var message: Phrase {
        switch self {
        case .empty: ScreenMessageText.emptyCommand
        case .unknown(let verb):
            ScreenMessageText.unknownCommand(TextSanitizer.sanitize(verb, limit: 40),
                                             verbs: LineCommand.verbs.joined(separator: ", "))
        case .missingArgument(let verb, let what): ScreenMessageText.missingArgument(verb, what)
        }
    }

    /// The English message, for logs.
    public var description: String { message.en }
}

/// Tab completion for the `:` line: completes the word being typed as far as all candidates agree and lists
/// the candidates.
public struct LineCompletion: Hashable, Sendable {
    public var text: String
    public var candidates: [String]

    /// `statusNames`, `sortColumns` and `themeNames` are the arguments valid on the active tab.
    public static func complete(_ line: String, statusNames: [String], sortColumns: [String],
                                themeNames: [String], viewNames: [String] = []) -> LineCompletion {
        let endsWithSpace = line.hasSuffix(" ")
        var words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        if endsWithSpace || words.isEmpty { words.append("") }
        let current = words[words.count - 1]
        let pool: [String]
        if words.count == 1 {
            pool = LineCommand.verbs
        } else {
            switch words[0].lowercased() {
            case "status": pool = statusNames
            case "sort": pool = words.count == 2 ? sortColumns : ["asc", "desc"]
            case "theme": pool = themeNames
            case "export", "export!": pool = words.count == 2 ? ExportFileFormat.allCases.map(\.rawValue) : []
            case "view": pool = words.count == 2 ? viewNames : []
            default: pool = []
            }
        }
        let matches = pool.filter { $0.lowercased().hasPrefix(current.lowercased()) }
        guard !matches.isEmpty else { return LineCompletion(text: line, candidates: []) }
        var completed = matches.count == 1 ? matches[0] + " " : commonPrefix(matches)
        if completed.count < current.count { completed = current }
        words[words.count - 1] = completed
        let text = words.dropLast().map { $0 + " " }.joined() + completed
        return LineCompletion(text: text, candidates: matches.count == 1 ? [] : matches)
    }

    /// The longest prefix all `words` share: what Tab completes to, on the command line and in the file picker.
    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map(Array.init) else { return "" }
        for word in words.dropFirst() {
            let chars = Array(word)
            var n = 0
            while n < min(prefix.count, chars.count), prefix[n] == chars[n] { n += 1 }
            prefix = Array(prefix.prefix(n))
        }
        return String(prefix)
    }
}
