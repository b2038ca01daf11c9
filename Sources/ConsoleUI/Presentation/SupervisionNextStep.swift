import SellerCore

/// The 下一步 section of a supervision task's detail: who can move the task on from where it stands, where they
/// do it and what they do, read off `SupervisionFlow.nextMoves` so it never disagrees with what the console
/// refuses or the 待我处理 filter lists.
enum SupervisionNextStep {
    /// One `(who, where：what)` line per party that can move the task; one line for a finished task.
    static func lines(for task: SupervisionTask) -> [(who: String, what: String)] {
        if task.node.isTerminal { return [("—", "任务状态为「\(task.node.label)」，没有后续操作")] }
        let moves = SupervisionFlow.nextMoves(for: task)
        var groups: [(place: Place, names: [String])] = []
        for move in moves {
            let place = Place(move)
            if let index = groups.firstIndex(where: { $0.place == place }) {
                groups[index].names.append(move.name)
            } else {
                groups.append((place, [move.name]))
            }
        }
        return groups.map { ($0.place.actor.label, $0.place.sentence($0.names.joined(separator: "或"))) }
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
        func sentence(_ what: String) -> String {
            switch actor {
            case .seller where inConsole: "在本控制台服务监管页" + what
            case .seller: "在卖家中心服务监管页" + what + "（本控制台没有此操作）"
            case .buyer: "在云商店" + what + "，商家等待"
            case .huawei: "复核验收文档：" + what + "，商家等待结果"
            case .system: "自动完成" + what + "，无需操作"
            case .ops: "处理申诉，任务冻结至处理完成"
            }
        }
    }
}
