import ConsoleUI
import Foundation

/// Performs `.openLink`: over SSH (`SSH_CONNECTION` or `SSH_TTY` set) a browser here would open on the server,
/// so the address is only shown; otherwise `xdg-open` (or macOS's `open`) opens it, with a bounded wait, off
/// the loop's thread in the live console. With no opener the address is shown too.
public struct LinksOpener {
    static let openers = ["xdg-open", "open"]
    let programs: ClipboardPrograms
    let background: (@escaping @Sendable () -> Void) -> Void
    let post: @Sendable (Msg) -> Void

    public init(programs: ClipboardPrograms, background: @escaping (@escaping @Sendable () -> Void) -> Void,
                post: @escaping @Sendable (Msg) -> Void) {
        self.programs = programs
        self.background = background
        self.post = post
    }

    /// Whether the console runs in an SSH session.
    public static func overSSH(_ environment: [String: String]) -> Bool {
        !(environment["SSH_CONNECTION"] ?? "").isEmpty || !(environment["SSH_TTY"] ?? "").isEmpty
    }

    public func perform(_ url: String) {
        if Self.overSSH(programs.environment) {
            post(.linkAnswered(.shownOverSSH(url: url)))
            return
        }
        guard let opener = Self.openers.first(where: { programs.find($0) != nil }) else {
            post(.linkAnswered(.shownNoOpener(url: url)))
            return
        }
        let runner = programs
        let post = self.post
        background {
            // xdg-open waits for a browser it had to start; killed at the deadline, it leaves that browser
            // running with the page, so a timeout counts as opened. A quick failure (no handler) is reported.
            switch runner.run(opener, [url]) {
            case nil, .timedOut?: post(.linkAnswered(.opened(url: url, program: opener)))
            case let failure?: post(.linkAnswered(.failed(url: url, failure)))
            }
        }
    }
}
