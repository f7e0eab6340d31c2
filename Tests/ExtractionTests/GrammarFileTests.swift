@testable import Extraction
import Foundation
import KnowledgeGraph
import XCTest

/// The grammar files: each one well formed for its format and described in the README beside
/// them, the verb frames parsed as written, and no word list left in the extractor's Swift code.
final class GrammarFileTests: ExtractionTestCase {
    private func folder() throws -> URL { try XCTUnwrap(Grammar.folder, "Resources/grammar is missing") }

    private func files() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder().path).filter { $0 != "README.md" }.sorted()
    }

    func testEveryFileIsWellFormedAndDescribed() throws {
        let readme = try String(contentsOf: folder().appendingPathComponent("README.md"), encoding: .utf8)
        for file in try files() {
            XCTAssertTrue(readme.contains("| `\(file)` |"), "\(file) is not in the README's table")
            let text = try String(contentsOf: folder().appendingPathComponent(file), encoding: .utf8)
            XCTAssertTrue(text.hasPrefix("# "), "\(file) does not start with a comment saying what it holds")
            let entries = Grammar.entries(of: file).map(\.text)
            XCTAssertFalse(entries.isEmpty, file)
            XCTAssertEqual(Set(entries).count, entries.count, "\(file) lists an entry twice")
            guard file.hasSuffix(".tsv"), !["verb-frames.tsv", "measure-verbs.tsv"].contains(file) else { continue }
            let kind = text.split(separator: "\n").first { $0.hasPrefix("# values: ") }.map { String($0.dropFirst(10)) }
            let parse: (String) -> Bool
            switch kind {
            case "entity type": parse = { EntityType(rawValue: $0) != nil }
            case "title role": parse = { Vocabulary.TitleRole(rawValue: $0) != nil }
            case "text": parse = { !$0.isEmpty }
            default: XCTFail("\(file) names no known kind of value"); continue
            }
            var keys: Set<String> = []
            for entry in entries {
                let columns = entry.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                XCTAssertEqual(columns.count, 2, "\(file): '\(entry)'")
                guard columns.count == 2 else { continue }
                XCTAssertTrue(parse(columns[1]), "\(file): '\(columns[1])' is not a valid \(kind ?? "")")
                XCTAssertTrue(keys.insert(columns[0]).inserted, "\(file): '\(columns[0])' is listed twice")
            }
        }
    }

    func testVerbFramesReadAsWritten() {
        XCTAssertEqual(VerbFrames.all.count, Grammar.entries(of: "verb-frames.tsv").count)
        let frame = VerbFrames.frame("blocks\tactors + measures\tthings - Person\tlistObjects\tblocked, blocks, blocked access to")
        XCTAssertEqual(frame?.predicate, .blocks)
        XCTAssertEqual(frame?.forms, ["blocked", "blocks", "blocked access to"])
        XCTAssertEqual(frame?.subjectTypes, actorTypes.union(VerbFrames.measures))
        XCTAssertEqual(frame?.objectTypes, VerbFrames.things.subtracting([.person]))
        XCTAssertEqual(frame?.listObjects, true)
        XCTAssertEqual(frame?.leftIsSubject, false)
        XCTAssertNil(VerbFrames.frame("regulates\t*\t*\t-\tregulates")?.subjectTypes)
        XCTAssertNil(VerbFrames.frame("not_a_predicate\t*\t*\t-\tfoo"), "an unknown predicate")
        XCTAssertNil(VerbFrames.frame("blocks\tactors + Robots\t*\t-\tblocked"), "an unknown type")
        XCTAssertNil(VerbFrames.frame("blocks\t*\t*\tquickly\tblocked"), "an unknown flag")
        XCTAssertNil(VerbFrames.frame("blocks\t*\t*\t-"), "a missing column")
    }

    /// The README's worked example of adding a form to a frame ("fining" to `fined`).
    func testWorkedExampleOfTheREADME() throws {
        let graph = try extract("""
        Regulator fines Apple

        MOSCOW, May 3. Russia's communications watchdog Roskomnadzor is fining Apple for failing to store data in Russia, the agency said.
        """)
        XCTAssertTrue(graph.relations.contains { $0.subject == "gov:roskomnadzor" && $0.predicate == .fined && $0.object == "org:apple" },
                      "\(graph.relations.map { "\($0.subject) \($0.predicate) \($0.object)" })")
    }

    func testMeasureVerbsReadAsWritten() {
        XCTAssertEqual(MeasureFinder.verbs["banned"]?.noun, "ban")
        XCTAssertEqual(MeasureFinder.verbs["banned"]?.preposition, "on")
        XCTAssertEqual(MeasureFinder.verbs["pre-installed"]?.noun, "requirement to preinstall")
        XCTAssertEqual(MeasureFinder.verbs["pre-installed"]?.preposition, "")
    }

    /// A literal of more than five words in the extractor's Swift code is a word list that belongs
    /// in Resources/grammar. Punctuation marks are not words; the readers of file formats (Reading/)
    /// hold format tables (HTML entities and tags), not grammar.
    func testNoWordListIsLeftInSwift() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Sources/Extraction")
        let files = try FileManager.default.contentsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".swift") }.sorted()
        XCTAssertFalse(files.isEmpty)
        let literal = try NSRegularExpression(pattern: #"\[\s*"(?:[^"\\]|\\.)*"(?:\s*[,:]\s*(?:\.\w+\s*,\s*)?"(?:[^"\\]|\\.)*")*"#)
        let quoted = try NSRegularExpression(pattern: #""((?:[^"\\]|\\.)*)""#)
        var lists: [String] = []
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            let whole = NSRange(text.startIndex..., in: text)
            for match in literal.matches(in: text, range: whole) {
                let found = (text as NSString).substring(with: match.range)
                let words = quoted.matches(in: found, range: NSRange(found.startIndex..., in: found)).filter { word in
                    (found as NSString).substring(with: word.range(at: 1)).contains { $0.isLetter }
                }
                if words.count > 5 {
                    let line = text[..<text.index(text.startIndex, offsetBy: (text as NSString).substring(to: match.range.location).count)]
                        .filter { $0 == "\n" }.count + 1
                    lists.append("\(file):\(line): \(found.prefix(60))")
                }
            }
        }
        XCTAssertEqual(lists, [], "word lists in Swift; move them to Resources/grammar")
    }
}
