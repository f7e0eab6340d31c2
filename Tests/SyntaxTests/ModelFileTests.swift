import Foundation
@testable import Syntax
import XCTest

/// Model files of another version or kind, damaged or cut short, are refused with one line.
final class ModelFileTests: XCTestCase {
    private func model() throws -> [UInt8] {
        guard let url = Bundle.module.url(forResource: "Fixtures/tiny", withExtension: "conllu") else { throw XCTSkip("fixture missing") }
        var training = TaggerTraining()
        training.epochs = 2
        return TaggerTraining.modelBytes(try training.train(try CoNLLU.read(contentsOf: url), dev: []))
    }

    private func refusal(_ bytes: [UInt8]) -> String {
        do { _ = try PartOfSpeechTagger(modelBytes: bytes, path: "m.model"); return "accepted" } catch { return "\(error)" }
    }

    func testRefusals() throws {
        let good = try model()
        XCTAssertNoThrow(try PartOfSpeechTagger(modelBytes: good, path: "m.model"))
        var version = good
        version[8] = 9
        XCTAssertEqual(refusal(version), "the model m.model cannot be used: model format version 9, this newsgraph reads version 1 (retrain it with `make models`, or reinstall newsgraph)")
        XCTAssertThrowsError(try DependencyParser(modelBytes: good, path: "m.model")) { error in
            XCTAssertTrue("\(error)".contains("it is a tagger model, not a parser model"), "\(error)")
        }
        XCTAssertTrue(refusal(Array(good.dropLast(10))).contains("cut short or damaged"))
        var damaged = good
        damaged[good.count - 5] ^= 0xff
        XCTAssertTrue(refusal(damaged).contains("checksum does not match"))
        XCTAssertTrue(refusal(Array("hello".utf8)).contains("not a newsgraph model file"))
    }

    /// 16-bit floats decode as IEEE half precision.
    func testHalfPrecision() {
        XCTAssertEqual(Float(Float16(bitPattern: 0x3c00)), 1.0)
        XCTAssertEqual(Float(Float16(bitPattern: 0xc000)), -2.0)
        XCTAssertEqual(Float(Float16(bitPattern: 0x3555)), 0.33325195, accuracy: 1e-7)
    }

    /// The shipped tagger's rows of every layout (in the slot, packed, full) are written back byte for byte.
    func testShippedTaggerWritesBackItsOwnBytes() throws {
        let url = try XCTUnwrap(ShippedModels.url(of: "tagger"))
        let bytes = try ModelFile.bytes(of: url)
        let tagger = try PartOfSpeechTagger(modelBytes: bytes, path: url.path)
        XCTAssertEqual(tagger.write(), bytes)
    }
}
