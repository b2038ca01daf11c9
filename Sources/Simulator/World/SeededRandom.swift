/// Deterministic randomness for the seeded world. Every record is generated from a hash of
/// `(seed, kind, index, purpose)`, so any record can be rebuilt on demand without storing the world: a million
/// orders cost no memory until something changes them.
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64, stream: UInt64, index: Int) {
        state = SeededRandom.mix(seed ^ SeededRandom.mix(stream &+ 0x9E37_79B9_7F4A_7C15 &* UInt64(truncatingIfNeeded: index + 1)))
    }

    /// SplitMix64's finaliser: a good 64-bit bijective mix.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func next() -> UInt64 {
        state = state &+ 0x9E37_79B9_7F4A_7C15
        return SeededRandom.mix(state)
    }

    /// A uniform integer in `range`.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        let span = UInt64(range.upperBound - range.lowerBound + 1)
        return range.lowerBound + Int(next() % span)
    }

    /// A uniform value in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }

    /// Picks by weight; `weighted` must not be empty.
    mutating func pick<T>(weighted: [(T, Int)]) -> T {
        let total = weighted.reduce(0) { $0 + $1.1 }
        var roll = int(0...(total - 1))
        for (item, weight) in weighted {
            if roll < weight { return item }
            roll -= weight
        }
        return weighted[weighted.count - 1].0
    }

    /// `count` lowercase hex digits, written as bytes: ids are most of a generated page, and building them from
    /// `Character`s was a sixth of the simulator's time.
    mutating func hex(_ count: Int) -> String {
        let count = max(0, count)
        return String(unsafeUninitializedCapacity: count) { buffer in
            for position in 0..<count { buffer[position] = Self.hexDigits[Int(next() & 15)] }
            return count
        }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// A lowercase RFC 4122-looking UUID.
    mutating func uuid() -> String {
        "\(hex(8))-\(hex(4))-4\(hex(3))-\(pick(["8", "9", "a", "b"]))\(hex(3))-\(hex(12))"
    }
}

/// Streams of the world's randomness, one per purpose, so that adding a field to one kind of record never
/// changes the others.
enum RandomStream: UInt64 {
    case order = 1, instance, exception, supervision, ticket, hostile, fault, tick, action, call
}
