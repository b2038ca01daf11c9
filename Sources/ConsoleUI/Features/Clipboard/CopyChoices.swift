import Localization
import SellerCore
import TermUI

/// One line of the `Y` chooser: what it copies and how it is named. A secret's text waits behind the reveal
/// step, and the chooser shows the mask in its place.
public struct CopyChoice: Hashable, Sendable {
    public var kind: CopyKind
    public var text: String
    public var isSecret: Bool

    public init(kind: CopyKind, text: String, isSecret: Bool = false) {
        self.kind = kind
        self.text = text
        self.isSecret = isSecret
    }

    /// What the chooser shows beside the label: one sanitised line, cut to `width`; the mask for a secret.
    public func preview(width: Int, policy: WidthPolicy, language: Language) -> String {
        if isSecret { return SecretMask.placeholder(language) }
        if kind == .detailText { return ClipboardText.characters(text.count)(language) }
        let line = TextSanitizer.sanitize(text, mode: .singleLine, limit: 400)
        return DisplayWidth.truncate(line, to: max(1, width), policy: policy)
    }
}

/// What the chooser offers for a record: its ids, the ids it carries, the buyer's addresses, the Seller Center
/// address, each file's SHA-256, the whole detail as text, and last the secrets (masked until revealed).
enum CopyChoices {
    /// Order lines, files and secrets offered at most (a long list would not fit the box; the detail text has
    /// them all).
    static let perGroupLimit = 8

    static func choices(fields: LinkFields, record: SellerRecord?, document: DetailDocument?,
                        sellerCenter: SellerCenterLinks?) -> [CopyChoice] {
        var choices = [CopyChoice(kind: .recordId(fields.kind), text: fields.id)]
        func add(_ kind: CopyKind, _ text: String?, secret: Bool = false) {
            guard let text, !text.isEmpty,
                  !choices.contains(where: { $0.text == text && $0.kind == kind }) else { return }
            choices.append(CopyChoice(kind: kind, text: text, isSecret: secret))
        }
        if fields.kind != .orders { add(.orderId, fields.orderId) }
        if fields.kind != .instances { add(.instanceId, fields.instanceId) }
        var secrets: [(String, String)] = []
        switch record {
        case .order(let order)?:
            for line in order.lines.prefix(perGroupLimit) { add(.orderLineId, line.orderLineId) }
            secrets = order.extendParams.filter { SecretMask.isSecretName($0.name) }.map { ($0.name, $0.value) }
        case .instance(let instance)?:
            add(.orderLineId, instance.orderLineId)
            add(.frontEndURL, instance.appInfo?.frontEndUrl)
            add(.adminURL, instance.appInfo?.adminUrl)
            if let password = instance.appInfo?.password { secrets = [("password", password)] }
        case .supervision(let task)?:
            for file in (task.requirementFiles + task.deliverables).prefix(perGroupLimit) {
                add(.fileSHA256(name: clean(file.fileName)), file.sha256)
            }
        default:
            add(.orderLineId, fields.orderLineId)
        }
        add(.sellerCenterURL, sellerCenter?.url(for: fields).url)
        if let document { add(.detailText, DetailPlainText.render(document)) }
        for (name, value) in secrets.prefix(perGroupLimit) { add(.secret(name: clean(name)), value, secret: true) }
        return choices
    }

    /// A name from the network as a label: one sanitised line, short.
    static func clean(_ name: String) -> String { TextSanitizer.sanitize(name, mode: .singleLine, limit: 60) }
}

/// The detail pane's document as plain text: what `Y` → 全部详情 copies. The document is already sanitised and
/// its secrets masked, so the copy shows exactly what the screen does, unwrapped.
enum DetailPlainText {
    static func render(_ document: DetailDocument) -> String {
        var lines = [document.title, ""]
        for line in document.lines {
            switch line {
            case .field(let key, let value, _): lines.append(key + "  " + value)
            case .section(let title): lines += (lines.last == "" ? [] : [""]) + ["[" + title + "]"]
            case .text(let text, _): lines.append(text)
            case .link(let index):
                if document.links.indices.contains(index) { lines.append("→ " + document.links[index].label) }
            case .blank: lines.append("")
            }
        }
        return lines.joined(separator: "\n")
    }
}
