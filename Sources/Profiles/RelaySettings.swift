/// The relay's part of a profile: `relay_upstream` and `relay_listen` in the config, `production_key` in the
/// credentials file (or `SELLER_CONSOLE_PRODUCTION_KEY`). The key is the one KooGallery gave the seller for the
/// product's production interface: the relay verifies the marketplace's signatures with it, and a replay is signed
/// with it. Redacted in `description` and reflection like the secret key.
public struct RelaySettings: Equatable, Sendable, CustomStringConvertible, CustomReflectable {
    public var upstream: String?
    public var listen: String?
    public var productionKey: String?

    public init(upstream: String? = nil, listen: String? = nil, productionKey: String? = nil) {
        self.upstream = upstream
        self.listen = listen
        self.productionKey = productionKey
    }

    public var description: String {
        "RelaySettings(upstream: \(upstream ?? "nil"), listen: \(listen ?? "nil"), productionKey: "
            + (productionKey == nil ? "nil" : "<redacted>") + ")"
    }

    public var customMirror: Mirror {
        Mirror(self, children: ["upstream": upstream as Any, "listen": listen as Any,
                                "productionKey": productionKey == nil ? "nil" : "<redacted>"],
               displayStyle: .struct)
    }
}
