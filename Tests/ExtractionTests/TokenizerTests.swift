@testable import Extraction
import XCTest

/// Tokens and sentences carry exact offsets and respect abbreviations, possessives and datelines.
final class TokenizerTests: XCTestCase {
    private func tokens(_ text: String) -> [String] {
        Tokenizer().tokenize(Array(text.unicodeScalars)).map(\.text)
    }

    /// Possessives split off, abbreviations and initials keep their period, hyphens are tokens.
    func testWordsPossessivesAndAbbreviations() {
        XCTAssertEqual(tokens("Russia’s U.S. Mr. Smith's e-mail"), ["Russia", "’s", "U.S.", "Mr.", "Smith", "'s", "e", "-", "mail"])
        XCTAssertEqual(tokens("O'Brien paid 1,500.50 dollars."), ["O'Brien", "paid", "1,500.50", "dollars", "."])
    }

    /// A web address stays one token; a sentence's period after it does not.
    func testWebAddresses() {
        XCTAssertEqual(tokens("See Gawker.com and www.flag.govt.nz, or secunia.com."),
                       ["See", "Gawker.com", "and", "www.flag.govt.nz", ",", "or", "secunia.com", "."])
        XCTAssertEqual(tokens("He left.Then"), ["He", "left", ".", "Then"])
    }

    /// Offsets are Unicode scalar offsets into the text.
    func testOffsetsAreScalarOffsets() {
        let text = "Élisabeth Borne — Роскомнадзор"
        let found = Tokenizer().tokenize(Array(text.unicodeScalars))
        XCTAssertEqual(found.map { [$0.start, $0.end] }, [[0, 9], [10, 15], [16, 17], [18, 30]])
    }

    /// The dateline is no sentence; abbreviations do not end one; a line break does.
    func testSentencesSkipDatelineAndAbbreviations() {
        var document = AnnotatedDocument(id: "t", text: "Headline here\nMOSCOW, May 30. /TASS/. Mr. Ivanov met Dr. Petrova in the U.S. on Monday. She left.\nNew line")
        document.tokens = Tokenizer().tokenize(document.scalars)
        DocumentLayout().apply(to: &document)
        SentenceSplitter().apply(to: &document)
        let sentences = document.sentences.map { document.text($0.start..<$0.end) }
        XCTAssertEqual(sentences, ["Headline here", "Mr. Ivanov met Dr. Petrova in the U.S. on Monday.", "She left.", "New line"])
        XCTAssertEqual(document.dateline.map { document.text(tokens: $0.place) }, "MOSCOW")
        XCTAssertEqual(document.dateline?.agency.map { document.text(tokens: $0) }, "TASS")
    }

    /// Reuters-style datelines are found too.
    func testReutersDateline() {
        var document = AnnotatedDocument(id: "t", text: "Title\nBRUSSELS (Reuters) - The Commission said so.")
        document.tokens = Tokenizer().tokenize(document.scalars)
        DocumentLayout().apply(to: &document)
        SentenceSplitter().apply(to: &document)
        XCTAssertEqual(document.dateline?.agency.map { document.text(tokens: $0) }, "Reuters")
        XCTAssertEqual(document.sentences.map { document.text($0.start..<$0.end) }, ["Title", "The Commission said so."])
    }
}

/// Typographic quotes, dashes, abbreviations such as "No." and "Jan.", initials, and quotations that span sentences.
final class SentenceSplitterTests: XCTestCase {
    private func sentences(_ text: String) -> [String] {
        var document = AnnotatedDocument(id: "t", text: text)
        document.tokens = Tokenizer().tokenize(document.scalars)
        DocumentLayout().apply(to: &document)
        SentenceSplitter().apply(to: &document)
        return document.sentences.map { document.text($0.start..<$0.end) }
    }

    func testQuotesDashesAndAbbreviations() {
        XCTAssertEqual(Tokenizer().tokenize(Array("“It’s over” — J. R. Smith, No. 5, Jan. 3".unicodeScalars)).map(\.text),
                       ["“", "It", "’s", "over", "”", "—", "J.", "R.", "Smith", ",", "No.", "5", ",", "Jan.", "3"])
        XCTAssertEqual(sentences("Law No. 5 passed on Jan. 3 in the U.S. capital. J. R. Smith voted."),
                       ["Law No. 5 passed on Jan. 3 in the U.S. capital.", "J. R. Smith voted."])
    }

    func testQuotationSpanningSentences() {
        XCTAssertEqual(sentences("“Privacy is not for sale. Rights matter,” he wrote. Then he left."),
                       ["“Privacy is not for sale.", "Rights matter,” he wrote.", "Then he left."])
    }
}
