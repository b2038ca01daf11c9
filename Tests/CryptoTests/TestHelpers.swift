import Crypto

/// Bytes of a hex literal in a test; an invalid literal is a bug in the test, reported as an empty array so the
/// comparison fails visibly instead of trapping.
func hex(_ text: String) -> [UInt8] {
    Hex.decode(text) ?? []
}

func utf8(_ text: String) -> [UInt8] {
    Array(text.utf8)
}
