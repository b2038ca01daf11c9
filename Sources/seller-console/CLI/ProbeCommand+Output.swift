import Foundation
import Localization
import Probe
import SellerCore
import TermUI

/// How `probe` reports: a progress line on a terminal, then a table of case, verdict, reason and latency; or
/// one JSON object per case. `--verbose` adds each exchange. Network text goes through `Console` (sanitised)
/// and the key is masked wherever it could appear.
struct ProbeOutput: Sendable {
    let url: String
    let key: String
    let json: Bool
    let verbose: Bool
    let progress: Bool

    /// Before a case: the progress line (terminals only).
    func progress(_ index: Int, _ count: Int, _ name: String) {
        guard progress else { return }
        Console.errorControl(.redrawLine, ProbeRelayText.probing(index + 1, count, name)(CommandLanguage.current))
    }

    /// After a case: its JSON line, or its exchange when verbose.
    func finished(_ result: ProbeResult) {
        if progress { Console.errorControl(.redrawLine) }
        if json {
            Console.print(jsonLine(result))
        } else if verbose {
            Console.print(exchange(result))
        }
    }

    /// After the run: the table (not in JSON mode).
    func summary(_ results: [ProbeResult], language: Language = CommandLanguage.current) {
        guard !json else { return }
        let t = { (phrase: Phrase) in phrase(language) }
        let width = max(DisplayWidth.width(of: t(ProbeRelayText.caseHeader)),
                        results.map { DisplayWidth.width(of: $0.caseName) }.max() ?? 0)
        let verdictWidth = max(7, DisplayWidth.width(of: t(ProbeRelayText.verdictHeader)))
        var lines = [pad(t(ProbeRelayText.caseHeader), width) + "  "
                     + pad(t(ProbeRelayText.verdictHeader), verdictWidth) + "  "
                     + pad(t(ProbeRelayText.latencyHeader), 8) + "  " + t(ProbeRelayText.reasonHeader)]
        for result in results {
            let verdict = t(ProbeRelayText.verdict(result.judgement.verdict))
            lines.append(pad(result.caseName, width) + "  " + pad(verdict, verdictWidth)
                         + "  " + pad(latency(result.seconds), 8) + "  " + masked(result.judgement.reason))
        }
        let failed = results.filter { $0.judgement.verdict == .fail }.count
        lines.append(t(ProbeRelayText.passed(results.count, failed: failed)))
        Console.print(lines.joined(separator: "\n"))
    }

    func jsonLine(_ result: ProbeResult) -> String {
        var writer = JSONWriter()
        writer.append(.object([
            JSONMember("case", .string(result.caseName)),
            JSONMember("verdict", .string(result.judgement.verdict.rawValue)),
            JSONMember("reason", .string(masked(result.judgement.reason))),
            JSONMember("latencyMs", .number(String(Int((result.seconds * 1000).rounded())))),
        ]))
        return writer.text
    }

    /// The request line and body, then the answer's status, headers and body (or why there was none).
    func exchange(_ result: ProbeResult) -> String {
        let request = result.request
        let query = request.query.map { "\($0.0)=\($0.1)" }.joined(separator: "&")
        var lines = ["── \(result.caseName)", "> \(request.method) \(url)" + (query.isEmpty ? "" : "?" + query)]
        if !request.body.isEmpty { lines.append("> " + String(decoding: request.body, as: UTF8.self)) }
        switch result.answer {
        case .failure(let failure): lines.append("< (no answer: \(failure.reason))")
        case .success(let reply):
            lines.append("< HTTP \(reply.status)")
            lines += reply.headers.sorted { $0.key < $1.key }.map { "< \($0.key): \($0.value)" }
            lines.append("< " + String(decoding: reply.body.prefix(4096), as: UTF8.self)
                         + (reply.body.count > 4096 ? " …(\(reply.body.count) bytes)" : ""))
        }
        return masked(lines.joined(separator: "\n"))
    }

    /// The text with the key replaced, should a server echo it back. A key shorter than `maskFrom` characters
    /// (never a real KooGallery key) is left alone: masking it would mangle ordinary words.
    func masked(_ text: String) -> String {
        key.count < Self.maskFrom ? text : text.replacingOccurrences(of: key, with: "****")
    }

    static let maskFrom = 8

    func latency(_ seconds: Double) -> String { "\(Int((seconds * 1000).rounded())) ms" }

    /// Padded to `width` display cells (a Chinese header takes two a character); a longer text is kept whole.
    func pad(_ text: String, _ width: Int) -> String {
        DisplayWidth.pad(text, to: width, alignment: .left)
    }
}
