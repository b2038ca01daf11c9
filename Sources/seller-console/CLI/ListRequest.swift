import CommandArguments
import ConsoleUI
import Foundation
import ListContract
import Profiles
import SellerCore
import SellerStore

/// What `seller-console list` was asked for, checked against the kind before the store is opened, so a typo in a
/// status or sort column is a usage error (exit 2) naming the valid values, never an empty list.
struct ListRequest {
    /// The lists `list` can print: the five synced kinds, the relay's journal of calls, and the outbox.
    enum Kind: Equatable {
        case records(EntityKind)
        case outbox

        var name: String {
            switch self {
            case .records(let kind): kind.commandName
            case .outbox: "outbox"
            }
        }

        static let names = EntityKind.allCases.map(\.commandName) + ["outbox"]

        /// The command name, the gateway's name, or the tab's Chinese or English label.
        init?(_ text: String) {
            let lower = text.lowercased()
            if ["outbox", "队列"].contains(lower) {
                self = .outbox
                return
            }
            let kind = EntityKind.allCases.first {
                $0.commandName == lower || $0.rawValue == lower || $0.label == text
                    || $0.englishLabel.lowercased() == lower
            }
            guard let kind else { return nil }
            self = .records(kind)
        }
    }

    /// Why the arguments cannot be used. A message that lists the valid values stands alone; the others come
    /// with the usage text.
    struct Problem: Error, CustomStringConvertible {
        var description: String
        var showUsage = false
    }

    static let valueOptions: Set<String> = ["--filter", "--status", "--sort", "--limit", "--store", "--profile"]
    static let flagOptions: Set<String> = ["--reverse", "--json"]

    var kind: Kind
    var filterText: String
    /// The CLI's local zone and the time of the command, for the filter's dates and spans (`created:7d`).
    var filterClock: FilterClock
    /// Statuses for a store list (empty: every status).
    var statuses: [ListStatus]
    /// States for the outbox (empty: every state).
    var outboxStates: [OutboxState]
    var sort: ListSort?
    var limit: Int?
    var json: Bool
    var storePath: String
    /// `--profile`, for the profile's Seller Center routes (the `url` member).
    var profileName: String?

