extension ClientConfiguration: CustomStringConvertible, CustomDebugStringConvertible, CustomReflectable {
    /// The configuration without its secret key, for logs and debugging.
    public var description: String {
        "ClientConfiguration(baseURL: \(baseURL), accessKey: \(accessKey), secretKey: <redacted>, timeout: \(timeout))"
    }

    public var debugDescription: String { description }

    /// Reflection (`dump`, `Mirror`) shows every field but the secret key.
    public var customMirror: Mirror {
        Mirror(self, children: [
            "baseURL": baseURL, "accessKey": accessKey, "secretKey": "<redacted>", "timeout": timeout,
            "connectTimeout": connectTimeout, "deadline": deadline as Any, "maxAttempts": maxAttempts,
            "backoff": backoff, "limits": limits,
        ], displayStyle: .struct)
    }
}
