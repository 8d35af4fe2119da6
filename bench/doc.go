// Command bench measures what biometriclint costs next to the type-checking
// floor and to peer linters configured to look for the same things. Run it
// as bench/run from the repository root; docs/benchmarks.md describes the
// method and records the results.
//
// It prepares a workspace under .cache/bench (ignored by git): the
// standard library, golang.org/x/tools at a pinned version, a module that
// uses the Azure, Alibaba Cloud, Tencent Cloud and AWS SDKs
// (testdata/sdkapp.txtar) and a large application, Jaeger, at a pinned
// release, all fetched through the Go module proxy. On each
// target it runs every variant (see variants.go) several times, in a
// rotating order so that no variant always runs after the same neighbour,
// and prints the medians of wall time, CPU time and peak RSS, and the
// medians of the rounds' ratios with every round's CPU ratio, as Markdown.
// A variant that runs in less than half a second is
// run several times in each round, alternating with the others, and its
// sample is their mean. The vet variants run go vet -vettool with a copy
// of biometriclint new to the build cache at every run, so that the go
// command vets every package and dependency instead of replaying its
// cached results.
//
// With -profile it instead runs the typed pipeline of biometriclint in
// process (go/packages, then the x/tools checker) under the CPU profiler,
// and prints the time each analyzer took: the evidence for where the time
// goes.
//
// Usage:
//
//	bench/run [-runs 5] [-targets std,tools,sdk,jaeger] [-variants ...] [-o results.md]
//	bench/run -profile [-targets ...]
package main
