import Foundation
import KnowledgeGraph

/// Writes a self-contained interactive HTML page around a Graphviz SVG map.
///
/// The page needs no network (a Content-Security-Policy forbids every fetch): the SVG is
/// inline, with pan and zoom, a search box that finds and highlights entities, and a side
/// panel that lists a clicked entity's or edge's relations with their evidence sentences and
/// documents. Article text reaches the page only as Graphviz-escaped SVG text and as JSON
/// inside a `<script type="application/json">` element (`HTMLEscaping.scriptJSON`); the
/// script puts it on screen with `textContent` only, so no article text can become markup.
public struct HTMLMapWriter: Sendable {
    /// A writer.
    public init() {}

    /// The page for `graph`, whose map `svg` Graphviz drew from `DOTWriter`'s DOT of the same graph.
    public func write(_ graph: KnowledgeGraph, svg: Data) throws -> Data {
        let data = try Self.pageData(graph)
        let title = graph.documents.count == 1 ? (graph.documents[0].title ?? graph.documents[0].id) : "\(graph.documents.count) documents"
        var page = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="newsgraph">
        <title>NewsGraph map: \(HTMLEscaping.text(title))</title>
        <style>
        \(HTMLMapAssets.style)
        </style>
        </head>
        <body>
        <header>
        <strong>NewsGraph</strong>
        <span id="summary">\(graph.entities.count) entities, \(graph.relations.count) relations, \(HTMLEscaping.text(title))</span>
        <input id="search" type="search" placeholder="Find an entity" aria-label="Find an entity" autocomplete="off">
        <span id="search-status" aria-live="polite"></span>
        <button id="zoom-in" type="button" title="Zoom in">+</button><button id="zoom-out" type="button" title="Zoom out">&#8722;</button><button id="reset" type="button" title="Show the whole map">Reset</button>
        </header>
        <main>
        <div id="map">
        """
        page += Self.inlineSVG(svg)
        page += """
        </div>
        <aside id="panel"><h2 id="panel-title">Click an entity or an edge</h2><div id="panel-body"><p class="hint">Drag to pan, scroll to zoom, type a name above to find it.</p></div></aside>
        </main>
        <script type="application/json" id="newsgraph-data">\(HTMLEscaping.scriptJSON(data))</script>
        <script>
        \(HTMLMapAssets.script)
        </script>
        </body>
        </html>

        """
        return Data(page.utf8)
    }

    /// Graphviz's SVG without the XML prolog, doctype and comments, sized to its container.
    /// One pass over the bytes: O(n).
    static func inlineSVG(_ svg: Data) -> String {
        let bytes = [UInt8](svg)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var position = firstIndex(of: Array("<svg".utf8), in: bytes, from: 0) ?? 0
        while position < bytes.count {
            guard let open = firstIndex(of: Array("<!--".utf8), in: bytes, from: position) else {
                out += bytes[position...]
                break
            }
            out += bytes[position..<open]
            position = firstIndex(of: Array("-->".utf8), in: bytes, from: open + 4).map { $0 + 3 } ?? bytes.count
        }
        let text = String(decoding: out, as: UTF8.self)
        guard let rootEnd = text.firstIndex(of: ">") else { return text }
        var root = String(text[..<rootEnd])
        for attribute in ["width", "height"] {
            if let start = root.range(of: " \(attribute)=\""), let end = root[start.upperBound...].firstIndex(of: "\"") {
                root.replaceSubrange(start.lowerBound...end, with: " \(attribute)=\"100%\"")
            }
        }
        return root + text[rootEnd...]
    }

    /// The first index at or after `start` where `needle` occurs in `bytes`.
    private static func firstIndex(of needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == first && bytes[index..<index + needle.count].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    /// The JSON the page's script reads: documents, entities with their node ids, and the
    /// merged edges with every relation's evidence. Keys sorted: deterministic.
    static func pageData(_ graph: KnowledgeGraph) throws -> String {
        let index = Dictionary(uniqueKeysWithValues: graph.entities.enumerated().map { ($1.id, $0) })
        let entities = graph.entities.enumerated().map { position, entity in
            PageEntity(node: "n\(position)", name: entity.name, type: entity.type.rawValue, aliases: entity.aliases)
        }
        let edges = MapEdge.merging(graph.relations).enumerated().compactMap { position, edge -> PageEdge? in
            guard let subject = index[edge.subject], let object = index[edge.object] else { return nil }
            let relations = edge.relations.map { relation in
                PageRelation(phrase: MapEdge.phrase(relation), negated: relation.negated, hypothetical: relation.modality == .hypothetical,
                             confidence: relation.confidence,
                             evidence: relation.evidence.map { PageEvidence(document: $0.document, text: $0.text) })
            }
            return PageEdge(id: "e\(position)", subject: subject, object: object, relations: relations)
        }
        let documents = Dictionary(graph.documents.map { ($0.id, PageDocument(title: $0.title, date: $0.date, url: $0.url)) }, uniquingKeysWith: { first, _ in first })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = try encoder.encode(PageData(documents: documents, entities: entities, edges: edges))
        return String(decoding: json, as: UTF8.self)
    }

    private struct PageData: Encodable {
        let documents: [String: PageDocument]
        let entities: [PageEntity]
        let edges: [PageEdge]
    }

    private struct PageDocument: Encodable {
        let title: String?
        let date: String?
        let url: String?
    }

    private struct PageEntity: Encodable {
        let node: String
        let name: String
        let type: String
        let aliases: [String]
    }

    private struct PageEdge: Encodable {
        let id: String
        let subject: Int
        let object: Int
        let relations: [PageRelation]
    }

    private struct PageRelation: Encodable {
        let phrase: String
        let negated: Bool
        let hypothetical: Bool
        let confidence: Double
        let evidence: [PageEvidence]
    }

    private struct PageEvidence: Encodable {
        let document: String
        let text: String
    }
}
