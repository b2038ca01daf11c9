import SellerCore

/// Whether an applied 重新启动 did what the seller wanted. The gateway accepts a restart and answers 200 with the
/// message as it is after the re-call, whether the seller's interface answered well or failed again; only the
/// message's newest manual attempt says which. A re-call that failed again is a failure of the action, so the
/// outbox, the 队列 tab, the exception's badge and `retry`'s exit status all say so instead of 已完成.
enum RestartVerdict {
    /// Nil when `action` is no restart, or its re-call succeeded (or the answer carried no message to read).
    static func failure(of action: SellerAction, answer record: SellerRecord?)
        -> (reason: String, failure: ActionFailure)? {
        guard action.kind == .restart, case .exception(let message)? = record,
              let attempt = message.attempts.last, attempt.trigger == .manual, attempt.outcome != .success
        else { return nil }
        let code = attempt.resultCode.flatMap { $0.isEmpty ? nil : $0 }
        let info = attempt.exceptionInfo.isEmpty ? nil : attempt.exceptionInfo
        let detail = [code, attempt.httpStatus.map { "HTTP \($0)" }, info].compactMap { $0 }
        let said = detail.isEmpty ? "no answer" : detail.joined(separator: " · ")
        // English, as every stored reason; the console words the failure's facts in its own language.
        let reason = "restart failed: the interface failed again (\(said.prefix(300)))"
        return (reason, ActionFailure(.restartFailed, httpStatus: attempt.httpStatus, errorCode: code, message: info))
    }
}
