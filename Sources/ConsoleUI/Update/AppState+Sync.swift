import SellerCore
import TermUI

// Sync now (`r`, `:sync`) and in the background on the configured interval.
extension AppState {
    mutating func requestSync() -> [Effect] {
        guard sync.available else {
            showToast("未配置云商店连接，无法同步 No marketplace configured", kind: .warn)
            return []
        }
        guard !sync.running else {
            showToast("同步进行中 A sync is already running", kind: .info)
            return []
        }
        return startSync()
    }

    mutating func startSync() -> [Effect] {
        sync.running = true
        sync.startedAt = now
        sync.progress = nil
        return [.startSync]
    }

    mutating func finishSync(_ report: SyncReport) -> [Effect] {
        sync.running = false
        sync.progress = nil
        sync.lastReport = report
        if let error = report.error {
            showToast("同步失败 Sync failed: \(error)", kind: .error)
        } else if report.rejected > 0 {
            showToast("同步完成，\(report.rejected) 条记录无法解析 Synced; \(report.rejected) records rejected",
                      kind: .warn)
        }
        return refreshIfDue(force: true) + [.log(report.error.map { "sync failed: \($0)" }
            ?? "sync finished: \(report.changed) changed, \(report.rejected) rejected")]
    }
}
