import SellerCore
import TermUI

/// A text prompt on the bottom line, or the help overlay, on top of the normal screen.
public enum Mode: Hashable, Sendable {
    case normal
    /// `/`: the filter as typed so far (applied live), and the filter to restore on Esc.
    case filter(TextInputState, previous: String)
    /// `:`: the command being typed.
    case command(TextInputState)
    case help(offset: Int)
    /// Quitting would leave actions unsent: `y` quits, any other key stays.
    case quitQuestion(QuitQuestion)
}

/// What a key in a prompt asks of the rest of the console.
enum PromptOutcome: Equatable {
    case nothing
    /// Set the active list's filter to this text (the `/` prompt applies it as typed).
    case filter(String)
    /// Run this `:` line.
    case run(String)
}

/// The prompt feature: the `/` filter and `:` command line (editing, completion) and the `?` overlay's scroll.
/// What the typed text means is the root's business (`PromptOutcome`).
public struct PromptState: Equatable, Sendable {
    public internal(set) var mode: Mode = .normal
    /// What Tab on the `:` line offered when it could not complete to one word.
    public internal(set) var commandCandidates: [String] = []
    /// What was accepted on the `/` line, oldest first (↑ ↓ walk it).
    public internal(set) var filterHistory = PromptHistory()
    /// What was run on the `:` line.
    public internal(set) var commandHistory = PromptHistory()

    public init() {}

    mutating func openFilter(_ text: String) {
        mode = .filter(TextInputState(text, maxLength: 200), previous: text)
        filterHistory.startWalk(draft: text)
    }

    mutating func openCommandLine() {
        mode = .command(TextInputState("", maxLength: 200))
        commandHistory.startWalk(draft: "")
    }

    mutating func askQuit(_ question: QuitQuestion) {
        mode = .quitQuestion(question)
    }

    mutating func openHelp() {
        mode = .help(offset: 0)
    }

    mutating func close() {
        mode = .normal
    }

    /// A key on the `/` line, by the keymap's `prompt` context (there is nothing to complete; an unbound key edits).
    mutating func filterKey(_ key: Key, input: TextInputState, previous: String, keymap: Keymap) -> PromptOutcome {
        var input = input
        switch keymap.command(for: key, in: .prompt) {
        case .accept?:
            mode = .normal
            filterHistory.add(input.text)
            return .nothing
        case .cancel?:
            mode = .normal
            return .filter(previous)
        case .up?, .down?:
            guard let text = filterHistory.walk(back: keymap.command(for: key, in: .prompt) == .up, typed: input.text)
            else { return .nothing }
            input.setText(text)
        case .clear?:
            input.setText("")
        default:
            guard input.handle(key) else { return .nothing }
        }
        mode = .filter(input, previous: previous)
        return .filter(input.text)
    }

    /// A key on the `:` line, by the keymap's `prompt` context; `complete` completes the typed text.
    mutating func commandKey(_ key: Key, input: TextInputState, keymap: Keymap,
                             complete: (String) -> LineCompletion) -> PromptOutcome {
        var input = input
        switch keymap.command(for: key, in: .prompt) {
        case .cancel?:
            mode = .normal
            commandCandidates = []
            return .nothing
        case .accept?:
            mode = .normal
            commandCandidates = []
            commandHistory.add(input.text)
            return .run(input.text)
        case .up?, .down?:
            guard let text = commandHistory.walk(back: keymap.command(for: key, in: .prompt) == .up, typed: input.text)
            else { return .nothing }
            input.setText(text)
            commandCandidates = []
        case .complete?:
            let completion = complete(input.text)
            input.setText(completion.text)
            commandCandidates = completion.candidates
        case .clear?:
            input.setText("")
            commandCandidates = []
        default:
            guard input.handle(key) else { return .nothing }
            commandCandidates = []
        }
        mode = .command(input)
        return .nothing
    }

    /// A key in the help overlay. Every movement key scrolls it (Space pages down as in a pager); only the keys
    /// that mean "leave" (Esc, q, ?) close it, so a key meant to scroll never loses the reader's place.
    mutating func helpKey(_ command: Command?, key: Key, offset: Int, pageHeight: Int, maxOffset: Int) {
        let page = max(1, pageHeight / 2)
        let target: Int
        switch command {
        case .down: target = offset + 1
        case .up: target = offset - 1
        case .pageDown, .halfPageDown: target = offset + page
        case .pageUp, .halfPageUp: target = offset - page
        case .top: target = 0
        case .bottom: target = maxOffset
        case .back, .quit, .help:
            mode = .normal
            return
        default:
            guard key == .char(" ") else { return }
            target = offset + page
        }
        mode = .help(offset: min(max(0, target), max(0, maxOffset)))
    }
}
