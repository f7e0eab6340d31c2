import Foundation
import KnowledgeGraph
import XCTest

/// The built `newsgraph` binary, run as a user runs it.
final class CLITests: XCTestCase {
    private var packageRoot: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent() }
    private var work: URL!

    override func setUpWithError() throws {
        work = FileManager.default.temporaryDirectory.appendingPathComponent("newsgraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: work)
    }

    private typealias Run = BuiltBinary.Run

    private func run(_ arguments: [String]) throws -> Run { try BuiltBinary.run(arguments, in: packageRoot) }

    private func binary() throws -> URL { try BuiltBinary.url() }

    private func sharedFile(_ path: String) throws -> URL { try BuiltBinary.sharedFile(path, packageRoot: packageRoot) }

    /// `build seeds -o DIR` writes graph.json, graph.dot, graph.svg and graph.html and says so in one line.
    func testBuildWritesTheFourFiles() throws {
        let result = try run(["build", "seeds", "-o", work.path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("1 documents, 21 entities, "), result.stdout)
        XCTAssertEqual(result.stdout.split(separator: "\n").count, 1)
        for name in ["graph.json", "graph.dot", "graph.svg", "graph.html"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: work.appendingPathComponent(name).path), name)
        }
        let graph = try KnowledgeGraph(jsonData: Data(contentsOf: work.appendingPathComponent("graph.json")))
        let svg = try String(contentsOf: work.appendingPathComponent("graph.svg"), encoding: .utf8)
        for entity in graph.entities {
            XCTAssertTrue(svg.contains(">\(entity.name.replacingOccurrences(of: "&", with: "&amp;"))<"), entity.name)
        }
    }

    /// Building twice gives byte-identical JSON and DOT.
    func testOutputIsDeterministic() throws {
        let second = work.appendingPathComponent("again")
        XCTAssertEqual(try run(["build", "seeds", "-o", work.path]).status, 0)
        XCTAssertEqual(try run(["build", "seeds", "-o", second.path]).status, 0)
        for name in ["graph.json", "graph.dot"] {
            XCTAssertEqual(try Data(contentsOf: work.appendingPathComponent(name)), try Data(contentsOf: second.appendingPathComponent(name)), name)
        }
    }

    /// extract, render (svg, png by extension) and export (dot, json) work on the seed.
    func testExtractRenderExport() throws {
        let json = work.appendingPathComponent("g.json").path
        XCTAssertEqual(try run(["extract", "seeds/00_tass_messengers.txt", "-o", json]).status, 0)
        let stdout = try run(["extract", "seeds/00_tass_messengers.txt"])
        XCTAssertEqual(stdout.stdout, try String(contentsOfFile: json, encoding: .utf8))
        XCTAssertEqual(try run(["render", json, "-o", work.appendingPathComponent("m.png").path]).status, 0)
        let png = try Data(contentsOf: work.appendingPathComponent("m.png"))
        XCTAssertEqual(Array(png.prefix(4)), [0x89, 0x50, 0x4E, 0x47])
        XCTAssertEqual(try run(["render", json, "-o", work.appendingPathComponent("m.svg").path, "--layout", "sfdp"]).status, 0)
        let dot = try run(["export", json, "--format", "dot"])
        XCTAssertTrue(dot.stdout.hasPrefix("digraph newsgraph {"))
        let exported = try run(["export", json, "--format", "json"])
        XCTAssertEqual(exported.stdout, try String(contentsOfFile: json, encoding: .utf8))
    }

    /// Bad input: one line saying what and how to fix, a non-zero exit, no output file.
    func testBadInputGetsClearErrors() throws {
        let missing = try run(["build", "no/such/file.txt", "-o", work.path])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("no/such/file.txt: no such file or folder"), missing.stderr)

        let empty = work.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let noArticles = try run(["build", empty.path, "-o", work.path])
        XCTAssertEqual(noArticles.status, 1)
        XCTAssertTrue(noArticles.stderr.contains("holds no articles"), noArticles.stderr)

        let broken = work.appendingPathComponent("broken.json")
        try Data(#"{"schemaVersion": 1, "entities": [{"id": 3}]}"#.utf8).write(to: broken)
        let out = work.appendingPathComponent("out.svg")
        let unparsable = try run(["render", broken.path, "-o", out.path])
        XCTAssertEqual(unparsable.status, 1)
        XCTAssertTrue(unparsable.stderr.contains("entities[0]"), unparsable.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: out.path))

        let layout = try run(["render", broken.path, "-o", out.path, "--layout", "wobbly"])
        XCTAssertNotEqual(layout.status, 0)
        XCTAssertTrue(layout.stderr.contains("wobbly"), layout.stderr)

        let format = try run(["render", broken.path, "-o", work.appendingPathComponent("out.bmpx").path])
        XCTAssertNotEqual(format.status, 0)
        XCTAssertTrue(format.stderr.contains("cannot tell the format"), format.stderr)

        let folder = try run(["extract", "seeds/00_tass_messengers.txt", "-o", work.appendingPathComponent("nowhere/g.json").path])
        XCTAssertEqual(folder.status, 1)
        XCTAssertTrue(folder.stderr.contains("does not exist"), folder.stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path).filter { $0.hasSuffix(".tmp") }, [])
    }

    /// `eval` prints what shared/tools/score.py prints for the same predictions, verbose misses included.
    func testEvalAgreesWithTheNeutralScorer() throws {
        let corpus = packageRoot.appendingPathComponent("Tests/EvaluationTests/Corpus/dev")
        let ours = try assertEvalAgreesWithScorer(gold: corpus.appendingPathComponent("gold"), articles: corpus.appendingPathComponent("articles"))
        XCTAssertTrue(ours.contains("articles: 17\nentities_typed "), ours)
    }

    /// `eval --coarse` prints what score.py --coarse prints on GUM's own named entities of its news
    /// (../shared/tools/gum_news.py), and plain `eval` agrees with score.py on gum-news's gold.
    func testCoarseEvalAgreesWithTheNeutralScorerOnGUMNews() throws {
        let converter = try sharedFile("tools/gum_news.py")
        let out = work.appendingPathComponent("gum")
        let status = try BuiltBinary.runPython([converter.path, out.path, "--split", "all"]).status
        XCTAssertEqual(status, 0)
        let coarse = try assertEvalAgreesWithScorer(gold: out.appendingPathComponent("gold"), articles: out.appendingPathComponent("articles"), coarse: true)
        XCTAssertTrue(coarse.contains("articles: 23\nentities_typed "), coarse)
        let news = try sharedFile("corpus/gum-news")
        _ = try assertEvalAgreesWithScorer(gold: news.appendingPathComponent("gold"), articles: news.appendingPathComponent("articles"))
    }

    /// Runs `eval --verbose` and score.py --verbose on its predictions and requires the same text; returns it.
    private func assertEvalAgreesWithScorer(gold: URL, articles: URL, coarse: Bool = false, file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let predictions = work.appendingPathComponent("pred-\(gold.deletingLastPathComponent().lastPathComponent)-\(coarse)")
        let ours = try run(["eval", "--gold", gold.path, "--articles", articles.path, "--verbose", "--write-predictions", predictions.path]
                           + (coarse ? ["--coarse"] : []))
        XCTAssertEqual(ours.status, 0, ours.stderr, file: file, line: line)
        let scorer = try sharedFile("tools/score.py")
        let theirs = try BuiltBinary.runPython([scorer.path, gold.path, predictions.path, "--verbose"] + (coarse ? ["--coarse"] : []))
        XCTAssertEqual(theirs.status, 0, file: file, line: line)
        // Our extras name the rule that stated them ("  [verb-frames.tsv:23 restricts]"); score.py's do not.
        let withoutRules = ours.stdout.replacingOccurrences(of: #"  \[[^\]\n]+\](?=\n)"#, with: "", options: .regularExpression)
        XCTAssertEqual(withoutRules, theirs.stdout, file: file, line: line)
        XCTAssertTrue(!ours.stdout.contains("  extra: ") || ours.stdout.contains("-> ") && ours.stdout.range(of: #"extra: .*  \[.+\]\n"#, options: .regularExpression) != nil,
                      "extras name their rule", file: file, line: line)
        return withoutRules
    }

    /// `explain` names the frame or rule behind each relation of a sentence, with tags, heads and type sources.
    func testExplainNamesTheRuleOfEachRelation() throws {
        let seed = packageRoot.appendingPathComponent("seeds/00_tass_messengers.txt")
        let text = try run(["explain", seed.path, "--sentence", "3"])
        XCTAssertEqual(text.status, 0, text.stderr)
        XCTAssertTrue(text.stdout.hasPrefix("sentence 3: Kremlin spokesman Dmitry Peskov said"), text.stdout)
        XCTAssertTrue(text.stdout.contains("    4 Peskov/PROPN <- 3 Dmitry flat"), text.stdout)
        XCTAssertTrue(text.stdout.contains("\"Kremlin\" name GovernmentBody (from lexicon) -> gov:kremlin"), text.stdout)
        XCTAssertTrue(text.stdout.contains("person:dmitry-peskov spokesperson_of gov:kremlin [title, confidence 0.9] kept"), text.stdout)
        let whole = try run(["explain", seed.path, "--json"])
        XCTAssertEqual(whole.status, 0, whole.stderr)
        XCTAssertTrue(whole.stdout.contains("\"rule\" : \"verb-frames.tsv:"), "verb frames are named by file and line")
        let outOfRange = try run(["explain", seed.path, "--sentence", "999"])
        XCTAssertEqual(outOfRange.status, 1)
        XCTAssertTrue(outOfRange.stderr.contains("--sentence 999: the article has"), outOfRange.stderr)
    }

    /// `eval` with a folder that is not there says which option to fix.
    func testEvalNamesAMissingFolder() throws {
        let result = try run(["eval", "--gold", "no/gold", "--articles", "seeds"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.stderr.contains("no/gold: no such folder; --gold"), result.stderr)
    }

    /// `path` cites each hop; unknown names suggest the closest (exit 2); no path says so (exit 1).
    func testPathNeighborsAndAnalyze() throws {
        let found = try run(["path", "graphs/graph.json", "Peskov", "WhatsApp"])
        XCTAssertEqual(found.status, 0, found.stderr)
        XCTAssertTrue(found.stdout.hasPrefix("2 hops, Dmitry Peskov to WhatsApp\n"), found.stdout)
        XCTAssertTrue(found.stdout.contains("—possibly targets→ WhatsApp (Application)"), found.stdout)
        XCTAssertTrue(found.stdout.contains("[00_tass_messengers, sentence 18]"), found.stdout)

        let json = try run(["path", "graphs/graph.json", "person:dmitry-peskov", "whatsapp", "--json"])
        let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let paths = try XCTUnwrap(object["paths"] as? [[String: Any]])
        XCTAssertEqual(paths.first?["hops"] as? Int, 2)
        XCTAssertEqual(object["to"] as? String, "app:whatsapp")

        let unknown = try run(["path", "graphs/graph.json", "Peskof", "WhatsApp"])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.stderr.contains("no entity is called 'Peskof'; did you mean 'Dmitry Peskov'?"), unknown.stderr)

        let none = try run(["path", "graphs/graph.json", "Peskov", "Moscow"])
        XCTAssertEqual(none.status, 1)
        XCTAssertTrue(none.stderr.contains("no path from Dmitry Peskov to Moscow"), none.stderr)

        let neighbors = try run(["neighbors", "graphs/graph.json", "Peskov"])
        XCTAssertTrue(neighbors.stdout.hasPrefix("Dmitry Peskov (Person): 3 entities within 1 hop\n"), neighbors.stdout)

        let analysis = try run(["analyze", "graphs/graph.json", "--json"])
        let figures = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(analysis.stdout.utf8)) as? [String: Any])
        XCTAssertEqual(figures["nodes"] as? Int, 21)
        for key in ["components", "degree", "betweenness", "closeness", "pagerank", "communities", "modularity"] {
            XCTAssertNotNil(figures[key], key)
        }
    }

    /// `render --focus NAME --depth N` draws only the neighbourhood; `--top N` the most central entities.
    func testRenderViews() throws {
        let focused = work.appendingPathComponent("focus.svg")
        let result = try run(["render", "graphs/graph.json", "-o", focused.path, "--focus", "Peskov", "--depth", "1"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let svg = try String(contentsOf: focused, encoding: .utf8)
        for name in ["Dmitry Peskov", "Kremlin", "Telegram"] { XCTAssertTrue(svg.contains(">\(name)<"), name) }
        for name in ["Gmail", "Pavel Durov", "Moscow"] { XCTAssertFalse(svg.contains(">\(name)<"), name) }
        let top = work.appendingPathComponent("top.svg")
        XCTAssertEqual(try run(["render", "graphs/graph.json", "-o", top.path, "--top", "3", "--types", "Proposal", "Location"]).status, 0)
        let topSVG = try String(contentsOf: top, encoding: .utf8)
        XCTAssertTrue(topSVG.contains(">Russia<"))
        XCTAssertFalse(topSVG.contains(">Telegram<"))
    }

    /// `--path FROM TO` highlights the path in its context; `--cluster` draws boxes; `.html` writes the interactive page.
    func testRenderPathClustersAndHTML() throws {
        let path = work.appendingPathComponent("path.svg")
        let result = try run(["render", "graphs/graph.json", "-o", path.path, "--path", "Peskov", "WhatsApp", "--depth", "0", "--cluster", "type"])
        XCTAssertEqual(result.status, 0, result.stderr)
        let svg = try String(contentsOf: path, encoding: .utf8)
        XCTAssertTrue(svg.contains("class=\"cluster\""))
        let nodes = svg.components(separatedBy: "<g id=\"n").dropFirst()
        XCTAssertEqual(nodes.count, 3, "Peskov, the ban and WhatsApp")
        XCTAssertTrue(nodes.allSatisfy { $0.prefix(700).contains("stroke-width=\"3\"") }, "every path node is drawn bold")
        for name in ["Dmitry Peskov", "WhatsApp"] { XCTAssertTrue(svg.contains(">\(name)<"), name) }

        let page = work.appendingPathComponent("map.html")
        XCTAssertEqual(try run(["render", "graphs/graph.json", "-o", page.path, "--cluster", "community"]).status, 0)
        let html = try String(contentsOf: page, encoding: .utf8)
        XCTAssertTrue(html.contains("id=\"search\"") && html.contains("<svg") && html.contains("Community 1"))

        let oneEnd = try run(["render", "graphs/graph.json", "-o", page.path, "--path", "Peskov"])
        XCTAssertEqual(oneEnd.status, 64)
        XCTAssertTrue(oneEnd.stderr.contains("--path takes two entities"), oneEnd.stderr)
        let unknown = try run(["render", "graphs/graph.json", "-o", page.path, "--path", "Peskov", "Nobody Atall"])
        XCTAssertEqual(unknown.status, 2, unknown.stderr)
        let disconnected = try run(["render", "graphs/graph.json", "-o", page.path, "--path", "Peskov", "TASS"])
        XCTAssertEqual(disconnected.status, 1)
        XCTAssertTrue(disconnected.stderr.contains("no path between Dmitry Peskov and TASS"), disconnected.stderr)
    }

    /// Wire-style articles from templates, deterministic: people, bodies and apps recur across articles.
    private func writeWireArticles(count: Int, to url: URL) throws {
        let people = ["Dmitry Peskov", "Pavel Durov", "Anna Sokolova", "Ivan Markov", "Elena Orlova", "Oleg Petrov"]
        let bodies = ["Ministry of Digital Development", "State Duma", "Federal Antimonopoly Service", "Kremlin"]
        let apps = ["Telegram", "WhatsApp", "Viber", "Signal"]
        var lines: [String] = []
        for index in 0..<count {
            let person = people[index % people.count], body = bodies[(index / 3) % bodies.count], app = apps[(index / 7) % apps.count]
            let text = "\(body) proposes new rules for \(app)\n\(body) spokesperson \(person) said on Monday that the \(body) proposed to restrict \(app) for officials. The proposal number \(index) was sent to the government."
            let object: [String: String] = ["id": "wire-\(index)", "title": "\(body) proposes new rules for \(app)", "text": text, "date": "2026-0\(1 + index % 9)-1\(index % 10)"]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self))
        }
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url)
    }

    /// `ingest` twice changes nothing; a `kill -9` mid-ingest leaves a store that opens, and
    /// re-running completes it to exactly the store a clean run builds.
    func testIngestIsIdempotentAndCrashSafe() throws {
        let wires = work.appendingPathComponent("wires.jsonl")
        try writeWireArticles(count: 6_000, to: wires)
        let clean = work.appendingPathComponent("clean.sqlite").path
        let first = try run(["ingest", wires.path, "--store", clean, "--batch", "250"])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.hasPrefix("6000 new articles, 0 already stored"), first.stdout)
        let again = try run(["ingest", wires.path, "--store", clean])
        XCTAssertTrue(again.stdout.hasPrefix("0 new articles, 6000 already stored (skipped): +0 entities"), again.stdout)
        let cleanJSON = try run(["export", "--store", clean, "--format", "json"])
        XCTAssertEqual(cleanJSON.status, 0, cleanJSON.stderr)

        let crashed = work.appendingPathComponent("crashed.sqlite").path
        let process = Process()
        process.executableURL = try binary()
        process.arguments = ["ingest", wires.path, "--store", crashed, "--batch", "250"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until at least one batch is committed, then kill without warning.
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline, (try? run(["export", "--store", crashed, "--format", "json"]))?.stdout.contains("wire-") != true {
            Thread.sleep(forTimeInterval: 0.05)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        XCTAssertEqual(process.terminationReason, .uncaughtSignal, "the ingest finished before it could be killed; give it more articles")
        let partial = try run(["export", "--store", crashed, "--format", "json"])
        XCTAssertEqual(partial.status, 0, partial.stderr)
        let resumed = try run(["ingest", wires.path, "--store", crashed, "--batch", "250"])
        XCTAssertEqual(resumed.status, 0, resumed.stderr)
        XCTAssertFalse(resumed.stdout.hasPrefix("0 new"), resumed.stdout)
        XCTAssertEqual(try run(["export", "--store", crashed, "--format", "json"]).stdout, cleanJSON.stdout)
    }

    /// `entities` explains a resolution; graph commands read the store.
    func testStoreCommands() throws {
        let store = work.appendingPathComponent("dev.sqlite").path
        XCTAssertEqual(try run(["ingest", "Tests/EvaluationTests/Corpus/dev/articles", "--store", store]).status, 0)
        let explained = try run(["entities", "Durov", "--store", store])
        XCTAssertEqual(explained.status, 0, explained.stderr)
        XCTAssertTrue(explained.stdout.hasPrefix("Pavel Durov [Person] person:pavel-durov"), explained.stdout)
        XCTAssertTrue(explained.stdout.contains("mentions: 9 in 5 documents"), explained.stdout)
        XCTAssertTrue(explained.stdout.contains("'Pavel Durov' -> same name 'Pavel Durov'"), explained.stdout)
        let path = try run(["path", "--store", store, "Durov", "Peskov"])
        XCTAssertEqual(path.status, 0, path.stderr)
        XCTAssertTrue(path.stdout.hasPrefix("2 hops, Pavel Durov to Dmitry Peskov"), path.stdout)
        XCTAssertEqual(try run(["neighbors", "--store", store, "Durov"]).status, 0)
        XCTAssertEqual(try run(["analyze", "--store", store, "--top", "3"]).status, 0)
        let missing = try run(["path", "--store", work.appendingPathComponent("none.sqlite").path, "A", "B"])
        XCTAssertEqual(missing.status, 1)
        XCTAssertTrue(missing.stderr.contains("no such file; build one with `newsgraph ingest"), missing.stderr)
        XCTAssertEqual(try run(["path", "graphs/graph.json", "Peskov"]).status, 64)
        XCTAssertEqual(try run(["render", "graphs/graph.json", "-o", work.appendingPathComponent("x.svg").path, "--since", "2020"]).status, 64)
    }

    /// GraphML reads back in networkx with every node, edge and attribute (hostile text included);
    /// the Neo4j files carry neo4j-admin import headers and one line per entity and relation.
    func testGraphMLAndNeo4jExports() throws {
        let graphml = work.appendingPathComponent("g.graphml")
        XCTAssertEqual(try run(["export", "Tests/Hostile/hostile_graph.json", "--format", "graphml", "-o", graphml.path]).status, 0)
        let check = Process()
        check.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        check.arguments = ["python3", "-c", """
            import json, sys
            try:
                import networkx as nx
            except ImportError:
                sys.exit(3)
            g = nx.read_graphml(sys.argv[1])
            source = json.load(open(sys.argv[2]))
            assert g.number_of_nodes() == len(source["entities"]), g.number_of_nodes()
            assert g.number_of_edges() == len(source["relations"]), g.number_of_edges()
            names = sorted(d["name"] for _, d in g.nodes(data=True))
            assert names == sorted(e["name"] for e in source["entities"]), names
            assert all("predicate" in d and "evidence_count" in d for _, _, d in g.edges(data=True))
            """, graphml.path, packageRoot.appendingPathComponent("Tests/Hostile/hostile_graph.json").path]
        try check.run()
        check.waitUntilExit()
        if check.terminationStatus == 3 { throw XCTSkip("networkx is not installed (pip install networkx)") }
        XCTAssertEqual(check.terminationStatus, 0, "networkx could not read the GraphML back")

        let folder = work.appendingPathComponent("neo4j")
        XCTAssertEqual(try run(["export", "graphs/graph.json", "--format", "neo4j", "-o", folder.path]).status, 0)
        let entities = try String(contentsOf: folder.appendingPathComponent("entities.csv"), encoding: .utf8).split(separator: "\n")
        let relations = try String(contentsOf: folder.appendingPathComponent("relations.csv"), encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(entities.first, "id:ID,name,type,aliases:string[],:LABEL")
        XCTAssertTrue(relations.first?.hasPrefix(":START_ID,:END_ID,:TYPE,") == true)
        let graph = try KnowledgeGraph(jsonData: Data(contentsOf: packageRoot.appendingPathComponent("graphs/graph.json")))
        XCTAssertEqual(entities.count - 1, graph.entities.count)
        XCTAssertEqual(relations.count - 1, graph.relations.count)
        XCTAssertTrue(relations.contains { $0.contains("\"SPOKESPERSON_OF\"") })
        let cypher = try String(contentsOf: folder.appendingPathComponent("load.cypher"), encoding: .utf8)
        XCTAssertTrue(cypher.contains("CREATE CONSTRAINT entity_id"))
        XCTAssertEqual(try run(["export", "graphs/graph.json", "--format", "neo4j"]).status, 64)
    }

    /// The bad-input table (issue 7): each broken input gets a one-line error naming what is wrong
    /// and what to do, a non-zero exit and no output file; merely odd inputs get a correct result.
    func testBadInputTable() throws {
        func file(_ name: String, _ bytes: [UInt8]) throws -> String {
            let url = work.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            return url.path
        }
        let out = work.appendingPathComponent("out.json").path
        let failures: [(String, [String], String)] = [
            ("empty file", ["extract", try file("empty.txt", []), "-o", out], "is empty"),
            ("PNG", ["extract", try file("image.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]), "-o", out], "is a PNG image, not an article"),
            ("PDF", ["extract", try file("paper.txt", Array("%PDF-1.7\n%\u{e2}\u{e3}\n1 0 obj".utf8)), "-o", out], "is a PDF document, not an article"),
            ("invalid UTF-8", ["extract", try file("latin1.txt", Array("Kremlin ".utf8) + [0xE9, 0xFF, 0x41]), "-o", out], "is not UTF-8 text; convert it with iconv"),
            ("UTF-16", ["extract", try file("utf16.txt", [0xFF, 0xFE] + Array("Kremlin".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), "-o", out], "is UTF-16 text"),
            ("100 MB line", ["extract", try file("huge.txt", [UInt8](repeating: UInt8(ascii: "a"), count: 100 << 20)), "-o", out], "articles are read up to 32 MiB"),
            ("graph version", ["render", try file("v99.json", Array(#"{"schemaVersion": 99, "documents": [], "entities": [], "relations": []}"#.utf8)), "-o", out + ".svg"], "schemaVersion 99 is not supported"),
            ("missing field", ["render", try file("missing.json", Array(#"{"schemaVersion": 1, "documents": [], "entities": [{"id": "a", "type": "Person"}], "relations": []}"#.utf8)), "-o", out + ".svg"], "missing field 'name'"),
            ("dangling id", ["render", try file("dangling.json", Array(#"{"schemaVersion": 1, "documents": [], "entities": [{"id": "a", "type": "Person", "name": "A"}], "relations": [{"id": "r1", "subject": "a", "predicate": "uses", "object": "zzz", "negated": false, "confidence": 1, "evidence": []}]}"#.utf8)), "-o", out + ".svg"], "refers to entity 'zzz'"),
            ("duplicate id", ["render", try file("dup.json", Array(#"{"schemaVersion": 1, "documents": [], "entities": [{"id": "a", "type": "Person", "name": "A"}, {"id": "a", "type": "Person", "name": "B"}], "relations": []}"#.utf8)), "-o", out + ".svg"], "the id 'a' is used twice"),
            ("missing folder", ["render", "graphs/graph.json", "-o", work.appendingPathComponent("no/such/map.svg").path], "does not exist; create it first"),
            ("read-only folder", ["render", "graphs/graph.json", "-o", "/proc/newsgraph-map.svg"], "is not writable"),
        ]
        for (row, arguments, message) in failures {
            let result = try run(arguments)
            XCTAssertEqual(result.status, 1, "\(row): \(result.stderr)")
            XCTAssertTrue(result.stderr.hasPrefix("error: ") && result.stderr.contains(message), "\(row): \(result.stderr)")
            XCTAssertEqual(result.stderr.split(separator: "\n").count, 1, "\(row): one line")
            XCTAssertFalse(FileManager.default.fileExists(atPath: out) || FileManager.default.fileExists(atPath: out + ".svg"), "\(row) left an output file")
        }
        let noArticles = work.appendingPathComponent("no-articles")
        try FileManager.default.createDirectory(at: noArticles, withIntermediateDirectories: true)
        try Data("x".utf8).write(to: noArticles.appendingPathComponent("notes.csv"))
        let folder = try run(["build", noArticles.path, "-o", work.appendingPathComponent("built").path])
        XCTAssertEqual(folder.status, 1)
        XCTAssertTrue(folder.stderr.contains("holds no articles"), folder.stderr)
        XCTAssertEqual(try run(["path", "graphs/graph.json", "Peskov", "Nobody Atall"]).status, 2)
        let engine = try run(["render", "graphs/graph.json", "-o", out + ".svg", "--layout", "graphviz"])
        XCTAssertEqual(engine.status, 64)
        XCTAssertTrue(engine.stderr.contains("auto"), engine.stderr)

        // A graph too big for dot's time budget is refused, not drawn for minutes.
        let big = work.appendingPathComponent("big.json")
        let entities = (0..<400).map { ["id": "n\($0)", "type": "Person", "name": "Entity \($0)"] }
        let relations = (1..<400).map { ["id": "r\($0)", "subject": "n0", "predicate": "uses", "object": "n\($0)", "negated": false, "confidence": 1,
                                               "evidence": [["document": "d", "sentence": 0, "text": "x", "start": 0, "end": 1]]] as [String: Any] }
        try JSONSerialization.data(withJSONObject: ["schemaVersion": 1, "documents": [["id": "d"]], "entities": entities, "relations": relations]).write(to: big)
        let budget = try run(["render", big.path, "-o", out + ".svg", "--layout", "dot"])
        XCTAssertEqual(budget.status, 1)
        XCTAssertTrue(budget.stderr.contains("--allow-slow-layout"), budget.stderr)

        // A disk-full write (a 4 KB file-size limit): an error, and neither the file nor its temporary copy is left.
        let limited = Process()
        limited.executableURL = URL(fileURLWithPath: "/bin/sh")
        limited.arguments = ["-c", "ulimit -f 8 && exec \"$0\" render graphs/graph.json -o \"$1\"", try binary().path, work.appendingPathComponent("full.svg").path]
        limited.currentDirectoryURL = packageRoot
        let errors = Pipe()
        limited.standardError = errors
        try limited.run()
        let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        limited.waitUntilExit()
        XCTAssertEqual(limited.terminationStatus, 1, stderr)
        XCTAssertTrue(stderr.contains("cannot write"), stderr)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path).filter { $0.contains("full.svg") }, [])

        // Odd but valid: no entities, Russian, nested and unbalanced quotes, 10,000 capitalised words.
        let odd: [(String, String)] = [
            ("none.txt", "it rained all day and nobody said anything about it."),
            ("russian.txt", "Пресс-секретарь президента России Дмитрий Песков заявил в понедельник, что решение не принято."),
            ("quotes.txt", "He said " + String(repeating: "\"«“(", count: 3_000) + "Peskov said that" + String(repeating: ")”", count: 2_000) + " the end."),
            ("capitals.txt", (0..<10_000).map { ["Alpha", "Ministry", "Kremlin", "Ivan", "Petrov", "Of", "State"][$0 % 7] }.joined(separator: " ") + "."),
        ]
        for (name, text) in odd {
            let path = work.appendingPathComponent(name)
            try Data(text.utf8).write(to: path)
            let result = try run(["extract", path.path])
            XCTAssertEqual(result.status, 0, "\(name): \(result.stderr)")
            XCTAssertNoThrow(try KnowledgeGraph(jsonData: Data(result.stdout.utf8)), name)
        }
    }

    /// Ids and names like `../../etc/passwd` never become paths: output stays in the output folder.
    func testNoFileOutsideTheOutputFolder() throws {
        let dump = work.appendingPathComponent("dump.jsonl")
        let lines = ["../../etc/passwd", "/tmp/evil", "..", "a/../../b"].map { id in
            String(decoding: try! JSONSerialization.data(withJSONObject: ["id": id, "title": id, "text": "Kremlin spokesman Dmitry Peskov said \(id) uses Telegram."]), as: UTF8.self)
        }
        try Data(lines.joined(separator: "\n").utf8).write(to: dump)
        let output = work.appendingPathComponent("nested/out")
        let before = try FileManager.default.contentsOfDirectory(atPath: work.path).sorted()
        XCTAssertEqual(try run(["build", dump.path, "-o", output.path]).status, 0)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: output.path).sorted(), ["graph.dot", "graph.html", "graph.json", "graph.svg"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.path).sorted(), (before + ["nested"]).sorted())
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: work.appendingPathComponent("nested").path), ["out"])
        XCTAssertFalse(FileManager.default.fileExists(atPath: "/tmp/evil"))
        let store = work.appendingPathComponent("s.sqlite").path
        XCTAssertEqual(try run(["ingest", dump.path, "--store", store]).status, 0)
        let neo = work.appendingPathComponent("neo")
        XCTAssertEqual(try run(["export", "--store", store, "--format", "neo4j", "-o", neo.path]).status, 0)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: neo.path).sorted(), ["entities.csv", "load.cypher", "relations.csv"])
    }

    /// 100,000 tiny articles in one folder are all ingested (and the duplicates among them skipped).
    func testHundredThousandTinyArticles() throws {
        let folder = work.appendingPathComponent("tiny")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for index in 0..<100_000 {
            let text = "Minister Ivan Petrov said on day \(index % 99_990) that the Kremlin uses Telegram."
            try Data(text.utf8).write(to: folder.appendingPathComponent(String(format: "a%06d.txt", index)))
        }
        let result = try run(["ingest", folder.path, "--store", work.appendingPathComponent("tiny.sqlite").path])
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("99990 new articles, 10 already stored (skipped)"), result.stdout)
    }
}
