/// Everything one transfer needs, already signed: the engine only moves bytes and enforces the limits.
struct CurlRequest: Sendable {
    var method: String
    var url: String
    /// The marketplace host, for error messages ("unknown host mkt.example.com").
    var host: String
    /// Whether the host is loopback: then plain http is allowed and no proxy is ever used.
    var loopback: Bool
    /// Header lines, "Name: value".
    var headers: [String]
    var body: [UInt8]
    var limits: TransferLimits
    /// `host:port:address` entries pinning a name to an address (tests reach a local TLS server by name).
    var resolve: [String] = []
}

/// Time and size limits of one transfer.
struct TransferLimits: Sendable, Equatable {
    /// Seconds to establish the connection (TCP and TLS).
    var connectSeconds: Double
    /// Seconds the transfer may go with almost nothing arriving ("no answer within N s").
    var quietSeconds: Double
    /// Seconds the whole transfer may take, however it trickles.
    var totalSeconds: Double
    /// Decoded (decompressed) body bytes accepted.
    var responseBytes: Int
    /// Bytes per second below which the transfer counts as quiet.
    var quietBytesPerSecond = 100
}
