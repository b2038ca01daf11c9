extension SampleISVConfiguration: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The configuration without its access key, for logs and debugging.
    public var description: String {
        let kinds = misbehaviours.map(\.rawValue).sorted().joined(separator: ",")
        return "SampleISVConfiguration(interface: \(interface.rawValue), accessKey: <redacted>, port: \(port), "
            + "misbehaviours: [\(kinds)], failRate: \(failRate), seed: \(seed), slowDelay: \(slowDelay))"
    }

    public var debugDescription: String { description }

    /// Reflection (`dump`, `Mirror`) shows every field but the key.
    public var customMirror: Mirror {
        Mirror(self, children: [
            "accessKey": "<redacted>", "interface": interface, "misbehaviours": misbehaviours, "failRate": failRate,
            "seed": seed, "port": port, "slowDelay": slowDelay, "encryptType": encryptType,
        ], displayStyle: .struct)
    }
}
