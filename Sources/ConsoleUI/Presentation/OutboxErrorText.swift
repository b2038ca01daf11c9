import Localization
import SellerCore
import TermUI

/// Why an action failed, in the screen's language. The store keeps the sender's reason as an English line
/// (`lastError`, for the log and `--json`) beside the failure's facts (`ActionFailure`: its class, the
/// marketplace's HTTP status, code and message); a failed action is worded from the facts, so a Chinese session
/// does not read the engine's English. Without facts (a waiting action's last network error) the stored line is
/// all there is and is shown as it is.
public enum OutboxErrorText {
    public static func reason(_ item: OutboxItem) -> Phrase? {
        reason(item.failure, stored: item.lastError)
    }

    /// `failure` as a sentence; `stored` (sanitised) when there are no facts, nil when there is nothing.
    public static func reason(_ failure: ActionFailure?, stored: String?) -> Phrase? {
        let line = stored.map { TextSanitizer.sanitize($0, mode: .multiLine, limit: 4_000) }
        guard let failure else { return line.map(Phrase.init(verbatim:)) }
        let code = failure.errorCode.flatMap { $0.isEmpty ? nil : TextSanitizer.sanitize($0, limit: 100) }
        let message = failure.message.flatMap { $0.isEmpty ? nil : TextSanitizer.sanitize($0, limit: 300) }
        var answered: [String] = []
        for part in [code, failure.httpStatus.map { "HTTP \($0)" }, message].compactMap({ $0 })
            where !answered.contains(part) { answered.append(part) }
        if failure.kind == .restartFailed {
            let said = answered.isEmpty ? nil : answered.joined(separator: " · ")
            return Phrase(zh: "重新启动失败：接口再次失败（\(said ?? "没有应答")）",
                          en: "Restart failed: the interface failed again (\(said ?? "no answer")).")
        }
        // The English line is the sender's own, with more than the facts (the attempt count, the request's
        // reason); the Chinese is the class and what the marketplace answered.
        let facts = answered.isEmpty ? "" : "（" + answered.joined(separator: " · ") + "）"
        return Phrase(zh: failure.kind.label + facts, en: line ?? failure.kind.englishLabel)
    }
}
