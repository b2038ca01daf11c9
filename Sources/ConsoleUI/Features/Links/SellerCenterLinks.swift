import ListContract
import Localization
import SellerCore

/// A page of Seller Center (卖家中心) a record belongs on; the raw value is its key in the config's `[links]`.
public enum SellerCenterPage: String, CaseIterable, Hashable, Sendable {
    case orders, instances, exceptions, supervision, tickets

    /// The page of a kind; nil for calls, which exist only in the local journal.
    public init?(kind: EntityKind) {
        switch kind {
        case .orders: self = .orders
        case .instances: self = .instances
        case .exceptions: self = .exceptions
        case .supervision: self = .supervision
        case .tickets: self = .tickets
        case .calls: return nil
        }
    }
}

/// What a template's placeholders stand for in one record: `{id}` is the record's own id, the others the ids it
/// carries (nil when it has none, and then a template that needs one gives no URL).
public struct LinkFields: Hashable, Sendable {
    public var kind: EntityKind
    public var id: String
    public var orderId: String?
    public var instanceId: String?
    public var orderLineId: String?

    public init(kind: EntityKind, id: String, orderId: String? = nil, instanceId: String? = nil,
                orderLineId: String? = nil) {
        (self.kind, self.id, self.orderId, self.instanceId, self.orderLineId) = (kind, id, orderId, instanceId,
                                                                                  orderLineId)
    }

    public init(record: SellerRecord) {
        switch record {
        case .order(let o): self.init(kind: .orders, id: o.orderId, orderId: o.orderId,
                                      orderLineId: o.lines.first?.orderLineId)
        case .instance(let i): self.init(kind: .instances, id: i.instanceId, orderId: i.orderId,
                                         instanceId: i.instanceId, orderLineId: i.orderLineId)
        case .exception(let m): self.init(kind: .exceptions, id: m.messageId, orderId: m.orderId,
                                          instanceId: m.instanceId, orderLineId: m.orderLineId)
        case .supervision(let t): self.init(kind: .supervision, id: t.taskId, orderId: t.orderId)
        case .ticket(let t): self.init(kind: .tickets, id: t.caseId, orderId: t.orderId)
        case .call(let c): self.init(kind: .calls, id: c.callId, orderId: c.arrival.orderId,
                                     instanceId: c.arrival.instanceId, orderLineId: c.arrival.orderLineId)
        }
    }

    /// The same from a list row (what `list --json` and a row without its detail have).
    public init(row: ListRow) {
        switch row.content {
        case .order(let r): self.init(kind: .orders, id: r.orderId, orderId: r.orderId)
        case .instance(let r): self.init(kind: .instances, id: r.instanceId, orderId: r.orderId,
                                         instanceId: r.instanceId)
        case .exception(let r): self.init(kind: .exceptions, id: r.messageId, orderId: r.orderId,
                                          instanceId: r.instanceId)
        case .supervision(let r): self.init(kind: .supervision, id: r.taskId, orderId: r.orderId)
        case .ticket(let r): self.init(kind: .tickets, id: r.caseId)
        case .call(let r): self.init(kind: .calls, id: r.callId, orderId: r.orderId, instanceId: r.instanceId)
        }
    }

    func value(of placeholder: String) -> String? {
        switch placeholder {
        case "id": id
        case "orderId": orderId
        case "instanceId": instanceId
        case "orderLineId": orderLineId
        default: nil
        }
    }
}

/// A record's Seller Center address, or why there is none.
public enum SellerCenterURL: Hashable, Sendable {
    case url(String)
    /// No address known for the page on this site (none documented, none in `[links]`); nil page: the kind has
    /// no Seller Center page at all (a journalled call).
    case unknown(SellerCenterPage?)
    /// The page's template needs an id this record does not carry.
    case missing(page: SellerCenterPage, placeholder: String)

    public var url: String? {
        if case .url(let text) = self { return text }
        return nil
    }
}

/// Where each record opens in Seller Center for the profile's site (issue 14, item 3). Only documented routes
/// are built in: a guessed address would send the seller to a wrong or missing page, so every other page comes
/// from the config's `[links]` templates (`orders = https://…{orderId}`), each placeholder URL-encoded.
public struct SellerCenterLinks: Hashable, Sendable {
    public var site: Site
    /// The `[links]` templates, checked by `problem(in:)` when read; they win over the built-in routes.
    public var templates: [SellerCenterPage: String]

    public init(site: Site, templates: [SellerCenterPage: String] = [:]) {
        self.site = site
        self.templates = templates
    }

    /// The one page the repository documents: 卖家中心 > 生产接口消息 on the China site (docs/KOOGALLERY.md). It is a
    /// list page, not one message's, so it takes no placeholder.
    public static let produceMessagesCN = "https://console.huaweicloud.com/marketplace/isv/#/console/produceMsg"

    /// The built-in routes by site; the intl and eu consoles' routes are not documented, so they have none.
    public static let documented: [Site: [SellerCenterPage: String]] = [.cn: [.exceptions: produceMessagesCN]]

    /// The names a template may use between braces.
    public static let placeholders = ["id", "orderId", "instanceId", "orderLineId"]

    public func template(for page: SellerCenterPage) -> String? {
        templates[page] ?? Self.documented[site]?[page]
    }

    public func url(for fields: LinkFields) -> SellerCenterURL {
        guard let page = SellerCenterPage(kind: fields.kind) else { return .unknown(nil) }
        guard let template = template(for: page) else { return .unknown(page) }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let name = String(rest[rest.index(after: open)..<close])
            guard let value = fields.value(of: name), !value.isEmpty else {
                return .missing(page: page, placeholder: name)
            }
            out += Self.percentEncoded(value)
            rest = rest[rest.index(after: close)...]
        }
        return .url(out + rest)
    }

    public func url(for record: SellerRecord) -> SellerCenterURL { url(for: LinkFields(record: record)) }

    /// Why a `[links]` template cannot be used, nil when it can: it must be an absolute https address (http only
    /// to loopback, for a local simulator) of printable characters, with known placeholders in closed braces.
    public static func problem(in template: String) -> Phrase? {
        let loopback = ["http://127.0.0.1", "http://localhost", "http://[::1]"]
        guard template.hasPrefix("https://") || loopback.contains(where: { template.hasPrefix($0) }) else {
            return LinkText.templateNotHTTPS
        }
        if template.unicodeScalars.contains(where: { $0.value <= 0x20 || (0x7F...0x9F).contains($0.value) }) {
            return LinkText.templateHasSpaces
        }
        var rest = Substring(template)
        while let open = rest.firstIndex(where: { $0 == "{" || $0 == "}" }) {
            guard rest[open] == "{", let close = rest[open...].firstIndex(of: "}") else {
                return LinkText.templateBraces
            }
            let name = String(rest[rest.index(after: open)..<close])
            guard placeholders.contains(name) else { return LinkText.unknownPlaceholder(name) }
            rest = rest[rest.index(after: close)...]
        }
        return nil
    }

    /// RFC 3986 percent-encoding of everything but the unreserved characters, so an id can never add a path,
    /// a query or a fragment to the address.
    public static func percentEncoded(_ value: String) -> String {
        var out = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
                 UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                 UInt8(ascii: "~"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = Array("0123456789ABCDEF")
                out += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 0x0F)])
            }
        }
        return out
    }
}
