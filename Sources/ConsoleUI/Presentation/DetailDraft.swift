import Localization
import SellerCore
import TermUI

/// A detail document being written. Every value that came from the network passes through here and is
/// sanitised on the way in (one line for field values, multi-line with the length cap for paragraphs), so the
/// per-kind builders cannot forget to.
struct DetailDraft {
    let context: DisplayContext
    private(set) var lines: [DetailLine] = []
    private(set) var links: [DetailLink] = []

    init(context: DisplayContext) {
        self.context = context
    }

    /// The language the document is written in.
    var language: Language { context.language }

    /// `phrase` in the document's language.
    func text(_ phrase: Phrase) -> String { phrase.text(context.language) }

    // The console's own names and sentences, in the document's language.

    mutating func field(_ key: Phrase, _ value: String?, role: StyleRole = .detailValue) {
        field(text(key), value, role: role)
    }

    mutating func label(_ key: Phrase, _ value: String, role: StyleRole = .detailValue) {
        label(text(key), value, role: role)
    }

    mutating func label(_ key: Phrase, _ value: Phrase, role: StyleRole = .detailValue) {
        label(text(key), text(value), role: role)
    }

    mutating func time(_ key: Phrase, _ time: Timestamp?) {
        self.time(text(key), time)
    }

    mutating func section(_ title: Phrase) {
        section(text(title))
    }

    mutating func note(_ phrase: Phrase, role: StyleRole) {
        note(text(phrase), role: role)
    }

    /// A field from record data; an absent or empty value reads `—`.
    mutating func field(_ key: String, _ value: String?, role: StyleRole = .detailValue) {
        guard let value, !value.isEmpty else {
            lines.append(.field(key: key, value: NumberFormat.none, role: .muted))
            return
        }
        lines.append(.field(key: key, value: TextSanitizer.sanitize(value), role: role))
    }

    /// A field whose value the console wrote itself (a label, a formatted time): not sanitised again.
    mutating func label(_ key: String, _ value: String, role: StyleRole = .detailValue) {
        lines.append(.field(key: key, value: value, role: role))
    }

    /// A local time to the second; `—` when absent.
    mutating func time(_ key: String, _ time: Timestamp?) {
        guard let time else { return field(key, nil) }
        label(key, LocalTimeFormat.second(time, context: context))
    }

    /// A heading, with a blank line before it unless it opens the document.
    mutating func section(_ title: String) {
        if !lines.isEmpty { lines.append(.blank) }
        lines.append(.section(title))
    }

    /// Free text from the record (a requirement, a message), kept multi-line; `（无）` when empty.
    mutating func paragraph(_ text: String, role: StyleRole = .detailValue) {
        let clean = TextSanitizer.sanitize(text, mode: .multiLine)
        guard clean.contains(where: { !$0.isWhitespace }) else { return note(RecordText.none, role: .muted) }
        lines.append(.text(clean, role: role))
    }

    /// A recorded request or response: capped and sanitised, secrets masked, JSON indented.
    mutating func body(_ text: String, maskingEncrypted: Bool = false) {
        let clean = SecretMask.maskingSecrets(in: TextSanitizer.sanitize(text, mode: .multiLine),
                                              encrypted: maskingEncrypted, language: language)
        guard clean.contains(where: { !$0.isWhitespace }) else { return note(RecordText.none, role: .muted) }
        lines.append(.text(BodyText.readable(clean), role: .detailValue))
    }

    /// The console's own words (a hint, a warning).
    mutating func note(_ text: String, role: StyleRole) {
        lines.append(.text(text, role: role))
    }

    /// A link to a related record, labelled with its kind and id.
    mutating func link(_ kind: EntityKind, id: String) {
        let clean = TextSanitizer.sanitize(id)
        lines.append(.link(links.count))
        links.append(DetailLink(kind: kind, id: id, label: text(RecordText.record(kind)) + " " + clean))
    }

    mutating func blank() {
        lines.append(.blank)
    }

    func document(title: String) -> DetailDocument {
        DetailDocument(title: TextSanitizer.sanitize(title), lines: lines, links: links)
    }
}
