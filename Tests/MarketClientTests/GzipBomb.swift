/// A gzip body that inflates to `inflatedBytes` zero bytes in about 1/1000 of that: one dynamic-Huffman
/// deflate block where a match of 258 bytes at distance 1 costs two bits. Built here so the test needs no
/// zlib and no minute of `gzip` over gigabytes. The trailer's CRC is not computed (a client under test must
/// stop at its limit long before it would check it).
enum GzipBomb {
    static func make(inflatedBytes: Int) -> [UInt8] {
        var bits = BitWriter()
        bits.write(1, count: 1)       // BFINAL
        bits.write(2, count: 2)       // BTYPE: dynamic Huffman
        bits.write(29, count: 5)      // HLIT: 286 literal/length codes
        bits.write(0, count: 5)       // HDIST: 1 distance code
        bits.write(14, count: 4)      // HCLEN: 18 code length codes
        // Code length code lengths in RFC 1951's order 16,17,18,0,8,7,9,6,10,5,11,4,12,3,13,2,14,1:
        // 18 (a run of zeros) gets 1 bit, lengths 1 and 2 get 2 bits.
        for length in [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2] { bits.write(length, count: 3) }
        // Canonical code length codes: 18 → 0, 1 → 10, 2 → 11 (Huffman codes go most significant bit first).
        let lengthOne = (0b10, 2), lengthTwo = (0b11, 2)
        func zeros(_ run: Int) { bits.writeCode(0, count: 1); bits.write(run - 11, count: 7) }
        // Literal/length lengths: 0 → 2 bits, 256 (end) → 2 bits, 285 (length 258) → 1 bit; all else unused.
        bits.writeCode(lengthTwo.0, count: lengthTwo.1)                  // symbol 0
        zeros(138); zeros(117)                                            // 1...255
        bits.writeCode(lengthTwo.0, count: lengthTwo.1)                  // 256
        zeros(28)                                                         // 257...284
        bits.writeCode(lengthOne.0, count: lengthOne.1)                  // 285
        bits.writeCode(lengthOne.0, count: lengthOne.1)                  // distance code 0: 1 bit
        // Data: literal 0 (code 10), then matches of 258 at distance 1 (codes 0 and 0), then end (code 11).
        bits.writeCode(0b10, count: 2)
        var matches = max(0, inflatedBytes - 1) / 258
        while matches > 0 && !bits.aligned {
            bits.write(0, count: 2)
            matches -= 1
        }
        let wholeBytes = matches / 4
        bits.appendZeroBytes(wholeBytes)
        for _ in 0..<(matches - wholeBytes * 4) { bits.write(0, count: 2) }
        bits.writeCode(0b11, count: 2)
        let produced = 1 + (max(0, inflatedBytes - 1) / 258) * 258
        let header: [UInt8] = [0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3]
        let size = UInt32(truncatingIfNeeded: produced)
        let trailer: [UInt8] = [0, 0, 0, 0, UInt8(size & 0xff), UInt8(size >> 8 & 0xff), UInt8(size >> 16 & 0xff),
                                UInt8(size >> 24)]
        return header + bits.finish() + trailer
    }
}

/// Bits least significant first, as deflate packs them.
struct BitWriter {
    private(set) var bytes: [UInt8] = []
    private var current: UInt32 = 0
    private var used = 0

    var aligned: Bool { used == 0 }

    mutating func write(_ value: Int, count: Int) {
        for index in 0..<count {
            current |= UInt32((value >> index) & 1) << used
            used += 1
            if used == 8 { bytes.append(UInt8(current)); current = 0; used = 0 }
        }
    }

    /// A Huffman code: most significant bit first.
    mutating func writeCode(_ code: Int, count: Int) {
        for index in stride(from: count - 1, through: 0, by: -1) { write((code >> index) & 1, count: 1) }
    }

    mutating func appendZeroBytes(_ count: Int) { bytes.append(contentsOf: repeatElement(0, count: count)) }

    mutating func finish() -> [UInt8] {
        if used > 0 { bytes.append(UInt8(current)); current = 0; used = 0 }
        return bytes
    }
}
