@testable import Extraction
import Foundation
import KnowledgeGraph
import XCTest

/// Every article format reads to the same text, and so to the same graph.
final class ArticleReaderTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-reader-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: folder)
    }

    private func write(_ name: String, _ content: String) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try Data(content.utf8).write(to: url)
        return url
    }

    private let headline = "Kremlin says no decision on messengers"
    private let body = "MOSCOW, May 30. /TASS/. Kremlin spokesman Dmitry Peskov said \u{201C}no decision\u{201D} was taken.\nRoskomnadzor & TASS said so."

    func testHTMLKeepsTheTextAndDropsMarkup() throws {
        let html = """
        <!DOCTYPE html><html><head><title>\(headline) - Site</title><style>p { color: red }</style>
        <script>document.write("<p>not text</p>")</script></head>
        <body><!-- nav --><h1>\(headline)</h1>
        <p>MOSCOW, May 30. /TASS/. Kremlin spokesman <b>Dmitry   Peskov</b> said &ldquo;no decision&#8221; was taken.</p>
        <p>Roskomnadzor &amp; TASS said so.</p></body></html>
        """
        let article = try ArticleReader().read(try write("a.html", html))
        XCTAssertEqual(article.map(\.text), [headline + "\n" + body])
        XCTAssertEqual(article.map(\.id), ["a"])
    }

    func testHTMLWithoutHeadingUsesTheTitle() throws {
        let article = try ArticleReader().read(try write("b.htm", "<title>Headline here</title><div>Text one.<br>Text two.</div>"))
        XCTAssertEqual(article[0].text, "Headline here\nText one.\nText two.")
    }

    func testMarkdownReadsLikePlainText() throws {
        let markdown = "# \(headline)\n\nMOSCOW, May 30. /TASS/. Kremlin spokesman **Dmitry Peskov** said\n\u{201C}no decision\u{201D} was [taken](https://example.com).\n\nRoskomnadzor & TASS said so.\n"
        XCTAssertEqual(try ArticleReader().read(try write("c.md", markdown)).map(\.text), [headline + "\n" + body])
    }

    func testJSONLinesGivesOneArticlePerLine() throws {
        let first = try JSONSerialization.data(withJSONObject: ["id": "x1", "title": headline, "text": body, "date": "2024-05-30", "url": "https://example.com/x1"])
        let second = try JSONSerialization.data(withJSONObject: ["id": "x2", "title": "", "text": "Second."])
        let url = try write("d.jsonl", String(decoding: first, as: UTF8.self) + "\n\n" + String(decoding: second, as: UTF8.self) + "\n")
        let articles = try ArticleReader().read(url, source: "d.jsonl")
        XCTAssertEqual(articles.map(\.id), ["x1", "x2"])
        XCTAssertEqual(articles.map(\.text), [headline + "\n" + body, "Second."])
        XCTAssertEqual(articles[0].date, "2024-05-30")
        XCTAssertEqual(articles[0].url, "https://example.com/x1")
        XCTAssertEqual(articles.map(\.source), ["d.jsonl:1", "d.jsonl:3"])
    }

    func testBadJSONLineSaysWhichLine() throws {
        let url = try write("e.jsonl", "{\"id\": \"a\", \"text\": \"ok\"}\n{\"title\": \"no id\", \"text\": \"x\"}\n")
        XCTAssertThrowsError(try ArticleReader().read(url)) { error in
            XCTAssertTrue("\(error)".contains("e.jsonl:2"), "\(error)")
            XCTAssertTrue("\(error)".contains("\"id\""), "\(error)")
        }
    }

    func testUTF16AndInvalidBytesAreRefusedWithAFix() throws {
        let utf16 = folder.appendingPathComponent("f.txt")
        try "Text".data(using: .utf16)!.write(to: utf16)
        XCTAssertThrowsError(try ArticleReader().read(utf16)) { XCTAssertTrue("\($0)".contains("iconv -f UTF-16")) }
        let invalid = folder.appendingPathComponent("g.txt")
        try Data([0x41, 0xFF, 0xFE, 0x42, 0xC3]).write(to: invalid)
        XCTAssertThrowsError(try ArticleReader().read(invalid)) { XCTAssertTrue("\($0)".contains("not UTF-8")) }
    }

    /// The seed in every wrapper (CRLF + BOM, HTML, Markdown, a JSONL line) gives the same entities and relations.
    func testVariantsOfTheSeedGiveTheSameGraph() throws {
        let text = try String(contentsOf: try Fixture.url("00_tass_messengers.txt"), encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let escape = { (line: String) in line.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;") }
        let html = "<html><head><title>\(escape(lines[0]))</title></head><body><h1>\(escape(lines[0]))</h1>"
            + lines.dropFirst().map { "<p>\(escape($0))</p>\n" }.joined() + "</body></html>"
        let jsonl = try JSONSerialization.data(withJSONObject: ["id": "v", "title": lines[0], "text": lines.dropFirst().joined(separator: "\n")])
        let files = [
            try write("v.txt", text),
            try write("v-crlf.txt", "\u{FEFF}" + text.replacingOccurrences(of: "\n", with: "\r\n")),
            try write("v.html", html),
            try write("v.md", "# " + lines[0] + "\n\n" + lines.dropFirst().joined(separator: "\n\n")),
            try write("v.jsonl", String(decoding: jsonl, as: UTF8.self)),
        ]
        let extractor = try Extractor(lexicon: try Lexicon.builtIn())
        let graphs = try files.map { url -> KnowledgeGraph in
            var article = try ArticleReader().read(url)[0]
            article.id = "v"
            article.source = nil
            return extractor.extract(article)
        }
        XCTAssertGreaterThan(graphs[0].relations.count, 10)
        for graph in graphs.dropFirst() {
            XCTAssertEqual(graph.entities, graphs[0].entities)
            XCTAssertEqual(graph.relations, graphs[0].relations)
        }
    }
}
