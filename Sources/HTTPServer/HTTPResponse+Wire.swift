extension HTTPResponse {
    /// The status line and headers as sent. The server owns framing: handler-set Content-Length,
    /// Transfer-Encoding and Connection are replaced, and CR/LF in names, values or the reason are neutralised
    /// so no handler can split a response.
    func wireHead(announcedLength: Int, closing: Bool, requestVersion: HTTPVersion,
                  serverName: String?) -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(Self.sanitizedValue(reason))\r\n"
        for field in headers {
            if HTTPHeaders.sameName(field.name, "Content-Length")
                || HTTPHeaders.sameName(field.name, "Transfer-Encoding")
                || HTTPHeaders.sameName(field.name, "Connection") { continue }
            let name = String(decoding: field.name.utf8.filter(HTTPHeadParser.isTokenByte), as: UTF8.self)
            guard !name.isEmpty else { continue }
            text += "\(name): \(Self.sanitizedValue(field.value))\r\n"
        }
        if !headers.contains("Date") { text += "Date: \(HTTPDate.now())\r\n" }
        if let serverName, !headers.contains("Server") { text += "Server: \(Self.sanitizedValue(serverName))\r\n" }
        if !HTTPStatus.forbidsBody(status) { text += "Content-Length: \(announcedLength)\r\n" }
        if closing {
            text += "Connection: close\r\n"
        } else if requestVersion < .http11 {
            text += "Connection: keep-alive\r\n"
        }
        text += "\r\n"
        return Array(text.utf8)
    }

    private static func sanitizedValue(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 < 0x20 || $0 == 0x7F }) else { return value }
        return String(decoding: value.utf8.map { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F ? 0x20 : $0 },
                      as: UTF8.self)
    }
}
