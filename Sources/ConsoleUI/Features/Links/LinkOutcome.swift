/// The runtime's answer to `.openLink`: the browser opened, or the address shown instead, and why.
public enum LinkOutcome: Hashable, Sendable {
    case opened(url: String, program: String)
    /// Over SSH (`SSH_CONNECTION` / `SSH_TTY`) a browser here would open on the wrong machine.
    case shownOverSSH(url: String)
    /// Neither `xdg-open` nor `open` is on the `PATH`.
    case shownNoOpener(url: String)
    case failed(url: String, ProgramFailure)
}
