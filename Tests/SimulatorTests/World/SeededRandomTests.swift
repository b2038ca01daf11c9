@testable import Simulator
import Testing

/// The seeded world must not move when its generator gets faster: `hex` written as bytes gives the digits the
/// `Character` version gave, from the same draws, and leaves the stream where that version left it.
@Suite struct SeededRandomTests {
    /// The first way `hex` was written, kept as the reference.
    static func characterHex(_ random: inout SeededRandom, _ count: Int) -> String {
        let digits = Array("0123456789abcdef")
        return String((0..<count).map { _ in digits[Int(random.next() & 15)] })
    }

    @Test(arguments: [0, 1, 6, 32, 64])
    func hexGivesTheSameDigitsAndDraws(count: Int) {
        for seed: UInt64 in [1, 42, 0xDEAD_BEEF] {
            var fast = SeededRandom(seed: seed, stream: 3, index: count)
            var reference = fast
            #expect(fast.hex(count) == Self.characterHex(&reference, count))
            #expect(fast.next() == reference.next())
        }
    }
}
