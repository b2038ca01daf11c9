import Foundation

extension HTTPResponse {
    /// A response whose body is already-serialised JSON.
    public static func json(bytes: [UInt8], status: Int = 200, headers: HTTPHeaders = [:]) -> HTTPResponse {
        var response = HTTPResponse(status: status, headers: headers, body: bytes)
        if !response.headers.contains("Content-Type") {
            response.headers.add("Content-Type", "application/json; charset=utf-8")
        }
        return response
    }

    /// A response whose body is already-serialised JSON.
    public static func json(data: Data, status: Int = 200, headers: HTTPHeaders = [:]) -> HTTPResponse {
        json(bytes: [UInt8](data), status: status, headers: headers)
    }

    /// A response whose body is `value` encoded with `encoder`.
    public static func json<Value: Encodable>(_ value: Value, status: Int = 200, headers: HTTPHeaders = [:],
                                              encoder: JSONEncoder = JSONEncoder()) throws -> HTTPResponse {
        json(data: try encoder.encode(value), status: status, headers: headers)
    }

    /// Whether the response declares a JSON body.
    public var isJSON: Bool {
        headers["Content-Type"].map { $0.lowercased().hasPrefix("application/json") } ?? false
    }
}
