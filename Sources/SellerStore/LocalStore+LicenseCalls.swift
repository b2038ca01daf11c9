import SellerCore

extension LocalStore {
    /// The newest journalled marketplace `getLicenseAsync` call for `eventId` (what `deliver-license EVENT_ID`
    /// hands the license back for); nil when the journal has none.
    public func licenseCall(eventId: String) throws -> JournalCall? {
        try db.cachedStatement("""
            SELECT \(Self.callColumns) FROM calls WHERE event_id = ? AND activity = 'getLicenseAsync'
                AND origin = 'MARKETPLACE'
            ORDER BY received_at DESC, rowid DESC LIMIT 1
            """).first([.text(eventId)]) { row in Self.decodeCall(row) }
    }
}
