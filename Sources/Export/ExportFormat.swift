import Foundation
import ListContract
import SellerCore

/// How `export` turns rows into bytes: JSON Lines with `list --json`'s members, or RFC 4180 CSV whose header is
/// those member names. Times are local ISO 8601 with the offset of each instant, amounts plain numbers.
public enum ExportFormat {
    /// `list --json`'s members with spreadsheet-friendly times and amounts.
    public static let style = RowJSON.Style(time: { $0.map { .string(isoTime($0)) } ?? .null }, amount: amount)

    /// `2026-11-23T09:12:30+08:00`: seconds are what KooGallery's times carry; the offset is the local zone's at
    /// that instant, so rows on both sides of a daylight-saving change are right.
    public static func isoTime(_ time: Timestamp, zone: TimeZone = .current) -> String {
        let seconds = time.millis >= 0 ? time.millis / 1000 : (time.millis - 999) / 1000
        let offset = zone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(seconds)))
        let f = time.fields(offsetSeconds: offset)
        let sign = offset < 0 ? "-" : "+"
        let minutes = abs(offset) / 60
        return f.year.zeroPadded(to: 4) + "-" + f.month.zeroPadded(to: 2) + "-" + f.day.zeroPadded(to: 2) + "T"
            + f.hour.zeroPadded(to: 2) + ":" + f.minute.zeroPadded(to: 2) + ":" + f.second.zeroPadded(to: 2)
            + sign + (minutes / 60).zeroPadded(to: 2) + ":" + (minutes % 60).zeroPadded(to: 2)
    }

    /// A number when KooGallery's text is a plain decimal (`99.00`); anything else the store holds stays a string,
    /// so nothing is lost and no reader mistakes it for a number.
    public static func amount(_ text: String?) -> JSONValue {
        guard let text else { return .null }
        return isPlainDecimal(text) ? .number(text) : .string(text)
    }

    /// `-?digits(.digits)?`: what both JSON and a spreadsheet read as the same number.
    public static func isPlainDecimal(_ text: String) -> Bool {
        var bytes = Substring(text).utf8[...]
        if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        let parts = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { (0x30...0x39).contains($0) } }
    }

    /// The member names of each kind's rows, in `ListFormat.json`'s order: the CSV header, written even when
    /// the view is empty. Cells are looked up by name, so a row can never shift a column.
    public static func columns(for kind: EntityKind) -> [String] {
        let common = ["kind", "id", "status", "statusLabel"]
        let rest: [String] = switch kind {
        case .orders:
            ["orderId", "createTime", "customerName", "productName", "orderType", "orderTypeLabel", "amount",
             "currencyUnit", "updatedAt"]
        case .instances:
            ["instanceId", "orderId", "customerName", "productName", "chargingMode", "chargingModeLabel",
             "expireTime", "updatedAt"]
        case .exceptions:
            ["messageId", "activity", "activityLabel", "attempts", "orderId", "instanceId", "customerName",
             "productName", "lastAttemptAt", "windowEndsAt", "exceptionInfo"]
        case .supervision:
            ["taskId", "orderId", "customerName", "productName", "nodeSince", "rejectCount", "scenario",
             "scenarioLabel", "flowKind", "flowKindLabel"]
        case .tickets:
            ["caseId", "title", "customerName", "productName", "orderId", "messageCount", "createTime", "updatedAt"]
        case .calls:
            ["callId", "origin", "originLabel", "receivedAt", "activity", "activityLabel", "orderId", "instanceId",
             "signature", "signatureLabel", "httpStatus", "latencyMs", "failure", "resultCode", "eventId",
             "messageId"]
        }
        return common + rest + ["pendingAction"]
    }

    /// One JSON Lines page.
    public static func jsonLines(_ rows: [ListRow], into bytes: inout [UInt8]) {
        var writer = JSONWriter(reservingCapacity: rows.count * 512)
        for row in rows {
            writer.append(.object(RowJSON.members(row, style: style)))
            writer.appendRaw("\n")
        }
        bytes += writer.bytes
    }

    /// One CSV page, each row's cells in `columns` order.
    public static func csv(_ rows: [ListRow], columns: [String], into bytes: inout [UInt8]) {
        for row in rows {
            let members = RowJSON.members(row, style: style)
            let cells = columns.enumerated().map { index, name in
                index < members.count && members[index].key == name ? members[index].value
                    : members.first { $0.key == name }?.value ?? .null
            }
            CSV.appendRecord(cells.map(CSV.text), to: &bytes)
        }
    }
}

/// RFC 4180 records that a spreadsheet opens as the store holds them, and that cannot act in one.
public enum CSV {
    /// The UTF-8 byte order mark: Excel reads a CSV as UTF-8 (Chinese intact) only when it starts with it.
    public static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// A JSON value as cell text: strings as they are, numbers as written, null empty, an object (the pending
    /// action) as its compact JSON.
    public static func text(_ value: JSONValue) -> String {
        switch value {
        case .null: return ""
        case .string(let text): return text
        case .number(let literal): return literal
        case .bool(let flag): return flag ? "true" : "false"
        case .array, .object:
            var writer = JSONWriter()
            writer.append(value)
            return writer.text
        }
    }

    /// A record: cells separated by commas, ended by CRLF.
    public static func appendRecord(_ cells: [String], to bytes: inout [UInt8]) {
        for (index, cell) in cells.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: ",")) }
            appendField(cell, to: &bytes)
        }
        bytes += [0x0D, 0x0A]
    }

    /// One field: controls made visible, a formula defused, quoted when it holds `,` `"` CR or LF.
    public static func appendField(_ cell: String, to bytes: inout [UInt8]) {
        var text = visible(cell)
        if let first = text.utf8.first, [UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"),
                                         0x09, 0x0D].contains(first), !ExportFormat.isPlainDecimal(text) {
            text = "'" + text   // a spreadsheet would run `=HYPERLINK(…)` from a customer's name
        }
        let needsQuotes = text.utf8.contains { $0 == UInt8(ascii: ",") || $0 == 0x22 || $0 == 0x0D || $0 == 0x0A }
        guard needsQuotes else { return bytes += text.utf8 }
        bytes.append(0x22)
        for byte in text.utf8 {
            bytes.append(byte)
            if byte == 0x22 { bytes.append(0x22) }
        }
        bytes.append(0x22)
    }

    /// The characters `list --json` escapes (C0 controls but tab and line breaks, DEL, C1, U+2028/9, bidi
    /// overrides and isolates) as the same `\uXXXX` text, so no terminal or spreadsheet acts on them and a reader
    /// still sees what was there. Line breaks and tabs stay: quoting carries them.
    public static func visible(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            let escaped = (value < 0x20 && ![0x09, 0x0A, 0x0D].contains(value)) || (0x7F...0x9F).contains(value)
                || (0x2028...0x202E).contains(value) || (0x2066...0x2069).contains(value)
            guard escaped else {
                result.append(scalar)
                continue
            }
            let hex = String(value, radix: 16)
            result.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
        }
        return String(result)
    }
}
