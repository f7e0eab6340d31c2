// swift-tools-version:5.9
// libFuzzer targets for NewsGraph, built by Fuzz/run.sh with -sanitize=fuzzer,address.
// A separate package so that the main package's `swift build` and `swift test` never see them.
import PackageDescription

let package = Package(
    name: "NewsGraphFuzz",
    dependencies: [.package(name: "NewsGraph", path: "..")],
    targets: [
        .executableTarget(name: "FuzzArticles", dependencies: [.product(name: "Extraction", package: "NewsGraph"),
                                                               .product(name: "KnowledgeGraph", package: "NewsGraph")]),
        .executableTarget(name: "FuzzGraphJSON", dependencies: [.product(name: "KnowledgeGraph", package: "NewsGraph")]),
        .executableTarget(name: "FuzzDOT", dependencies: [.product(name: "Rendering", package: "NewsGraph"),
                                                          .product(name: "KnowledgeGraph", package: "NewsGraph")]),
    ]
)
