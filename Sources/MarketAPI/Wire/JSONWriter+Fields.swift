import SellerCore

/// Member writers that keep the hand-written encoders short: each writes `,"key":value` (or nothing for nil).
/// Every object is begun with `beginObject()` and its first member written with `first:`.
extension JSONWriter {
    mutating func field(_ key: String, _ value: String, first: Bool = false) {
        if !first { comma() }
        self.key(key)
        appendString(value)
    }

    mutating func field(_ key: String, _ value: String?) {
        guard let value else { return }
        field(key, value)
    }

    mutating func field(_ key: String, _ value: Int?) {
        guard let value else { return }
        comma()
        self.key(key)
        appendInt(value)
    }

    mutating func field(_ key: String, _ value: Int64) {
        comma()
        self.key(key)
        appendRaw(Array(String(value).utf8))
    }

    mutating func field(_ key: String, _ value: Bool) {
        comma()
        self.key(key)
        appendRaw(value ? "true" : "false")
    }

    /// A time in `yyyyMMddHHmmss`.
    mutating func secondsField(_ key: String, _ value: Timestamp?) {
        guard let value else { return }
        field(key, value.koogallerySeconds)
    }

    /// A time in `yyyyMMddHHmmssSSS`.
    mutating func millisField(_ key: String, _ value: Timestamp?) {
        guard let value else { return }
        field(key, value.koogalleryMillis)
    }

    /// `,"key":[ … ]` with `body` writing each element.
    mutating func arrayField<T>(_ key: String, _ elements: [T], _ body: (inout JSONWriter, T) -> Void) {
        comma()
        self.key(key)
        beginArray()
        for (position, element) in elements.enumerated() {
            if position > 0 { comma() }
            body(&self, element)
        }
        endArray()
    }

}
