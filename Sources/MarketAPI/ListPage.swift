import SellerCore

/// A record of a list page that could not be decoded: which one (by position and, when readable, its id) and
/// the path of the bad field. The rest of the page is kept.
public struct RejectedRecord: Equatable, Sendable, CustomStringConvertible {
    public var kind: EntityKind
    public var position: Int
    public var id: String?
    public var error: JSONFieldError

    public init(kind: EntityKind, position: Int, id: String?, error: JSONFieldError) {
        self.kind = kind
        self.position = position
        self.id = id
        self.error = error
    }

    public var description: String { "\(kind.commandName) \(id ?? "#\(position)"): \(error)" }
}

/// One page of a gateway list: the records that decoded, the ones that did not, and where to continue.
public struct ListPage: Sendable {
    public var kind: EntityKind
    public var records: [SellerRecord]
    public var rejected: [RejectedRecord]
    /// The cursor after the last item of the page, good or bad; nil when the page was empty.
    public var nextCursor: PageCursor?
    public var hasMore: Bool
    /// How many records of this kind the server holds in all (`total`), when it says; for progress display.
    public var total: Int?

    public init(kind: EntityKind, records: [SellerRecord], rejected: [RejectedRecord], nextCursor: PageCursor?,
                hasMore: Bool, total: Int? = nil) {
        self.kind = kind
        self.records = records
        self.rejected = rejected
        self.nextCursor = nextCursor
        self.hasMore = hasMore
        self.total = total
    }
}

/// The list envelope: `{"resultCode":"MKT.0000","resultMsg":"Success","items":[…],"nextPageToken":"…","hasMore":…}`.
public enum ListPageWire {
    public static func encode(kind: EntityKind, items: [SellerRecord], nextCursor: PageCursor?, hasMore: Bool,
                              total: Int? = nil,
                              itemWriter: (inout JSONWriter, Int, SellerRecord) -> Void = { writer, _, record in
                                  RecordWire.encode(record, into: &writer)
                              }) -> [UInt8] {
        var writer = JSONWriter(reservingCapacity: 1024 + items.count * 900)
        writer.beginObject()
        writer.field("resultCode", ResultCodes.success, first: true)
        writer.field("resultMsg", "Success")
        writer.arrayField("items", Array(items.enumerated())) { writer, element in
            itemWriter(&writer, element.offset, element.element)
        }
        writer.field("nextPageToken", nextCursor?.token)
        writer.field("hasMore", hasMore)
        writer.field("total", total)
        writer.endObject()
        return writer.bytes
    }

    /// Decodes a page body. A body that is not JSON or lacks the envelope throws; a bad record only lands in
    /// `rejected`.
    public static func decode(kind: EntityKind, body: [UInt8]) throws(JSONFieldError) -> ListPage {
        let document: JSONValue
        do {
            document = try JSONParser.parse(body)
        } catch {
            throw JSONFieldError(path: "$", reason: error.description)
        }
        let envelope = try JSONFields(document, path: "")
        guard case .array(let items)? = envelope.value("items") else {
            throw JSONFieldError(path: "items", reason: "missing or not an array")
        }
        var records: [SellerRecord] = []
        records.reserveCapacity(items.count)
        var rejected: [RejectedRecord] = []
        var lastCursor: PageCursor?
        let idField = RecordWire.idField(of: kind)
        for (position, item) in items.enumerated() {
            do {
                let record = try RecordWire.decode(kind, try JSONFields(item, path: "items[\(position)]"))
                records.append(record)
            } catch {
                rejected.append(RejectedRecord(kind: kind, position: position, id: item[idField]?.stringValue,
                                               error: error))
            }
        }
        if let token = try envelope.optionalString("nextPageToken") {
            guard let cursor = PageCursor(token: token) else {
                throw JSONFieldError(path: "nextPageToken", reason: "not a page token")
            }
            lastCursor = cursor
        }
        let hasMore = try envelope.optionalBool("hasMore") ?? false
        let total = try envelope.optionalInt("total")
        return ListPage(kind: kind, records: records, rejected: rejected, nextCursor: lastCursor, hasMore: hasMore,
                        total: total)
    }
}
