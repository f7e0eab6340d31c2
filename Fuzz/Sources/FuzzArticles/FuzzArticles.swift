import Extraction
import Foundation
import KnowledgeGraph

/// libFuzzer entry: the bytes as an article file of each format (the first byte picks .txt,
/// .md, .html or .jsonl), read and run through the whole extractor; every graph it makes must
/// validate and survive a JSON round trip.
private let extractor = try! Extractor(lexicon: try! Lexicon.builtIn())
private let extensions = ["txt", "md", "html", "jsonl"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzArticles(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Data(bytes: start, count: count)
    let format = extensions[Int(bytes.first ?? 0) % extensions.count]
    guard let articles = try? ArticleReader().read(contents: bytes.dropFirst(), path: "fuzz/input.\(format)") else { return 0 }
    for article in articles.prefix(8) {
        let graph = extractor.extract(article)
        do {
            try graph.validate()
            let again = try KnowledgeGraph(jsonData: graph.jsonData())
            precondition(again == graph, "the JSON round trip changed the graph")
        } catch {
            preconditionFailure("an extracted graph is invalid: \(error)")
        }
    }
    return 0
}

/// The executable's entry point under SwiftPM (which links `main` to `FuzzArticles_main`): hands the
/// command line to libFuzzer's driver with this target's test function.
@_cdecl("FuzzArticles_main")
public func fuzzArticlesMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var vector: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &vector, fuzzArticles)
}

/// libFuzzer's driver (linked in by -sanitize=fuzzer).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ test: @convention(c) (UnsafeRawPointer, Int) -> CInt) -> CInt