    init(_ arguments: [String], environment: [String: String]) throws(Problem) {
        // `Arguments` knows no positionals: the kind is taken out first, wherever it stands, skipping the value
        // of each option (so `--filter orders` is a filter, not the kind).
        var positionals: [String] = []
        var options: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if Self.valueOptions.contains(argument) {
                options += arguments[index..<min(index + 2, arguments.count)]
                index += 2
                continue
            }
            if argument.hasPrefix("-") && argument.count > 1 {
                options.append(argument)
            } else {
                positionals.append(argument)
            }
            index += 1
        }
        let parsed: Arguments
        do {
            parsed = try Arguments(options, options: Self.valueOptions, flags: Self.flagOptions)
        } catch {
            throw Problem(description: error.description, showUsage: true)
        }
        guard positionals.count == 1, let name = positionals.first else {
            throw Problem(description: positionals.isEmpty ? "list needs a kind: \(Self.kindList)"
                          : "list takes one kind, not \(positionals.joined(separator: " "))", showUsage: true)
        }
        guard let kind = Kind(name) else { throw Self.problem("unknown list \(name); valid: \(Self.kindList)") }
        self.kind = kind
        filterText = parsed.all("--filter").joined(separator: " ")
        do {
            try ListFilterError.check(filterText)   // the store's own limits, before the store is opened
        } catch {
            throw Self.problem("--filter: \(error)")
        }
        let now = Date()
        filterClock = FilterClock(now: Timestamp(millis: Int64((now.timeIntervalSince1970 * 1000).rounded(.down))),
                                  utcOffsetSeconds: TimeZone.current.secondsFromGMT(for: now))
        do {
            // The field terms (`created:`, `amount:`) as this kind reads them: a malformed one is a usage error.
            if case .records(let recordKind) = kind {
                try ListFilterError.check(filterText, kind: recordKind, clock: filterClock)
            }
        } catch {
            throw Self.problem("--filter: \(error)")
        }
        json = parsed.has("--json")
        let tokens = parsed.all("--status").flatMap { $0.split { $0 == "," || $0 == "，" } }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        statuses = []
        outboxStates = []
        switch kind {
        case .records(let entity):
            statuses = try Self.statuses(tokens, for: entity)
            sort = try Self.sort(parsed.value("--sort"), reverse: parsed.has("--reverse"), for: entity)
        case .outbox:
            outboxStates = try Self.outboxStates(tokens)
            if let column = parsed.value("--sort"), !["id", "#id", "#"].contains(column.lowercased()) {
                throw Self.problem("unknown sort column \(column) for outbox; valid: id (listed newest first)")
            }
            if parsed.has("--reverse") {
                throw Self.problem("--reverse is not available for the outbox: it is listed newest first")
            }
        }
        limit = parsed.integer("--limit")   // its range is checked by `Arguments`
        profileName = parsed.value("--profile")
        storePath = parsed.value("--store") ?? ProfileResolver.defaultStorePath(
            profile: parsed.value("--profile") ?? environment["SELLER_CONSOLE_PROFILE"] ?? "default", environment)
    }

    static var kindList: String { Kind.names.joined(separator: ", ") }

    static func problem(_ text: String) -> Problem { Problem(description: text) }

    /// Resolves `--status` words through the console's quick filters, so the CLI and the `f` key agree: a raw
    /// value in any case (`EXHAUSTED`), its Chinese label (重试已停止), or a group (`open` = 待处理, `mine`, `all`).
    static func statuses(_ tokens: [String], for kind: EntityKind) throws(Problem) -> [ListStatus] {
        let presets = QuickFilter.presets(for: kind)
        var statuses: [ListStatus] = []
        var everything = false
        var unknown: [String] = []
        for token in tokens {
            guard let preset = presets.first(where: { $0.matches(token) }) else {
                unknown.append(token)
                continue
            }
            if preset.statuses.isEmpty { everything = true } else { statuses += preset.statuses }
        }
        guard unknown.isEmpty else {
            let valid = presets.map { preset in
                let word = preset.statuses.count == 1 && preset.name == preset.statuses[0].rawValue.lowercased()
                    ? preset.statuses[0].rawValue : preset.name
                // Argument errors stay English; the Chinese label is a word `--status` accepts too.
                return "\(word) (\(preset.label.zh))"
            }
            throw problem("unknown status \(unknown.joined(separator: ", ")) for \(kind.commandName); valid: "
                          + valid.joined(separator: ", "))
        }
        var seen = Set<ListStatus>()
        return everything ? [] : statuses.filter { seen.insert($0).inserted }
    }

    /// Outbox states by raw value or label, plus `unfinished` (everything not done or discarded, the 队列 count)
    /// and `all`.
    static func outboxStates(_ tokens: [String]) throws(Problem) -> [OutboxState] {
        var states: [OutboxState] = []
        var everything = false
        var unknown: [String] = []
        for token in tokens {
            let lower = token.lowercased()
            if lower == "all" || token == "全部" {
                everything = true
            } else if lower == "unfinished" || token == "未完成" {
                states += OutboxState.allCases.filter { !$0.isFinished }
            } else if let state = OutboxState.allCases.first(where: { $0.rawValue == lower || $0.label == token }) {
                states.append(state)
            } else {
                unknown.append(token)
            }
        }
        guard unknown.isEmpty else {
            let valid = OutboxState.allCases.map { "\($0.rawValue) (\($0.label))" } + ["unfinished (未完成)", "all (全部)"]
            throw problem("unknown status \(unknown.joined(separator: ", ")) for outbox; valid: "
                          + valid.joined(separator: ", "))
        }
        var seen = Set<OutboxState>()
        return everything ? [] : states.filter { seen.insert($0).inserted }
    }

    /// A sort column of the kind by its name in any case, with or without `-`/`_` (`window-ends-at`), or by its
    /// Chinese header; in the direction the console starts it in, flipped by `--reverse`.
    static func sort(_ text: String?, reverse: Bool, for kind: EntityKind) throws(Problem) -> ListSort {
        var sort = ListSort.defaultSort(for: kind)
        if let text {
            guard let column = ListSortColumn.parse(text, for: kind) else {
                let valid = ListSortColumn.columns(for: kind).map { "\($0.rawValue) (\($0.label))" }
                    .joined(separator: ", ")
                throw problem("unknown sort column \(text) for \(kind.commandName); valid: \(valid)")
            }
            sort = ListSort(column)
        }
        return reverse ? sort.reversed : sort
    }
}
