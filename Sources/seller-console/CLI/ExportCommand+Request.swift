import CommandArguments
import ListContract
import SellerCore

/// What `seller-console export` was asked for. Export's own options (`--format`, `--output`, `--bom`, `--desc`,
/// `--asc`) are taken out here; the rest is the same view `list` reads (`ListRequest`: filter, status, sort,
/// limit, store, profile), so the export, the console and `list` agree on what a view holds.
struct ExportRequest {
    enum Format: String, CaseIterable {
        case csv
        case jsonl
    }

    static let valueOptions: Set<String> = ["--format", "--output"]
    static let flagOptions: Set<String> = ["--bom", "--desc", "--asc"]

    var kind: EntityKind
    var format: Format
    /// nil: standard output.
    var output: String?
    var bom: Bool
    var view: ListRequest

    var query: StoreListQuery {
        StoreListQuery(kind: kind, filterText: view.filterText, statuses: view.statuses, sort: view.sort,
                       limit: ExportCommand.pageSize, filterClock: view.filterClock)
    }

    init(_ arguments: [String], environment: [String: String]) throws(ListRequest.Problem) {
        var own: [String] = []
        var rest: [String] = []
        var positionals: [String] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            let takesValue = Self.valueOptions.contains(argument) || ListRequest.valueOptions.contains(argument)
            let words = Array(arguments[index..<min(index + (takesValue ? 2 : 1), arguments.count)])
            if Self.valueOptions.contains(argument) || Self.flagOptions.contains(argument) {
                own += words
            } else {
                rest += words
                if !takesValue && !(argument.hasPrefix("-") && argument.count > 1) { positionals.append(argument) }
            }
            index += words.count
        }
        let parsed: Arguments
        do {
            parsed = try Arguments(own, options: Self.valueOptions, flags: Self.flagOptions)
        } catch {
            throw ListRequest.Problem(description: error.description, showUsage: true)
        }
        guard positionals.count == 1, let name = positionals.first else {
            throw ListRequest.Problem(description: positionals.isEmpty ? "export needs a kind: \(Self.kindList)"
                                      : "export takes one kind, not \(positionals.joined(separator: " "))",
                                      showUsage: true)
        }
        guard case .records(let kind)? = ListRequest.Kind(name) else {
            throw ListRequest.problem("cannot export \(name); valid: \(Self.kindList)")
        }
        guard let formatName = parsed.value("--format") else {
            throw ListRequest.Problem(description: "export needs --format csv or --format jsonl", showUsage: true)
        }
        guard let format = Format(rawValue: formatName.lowercased()) else {
            throw ListRequest.problem("unknown format \(formatName); valid: csv, jsonl")
        }
        if parsed.has("--desc") && parsed.has("--asc") { throw ListRequest.problem("--desc and --asc exclude each other") }
        if let output = parsed.value("--output"), output.isEmpty { throw ListRequest.problem("--output needs a path") }
        view = try ListRequest(rest, environment: environment)
        if view.json { throw ListRequest.problem("export writes JSON Lines with --format jsonl, not --json") }
        self.kind = kind
        self.format = format
        output = parsed.value("--output").flatMap { $0 == "-" ? nil : $0 }
        bom = parsed.has("--bom")
        if parsed.has("--desc") || parsed.has("--asc") {
            view.sort = ListSort(view.sort?.column ?? ListSort.defaultSort(for: kind).column,
                                 descending: parsed.has("--desc"))
        }
    }

    static var kindList: String { EntityKind.allCases.map(\.commandName).joined(separator: ", ") }
}
