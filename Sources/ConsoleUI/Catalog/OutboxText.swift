import Localization

/// The 队列 (Outbox) tab's own field names and words; action names are `ActionName`'s.
public enum OutboxText {
    public static let target = Phrase(zh: "对象", en: "Target")
    public static let attempts = Phrase(zh: "尝试次数", en: "Attempts")
    public static let uploadProgress = Phrase(zh: "上传进度", en: "Upload")
    public static let times = Phrase(zh: "时间", en: "Times")
    public static let nextAttempt = Phrase(zh: "下次尝试", en: "Next attempt")
    public static let idempotencyKey = Phrase(zh: "幂等键", en: "Idempotency key")
    public static let lastError = Phrase(zh: "最近错误", en: "Last error")
    public static let licenseFile = Phrase(zh: "License文件", en: "License file")
    public static let waitForCustomer = Phrase(zh: "待客户反馈", en: "Wait for customer")
    public static let serviceStarted = Phrase(zh: "服务实际开通", en: "Service started")

    /// `文件（2，1.2 MB）` / `Files (2, 1.2 MB)`.
    public static func files(_ count: Int, _ size: String) -> Phrase {
        Phrase(zh: "文件（\(count)，\(size)）", en: "Files (\(count), \(size))")
    }

    /// `上传 43%` / `Uploading 43%`.
    public static func uploading(_ percent: Int) -> Phrase {
        Phrase(zh: "上传 \(percent)%", en: "Uploading \(percent)%")
    }

    public static let all: [Phrase] = [
        target, attempts, uploadProgress, times, nextAttempt, idempotencyKey, lastError, licenseFile, waitForCustomer,
        serviceStarted, files(2, "1 KB"), uploading(43),
    ]
}
