/// Java's `SecureRandom.getInstance("SHA1PRNG")`, reproduced only as far as KooGallery needs it: the sample code
/// derives the AES key of encrypted fields with `KeyGenerator("AES").init(bits, sha1prng)` after seeding the
/// generator with the access key, so a non-Java client must generate the same bytes (docs/KOOGALLERY.md §4.4).
public enum SHA1PRNG {
    /// The AES key Java's `KeyGenerator("AES")` produces from a SHA1PRNG seeded (before first use) with `seed`.
    public static func deriveAESKey(seed: [UInt8], bits: Int) throws(CryptoError) -> [UInt8] {
        guard bits == 128 || bits == 256 else { throw .unsupportedKeySize(bits) }
        return output(seed: seed, count: bits / 8)
    }

    /// The first `count` bytes of one `nextBytes` call on a generator freshly seeded with `seed`.
    ///
    /// Java keeps a 20-byte state: `state = SHA1(seed)`; each step outputs `SHA1(state)` and sets
    /// `state = state + output + 1` byte by byte, where the bytes are Java's signed bytes, so the carry into the
    /// next byte is `sum >> 8` of a signed sum and can be -1, 0 or 1. If no byte changed, `state[0]` is bumped.
    public static func output(seed: [UInt8], count: Int) -> [UInt8] {
        var state = SHA1.hash(seed)
        var result = [UInt8]()
        result.reserveCapacity(max(0, count))
        while result.count < count {
            let block = SHA1.hash(state)
            result.append(contentsOf: block.prefix(count - result.count))
            advance(&state, by: block)
        }
        return result
    }

    private static func advance(_ state: inout [UInt8], by block: [UInt8]) {
        var carry = 1
        var changed = false
        for index in state.indices {
            let sum = Int(Int8(bitPattern: state[index])) + Int(Int8(bitPattern: block[index])) + carry
            let byte = UInt8(truncatingIfNeeded: sum)
            changed = changed || byte != state[index]
            state[index] = byte
            carry = sum >> 8
        }
        if !changed {
            state[0] &+= 1
        }
    }
}
