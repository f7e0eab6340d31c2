// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "NewsGraph",
    products: [
        .executable(name: "newsgraph", targets: ["newsgraph"]),
        .library(name: "KnowledgeGraph", targets: ["KnowledgeGraph"]),
        .library(name: "Syntax", targets: ["Syntax"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "Rendering", targets: ["Rendering"]),
        .library(name: "Evaluation", targets: ["Evaluation"]),
        .library(name: "GraphAlgorithms", targets: ["GraphAlgorithms"]),
        .library(name: "GraphStore", targets: ["GraphStore"]),
        .library(name: "GraphExport", targets: ["GraphExport"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .target(name: "KnowledgeGraph"),
        .target(
            name: "Syntax",
            exclude: ["Resources/lists/README.md", "Resources/gazetteers/README.md"],
            resources: [
                .process("Resources/lists"),
                .copy("Resources/models/tagger.model"),
                .copy("Resources/models/parser.model"),
                .copy("Resources/models/recognizer.model"),
                .copy("Resources/gazetteers/places.tsv"),
                .copy("Resources/gazetteers/head-nouns.tsv"),
                .copy("Resources/gazetteers/demonyms.tsv"),
                .copy("Resources/gazetteers/given-names.txt"),
                .copy("Resources/gazetteers/surnames.txt"),
            ]
        ),
        .target(
            name: "Extraction",
            dependencies: ["KnowledgeGraph", "Syntax"],
            resources: [.copy("Resources/lexicon.tsv"), .copy("Resources/grammar")]
        ),
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        .target(name: "Rendering", dependencies: ["KnowledgeGraph", "CGraphviz"]),
        .target(name: "Evaluation", dependencies: ["KnowledgeGraph"]),
        .systemLibrary(
            name: "CSQLite",
            pkgConfig: "sqlite3",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        .target(name: "GraphStore", dependencies: ["KnowledgeGraph", "CSQLite"]),
        .target(name: "GraphExport", dependencies: ["KnowledgeGraph"]),
        .target(name: "GraphAlgorithms", dependencies: ["KnowledgeGraph"]),
        .executableTarget(
            name: "newsgraph",
            dependencies: [
                "KnowledgeGraph", "Syntax", "Extraction", "Rendering", "Evaluation", "GraphAlgorithms", "GraphStore", "GraphExport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "newsgraph-soak", dependencies: ["KnowledgeGraph", "Rendering", "GraphAlgorithms"]),
        .testTarget(name: "KnowledgeGraphTests", dependencies: ["KnowledgeGraph"]),
        .testTarget(name: "SyntaxTests", dependencies: ["Syntax"], resources: [.copy("Fixtures")]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "KnowledgeGraph"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "RenderingTests", dependencies: ["Rendering", "KnowledgeGraph", "Extraction"],
                    resources: [.copy("Fixtures")]),
        .testTarget(name: "EvaluationTests", dependencies: ["Evaluation", "Extraction", "KnowledgeGraph"],
                    resources: [.copy("Corpus")]),
        .testTarget(name: "GraphAlgorithmsTests", dependencies: ["GraphAlgorithms", "KnowledgeGraph"]),
        .testTarget(name: "GraphStoreTests", dependencies: ["GraphStore", "Extraction", "KnowledgeGraph"]),
        .testTarget(name: "CLITests", dependencies: ["KnowledgeGraph", "newsgraph"]),
    ],
    swiftLanguageModes: [.v6]
)
