import Localization
import SellerCore

/// The `Y` chooser while it is open: the record's choices, the selected one, and a secret waiting for the
/// seller to confirm its reveal.
public struct CopyChooser: Equatable, Sendable {
    public var title: Phrase
    public var choices: [CopyChoice]
    public var selected = 0
    /// The index of the secret choice whose reveal the chooser is asking about.
    public var revealing: Int?

    public init(title: Phrase, choices: [CopyChoice]) {
        self.title = title
        self.choices = choices
    }
}

/// A Seller Center address a toast showed instead of opening: `y` copies it while the toast is up.
public struct OfferedURL: Equatable, Sendable {
    public var url: String
    /// The toast that shows it: its text and when it goes.
    public var message: String
    public var until: Timestamp
}

/// The clipboard feature (issue 14, item 2): how text is copied, the chooser, and the address on offer.
public struct ClipboardState: Equatable, Sendable {
    /// The most text one copy takes (before base64): a terminal may drop a longer OSC 52 sequence whole, and a
    /// seller who needs more wants `:export`, not the clipboard.
    public static let maxBytes = 100 * 1024
    /// Copied text shown in the toast up to this many characters (and never when it spans lines or is a secret).
    static let shownLimit = 48

    public var method: ClipboardMethod = .osc52
    public internal(set) var chooser: CopyChooser?
    public internal(set) var offered: OfferedURL?

    public init(method: ClipboardMethod = .osc52) {
        self.method = method
    }

    /// The copy effect for `text`, or the sentence refusing it (copying off, too large).
    func request(_ text: String, kind: CopyKind) -> Result<Effect, Refusal> {
        if method == .none { return .failure(Refusal(phrase: ClipboardText.disabled)) }
        let bytes = text.utf8.count
        guard bytes <= Self.maxBytes else {
            return .failure(Refusal(phrase: ClipboardText.tooLarge(bytes: bytes, limit: Self.maxBytes)))
        }
        return .success(.copy(ClipboardCopy(text: text, kind: kind, method: method)))
    }

    struct Refusal: Error {
        var phrase: Phrase
    }

    /// The text a toast may show of a copy: short, one line, not a secret.
    static func shownText(_ copy: ClipboardCopy) -> String? {
        if case .secret = copy.kind { return nil }
        if copy.kind == .detailText || copy.text.count > shownLimit || copy.text.contains(where: \.isNewline) {
            return nil
        }
        return copy.text
    }
}
