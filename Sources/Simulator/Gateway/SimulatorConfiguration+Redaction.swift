extension SimulatorConfiguration: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The configuration without its secret key or production key, for logs and debugging (`demo` holds the
    /// keys it signs with here).
    public var description: String {
        "SimulatorConfiguration(port: \(port), accessKey: \(accessKey), secretKey: <redacted>, seed: \(seed), "
            + "orders: \(orders), productionURL: \(productionURL?.absoluteString ?? "nil"), productionKey: "
            + (productionKey == nil ? "nil" : "<redacted>") + ")"
    }

    public var debugDescription: String { description }

    /// Reflection (`dump`, `Mirror`) shows every field but the keys.
    public var customMirror: Mirror {
        Mirror(self, children: [
            "port": port, "accessKey": accessKey, "secretKey": "<redacted>", "seed": seed, "orders": orders,
            "faultRate": faultRate, "hostileRate": hostileRate, "tickSeconds": tickSeconds as Any,
            "epoch": epoch as Any, "productionURL": productionURL as Any,
            "productionKey": productionKey == nil ? "nil" : "<redacted>",
            "uploadDirectory": uploadDirectory as Any,
        ], displayStyle: .struct)
    }
}
