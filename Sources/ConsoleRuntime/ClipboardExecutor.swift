import ConsoleUI
import CursesTerminal
import Foundation

/// Performs `.copy`: OSC 52 through the terminal at once (on the loop's thread, which owns the terminal), or
/// a clipboard program with the text on its stdin. The program's wait is bounded and runs off the loop's thread
/// in the live console (`background`), so a stuck `xclip` never freezes the screen; the answer is a message.
public struct ClipboardExecutor {
    let terminal: any Terminal
    let programs: ClipboardPrograms
    /// Runs a program's job: a new thread in the live console, at once in the headless one.
    let background: (@escaping @Sendable () -> Void) -> Void
    let post: @Sendable (Msg) -> Void

    public init(terminal: any Terminal, programs: ClipboardPrograms,
                background: @escaping (@escaping @Sendable () -> Void) -> Void,
                post: @escaping @Sendable (Msg) -> Void) {
        self.terminal = terminal
        self.programs = programs
        self.background = background
        self.post = post
    }

    public func perform(_ copy: ClipboardCopy) {
        // The state refuses oversized text; the cap is kept here too, so no caller can flood the terminal.
        guard copy.text.utf8.count <= ClipboardState.maxBytes else { return }
        switch copy.method {
        case .osc52:
            terminal.copyToClipboard(copy.text)
            post(.clipboardAnswered(.copied(copy)))
        case .wlCopy, .xclip:
            guard let program = copy.method.program else { return }
            let programs = self.programs
            let post = self.post
            background {
                let failure = programs.run(program.name, program.arguments, input: Data(copy.text.utf8))
                post(.clipboardAnswered(failure.map { .failed(copy, $0) } ?? .copied(copy)))
            }
        case .none:
            return
        }
    }
}
