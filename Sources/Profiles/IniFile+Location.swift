import SellerCore

// What code outside this module needs to report a bad value the way the profile settings do: its `file:line`.
extension IniFile {
    /// `file:line` of a key (the section's header line when the key is absent).
    public func place(section: String, key: String) -> String { location(section: section, key: key) }
}

extension ProfileResolver {
    /// The profile's site without needing its keys (the Seller Center routes depend on it); the default profile
    /// with no config is on `cn`. Nil when the config cannot be read or names no such profile.
    public static func site(name: String?, environment: [String: String]) -> Site? {
        try? section(name, environment).settings.site
    }
}
