import Localization
import SellerCore
import Sync

/// `sync`'s summary and progress lines.
enum SyncText {
    /// The sync stopped; the reason as the console words it (`SyncFailureText`).
    static func failed(_ reason: Phrase) -> Phrase {
        Phrase(zh: "同步失败：" + reason.zh, en: "Sync failed: " + reason.en)
    }
    static func kind(_ kind: EntityKind) -> Phrase { Phrase(zh: kind.label, en: kind.englishLabel) }

    /// After a first sync's last page of a kind loaded in bulk: its indexes are built, which takes a while.
    static func buildingIndexes(_ records: Int) -> Phrase {
        Phrase(zh: "已收到 \(records) 条，正在建立索引…", en: "\(records) received, building indexes…")
    }

    static func took(_ seconds: Double) -> Phrase {
        let text = String(format: "%.2f", seconds)
        return Phrase(zh: "同步完成，用时 \(text) 秒", en: "synced in \(text) s")
    }

    /// One kind's counts: `订单：新增 3，变更 1，未变 40` / `Orders: 3 added, 1 changed, 40 unchanged`.
    static func counts(_ kind: EntityKind, _ item: KindSummary) -> Phrase {
        var zh = ["新增 \(item.added)", "变更 \(item.changed)", "未变 \(item.unchanged)"]
        var en = ["\(item.added) added", "\(item.changed) changed", "\(item.unchanged) unchanged"]
        if !item.rejected.isEmpty {
            zh.append("无法读取 \(item.rejected.count)")
            en.append("\(item.rejected.count) rejected")
        }
        if !item.stillRejected.isEmpty {
            zh.append("仍无法读取 \(item.stillRejected.count)")
            en.append("\(item.stillRejected.count) still rejected")
        }
        if item.recovered > 0 {
            zh.append("先前无法读取、现已读取 \(item.recovered)")
            en.append("\(item.recovered) earlier rejected now read")
        }
        return Phrase(zh: "  \(kind.label)：" + zh.joined(separator: "，"),
                      en: "  \(kind.englishLabel): " + en.joined(separator: ", "))
    }

    static let rejectedHeading = Phrase(
        zh: "无法读取的记录（未存入本地库，同页其余记录已保存；每次同步都会重新获取，直到能读取为止）：",
        en: "records that could not be read (kept out of the store, the rest of each page was kept; "
            + "each is asked for again on every sync until it reads):")

    static func more(_ count: Int) -> Phrase { Phrase(zh: "  … 另有 \(count) 条", en: "  … and \(count) more") }

    static func received(_ count: Int) -> Phrase { Phrase(zh: "已收到 \(count) 条", en: "\(count) received") }

    /// The line a pipe or log gets per kind (no progress bar): `订单：已收到 40 条` / `orders: 40 received`, the
    /// English naming the kind as `list` does.
    static func plain(_ kind: EntityKind, _ count: Int) -> Phrase {
        Phrase(zh: "\(kind.label)：已收到 \(count) 条", en: "\(kind.commandName): \(count) received")
    }
}
