import SellerCore

/// Reads a local time the seller typed (`2026-11-23 14:05`) back into an instant, with the same UTC offset the
/// screens display with (`DisplayContext.utcOffsetSeconds`), so what was typed is what the detail pane shows.
public enum LocalTimeParse {
    /// Nil unless the text is exactly `yyyy-MM-dd HH:mm` naming a real minute.
    public static func minute(_ text: String, utcOffsetSeconds: Int) -> Timestamp? {
        let chars = Array(text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
        guard chars.count == 16, chars[4] == "-", chars[7] == "-", chars[10] == " ", chars[13] == ":" else {
            return nil
        }
        let digitPositions = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15]
        guard digitPositions.allSatisfy({ chars[$0].isASCII && chars[$0].isNumber }) else { return nil }
        let digits = digitPositions.map { String(chars[$0]) }.joined()
        guard let utcReading = Timestamp(koogallery: digits + "00") else { return nil }
        return utcReading.adding(seconds: -Int64(utcOffsetSeconds))
    }
}
