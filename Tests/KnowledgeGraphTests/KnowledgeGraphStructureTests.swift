import Foundation
@testable import KnowledgeGraph
import XCTest

/// Reading only a graph's structure gives the same entities and relation ends as the full reader.
final class KnowledgeGraphStructureTests: XCTestCase {
    func testStructureMatchesTheFullReaderAndDecodesEscapes() throws {
        let json = #"""
        {"schemaVersion": 1, "documents": [{"id": "d", "title": "T"}], "extra": {"a": [1, 2.5e3, true, null, "x\"y"]},
         "entities": [{"id": "p", "type": "Person", "name": "\u00c9lisabeth \"Borne\" \ud83d\ude00", "aliases": ["B"], "mentions": []},
                      {"id": "g", "type": "GovernmentBody", "name": "Gov\/ernment", "note": {"deep": [[]]}}],
         "relations": [{"id": "r1", "subject": "p", "predicate": "leads", "object": "g", "negated": false, "confidence": 0.5,
                        "evidence": [{"document": "d", "sentence": 0, "text": "t", "start": 0, "end": 1}]}]}
        """#
        let full = try KnowledgeGraph(jsonData: Data(json.utf8))
        let structure = try KnowledgeGraph(structureOfJSON: Data(json.utf8))
        XCTAssertEqual(structure.entities.map(\.name), ["Élisabeth \"Borne\" 😀", "Gov/ernment"])
        XCTAssertEqual(structure.entities.map(\.name), full.entities.map(\.name))
        XCTAssertEqual(structure.entities.map(\.type), full.entities.map(\.type))
        XCTAssertEqual(structure.relations.map { [$0.subject, $0.predicate.rawValue, $0.object] }, [["p", "leads", "g"]])
    }

    func testBadStructureIsRefusedWithTheFullReadersMessage() {
        XCTAssertThrowsError(try KnowledgeGraph(structureOfJSON: Data(#"{"schemaVersion": 1, "entities": [{"id": 3}]}"#.utf8))) { error in
            XCTAssertTrue("\(error)".contains("entities[0]"), "\(error)")
        }
        let dangling = #"{"schemaVersion": 1, "entities": [], "relations": [{"subject": "a", "predicate": "uses", "object": "b"}]}"#
        XCTAssertThrowsError(try KnowledgeGraph(structureOfJSON: Data(dangling.utf8))) { error in
            XCTAssertTrue("\(error)".contains("a"), "\(error)")
        }
        XCTAssertThrowsError(try KnowledgeGraph(structureOfJSON: Data(#"{"schemaVersion": 2}"#.utf8)))
        XCTAssertThrowsError(try KnowledgeGraph(structureOfJSON: Data("{\"schemaVersion\": 1,".utf8)))
    }
}
