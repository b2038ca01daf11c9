import Localization
import SellerCore
import TermUI

// `o` opens the selected record's Seller Center page; the runtime opens a browser or, over SSH or without an
// opener, the toast shows the address and `y` copies it while the toast is up.
extension AppState {
    /// `o`: the open effect for the record's address, or a toast saying why there is none.
    mutating func openSellerCenter() -> [Effect] {
        guard let target = selectedRecord else {
            showToast(LinkText.nothingSelected(language), kind: .info)
            return []
        }
        let kind = target.fields.kind
        switch (sellerCenter ?? SellerCenterLinks(site: .local)).url(for: target.fields) {
        case .url(let url):
            return [.openLink(url)]
        case .unknown(let page):
            showToast(LinkText.unknown(page, kind: kind)(language), kind: .warn)
        case .missing(_, let placeholder):
            showToast(LinkText.missing(placeholder, kind: kind)(language), kind: .warn)
        }
        return []
    }

    /// The runtime's answer to `.openLink`.
    mutating func receiveLink(_ outcome: LinkOutcome) {
        switch outcome {
        case .opened(_, let program):
            showToast(LinkText.opened(program)(language), kind: .info)
        case .shownOverSSH(let url), .shownNoOpener(let url):
            offer(url, LinkText.shown(TextSanitizer.sanitize(url, mode: .singleLine),
                                      overSSH: outcomeIsSSH(outcome)), kind: .info)
        case .failed(let url, let failure):
            offer(url, LinkText.failed(failure.programName, failure.phrase,
                                       url: TextSanitizer.sanitize(url, mode: .singleLine)), kind: .warn)
        }
    }

    private func outcomeIsSSH(_ outcome: LinkOutcome) -> Bool {
        if case .shownOverSSH = outcome { return true }
        return false
    }

    /// Shows the address in a toast and lets `y` copy it for as long as the toast stays.
    private mutating func offer(_ url: String, _ phrase: Phrase, kind: Toast.Kind) {
        let message = phrase(language)
        showToast(message, kind: kind)
        clipboard.offered = OfferedURL(url: url, message: message, until: notices.items.last?.expiresAt ?? now)
    }
}

extension ProgramFailure {
    var programName: String {
        switch self {
        case .notFound(let name), .timedOut(let name, _), .exitStatus(let name, _), .couldNotStart(let name): name
        }
    }
}

extension DetailDocument {
    /// The record's Seller Center address as the detail's first line, when one is known.
    func withSellerCenterLine(_ record: SellerRecord, _ context: DisplayContext) -> DetailDocument {
        guard let url = context.sellerCenter?.url(for: record).url else { return self }
        var linked = self
        linked.lines.insert(.field(key: LinkText.detailKey(context.language),
                                   value: TextSanitizer.sanitize(url, mode: .singleLine), role: .link), at: 0)
        return linked
    }
}
