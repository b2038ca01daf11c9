import Localization
import SellerCore

/// How text reaches the seller's clipboard: the config's `[console] clipboard =`. OSC 52 asks the terminal
/// itself, so it works over SSH and inside tmux (`set-clipboard on`); `wl-copy` and `xclip` run a program on this
/// machine; `none` turns copying off.
public enum ClipboardMethod: String, CaseIterable, Hashable, Sendable {
    case osc52
    case wlCopy = "wl-copy"
    case xclip
    case none

    /// The program a method runs and its arguments (argv, never a shell); nil for the terminal and for none.
    public var program: (name: String, arguments: [String])? {
        switch self {
        case .wlCopy: ("wl-copy", [])
        case .xclip: ("xclip", ["-selection", "clipboard", "-in"])
        case .osc52, .none: nil
        }
    }
}

/// What a copy holds, for the toast (which names it, never a secret's text).
public enum CopyKind: Hashable, Sendable {
    case recordId(EntityKind)
    case orderId
    case orderLineId
    case instanceId
    case frontEndURL
    case adminURL
    case sellerCenterURL
    /// The SHA-256 of a requirement file or deliverable.
    case fileSHA256(name: String)
    /// The detail pane's whole text (secrets masked, as on screen).
    case detailText
    /// A secret's plain text, after the reveal step (a password, a key).
    case secret(name: String)
}

/// The effect `y`, `Y` and the link toast ask for: `text` to the clipboard by `method`. Its description never
/// shows the text, which may be a revealed secret.
public struct ClipboardCopy: Equatable, Sendable, CustomStringConvertible, CustomReflectable {
    public var text: String
    public var kind: CopyKind
    public var method: ClipboardMethod

    public init(text: String, kind: CopyKind, method: ClipboardMethod) {
        self.text = text
        self.kind = kind
        self.method = method
    }

    public var description: String {
        "ClipboardCopy(kind: \(kind), method: \(method.rawValue), text: <\(text.utf8.count) bytes>)"
    }

    public var customMirror: Mirror {
        Mirror(self, children: ["kind": kind, "method": method, "text": "<\(text.utf8.count) bytes>"],
               displayStyle: .struct)
    }
}

/// Why a program the console ran for the seller (a clipboard helper, a browser opener) did not do its job.
public enum ProgramFailure: Hashable, Sendable {
    case notFound(String)
    case timedOut(String, seconds: Int)
    case exitStatus(String, Int32)
    case couldNotStart(String)

    public var phrase: Phrase {
        switch self {
        case .notFound(let name):
            Phrase(zh: "找不到程序 \(name)。", en: "The program \(name) was not found.")
        case .timedOut(let name, let seconds):
            Phrase(zh: "\(name) 在 \(seconds) 秒内没有结束，已终止。",
                   en: "\(name) did not finish within \(seconds) s and was stopped.")
        case .exitStatus(let name, let status):
            Phrase(zh: "\(name) 以状态 \(status) 退出。", en: "\(name) exited with status \(status).")
        case .couldNotStart(let name):
            Phrase(zh: "无法启动 \(name)。", en: "\(name) could not be started.")
        }
    }
}

/// The runtime's answer to a `ClipboardCopy` (carried whole, so the toast can name what was copied).
public enum ClipboardResult: Equatable, Sendable {
    /// Handed to the terminal (OSC 52) or to the program, which took it.
    case copied(ClipboardCopy)
    case failed(ClipboardCopy, ProgramFailure)
}
