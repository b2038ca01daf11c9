/// The box whose address is handed to `sqlite3_trace_v2` as its context pointer.
final class TraceHook {
    let body: (String) -> Void

    init(_ body: @escaping (String) -> Void) {
        self.body = body
    }
}

@available(*, unavailable)
extension TraceHook: Sendable {}
