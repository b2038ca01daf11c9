import Foundation
import MarketAPI
import Testing
@testable import Simulator

/// The market-event route's multipart reader: what a client sends reads back exactly; hostile bodies give
/// errors, never a crash, and stay within the part and header bounds.
@Suite("market-event multipart")
struct MarketplaceMultipartTests {
    static let boundary = "b0undary-XYZ"

    static func form(_ request: [UInt8], file: (String, [UInt8])?) -> [UInt8] {
        LicenseUploadForm(boundary: boundary, eventId: "e").body(request: request, file: file)
    }

    @Test func readsTheFormTheClientBuilds() throws {
        let bytes: [UInt8] = Array("line one\r\n--b0undary-XY not a boundary\r\n".utf8) + [0, 255, 13, 10]
        let body = Self.form(LicenseUploadForm.file(name: "lic.dat", sha256: "ab"), file: ("lic.dat", bytes))
        let parts = try MultipartForm().parse(body, boundary: Self.boundary)
        #expect(parts.map(\.name) == ["isvUpdateFileReq", "file"])
        #expect(parts[1].filename == "lic.dat")
        #expect(Array(parts[1].bytes) == bytes)
        #expect(String(decoding: parts[0].bytes, as: UTF8.self).contains("\"file_name\":\"lic.dat\""))
    }

    @Test func readsTheBoundaryFromTheContentType() {
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=abc") == "abc")
        #expect(MultipartForm.boundary(contentType: "Multipart/Form-Data;boundary=\"a b;c\"") == nil)
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; charset=x; boundary=\"q-1\"") == "q-1")
        #expect(MultipartForm.boundary(contentType: "application/json; boundary=abc") == nil)
        #expect(MultipartForm.boundary(contentType: "multipart/form-data") == nil)
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=" + String(repeating: "x", count: 71)) == nil)
    }

    @Test func quotedParametersKeepTheirSemicolons() {
        let parsed = MultipartForm.dispositionParameters(#"form-data; name="file"; filename="a;b\"c.txt""#)
        #expect(parsed.kind == "form-data")
        #expect(parsed.values["name"] == "file")
        #expect(parsed.values["filename"] == #"a;b"c.txt"#)
    }

    @Test(arguments: [
        "", "--b0undary-XYZ", "--b0undary-XYZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nunterminated",
        "--b0undary-XYZ\r\nno colon here\r\n\r\nx\r\n--b0undary-XYZ--",
        "--b0undary-XYZ\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n--b0undary-XYZ--",
        "--b0undary-XYZ\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b0undary-XYZ--",
        "--b0undary-XYZjunk", "preamble without a line break--b0undary-XYZ--",
    ])
    func refusesMalformedBodies(_ text: String) {
        #expect(throws: MultipartError.self) { try MultipartForm().parse(Array(text.utf8), boundary: Self.boundary) }
    }

    @Test func boundsPartsAndHeaders() {
        var many = ""
        for index in 0..<9 { many += "--b0undary-XYZ\r\nContent-Disposition: form-data; name=\"p\(index)\"\r\n\r\nx\r\n" }
        many += "--b0undary-XYZ--"
        #expect(throws: MultipartError("more than 8 parts")) {
            try MultipartForm().parse(Array(many.utf8), boundary: Self.boundary)
        }
        let longHeader = "--b0undary-XYZ\r\nX-Pad: " + String(repeating: "a", count: 5000)
            + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nx\r\n--b0undary-XYZ--"
        #expect(throws: MultipartError.self) { try MultipartForm().parse(Array(longHeader.utf8), boundary: Self.boundary) }
    }

    /// Seeded fuzz: mutations of a valid form and random bytes never crash the reader, and whatever it returns
    /// stays inside the body and the part bound.
    @Test func fuzzNeverCrashes() {
        let valid = Self.form(LicenseUploadForm.characters("LICENSE-1234"), file: ("f", Array("data".utf8)))
        var state: UInt64 = 0x5EED
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let alphabet: [UInt8] = Array("-\r\n\"; =:b0undary-XYZ".utf8) + [0, 255]
        for round in 0..<4000 {
            var body = valid
            if round % 4 == 3 {
                body = (0..<Int(next() % 300)).map { _ in alphabet[Int(next() % UInt64(alphabet.count))] }
            } else {
                for _ in 0..<(1 + Int(next() % 6)) {
                    guard !body.isEmpty else { break }
                    let at = Int(next() % UInt64(body.count))
                    switch next() % 3 {
                    case 0: body[at] = alphabet[Int(next() % UInt64(alphabet.count))]
                    case 1: body.remove(at: at)
                    default: body.insert(contentsOf: Array("\r\n--b0undary-XYZ".utf8), at: at)
                    }
                }
            }
            if let parts = try? MultipartForm().parse(body, boundary: Self.boundary) {
                #expect(parts.count <= 8)
                #expect(parts.allSatisfy { $0.bytes.startIndex >= 0 && $0.bytes.endIndex <= body.count })
            }
        }
    }
}
