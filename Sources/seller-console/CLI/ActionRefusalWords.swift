import Localization
import SellerCore
import SellerStore

/// Why the store would not queue an action, for the person reading the line: its reason is English (the log and
/// `--json` carry it as it is), so when the state machine refused, the flow's own sentence is shown in the
/// command's language, and when the record is missing that is said in it too. Any other reason (an action
/// already in flight) is the store's English.
enum ActionRefusalWords {
    static func text(_ action: SellerAction, reason: String, storePath: String, now: Timestamp) -> String {
        let language = CommandLanguage.current
        guard language != .en, let store = try? LocalStore(path: storePath, readOnly: true, memory: .compact) else {
            return reason
        }
        defer { try? store.close() }
        guard let record = try? store.record(action.targetKind, id: action.targetId) else {
            return Phrase(zh: "本地数据中没有 \(action.targetId)，请先同步", en: reason)(language)
        }
        return ActionRules.refusal(of: action, on: record, at: now).map { $0.reasonPhrase(language) } ?? reason
    }
}
