// swift-tools-version:5.10
import PackageDescription

let package = Package(
    name: "minutes",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "minutes", targets: ["minutes"]),
        .library(name: "MinutesKit", targets: ["MinutesKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // System libraries through Debian's -dev packages.
        .systemLibrary(name: "CNcursesW", path: "Sources/CNcursesW"),
        .systemLibrary(name: "CLibXML2", path: "Sources/CLibXML2", pkgConfig: "libxml-2.0"),

        // Pure model, readers, loader, index, export. No terminal code.
        .target(name: "MinutesKit", dependencies: ["CLibXML2"]),
        // Pure UI state, reducer, keymap, layout and rendering to a Screen of cells.
        .target(name: "BrowserUI", dependencies: ["MinutesKit"]),
        // The only code that touches ncurses.
        .target(name: "Terminal", dependencies: ["BrowserUI", "CNcursesW"]),
        .executableTarget(
            name: "minutes",
            dependencies: [
                "MinutesKit", "BrowserUI", "Terminal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        // Writes realistic fictional corpora (benchmark and search-correctness test).
        .target(name: "CorpusGenerator"),
        // Generates realistic corpora and measures load, memory, search and render times.
        .executableTarget(
            name: "minutes-bench",
            dependencies: [
                "MinutesKit", "BrowserUI", "CorpusGenerator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),

        .testTarget(name: "MinutesKitTests", dependencies: ["MinutesKit", "CorpusGenerator"], path: "Tests/MinutesKitTests"),
        .testTarget(name: "BrowserUITests", dependencies: ["BrowserUI", "MinutesKit"], path: "Tests/BrowserUITests"),
        .testTarget(name: "EndToEndTests", dependencies: ["MinutesKit"], path: "Tests/EndToEndTests"),
    ]
)
