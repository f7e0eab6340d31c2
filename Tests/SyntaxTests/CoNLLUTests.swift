import Foundation
import Syntax
import XCTest

/// CoNLL-U reads and writes back unchanged, and a broken file gets an error naming its line.
final class CoNLLUTests: XCTestCase {
    private func fixture(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil) else { throw XCTSkip("fixture \(name) missing") }
        return try String(contentsOf: url, encoding: .utf8)
    }

    /// Comments, a multiword token and an empty node survive a read and a write byte for byte.
    func testRoundTrip() throws {
        let text = try fixture("roundtrip.conllu")
        let sentences = try CoNLLU.read(text)
        XCTAssertEqual(sentences.count, 1)
        XCTAssertEqual(sentences[0].tokens.map(\.form), ["They", "do", "n't", "know", "."])
        XCTAssertEqual(sentences[0].multiwordTokens, [MultiwordToken(first: 2, last: 3, form: "don't")])
        XCTAssertEqual(sentences[0].comment("text"), "They don't know.")
        XCTAssertTrue(sentences[0].tokens[3].noSpaceAfter)
        XCTAssertEqual(CoNLLU.write(sentences), text)
    }

    /// A line with the wrong number of columns is named by file and line.
    func testMalformedLineIsNamed() {
        let text = "# text = A b\n1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n2\tb\tb\tNOUN\n\n"
        XCTAssertThrowsError(try CoNLLU.read(text, file: "x.conllu")) { error in
            XCTAssertEqual("\(error)", "x.conllu:3: malformed CoNLL-U: 4 columns, expected 10 separated by tabs")
        }
    }

    /// Heads outside the sentence and words out of order are refused.
    func testBadHeadsAndIdsAreRefused() {
        XCTAssertThrowsError(try CoNLLU.read("1\tA\ta\tX\tX\t_\t5\tdep\t_\t_\n\n", file: "h"))
        XCTAssertThrowsError(try CoNLLU.read("2\tA\ta\tX\tX\t_\t0\troot\t_\t_\n\n", file: "i")) { error in
            XCTAssertEqual("\(error)", "i:1: malformed CoNLL-U: word id '2' where 1 was expected")
        }
    }
}
