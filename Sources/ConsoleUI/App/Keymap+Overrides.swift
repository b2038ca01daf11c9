import Foundation
import Localization
import TermUI

/// Something wrong in the config file's `[keys]` section, reported when the console starts (and logged). A
/// broken line never stops the console: it is skipped and the defaults stay.
public struct KeymapProblem: Hashable, Sendable, CustomStringConvertible {
    public var line: Int?
    public var message: Phrase

    public init(line: Int?, message: Phrase) {
        self.line = line
        self.message = message
    }

    /// The report in `language`, naming the line when there is one.
    public func text(_ language: Language) -> String { ScreenKeysText.atLine(line, message)(language) }

    /// The English report, for logs.
    public var description: String { text(.en) }
}

/// One `command = key, key` line of the `[keys]` section, as read from the config file.
public struct KeyBindingOverride: Hashable, Sendable {
    public var command: String
    public var keys: String
    public var line: Int?

    public init(command: String, keys: String, line: Int? = nil) {
        self.command = command
        self.keys = keys
        self.line = line
    }
}

extension Keymap {
    /// Applies overrides: each named command loses its default keys and gets the listed ones (`none` unbinds
    /// it). A name `context.command` (`form.next-field`) rebinds a dialog's, form's or prompt's key (`KeyContext`).
    /// A key claimed by two overridden commands of one context is a conflict: the first keeps it and the second
    /// is reported. A key taken from a command that was not overridden moves (that is the point of rebinding)
    /// and is reported, naming the command that lost it (`takenKeys`).
    public func applying(_ overrides: [KeyBindingOverride]) -> (keymap: Keymap, problems: [KeymapProblem]) {
        var map = bindings
        var contexts = contextBindings
        var problems: [KeymapProblem] = []
        var claimedBy: [Key: Command] = [:]
        var contextClaims: [KeyContext: [Key: ContextCommand]] = [:]
        for override in overrides {
            let name = override.command.trimmingCharacters(in: .whitespaces).lowercased()
            if let dot = name.firstIndex(of: ".") {
                let contextName = String(name[..<dot]), commandName = String(name[name.index(after: dot)...])
                guard let context = KeyContext(rawValue: contextName),
                      let command = ContextCommand(rawValue: commandName), context.commands.contains(command) else {
                    let message = KeyContext(rawValue: contextName).map {
                        ScreenKeysText.unknownContextCommand(name, context: contextName,
                                                             known: $0.commands.map(\.rawValue).joined(separator: ", "))
                    } ?? ScreenKeysText.unknownContext(name, contexts: KeyContext.allCases.map(\.rawValue)
                        .joined(separator: ", "))
                    problems.append(KeymapProblem(line: override.line, message: message))
                    continue
                }
                guard let keys = Keymap.keys(of: override, name: name, problems: &problems) else { continue }
                Keymap.rebind(command, to: keys, in: &contexts[context, default: [:]],
                              claims: &contextClaims[context, default: [:]], line: override.line, problems: &problems)
                continue
            }
            guard let command = Command(rawValue: name) else {
                problems.append(KeymapProblem(line: override.line, message: ScreenKeysText.unknownCommand(
                    name, known: Command.allCases.map(\.rawValue).joined(separator: ", "))))
                continue
            }
            guard let keys = Keymap.keys(of: override, name: name, problems: &problems) else { continue }
            Keymap.rebind(command, to: keys, in: &map, claims: &claimedBy, line: override.line, problems: &problems)
        }
        let named = Set(overrides.map { $0.command.trimmingCharacters(in: .whitespaces).lowercased() })
        problems += Keymap.takenKeys(from: bindings, to: map, keeping: named) { $0.rawValue }
        for context in KeyContext.allCases {
            problems += Keymap.takenKeys(from: contextBindings[context] ?? [:], to: contexts[context] ?? [:],
                                         keeping: named) { "\(context.rawValue).\($0.rawValue)" }
        }
        let unbound = Command.allCases.filter { command in !map.values.contains(command) }
        for command in unbound where command == .quit || command == .help {
            problems.append(KeymapProblem(line: nil, message: ScreenKeysText.noKey(command.rawValue,
                                                                                  use: command == .quit ? "q" : "help")))
        }
        return (Keymap(bindings: map, contextBindings: contexts), problems)
    }

    /// Default keys an override took from a command the config did not name: that command would otherwise
    /// vanish from the hints and help without a word (`sync = x, f5` takes 驳回's `x`). Each is reported with
    /// the name that gives the command a key again.
    static func takenKeys<C: RawRepresentable<String> & Hashable>(
        from before: [Key: C], to after: [Key: C], keeping named: Set<String>, name: (C) -> String
    ) -> [KeymapProblem] {
        Keymap.helpOrder(Array(before.keys)).compactMap { key in
            guard let lost = before[key], let winner = after[key], winner != lost, !named.contains(name(lost)) else {
                return nil
            }
            let left = Keymap.helpOrder(after.filter { $0.value == lost }.map(\.key)).map(\.name)
            return KeymapProblem(line: nil, message: ScreenKeysText.taken(
                key.name, winner: name(winner), lost: name(lost),
                left: left.isEmpty ? nil : left.joined(separator: ", ")))
        }
    }

    /// The keys an override lists (empty for `none`); nil when none of them is a key.
    private static func keys(of override: KeyBindingOverride, name: String,
                             problems: inout [KeymapProblem]) -> [Key]? {
        var keys: [Key] = []
        var valid = true
        let names = override.keys.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        if !(names.count == 1 && names[0].lowercased() == "none") {
            for keyName in names {
                guard let key = Key(name: keyName), key != .resize else {
                    problems.append(KeymapProblem(line: override.line,
                                                  message: ScreenKeysText.unknownKey(keyName, for: name)))
                    valid = false
                    continue
                }
                keys.append(key)
            }
        }
        return valid || !keys.isEmpty ? keys : nil
    }

    /// Gives `command` exactly `keys` in one binding table, reporting a key an earlier override already claimed.
    private static func rebind<C: RawRepresentable<String> & Hashable>(
        _ command: C, to keys: [Key], in map: inout [Key: C], claims: inout [Key: C], line: Int?,
        problems: inout [KeymapProblem]
    ) {
        for (key, bound) in map where bound == command { map[key] = nil }
        for key in keys {
            if let other = claims[key], other != command {
                problems.append(KeymapProblem(line: line, message: ScreenKeysText.boundTwice(
                    key.name, first: other.rawValue, second: command.rawValue)))
                continue
            }
            claims[key] = command
            map[key] = command
        }
    }
}
