import Foundation
import KnowledgeGraph
import XCTest

/// The JSON form reads and writes as SCHEMA.md says, and bad files are refused with a reason.
final class KnowledgeGraphJSONTests: XCTestCase {
    private func sample() -> KnowledgeGraph {
        let evidence = Evidence(document: "d1", sentence: 0, text: "Kremlin spokesman Dmitry Peskov said.", start: 0, end: 37)
        return KnowledgeGraph(
            documents: [Document(id: "d1", title: "T", source: "seeds/d1.txt")],
            entities: [
                Entity(id: "person:dmitry-peskov", type: .person, name: "Dmitry Peskov", aliases: ["Peskov"],
                       mentions: [Mention(document: "d1", start: 18, end: 31)]),
                Entity(id: "gov:kremlin", type: .governmentBody, name: "Kremlin", mentions: [Mention(document: "d1", start: 0, end: 7)]),
            ],
            relations: [Relation(id: "r1", subject: "person:dmitry-peskov", predicate: .spokespersonOf, object: "gov:kremlin",
                                 confidence: 0.9, evidence: [evidence])]
        ).canonicalized()
    }

    /// Writing and reading back gives the same graph, and writing twice gives the same bytes.
    func testRoundTripIsLosslessAndDeterministic() throws {
        let graph = sample()
        let data = try graph.jsonData()
        XCTAssertEqual(try KnowledgeGraph(jsonData: data), graph)
        XCTAssertEqual(try KnowledgeGraph(jsonData: data).jsonData(), data)
    }

    /// The keys are SCHEMA.md's: schemaVersion, documents, entities with mentions, relations with evidence.
    func testKeysFollowTheSchema() throws {
        let object = try JSONSerialization.jsonObject(with: sample().jsonData()) as? [String: Any]
        XCTAssertEqual(object?["schemaVersion"] as? Int, 1)
        let relation = (object?["relations"] as? [[String: Any]])?.first
        XCTAssertEqual(relation?["predicate"] as? String, "spokesperson_of")
        XCTAssertEqual(relation?["negated"] as? Bool, false)
        XCTAssertNil(relation?["modality"])
        let evidence = (relation?["evidence"] as? [[String: Any]])?.first
        XCTAssertEqual(Set(evidence?.keys.map { $0 } ?? []), ["document", "sentence", "text", "start", "end"])
        let entity = (object?["entities"] as? [[String: Any]])?.first
        XCTAssertEqual(Set(entity?.keys.map { $0 } ?? []), ["id", "type", "name", "aliases", "mentions"])
    }

    /// A relation to an entity the graph lacks is refused, naming both.
    func testDanglingReferenceIsRefused() throws {
        var graph = sample()
        graph.relations[0].object = "gov:nowhere"
        XCTAssertThrowsError(try KnowledgeGraph(jsonData: graph.jsonData())) { error in
            XCTAssertEqual(error as? GraphError, .danglingReference(relation: "r1", entity: "gov:nowhere"))
        }
    }

    /// Duplicate entity ids are refused.
    func testDuplicateIDIsRefused() throws {
        var graph = sample()
        graph.entities.append(graph.entities[0])
        XCTAssertThrowsError(try KnowledgeGraph(jsonData: graph.jsonData())) { error in
            XCTAssertEqual(error as? GraphError, .duplicateID(graph.entities[0].id))
        }
    }

    /// An unknown schema version and a missing field are refused with what and where.
    func testBadFilesSayWhatIsWrong() {
        XCTAssertThrowsError(try KnowledgeGraph(jsonData: Data(#"{"schemaVersion": 7}"#.utf8))) { error in
            XCTAssertEqual(error as? GraphError, .unsupportedSchemaVersion(7))
        }
        let missing = #"{"schemaVersion": 1, "entities": [{"id": "x", "type": "Person"}]}"#
        XCTAssertThrowsError(try KnowledgeGraph(jsonData: Data(missing.utf8))) { error in
            XCTAssertTrue(String(describing: error).contains("name"), "\(error)")
            XCTAssertTrue(String(describing: error).contains("entities[0]"), "\(error)")
        }
        XCTAssertThrowsError(try KnowledgeGraph(jsonData: Data("{\"schemaVersion\": 1,\n \"entities\": [,]}".utf8))) { error in
            XCTAssertTrue(String(describing: error).hasPrefix("not a NewsGraph graph: invalid JSON at line 2, column 15"), "\(error)")
        }
    }
}
