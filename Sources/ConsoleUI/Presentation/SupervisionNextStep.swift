import Localization
import SellerCore

/// The 下一步 section of a supervision task's detail: who can move the task on from where it stands, where they
/// do it and what they do, read off `SupervisionFlow.nextMoves` so it never disagrees with what the console
/// refuses or the 待我处理 filter lists.
enum SupervisionNextStep {
    /// One line per party that can move the task (`actor` nil for a finished task's single line).
    struct Line {
        var actor: SupervisionActor?
        var who: String
        var what: String
    }

    /// One `(who, where：what)` line per party that can move the task; one line for a finished task.
    static func lines(for task: SupervisionTask, language: Language) -> [Line] {
        if task.node.isTerminal {
            let finished = Phrase(zh: "任务状态为「\(task.node.label)」，没有后续操作",
                                  en: "The task is \(task.node.englishLabel); nothing follows.")
            return [Line(actor: nil, who: "—", what: finished.text(language))]
        }
        var groups: [(place: Place, names: [Phrase])] = []
        for move in SupervisionFlow.nextMoves(for: task) {
            let place = Place(move)
            let name = Phrase(zh: move.name, en: move.englishName)
            if let index = groups.firstIndex(where: { $0.place == place }) {
                groups[index].names.append(name)
            } else {
                groups.append((place, [name]))
            }
        }
        return groups.map {
            let what = Phrase.joined($0.names, chineseSeparator: "或", englishSeparator: " or ")
            return Line(actor: $0.place.actor, who: $0.place.actor.label(language),
                        what: $0.place.sentence(what).text(language))
        }
    }

    /// Where a move happens: the console, Seller Center, the buyer's side, Huawei's review, by itself, or the
    /// operations manager.
    struct Place: Equatable {
        var actor: SupervisionActor
        var inConsole: Bool

        init(_ move: SupervisionAction) {
            actor = move.actor
            inConsole = SupervisionFlow.isConsoleAction(move)
        }

        /// Where and what, as one sentence: `在本控制台服务监管页确认需求或驳回需求`.
        func sentence(_ what: Phrase) -> Phrase {
            switch actor {
            case .seller where inConsole:
                Phrase(zh: "在本控制台服务监管页" + what.zh, en: "On this console's Supervision tab: " + what.en + ".")
            case .seller:
                Phrase(zh: "在卖家中心服务监管页" + what.zh + "（本控制台没有此操作）",
                       en: "On Seller Center's supervision page: " + what.en + " (not available in this console).")
            case .buyer:
                Phrase(zh: "在云商店" + what.zh + "，商家等待", en: "On the marketplace: " + what.en + "; the seller waits.")
            case .huawei:
                Phrase(zh: "复核验收文档：" + what.zh + "，商家等待结果",
                       en: "Reviews the acceptance documents: " + what.en + "; the seller waits for the result.")
            case .system:
                Phrase(zh: "自动完成" + what.zh + "，无需操作", en: "Done automatically: " + what.en + "; nothing to do.")
            case .ops:
                Phrase(zh: "处理申诉，任务冻结至处理完成", en: "Handles the appeal; the task stays frozen until it is decided.")
            }
        }
    }
}
