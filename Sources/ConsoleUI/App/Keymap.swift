import Localization
import TermUI

/// Which command each key runs: in the normal mode (the list and detail panes) a `Command`, and inside each
/// dialog, form and prompt a `ContextCommand` of that `KeyContext`. Data, not code: the defaults follow
/// ARCHITECTURE §8, the config file's `[keys]` section overrides them (`sync = r, f5`, `dialog.accept = enter`),
/// and the `?` help and the status bar hints are generated from it. Text fields keep their own editing keys for
/// whatever is not bound.
public struct Keymap: Hashable, Sendable {
    public private(set) var bindings: [Key: Command]
    public private(set) var contextBindings: [KeyContext: [Key: ContextCommand]]

    public init(bindings: [Key: Command],
                contextBindings: [KeyContext: [Key: ContextCommand]] = Keymap.contextDefaults) {
        self.bindings = bindings
        self.contextBindings = contextBindings
    }

    public static let defaults = Keymap(bindings: {
        var map: [Key: Command] = [:]
        func bind(_ command: Command, _ keys: Key...) { for key in keys { map[key] = command } }
        bind(.down, .down, .char("j"))
        bind(.up, .up, .char("k"))
        bind(.pageDown, .pageDown, .ctrl("f"))
        bind(.pageUp, .pageUp, .ctrl("b"))
        bind(.halfPageDown, .ctrl("d"))
        bind(.halfPageUp, .ctrl("u"))
        bind(.top, .char("g"), .home)
        bind(.bottom, .char("G"), .end)
        bind(.nextTab, .tab, .right, .char("l"))
        bind(.previousTab, .backTab, .left, .char("h"))
        for command in Command.allCases {
            if let tab = command.tab { bind(command, .char(Character(tab.hotkey))) }
        }
        bind(.open, .enter)
        bind(.back, .escape)
        bind(.nextLink, .char("]"))
        bind(.previousLink, .char("["))
        bind(.filter, .char("/"))
        bind(.quickFilter, .char("f"))
        bind(.sortNext, .char("s"))
        bind(.sortReverse, .char("S"))
        bind(.commandLine, .char(":"))
        bind(.sync, .char("r"), .function(5))
        bind(.help, .char("?"), .function(1))
        bind(.quit, .char("q"))
        bind(.mark, .char(" "))
        bind(.markAll, .char("*"))
        bind(.restart, .char("R"))
        bind(.confirmRequirement, .char("c"))
        bind(.rejectRequirement, .char("x"))
        bind(.deliver, .char("d"))
        bind(.acceptTicket, .char("a"))
        bind(.replyTicket, .char("m"))
        bind(.resolveTicket, .char("C"))
        bind(.discard, .char("D"))
        bind(.views, .char("v"))
        bind(.copyId, .char("y"))
        bind(.copyChooser, .char("Y"))
        bind(.openLink, .char("o"))
        return map
    }())

    public func command(for key: Key) -> Command? { bindings[key] }

    /// Commands that, while they have no key of their own, answer to another command's keys on the records they
    /// apply to: `R` replays a journal message or a call (where 重新启动 belongs to Seller Center), `d` delivers
    /// a license on the Calls tab. Binding one of them in `[keys]` gives it its own key and ends the sharing.
    public static let sharing: [Command: Command] = [.replay: .restart, .deliverLicense: .deliver,
                                                     .saveAttachments: .sortNext]

    /// Whether `command` currently uses its partner's keys (see `sharing`).
    public func sharesKeys(_ command: Command) -> Bool {
        Keymap.sharing[command] != nil && !bindings.values.contains(command)
    }

    /// The keys bound to a command, in a stable order for help (single characters first, then named keys); a
    /// sharing command without keys of its own lists its partner's.
    public func keys(for command: Command) -> [Key] {
        if sharesKeys(command), let partner = Keymap.sharing[command] { return keys(for: partner) }
        return Keymap.helpOrder(bindings.filter { $0.value == command }.map(\.key))
    }

    /// Single characters first, then named keys, each by name.
    static func helpOrder(_ keys: [Key]) -> [Key] {
        keys.sorted { lhs, rhs in
            let (l, r) = (Keymap.sortRank(lhs), Keymap.sortRank(rhs))
            return l != r ? l < r : lhs.name < rhs.name
        }
    }

    /// The `?` overlay's groups, generated from the bindings: the normal mode's, then each context's. Commands
    /// in `hiding` do not work in this console and are left out; with every action hidden no dialog or form
    /// can open, so only the text fields' keys are listed of the contexts.
    public func helpGroups(hiding: Set<Command> = [], language: Language = .zh) -> [HelpOverlay.Group] {
        let formsOpen = Command.allCases.contains { $0.group == .actions && !hiding.contains($0) }
        var groups = Command.Group.allCases.map { group in
            HelpOverlay.Group(ScreenHelpText.group(group)(language), Command.allCases.filter {
                $0.group == group && !hiding.contains($0)
            }.compactMap { command in
                let keys = keys(for: command)
                guard !keys.isEmpty else { return nil }
                return HelpOverlay.Entry(keys.map(\.label).joined(separator: " "), command.summary(language))
            })
        }
        for context in KeyContext.allCases where formsOpen || context == .prompt {
            groups.append(HelpOverlay.Group(context.title(language), context.commands.compactMap { command in
                let keys = keys(for: command, in: context)
                guard !keys.isEmpty else { return nil }
                return HelpOverlay.Entry(keys.map(\.label).joined(separator: " "), command.summary(in: context)(language))
            }))
        }
        return groups.filter { !$0.entries.isEmpty }
    }

    private static func sortRank(_ key: Key) -> Int {
        switch key {
        case .char: 0
        case .ctrl, .alt: 1
        case .function: 3
        default: 2
        }
    }
}
