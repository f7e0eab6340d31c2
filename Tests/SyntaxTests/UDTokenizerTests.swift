import Syntax
import XCTest

/// The tokenizer follows EWT's conventions and keeps exact offsets; the splitter finds sentences.
final class UDTokenizerTests: XCTestCase {
    private func forms(_ text: String) -> [String] { UDTokenizer().tokenize(text).map(\.form) }

    /// Clitics, negation and possessives split as in the English treebanks.
    func testClitics() {
        XCTAssertEqual(forms("Russia's ban"), ["Russia", "'s", "ban"])
        XCTAssertEqual(forms("They don't know"), ["They", "do", "n't", "know"])
        XCTAssertEqual(forms("We can't and won't"), ["We", "ca", "n't", "and", "wo", "n't"])
        XCTAssertEqual(forms("I'm sure they'll go"), ["I", "'m", "sure", "they", "'ll", "go"])
        XCTAssertEqual(forms("Russia’s ban"), ["Russia", "’s", "ban"])
        XCTAssertEqual(forms("cannot"), ["can", "not"])
        XCTAssertEqual(forms("the students' union"), ["the", "students", "'", "union"])
    }

    /// Abbreviations and initials keep their period; the sentence's last period is its own.
    func testAbbreviations() {
        XCTAssertEqual(forms("Dr. Smith of the U.S. left."), ["Dr.", "Smith", "of", "the", "U.S.", "left", "."])
        XCTAssertEqual(forms("J. Smith, Inc. said"), ["J.", "Smith", ",", "Inc.", "said"])
    }

    /// Hyphens split compounds but not prefixes or numbers; punctuation, numbers and URLs.
    func testHyphensNumbersAndPunctuation() {
        XCTAssertEqual(forms("Moscow-based non-stop 303-832-8160"), ["Moscow", "-", "based", "non-stop", "303-832-8160"])
        XCTAssertEqual(forms("\"It cost $1,000.50 (10%)\"--really..."),
                       ["\"", "It", "cost", "$", "1,000.50", "(", "10", "%", ")", "\"", "--", "really", "..."])
        XCTAssertEqual(forms("see http://example.com/a-b, or mail a.b@example.org."),
                       ["see", "http://example.com/a-b", ",", "or", "mail", "a.b@example.org", "."])
        XCTAssertEqual(forms("Great :) ===="), ["Great", ":)", "===="])
    }

    /// Offsets are scalar positions, and spacing is recorded.
    func testOffsets() {
        let tokens = UDTokenizer().tokenize("Привет, Peskov's \"x\"")
        XCTAssertEqual(tokens.map(\.form), ["Привет", ",", "Peskov", "'s", "\"", "x", "\""])
        XCTAssertEqual(tokens.compactMap(\.range), [0..<6, 6..<7, 8..<14, 14..<16, 17..<18, 18..<19, 19..<20])
        XCTAssertEqual(tokens.map(\.noSpaceAfter), [true, false, true, false, true, true, false])
    }

    /// Sentences end at terminal punctuation before a capital and at line breaks, never after a title.
    func testSentences() {
        let text = "Dr. Smith arrived in the U.S. The talks ended! \"Why?\" he asked.\nHeadline without a stop\nNext line."
        let scalars = Array(text.unicodeScalars)
        let tokens = UDTokenizer().tokenize(scalars)
        let sentences = SentenceSegmenter().sentences(tokens, in: scalars).map { range in tokens[range].map(\.form).joined(separator: " ") }
        XCTAssertEqual(sentences, [
            "Dr. Smith arrived in the U.S.",
            "The talks ended !",
            "\" Why ? \" he asked .",
            "Headline without a stop",
            "Next line .",
        ])
    }
}
