/// Formats counts the same way everywhere (tab counts, positions): digits grouped by three with commas,
/// independent of the process locale so screens are identical on every machine.
public enum CountFormat {
    /// `5000` → `5,000`; negative numbers keep their sign.
    public static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        out.reserveCapacity(digits.count + digits.count / 3 + 1)
        if value < 0 { out.append("-") }
        for (i, d) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(d)
        }
        return out
    }

    /// `12/5,000`: a one-based position within a total, for pane titles; `0/0` when empty.
    public static func position(_ index: Int, of total: Int) -> String {
        guard total > 0 else { return "0/0" }
        return grouped(min(max(index + 1, 1), total)) + "/" + grouped(total)
    }
}
