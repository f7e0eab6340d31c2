import KnowledgeGraph

/// A knowledge graph as Neo4j import files: `entities.csv` and `relations.csv` with
/// `neo4j-admin database import` headers, and `load.cypher`, which loads the same files into a
/// running server with LOAD CSV (no plugin needed) and creates the id constraint.
///
/// Nodes carry the labels `Entity` and their type; relationships get the predicate upper-cased
/// as their type (`SPOKESPERSON_OF`) and keep negation, modality, confidence, evidence
/// sentences and documents as properties (arrays split on `;`). Newlines in text become spaces
/// so that the default single-line CSV reading applies. O(V + E).
public struct Neo4jExport: Sendable {
    /// A writer.
    public init() {}

    /// File name -> contents.
    public func files(_ graph: KnowledgeGraph) -> [(name: String, text: String)] {
        var entities = ["id:ID,name,type,aliases:string[],:LABEL"]
        for entity in graph.entities {
            entities.append([entity.id, entity.name, entity.type.rawValue, entity.aliases.map(Self.arrayItem).joined(separator: ";"),
                             "Entity;" + entity.type.rawValue].map(Self.field).joined(separator: ","))
        }
        var relations = [":START_ID,:END_ID,:TYPE,id,predicate,negated:boolean,modality,confidence:float,evidence_count:int,documents:string[],evidence:string[]"]
        for relation in graph.relations {
            relations.append([relation.subject, relation.object, Self.relationshipType(relation.predicate), relation.id, relation.predicate.rawValue,
                              relation.negated ? "true" : "false", relation.modality?.rawValue ?? "", "\(relation.confidence)", "\(relation.evidence.count)",
                              Array(Set(relation.evidence.map(\.document))).sorted().map(Self.arrayItem).joined(separator: ";"),
                              relation.evidence.map { Self.arrayItem($0.text) }.joined(separator: ";")].map(Self.field).joined(separator: ","))
        }
        return [("entities.csv", entities.joined(separator: "\n") + "\n"), ("relations.csv", relations.joined(separator: "\n") + "\n"),
                ("load.cypher", cypher(graph))]
    }

    /// Statements that load the two files from the server's import folder with LOAD CSV.
    private func cypher(_ graph: KnowledgeGraph) -> String {
        var lines = [
            "// Load entities.csv and relations.csv (copied into Neo4j's import folder) into a running server:",
            "//   cypher-shell -u neo4j -p PASSWORD -f load.cypher",
            "CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;",
        ]
        for type in Set(graph.entities.map(\.type)).sorted() {
            lines.append("""
            LOAD CSV WITH HEADERS FROM 'file:///entities.csv' AS row WITH row WHERE row.type = '\(type.rawValue)' \
            MERGE (e:Entity {id: row.`id:ID`}) SET e:\(type.rawValue), e.name = row.name, e.type = row.type, \
            e.aliases = CASE row.`aliases:string[]` WHEN null THEN [] ELSE split(row.`aliases:string[]`, ';') END;
            """)
        }
        for predicate in Set(graph.relations.map(\.predicate.rawValue)).sorted() {
            let type = Self.relationshipType(Predicate(rawValue: predicate))
            lines.append("""
            LOAD CSV WITH HEADERS FROM 'file:///relations.csv' AS row WITH row WHERE row.predicate = '\(predicate)' \
            MATCH (s:Entity {id: row.`:START_ID`}), (o:Entity {id: row.`:END_ID`}) \
            CREATE (s)-[:\(type) {id: row.id, predicate: row.predicate, negated: row.`negated:boolean` = 'true', modality: row.modality, \
            confidence: toFloat(row.`confidence:float`), evidence_count: toInteger(row.`evidence_count:int`), \
            documents: split(row.`documents:string[]`, ';'), evidence: split(row.`evidence:string[]`, ';')}]->(o);
            """)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The predicate as a relationship type: upper case, anything but letters, digits and `_` as `_`.
    static func relationshipType(_ predicate: Predicate) -> String {
        String(predicate.rawValue.uppercased().unicodeScalars.map { scalar -> Character in
            ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar) ? Character(scalar) : "_"
        })
    }

    /// A CSV field: double-quoted, quotes doubled, line breaks as spaces.
    static func field(_ text: String) -> String {
        let flat = text.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\r", with: " ")
        return "\"" + flat.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// An array element: the `;` delimiter inside it becomes `,`.
    static func arrayItem(_ text: String) -> String {
        text.replacingOccurrences(of: ";", with: ",")
    }
}
