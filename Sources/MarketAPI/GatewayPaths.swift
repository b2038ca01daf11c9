import SellerCore
import Signing

/// Paths of the two API families (docs/ARCHITECTURE.md §4). Both client and simulator build and match paths from here.
public enum GatewayPaths {
    public static let gatewayBase = "/seller-gateway/v1/"
    public static let openAPIBase = "/api/mkp-openapi-public/global/v1/"

    /// Largest `limit` a list request may ask for.
    public static let maximumPageSize = 1000

    public static func list(_ kind: EntityKind) -> String { gatewayBase + kind.rawValue }

    public static func detail(_ kind: EntityKind, id: String) -> String {
        gatewayBase + kind.rawValue + "/" + RFC3986.encode(id)
    }

    public static let queryOrder = openAPIBase + "order/query"

    /// The license hand-back `POST …/market-event/{event_id}/file` (docs/KOOGALLERY.md §5.3); the client builds
    /// it with `LicenseUploadForm.path(eventId:)`, the simulator matches it here.
    public static let marketEventPrefix = openAPIBase + "market-event/"

    /// The event id of a market-event upload path as sent (percent-encoded), or nil for another path. An id is
    /// one path segment: an encoded `/` is part of it, a literal one is not.
    public static func marketEventId(rawPath: String) -> String? {
        guard rawPath.hasPrefix(marketEventPrefix), rawPath.hasSuffix("/file") else { return nil }
        let encoded = rawPath.dropFirst(marketEventPrefix.count).dropLast("/file".count)
        guard !encoded.isEmpty, !encoded.contains("/") else { return nil }
        return RFC3986.decode(String(encoded))
    }
}

/// The query of a list request: the page to continue from, or the time to start at, and the page size.
public struct ListQuery: Equatable, Sendable {
    public var limit: Int
    public var after: PageCursor?
    public var updatedSince: Timestamp?

    public init(limit: Int = GatewayPaths.maximumPageSize, after: PageCursor? = nil, updatedSince: Timestamp? = nil) {
        self.limit = limit
        self.after = after
        self.updatedSince = updatedSince
    }

    public var queryItems: [(String, String)] {
        var items = [("limit", String(limit))]
        if let after { items.append(("page_token", after.token)) }
        if let updatedSince { items.append(("updated_since", updatedSince.koogalleryMillis)) }
        return items
    }
}

/// An error body of either family: APIG's `{"error_code","error_msg"}` or KooGallery's `{"resultCode","resultMsg"}`.
public struct APIErrorBody: Equatable, Sendable {
    public var code: String
    public var message: String

    public init(code: String, message: String) {
        self.code = code
        self.message = message
    }

    public func encoded() -> [UInt8] {
        var writer = JSONWriter()
        writer.beginObject()
        writer.field("error_code", code, first: true)
        writer.field("error_msg", message)
        writer.endObject()
        return writer.bytes
    }

    /// Reads an error body; nil when the body is not one.
    public static func decode(_ body: [UInt8]) -> APIErrorBody? {
        guard let document = try? JSONParser.parse(body) else { return nil }
        if let code = document["error_code"]?.stringValue {
            return APIErrorBody(code: code, message: document["error_msg"]?.stringValue ?? "")
        }
        if let code = document["resultCode"]?.stringValue, code != ResultCodes.success {
            return APIErrorBody(code: code, message: document["resultMsg"]?.stringValue ?? "")
        }
        return nil
    }
}
